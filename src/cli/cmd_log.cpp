// mentor log PAIR [session flags]: records a session (from flags, or in the
// editor); mentor log PAIR --list: the journal; mentor log --actions: the
// actions agreed and their status.

#include <unistd.h>

#include <iostream>
#include <iterator>

#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "spelled_option.hpp"
#include "editor.hpp"
#include "sealing.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/journal/seal.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/store/git.hpp"
#include "mentor/store/pair_lookup.hpp"
#include "mentor/store/layout.hpp"

namespace mentor::cli {
namespace {

struct LogOptions {
    std::string pair;
    SessionDraft draft;
    std::optional<std::string> notes, notes_file;
    bool dry_run = false, edit = false, no_edit = false;
    bool list = false, actions = false, open = false, overdue = false, include_private = false;
    std::string since, until, grep, owner;
    std::vector<CLI::Option*> record_only, list_only, actions_only;
};

void refuse_options(const std::vector<CLI::Option*>& options, const std::string& mode) {
    for (const auto* o : options)
        if (o->count() > 0) throw usage_error(trf("{} cannot be used with {}", o->get_name(), mode));
}

void show_diagnostics(const Journal& journal, const Context& context) {
    for (const auto& d : journal.diagnostics) context.warn(d.str());
}

std::string read_notes(const LogOptions& o) {
    if (o.notes) {
        if (o.notes->size() > kMaxNotesBytes) throw usage_error(tr("--notes is too long; a session's notes are limited to 1 MiB"));
        return *o.notes;
    }
    return read_input_file(*o.notes_file, kMaxNotesBytes, tr("a session's notes"));
}

// Never lose a word: what was typed in the editor is given back before a
// refusal.
void give_back(const std::string& typed) {
    if (!typed.empty()) std::cerr << tr("mentor: your text, so that nothing is lost:") << "\n" << typed;
}

// Opens the editor on the template; nullopt when the user saved it unchanged
// or emptied it. `typed` receives the saved text.
std::optional<SessionDraft> draft_in_editor(const Pair& pair, SessionDraft draft, const Journal& journal,
                                            const Plan* plan, Date today, const Context& context, std::string& typed) {
    try {
        draft.date = parse_date(draft.date, today).str();
    } catch (const Error&) {
        // Left as typed: build_session reports it once the user is done.
    }
    std::string text = session_template(pair.id(), draft, plan, action_states(journal, today));
    std::string edited = edit_text(text, pair.id() + "-session.yaml", context.editor());
    typed = edited;
    if (edited == text) {
        context.info(tr("the session template was left unchanged; nothing was recorded"));
        return std::nullopt;
    }
    try {
        auto read = read_session_template(edited);
        if (!read) context.info(tr("the session template was emptied; nothing was recorded"));
        return read;
    } catch (const Error&) {
        give_back(edited);
        throw;
    }
}

// What a new session's rules depend on: the pair (not closed), its journal
// (the actions open) and its plan (the goals).
struct PairState {
    Records records;
    Pair pair;
    Journal journal;
    std::optional<Plan> plan;
    const Plan* plan_ptr() const { return plan ? &*plan : nullptr; }
};

PairState load_pair_state(const Store& store, const std::string& wanted, const Context& context) {
    PairState state{context.load(store, false), {}, {}, {}};
    state.pair = resolve_pair(state.records, wanted);
    const Pair& pair = state.pair;
    require_not_closed(pair, tr("a closed pair takes no new sessions"));
    state.journal = load_journal(store.root(), pair.id());
    state.plan = load_plan(store, pair.id());
    return state;
}

void run_record(LogOptions& o, const Context& context) {
    context.format({"text"});
    if (o.pair.empty()) throw usage_error(tr("log which pair? `mentor log PAIR` (a pair id, a prefix, or a person id)"));
    Date today = context.today();
    SessionDraft draft = o.draft;
    bool has_notes = o.notes || o.notes_file;
    if (has_notes) draft.notes = read_notes(o);
    if (!draft.notes.empty() && draft.notes.back() != '\n') draft.notes += "\n";
    Store store = context.open_store();
    bool terminal = ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO);
    std::string typed;
    if (!has_notes && !o.no_edit && (o.edit || terminal)) {
        // The template is filled from a first look, without the lock: a
        // mentor typing notes must not hold up others. Everything is read
        // again under the lock below.
        PairState first = load_pair_state(store, o.pair, context);
        open_for_view(first.journal, first.records, context);  // the open actions' texts, for reference
        auto edited = draft_in_editor(first.pair, draft, first.journal, first.plan_ptr(), today, context, typed);
        if (!edited) throw Error(tr("no session recorded"));
        draft = *edited;
    }
    // Held from reading the rules' inputs to creating the file: two sessions
    // marking the same action done, or a session and the pair's closing, go
    // one after the other, and the second sees the first.
    auto lock = context.lock_for_writing(store, !o.dry_run);
    PairState state = [&] {
        try {
            return load_pair_state(store, o.pair, context);
        } catch (const Error&) {
            give_back(typed);
            throw;
        }
    }();
    const Pair& pair = state.pair;
    show_diagnostics(state.journal, context);
    Session session;
    try {
        session = build_session(draft, state.journal, state.plan_ptr(), today);
    } catch (const Error&) {
        give_back(typed);
        throw;
    }
    if (o.dry_run) {
        return context.show_dry_run({{layout::session_path(pair.id(), session.file), yaml::emit(write_session(session))}});
    }
    std::string path = create_session(store.root(), session, state.journal.next_number(session.date),
                                      seal_recipients(state.records, pair));
    if (context.autocommit(state.records.settings))
        git_commit_files(store.root(), {path}, "log session " + session.file + " of " + pair.id());  // English: the history's
    // TRANSLATORS: {0} is the session's file stem (its date), {1} the pair, {2} the file.
    context.info(trf("logged session {0} of {1} ({2})", session.file, pair.id(), path));
    for (const auto& a : session.actions) {
        const char* owner = a.owner == Role::Mentor ? tr_ctx("action owner", "mentor") : tr_ctx("action owner", "mentee");
        // TRANSLATORS: {0} the action id, {1} mentor or mentee, {2} its text, {3} its due date.
        context.info(a.due.empty() ? trf("  action {0} ({1}): {2}", a.id, owner, a.text)
                                   : trf("  action {0} ({1}): {2}, due {3}", a.id, owner, a.text, date_long(a.due)));
    }
    for (const auto& id : session.done) context.info(trf("  done {}", id));
    std::cout << path << "\n";
}

void run_list(const LogOptions& o, const Context& context) {
    Format format = *parse_format(context.format({"text", "markdown", "json"}));
    if (o.pair.empty()) throw usage_error(tr("list which journal? `mentor log PAIR --list`"));
    Date today = context.today();
    JournalFilter filter;
    filter.grep = o.grep;
    filter.include_private = o.include_private;
    if (!o.since.empty()) filter.since = parse_date(o.since, today);
    if (!o.until.empty()) filter.until = parse_date(o.until, today);
    Store store = context.open_store();
    Records records = context.load(store, false);
    const Pair& pair = resolve_pair(records, o.pair);
    Journal journal = load_journal(store.root(), pair.id());
    show_diagnostics(journal, context);
    open_for_view(journal, records, context);
    std::cout << render_journal(pair.id(), select_sessions(journal, filter), format, o.include_private);
}

void run_actions(const LogOptions& o, const Context& context) {
    Format format = *parse_format(context.format({"text", "markdown", "json"}));
    if (o.open && o.overdue) throw usage_error(tr("--open and --overdue cannot be used together (overdue actions are open)"));
    std::optional<Role> owner;
    if (!o.owner.empty() && !(owner = parse_role(o.owner)))
        throw usage_error(trf("--owner must be mentor or mentee, got \"{}\"", o.owner));
    Date today = context.today();
    Store store = context.open_store();
    Records records = context.load(store, false);
    std::vector<std::string> pair_ids;
    if (o.pair.empty() || records.person(o.pair)) {
        for (const auto& p : records.pairs)
            if (o.pair.empty() || p.mentor == o.pair || p.mentee == o.pair) pair_ids.push_back(p.id());
    } else {
        pair_ids.push_back(resolve_pair(records, o.pair).id());
    }
    std::vector<ActionState> shown;
    for (auto& journal : load_journals(store.root(), pair_ids)) {
        show_diagnostics(journal, context);
        open_for_view(journal, records, context);
        for (auto& a : action_states(journal, today)) {
            if (o.open && !is_open(a.status)) continue;
            if (owner && a.action.owner != *owner) continue;
            if (o.overdue && a.status != ActionStatus::Overdue) continue;
            shown.push_back(std::move(a));
        }
    }
    // Private sessions keep the text of their actions to themselves, unless asked.
    std::cout << render_actions(shown, format, today, !o.include_private);
}

}  // namespace

void setup_log(CLI::App& app, Context& context) {
    auto o = std::make_shared<LogOptions>();
    auto* cmd = app.add_subcommand("log", tr("Record a session, mark actions done, list the journal or the actions"));
    cmd->add_option("PAIR", o->pair, tr("A pair id, an unambiguous prefix of one, or a person id with one pair"));
    auto& d = o->draft;
    o->record_only = {
        cmd->add_option("--date", d.date, tr("Date of the session: YYYY-MM-DD, today, yesterday, -3d (default: today)")),
        cmd->add_option("--duration", d.duration, tr("Length of the session in minutes")),
        cmd->add_option("--mode", d.mode, tr("remote, in-person or phone"))->transform(spelled(schema::session().at("mode"))),
        cmd->add_option("--topic", d.topics, tr("A topic discussed (repeatable)")),
        cmd->add_option("--notes", o->notes, tr("The session's notes (else the editor opens on a terminal)")),
        cmd->add_option("--notes-file", o->notes_file, tr("Read the notes from FILE, or from standard input with -")),
        cmd->add_option("--goal", d.goals, tr("A goal id of the plan worked on (repeatable)")),
        cmd->add_option("--action", d.actions, tr("An action agreed: \"OWNER: TEXT [due DATE]\", OWNER mentor or mentee (repeatable)")),
        cmd->add_option("--done", d.done, tr("An action completed: its id or an unambiguous prefix (repeatable)")),
        cmd->add_option("--rating", d.rating, tr("How the session went, 1 to 5")),
        cmd->add_flag("--private", d.is_private, tr("Show this session's content only in the pair's own views")),
        cmd->add_flag("--dry-run", o->dry_run, tr("Show the file that would be written; write nothing")),
        cmd->add_flag("--edit", o->edit, tr("Open the editor even when not on a terminal")),
        cmd->add_flag("--no-edit", o->no_edit, tr("Never open the editor (record without notes when none are given)")),
    };
    auto* notes = o->record_only[4];
    notes->excludes(o->record_only[5]);
    o->record_only[12]->excludes(o->record_only[13]);
    auto* list = cmd->add_flag("--list", o->list, tr("Show the pair's journal, newest first"));
    o->list_only = {
        cmd->add_option("--since", o->since, tr("--list: sessions on or after this date")),
        cmd->add_option("--until", o->until, tr("--list: sessions on or before this date")),
        cmd->add_option("--grep", o->grep, tr("--list: sessions mentioning this word (topics, notes, actions)")),
    };
    auto* include_private =
        cmd->add_flag("--include-private", o->include_private, tr("--list, --actions: private sessions' content too"));
    auto* actions = cmd->add_flag("--actions", o->actions, tr("Show the actions of a pair, a person's pairs, or every pair"));
    actions->excludes(list);
    o->actions_only = {
        cmd->add_flag("--open", o->open, tr("--actions: only actions not done yet")),
        cmd->add_flag("--overdue", o->overdue, tr("--actions: only actions past their due date")),
        cmd->add_option("--owner", o->owner, tr("--actions: only the actions of the mentor or of the mentee"))->transform(spelled(schema::action().at("owner"))),
    };
    cmd->callback([o, include_private, &context] {
        if (o->list) {
            refuse_options(o->record_only, "--list");
            refuse_options(o->actions_only, "--list");
            run_list(*o, context);
        } else if (o->actions) {
            refuse_options(o->record_only, "--actions");
            refuse_options(o->list_only, "--actions");
            run_actions(*o, context);
        } else {
            // TRANSLATORS: completes "--since cannot be used with ...".
            refuse_options(o->list_only, tr("a new session (use --list)"));
            refuse_options(o->actions_only, tr("a new session (use --actions)"));
            refuse_options({include_private}, tr("a new session (it goes with --list or --actions)"));
            run_record(*o, context);
        }
    });
}

}  // namespace mentor::cli
