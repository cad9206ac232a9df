// mentor add person|mentor|mentee NAME ..., mentor add --from-csv FILE,
// mentor add pair MENTOR MENTEE.

#include <iostream>
#include <unordered_set>

#include "choice.hpp"
#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "spelled_option.hpp"
#include "progress_line.hpp"
#include "mentor/core/ids.hpp"
#include "mentor/formats/csv.hpp"
#include "mentor/matching/rules.hpp"
#include "mentor/records/people.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/store/pair_lookup.hpp"
#include "mentor/store/layout.hpp"

namespace mentor::cli {
namespace {

struct PersonOptions {
    std::string name;
    std::string roles;  // `add person --role`
    std::vector<std::pair<std::string, std::string>> fields;  // filled from the flags given
    bool inactive = false;
    bool update = false;
    bool dry_run = false;
};

struct PairOptions {
    std::string mentor, mentee, kind = "classic", cohort;
    bool force = false;
    bool dry_run = false;
};

struct CsvOptions {
    std::string file;
    bool update = false;
    bool dry_run = false;
};

// `add person`, `add mentor`, `add mentee`: the roles they give and what they say.
struct Kind {
    const char* name;
    std::vector<Role> roles;
    const char* help;
    const char* added;    // {0} the person's id, {1} their file
    const char* updated;
};
// TRANSLATORS: {0} is a person's id, {1} their file.
const Kind kKinds[] = {
    {"person", {}, N_("Add or update a person (roles from --role)"), N_("added person {0} ({1})"), N_("updated person {0} ({1})")},
    {"mentor", {Role::Mentor}, N_("Add a mentor, or give an existing person the mentor role"), N_("added mentor {0} ({1})"),
     N_("updated mentor {0} ({1})")},
    {"mentee", {Role::Mentee}, N_("Add a mentee, or give an existing person the mentee role"), N_("added mentee {0} ({1})"),
     N_("updated mentee {0} ({1})")},
};

void run_add_person(PersonOptions& o, const Kind& kind, const Context& context) {
    const std::vector<Role>& roles = kind.roles;
    const std::string what = kind.name;
    for (const auto& [field, value] : o.fields)
        if (field == "id") require_valid_id(value, tr("person id"));  // an empty --id too
    Store store = context.open_store();
    auto lock = context.lock_for_writing(store, !o.dry_run);
    Records records = context.load(store, true);
    std::vector<RawField> fields = {{"name if new", o.name}};
    if (!o.roles.empty()) fields.emplace_back("roles", o.roles);
    for (const auto& f : o.fields) fields.push_back(f);
    if (o.inactive) fields.emplace_back("active", "false");
    PersonUpdate update = add_person(records, fields, roles, Location{}, ErrorKind::Usage, o.update);
    const Person& p = update.person;
    if (!update.changed) {
        context.info(trf("{} is already recorded like this; nothing to change", p.id));
        std::cout << p.id << "\n";
        return;
    }
    // Commit messages stay English: the history is every clone's.
    std::string message = (update.created ? "add " : "update ") + what + " " + p.id;
    context.write(store, records.settings, {{layout::person_path(p.id), update.file}}, message, o.dry_run);
    if (!o.dry_run) {
        const char* said = update.created ? kind.added : kind.updated;
        context.info(trf(said, p.id, layout::person_path(p.id)));
        if (!p.manager.empty() && !records.person(p.manager))
            context.warn(trf("manager '{}' matches no person yet; `mentor validate` will report it", p.manager));
    }
    std::cout << p.id << "\n";
}

// What an import writes, and what it says afterwards.
struct ImportPlan {
    std::vector<FileWrite> files;
    std::string summary;  ///< for the commit message, in English
    std::string said;     ///< the same, in the user's language
    std::vector<std::string> warnings;
};

ImportPlan plan_import(const Records& records, const CsvOptions& o, const Progress& progress) {
    ImportResult result;
    {
        // The spreadsheet, its table and its people are let go before the
        // write: on 100,000 rows they are most of the memory.
        const std::string text = read_input_file(o.file, kMaxCsvBytes, tr("a spreadsheet to import"));
        result = import_people(records, CsvRows(text, o.file), o.file, o.update, progress);
    }
    ImportPlan plan;
    int created = 0, updated = 0;
    std::unordered_set<std::string> in_file;
    for (auto& u : result.updates) {
        plan.files.push_back({layout::person_path(u.person.id), std::move(u.file)});
        in_file.insert(u.person.id);
        (u.created ? created : updated)++;
    }
    plan.summary = std::to_string(created) + " added, " + std::to_string(updated) + " updated, " +
                   std::to_string(result.unchanged) + " unchanged";
    // TRANSLATORS: how many people an import added, updated and left unchanged.
    plan.said = trf("{0} added, {1} updated, {2} unchanged", created, updated, result.unchanged);
    static constexpr const char* kNoManager = N_("{0}: manager '{1}' matches no person");
    const char* no_manager = tr(kNoManager);  // looked up once, not per row
    for (const auto& u : result.updates)
        if (!u.person.manager.empty() && !records.person(u.person.manager) && !in_file.count(u.person.manager))
            plan.warnings.push_back(i18n_detail::format_or_source(no_manager, kNoManager,
                                                                  fmt::make_format_args(u.person.id, u.person.manager)));
    return plan;
}

void run_add_csv(const CsvOptions& o, const Context& context) {
    Store store = context.open_store();
    auto lock = context.lock_for_writing(store, !o.dry_run);
    Records records = context.load(store, true);
    ProgressLine progress(context.options.quiet);
    const ImportPlan plan = plan_import(records, o, progress.callback());
    // An unchanged import writes nothing: no temporary file, no journal.
    if (!plan.files.empty())
        context.write(store, records.settings, plan.files, "import: " + plan.summary, o.dry_run, progress.callback());
    progress.done();
    context.info(trf("imported {}: {}", o.file, plan.said));
    for (const auto& w : plan.warnings) context.warn(w);
}

void run_add_pair(const PairOptions& o, const Context& context) {
    require_valid_id(o.mentor, tr("mentor id"));
    require_valid_id(o.mentee, tr("mentee id"));
    auto kind = parse_pair_kind(o.kind);
    if (!kind) throw usage_error(trf("--kind must be classic, reverse or peer, got '{}'", o.kind));
    Store store = context.open_store();
    auto lock = context.lock_for_writing(store, !o.dry_run);
    Records records = context.load(store, true);
    const Person* mentor = &resolve_person(records, o.mentor);
    const Person* mentee = &resolve_person(records, o.mentee);
    RuleOptions rules;
    rules.kind = *kind;
    auto violations = pair_rule_violations(records, *mentor, *mentee, rules);
    const Pair* existing = records.pair(Pair::pair_id(mentor->id, mentee->id));
    if (existing && existing->status != PairStatus::Closed)
        // TRANSLATORS: {1} is the pair's status as typed (proposed, active, paused).
        throw Error(trf("pair {0} already exists ({1})", existing->id(), to_string(existing->status)));
    if (!violations.empty() && !o.force) {
        std::string message = trf("refusing to pair {} with {}:", mentor->id, mentee->id);
        for (const auto& v : violations) message += "\n  - " + v;
        message += "\n" + std::string(tr("(use --force to record the pair anyway)"));
        throw Error(message);
    }
    for (const auto& v : violations) context.warn(trf("pairing anyway (--force): {}", v));
    Pair pair;
    if (existing) pair = restart_pair(*existing);  // a closed pair starts again
    pair.mentor = mentor->id;
    pair.mentee = mentee->id;
    pair.kind = *kind;
    pair.status = PairStatus::Proposed;
    pair.created = context.today().str();
    pair.cohort = !o.cohort.empty() ? o.cohort : (share_any(mentor->cohorts, mentee->cohorts) ? [&] {
        for (const auto& c : mentee->cohorts)
            if (mentor->in_cohort(c)) return c;
        return std::string();
    }() : std::string());
    pair.match = MatchInfo{};
    pair.match.algorithm = "manual";
    pair.match.date = pair.created;
    std::string path = layout::pair_path(pair.id());
    context.write(store, records.settings, {{path, yaml::emit(write_pair(pair))}}, "add pair " + pair.id(), o.dry_run);
    if (!o.dry_run) context.info(trf("proposed pair {} ({})", pair.id(), path));
    std::cout << pair.id() << "\n";
}

// The flags shared by `add person`, `add mentor` and `add mentee`.
void add_person_flags(CLI::App* cmd, std::shared_ptr<PersonOptions> o) {
    cmd->add_option("NAME", o->name, tr("Full name, e.g. \"Élodie Dupré\" (gives the id elodie-dupre)"))->required();
    struct Flag {
        const char* flag;
        const char* field;
        const char* help;
    };
    static const Flag flags[] = {
        {"--name", "name", N_("Rename an existing person (NAME only names new people)")},
        {"--id", "id", N_("Id to use instead of one made from the name; an existing id updates that person")},
        {"--email", "email", N_("Email address (an existing email updates that person)")},
        {"--org,--organisation", "organisation", N_("Organisation")},
        {"--team", "team", N_("Team")},
        {"--manager", "manager", N_("Manager: a person id, email or full name")},
        {"--title", "title", N_("Job title")},
        {"--seniority", "seniority", N_("Years of experience")},
        {"--languages", "languages", N_("Languages as ISO 639-1 codes, e.g. fr,en")},
        {"--timezone", "timezone", N_("IANA time zone, e.g. Europe/Paris")},
        {"--location", "location", N_("Location, e.g. Lyon")},
        {"--offers", "offers", N_("Skills offered with a level 1-5, e.g. \"leadership:5,public speaking:4\"")},
        {"--wants", "wants", N_("Skills wanted with a priority, e.g. \"leadership:high,negotiation\"")},
        {"--interests", "interests", N_("Interests, e.g. climbing,jazz")},
        {"--capacity", "capacity", N_("How many mentees this mentor takes")},
        {"--cohort", "cohorts", N_("Cohort(s), e.g. 2026-spring")},
        {"--prefers", "prefers", N_("Person ids preferred, best first")},
        {"--avoids", "avoids", N_("Person ids never to be paired with")},
        {"--hours", "hours_per_month", N_("Hours available per month")},
        {"--days", "days", N_("Preferred days, e.g. tue,thu")},
        {"--mode", "mode", N_("remote, in-person or any")},
        {"--notes", "notes", N_("Free notes")},
        {"--recipient", "recipient", N_("age public key (age1..., from `mentor key show`): their journals are sealed to it")},
    };
    for (const auto& f : flags) {
        std::string field = f.field;
        cmd->add_option_function<std::string>(
            f.flag, [o, field](const std::string& value) { o->fields.emplace_back(field, value); }, tr(f.help));
    }
    cmd->add_flag("--inactive", o->inactive, tr("Record the person as not active"));
    cmd->add_flag("--update", o->update,
                  tr("Update the person who already has this name (without it, a name that is taken is refused)"));
    cmd->add_flag("--dry-run", o->dry_run, tr("Show the file that would be written; write nothing"));
}

}  // namespace

void setup_add(CLI::App& app, Context& context) {
    auto* add = app.add_subcommand("add", tr("Add people (one, or many from a spreadsheet) or a pair made by hand"));
    add->require_subcommand(0, 1);
    auto csv = std::make_shared<CsvOptions>();
    auto* from_csv = add->add_option("--from-csv", csv->file,
                                     tr("Import people from a CSV file, or - for standard input (header row of field names; , or ; separated)"));
    add->add_flag("--update", csv->update,
                  tr("With --from-csv: let a row update the person who has its e-mail under another name"));
    add->add_flag("--dry-run", csv->dry_run, tr("With --from-csv: show what would be written; write nothing"));

    for (const Kind& k : kKinds) {
        auto o = std::make_shared<PersonOptions>();
        auto* cmd = add->add_subcommand(k.name, tr(k.help));
        cmd->excludes(from_csv);
        add_person_flags(cmd, o);
        if (k.roles.empty()) cmd->add_option("--role", o->roles, tr("mentor, mentee or both"));
        cmd->callback([o, &k, &context] { run_add_person(*o, k, context); });
    }

    auto pair = std::make_shared<PairOptions>();
    auto* cmd = add->add_subcommand("pair", tr("Propose a pair by hand (refused when it breaks a matching rule, unless --force)"));
    cmd->excludes(from_csv);
    cmd->add_option("MENTOR", pair->mentor, tr("The mentor's id"))->required();
    cmd->add_option("MENTEE", pair->mentee, tr("The mentee's id"))->required();
    cmd->add_option("--kind", pair->kind, tr("classic, reverse or peer"))->transform(spelled(schema::pair().at("kind")))->check(one_of({"classic", "reverse", "peer"}));
    cmd->add_option("--cohort", pair->cohort, tr("Cohort of the pair (default: one both people share)"));
    cmd->add_flag("--force", pair->force, tr("Record the pair even if it breaks a rule (the rules broken are printed)"));
    cmd->add_flag("--dry-run", pair->dry_run, tr("Show the file that would be written; write nothing"));
    cmd->callback([pair, &context] { run_add_pair(*pair, context); });

    add->callback([add, csv, &context] {
        if (!add->get_subcommands().empty()) return;
        if (csv->file.empty())
            throw usage_error(tr("add what? use `mentor add mentor|mentee|person NAME`, `mentor add pair MENTOR MENTEE` "
                                 "or `mentor add --from-csv FILE`"));
        run_add_csv(*csv, context);
    });
}

}  // namespace mentor::cli
