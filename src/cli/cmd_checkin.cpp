// mentor checkin PAIR --by mentor|mentee --fit good|unsure|poor: one side's
// answer to the pulse survey, a new small file beside the sessions
// (journal/<pair-id>/<date>-checkin-<side>.yaml), never a session. The rules
// (which pairs take one, one a day per side) are checkin_problem's.

#include <iostream>

#include "app_tree.hpp"
#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "spelled_option.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/journal/health.hpp"
#include "mentor/journal/seal.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "mentor/store/git.hpp"
#include "mentor/store/layout.hpp"
#include "mentor/store/pair_lookup.hpp"

namespace mentor::cli {
namespace {

struct CheckInOptions {
    std::string pair, by, fit;
    std::optional<int> rating;
    std::optional<std::string> comment, date;
    bool dry_run = false;
};

// A flag's value checked by the check-in's schema, in the reader's words.
void check_flag(const char* key, const std::string& value, const char* flag) {
    if (auto message = schema::problem(schema::checkin().at(key), value, flag)) throw usage_error(*message);
}

CheckIn checkin_of(const CheckInOptions& o, Date today) {
    check_flag("by", o.by, "--by");
    check_flag("fit", o.fit, "--fit");
    if (o.rating) check_flag("rating", std::to_string(*o.rating), "--rating");
    CheckIn c;
    c.by = *parse_role(o.by);
    c.fit = *parse_fit(o.fit);
    c.rating = o.rating;
    c.comment = o.comment.value_or("");
    const Date on = past_date_option(o.date, today);
    c.date = on.str();
    return c;
}

// What a recorded check-in says, by side (Role) and fit (Fit): whole
// sentences, since the words agree in French.
// TRANSLATORS: {0} is the pair, {1} the date, {2} the file.
constexpr const char* kRecorded[2][3] = {
    {N_("check-in of the mentor of {0}: good fit on {1} ({2})"), N_("check-in of the mentor of {0}: unsure fit on {1} ({2})"),
     N_("check-in of the mentor of {0}: poor fit on {1} ({2})")},
    {N_("check-in of the mentee of {0}: good fit on {1} ({2})"), N_("check-in of the mentee of {0}: unsure fit on {1} ({2})"),
     N_("check-in of the mentee of {0}: poor fit on {1} ({2})")},
};

void run_checkin(const CheckInOptions& o, const Context& context) {
    context.format({"text"});
    const Date today = context.today();
    CheckIn c = checkin_of(o, today);
    Store store = context.open_store();
    // Taken before reading the journal: of two answers at once, the second sees the first.
    auto lock = context.lock_for_writing(store, !o.dry_run);
    Records records = context.load(store, false);
    const Pair& pair = resolve_pair(records, o.pair);
    Journal journal = load_journal(store.root(), pair.id());
    for (const auto& d : journal.diagnostics) context.warn(d.str());
    c.pair = pair.id();
    c.file = layout::checkin_stem(c.date, c.by);
    if (auto why = checkin_problem(pair, journal, c, today)) throw Error(*why);
    // The commit message stays English (the history is every clone's).
    const std::string what = "check-in of the " + to_string(c.by) + " of " + pair.id() + ": " + to_string(c.fit) + " fit";
    if (o.dry_run) return context.show_dry_run({{layout::entry_path(pair.id(), c.file), yaml::emit(write_checkin(c))}});
    std::string path = create_checkin(store.root(), c, seal_recipients(records, pair));
    // The commit message holds no comment (docs/security.md, "Git and history").
    if (context.autocommit(records.settings)) git_commit_files(store.root(), {path}, what + " on " + c.date);
    context.info(trf(kRecorded[static_cast<size_t>(c.by)][static_cast<size_t>(c.fit)], pair.id(), date_long(c.date), path));
    std::cout << path << "\n";
}

}  // namespace

void setup_checkin(CLI::App& app, Context& context) {
    auto o = std::make_shared<CheckInOptions>();
    auto* cmd = app.add_subcommand("checkin", tr("Answer the pulse survey of a pair for one side: is it a good fit?"));
    cmd->add_option("PAIR", o->pair, tr("A pair id, an unambiguous prefix of one, or a person id with one pair"))->required();
    cmd->add_option("--by", o->by, tr("Who answers: mentor or mentee"))->transform(spelled(schema::checkin().at("by")))->required()->type_name(choices_type(schema::checkin().at("by")));
    cmd->add_option("--fit", o->fit, tr("good, unsure or poor"))->transform(spelled(schema::checkin().at("fit")))->required()->type_name(choices_type(schema::checkin().at("fit")));
    cmd->add_option("--rating", o->rating, tr("How it goes, 1 to 5"));
    cmd->add_option("--comment", o->comment, tr("A few words, seen only by the pair (never in cohort reports)"));
    cmd->add_option("--date", o->date, tr("The day of the answer (default: today); never before the pair started"));
    cmd->add_flag("--dry-run", o->dry_run, tr("Show the file that would be written; write nothing"));
    cmd->callback([o, &context] { run_checkin(*o, context); });
}

}  // namespace mentor::cli
