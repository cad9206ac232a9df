// mentor agenda [PERSON|PAIR|--all] [--days N]: what is due in the next days
// (docs/agenda.md). A person's or pair's agenda, or the coordinator's view
// of the program; --mail DIR writes one e-mail draft per person.

#include <algorithm>
#include <iostream>

#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "sealing.hpp"
#include "mentor/agenda/agenda.hpp"
#include "mentor/agenda/mail.hpp"
#include "mentor/journal/seal.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/store/pair_lookup.hpp"

namespace mentor::cli {
namespace {

struct AgendaOptions {
    std::string target;
    bool all = false, ics = false;
    int days = kDefaultAgendaDays;
    std::optional<std::string> mail;
};

void check_options(const AgendaOptions& o, const std::string& format) {
    if (o.days < 1 || o.days > kMaxAgendaDays)
        throw usage_error(trf("--days must be from 1 to {}, got {}", kMaxAgendaDays, o.days));
    if (o.all && !o.target.empty()) throw usage_error(tr("give either PERSON, PAIR or --all, not both"));
    if (!o.all && o.target.empty())
        throw usage_error(tr("whose agenda? `mentor agenda PERSON`, `mentor agenda PAIR` or `mentor agenda --all`"));
    if (o.mail && !o.all) throw usage_error(tr("--mail writes everyone's drafts: `mentor agenda --all --mail DIR`"));
    if (o.ics && !o.mail)
        throw usage_error(tr("--ics attaches calendars to the --mail drafts; a person's calendar is `--format ics`"));
    if (o.all && format == "ics") throw usage_error(tr("--format ics is the calendar of one person or pair, not of --all"));
    if (o.mail && format != "text") throw usage_error(tr("--mail writes text drafts; leave out --format"));
}

// Items of `pairs`; a plan or journal file that cannot be read fails the
// agenda (exit 1) after each problem is shown: an agenda must not leave
// anything out silently.
// `open`: the view shows content (a person's or a pair's agenda), so sealed
// journals are opened with the local identity, read only when a pair is
// sealed; the coordinator's view and the drafts never open them.
std::vector<PairItems> load_items(const Context& context, const Store& store, const Records& records,
                                  const std::vector<const Pair*>& pairs, const AgendaWindow& window, bool open) {
    const bool sealed = open && std::any_of(pairs.begin(), pairs.end(), [&](const Pair* p) {
                            return !seal_recipients(records, *p).empty();
                        });
    Diagnostics diagnostics;
    auto items = load_pair_items(store, records, pairs, window, diagnostics,
                                 sealed ? local_identities() : std::vector<age::Identity>{});
    for (const auto& d : diagnostics) context.warn(d.str());
    if (has_errors(diagnostics)) throw Error(tr("some records could not be read (above); the agenda would miss what they hold"));
    if (!open) return items;
    int unopened = 0;
    for (const auto& p : items) unopened += p.sealed_unopened;
    if (unopened > 0)
        // TRANSLATORS: {0} how many entries, {1} the text shown in their place.
        context.warn(trnf("{0} sealed journal entry shows its texts as {1}: they open with the identity of one of their pair, not yours (docs/keys.md)", "{0} sealed journal entries show its texts as {1}: they open with the identity of one of their pair, not yours (docs/keys.md)",
                          unopened, unopened, kSealedPlaceholder));
    return items;
}

// Drafts inside the records directory would be committed with the records
// by the next `git add`: refused.
fs::path mail_folder(const Store& store, const std::string& dir) {
    const fs::path target = fs::weakly_canonical(fs::absolute(dir));
    const fs::path root = fs::weakly_canonical(store.root());
    auto [r, t] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
    if (r == root.end())
        throw usage_error(trf("--mail {0} is inside the records directory, where the drafts could be committed "
                              "by accident: choose a folder outside {1}", dir, store.root().string()));
    return target;
}

void write_drafts(const AgendaOptions& o, const Context& context, const Store& store, const Records& records,
                  const std::vector<PairItems>& items, const AgendaWindow& window) {
    const fs::path folder = mail_folder(store, *o.mail);
    const auto drafts = agenda_drafts(store, records, items, window, o.ics);
    if (drafts.empty()) {
        context.info(trf("no draft written: nobody with an e-mail address has something due from {} to {}",
                         date_long(window.today), date_long(window.last())));
        return;
    }
    std::vector<FileWrite> files;
    for (const auto& d : drafts) files.push_back({d.file, d.content});
    // The drafts hold action texts: a folder made for them is the user's alone.
    if (fs::create_directories(folder))
        fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace);
    Store(folder).write(files);
    for (const auto& d : drafts) std::cout << (folder / d.file).string() << "\n";
    context.info(trnf("{0} draft written to {1}; nothing was sent (docs/agenda.md: sending them)", "{0} drafts written to {1}; nothing was sent (docs/agenda.md: sending them)", drafts.size(), drafts.size(),
                      folder.string()));
}

void run_agenda(const AgendaOptions& o, const Context& context) {
    const std::string format = context.format({"text", "markdown", "json", "ics"});
    check_options(o, format);
    const AgendaWindow window{context.today(), o.days};
    Store store = context.open_store();
    Records records = context.load(store, false);
    if (o.all) {
        const auto items = load_items(context, store, records, open_pairs(records), window, false);
        if (o.mail) return write_drafts(o, context, store, records, items, window);
        std::cout << render_agenda(program_agenda(records, items, window), *parse_format(format));
        return;
    }
    if (const Person* person = records.person(o.target)) {
        if (format == "ics") {
            std::cout << render_calendar(calendar_name(*person),
                                         person_events(store, records, person->id));
            return;
        }
        std::vector<const Pair*> pairs;
        for (const Pair* p : open_pairs(records))
            if (p->mentor == person->id || p->mentee == person->id) pairs.push_back(p);
        std::cout << render_agenda(person_agenda(*person, load_items(context, store, records, pairs, window, true), window),
                                   *parse_format(format));
        return;
    }
    const Pair& pair = resolve_pair(records, o.target);
    if (format == "ics") {
        const auto plan = load_plan(store, pair.id());
        std::cout << render_calendar("Mentoring: " + pair.id(),
                                     plan ? plan_events(records, pair, *plan) : std::vector<CalendarEvent>{});
        return;
    }
    const auto items = load_items(context, store, records, {&pair}, window, true);
    std::cout << render_agenda(pair_agenda(items.front(), window), *parse_format(format));
}

}  // namespace

void setup_agenda(CLI::App& app, Context& context) {
    auto o = std::make_shared<AgendaOptions>();
    auto* cmd = app.add_subcommand("agenda", tr("What is due in the next days: planned sessions, actions and goals due, "
                                             "pairs needing attention; e-mail drafts for everyone (--all --mail DIR)"));
    cmd->add_option("TARGET", o->target, tr("A person id (all their pairs), or a pair (its id, a prefix of one)"));
    cmd->add_flag("--all", o->all, tr("The coordinator's view of every open pair: dates, statuses and counts only"));
    cmd->add_option("--days", o->days, tr("Days the agenda covers, today included (default 14)"));
    cmd->add_option("--mail", o->mail, tr("With --all: write one e-mail draft per person with something due into DIR"));
    cmd->add_flag("--ics", o->ics, tr("With --mail: attach each person's sessions in the window as a calendar"));
    cmd->callback([o, &context] { run_agenda(*o, context); });
}

}  // namespace mentor::cli
