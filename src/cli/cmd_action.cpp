// mentor action PAIR ID --done|--cancel|--reopen|--due DATE: the follow-up
// of an agreed action between sessions. Each is a new small file beside the
// sessions (journal/<pair-id>/<date>-followup[-N].yaml), never a session:
// no hours, no meeting. The rules of an action's life are action_state's.

#include <iostream>

#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/journal/seal.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/store/git.hpp"
#include "mentor/store/layout.hpp"
#include "mentor/store/pair_lookup.hpp"

namespace mentor::cli {
namespace {

struct ActionOptions {
    std::string pair, id;
    bool done = false, cancel = false, reopen = false, dry_run = false;
    std::optional<std::string> due, date, reason, note;
};

// The change as a sentence shows it.
const char* change_word(FollowUpChange c) {
    switch (c) {
        case FollowUpChange::Done: return tr_ctx("action change", "done");
        case FollowUpChange::Cancelled: return tr_ctx("action change", "cancelled");
        case FollowUpChange::Reopened: return tr_ctx("action change", "reopened");
        case FollowUpChange::Redated: return tr_ctx("action change", "redated");
    }
    return "";
}

// The change asked for; a usage error unless exactly one is (a re-opening
// may carry a new due date).
FollowUpChange change_of(const ActionOptions& o) {
    int verbs = o.done + o.cancel + o.reopen + (o.due && !o.reopen);
    if (verbs == 0) throw usage_error(tr("what happened to the action? give --done, --cancel, --reopen or --due DATE"));
    if (verbs > 1) throw usage_error(tr("give one of --done, --cancel, --reopen and --due (only --reopen takes a --due)"));
    if (o.reason && !o.cancel) throw usage_error(tr("--reason goes with --cancel"));
    if (o.done) return FollowUpChange::Done;
    if (o.cancel) return FollowUpChange::Cancelled;
    if (o.reopen) return FollowUpChange::Reopened;
    return FollowUpChange::Redated;
}

void run_action(const ActionOptions& o, const Context& context) {
    context.format({"text"});
    FollowUp f;
    f.change = change_of(o);
    Date today = context.today();
    const Date on = past_date_option(o.date, today);
    f.date = on.str();
    if (o.due) f.due = date_option("--due", *o.due, today).str();
    if (o.reason) f.reason = *o.reason;
    if (o.note) f.note = *o.note;
    Store store = context.open_store();
    // Taken before reading the journal the rules depend on: of two
    // `action --done` at once, the second sees the first's file.
    auto lock = context.lock_for_writing(store, !o.dry_run);
    Records records = context.load(store, false);
    const Pair& pair = resolve_pair(records, o.pair);
    require_not_closed(pair, tr("its actions can no longer change"));
    Journal journal = load_journal(store.root(), pair.id());
    for (const auto& d : journal.diagnostics) context.warn(d.str());
    f.pair = pair.id();
    f.action = resolve_action(action_states(journal, today), o.id).action.id;
    f.file = layout::new_entry_stem(layout::EntryKind::FollowUp, f.date, journal.next_followup_number(f.date), 0);
    Journal with = journal;
    with.followups.push_back(f);
    if (auto why = new_problem(journal, with, f.file, today)) throw Error(*why);
    if (o.dry_run) {
        context.show_dry_run({{layout::entry_path(pair.id(), f.file), yaml::emit(write_followup(f))}});
        return;
    }
    std::string path = create_followup(store.root(), f, journal.next_followup_number(f.date), seal_recipients(records, pair));
    // The commit message is the history's, in English for every clone.
    std::string what = to_string(f.change) + (f.due.empty() ? "" : " (due " + f.due + ")");
    if (context.autocommit(records.settings))
        git_commit_files(store.root(), {path}, "action " + f.action + " of " + pair.id() + ": " + what);
    const std::string change = change_word(f.change);
    if (f.due.empty())
        // TRANSLATORS: {0} is an action id, {1} a pair id, {2} done/cancelled/reopened/redated, {3} a date, {4} the file.
        context.info(trf("action {0} of {1}: {2} on {3} ({4})", f.action, pair.id(), change, date_long(f.date), path));
    else
        // TRANSLATORS: as above, {3} the new due date and {4} the date of the change.
        context.info(trf("action {0} of {1}: {2} (due {3}) on {4} ({5})", f.action, pair.id(), change, date_long(f.due),
                         date_long(f.date), path));
    std::cout << path << "\n";
}

}  // namespace

void setup_action(CLI::App& app, Context& context) {
    auto o = std::make_shared<ActionOptions>();
    auto* cmd = app.add_subcommand("action", tr("Follow up an agreed action between sessions: done, cancelled, re-opened, re-dated"));
    cmd->add_option("PAIR", o->pair, tr("A pair id, an unambiguous prefix of one, or a person id with one pair"))->required();
    cmd->add_option("ACTION", o->id, tr("The action: its id, a unique prefix, or its ending such as .2"))->required();
    cmd->add_flag("--done", o->done, tr("The action was completed"));
    cmd->add_flag("--cancel", o->cancel, tr("The action was dropped"));
    cmd->add_flag("--reopen", o->reopen, tr("A done or cancelled action is open again (with --due: a new due date)"));
    cmd->add_option("--due", o->due, tr("A new due date: YYYY-MM-DD, +1w, ..."));
    cmd->add_option("--date", o->date, tr("The day it happened (default: today); never before the action was agreed"));
    cmd->add_option("--reason", o->reason, tr("--cancel: why the action was dropped"));
    cmd->add_option("--note", o->note, tr("A short note kept with the change"));
    cmd->add_flag("--dry-run", o->dry_run, tr("Show the file that would be written; write nothing"));
    cmd->callback([o, &context] { run_action(*o, context); });
}

}  // namespace mentor::cli
