#pragma once
/// The session journal: journal/<pair-id>/<date>[-N].yaml, one file per
/// session, created exclusively and never rewritten.
///
/// Everything that changes over time (an action done, overdue) is derived
/// from the sessions, never stored in a file that a later session would
/// rewrite: two clones logging different sessions add different files, so
/// a git merge has nothing to conflict on.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/core/date.hpp"
#include "mentor/core/error.hpp"
#include "mentor/formats/format.hpp"
#include "mentor/records/records.hpp"
#include "mentor/store/layout.hpp"

namespace mentor {

namespace fs = std::filesystem;

// Session file names and paths (journal_folder, session_path,
// parse_session_stem, session_stem) are the layout's: store/layout.hpp.

/// One pair's journal, oldest first (by date, then by number).
struct Journal {
    std::string pair;
    std::vector<Session> sessions;
    /// Follow-ups of actions between sessions (`mentor action`), oldest
    /// first: never sessions, so no report counts them as a meeting.
    std::vector<FollowUp> followups;
    /// Check-ins (`mentor checkin`) and closing reviews, oldest first: never
    /// sessions either.
    std::vector<CheckIn> checkins;
    std::vector<Closing> closings;
    /// Problems in its files; a broken file is reported, never skipped silently.
    Diagnostics diagnostics;

    /// The -N of a new session on `date`: one more than the largest of the
    /// files listed, so that it comes after them.
    int next_number(const std::string& date) const;
    /// The same for a follow-up on `date`.
    int next_followup_number(const std::string& date) const;
};

/// Reads journal/<pair-id>/ and nothing else (logging must stay fast however
/// big the whole journal is). A missing folder is an empty journal.
Journal load_journal(const fs::path& root, const std::string& pair_id);

/// The journals of `pair_ids`, read in parallel, in the order given.
std::vector<Journal> load_journals(const fs::path& root, const std::vector<std::string>& pair_ids);

/// Creates the session's file exclusively: the content goes to a temporary
/// file (mode 0600) beside the target, which is then hard-linked to
/// layout::new_entry_stem(Session, date, first_number, 0), else the next
/// attempt's name (<date>[-N]-<suffix>.yaml: no two clones make the same);
/// link(2) never replaces an existing file, so two processes logging at the
/// same moment get two files. Sets `session.file` and renumbers the action ids
/// for the name obtained. Returns the path relative to `root`. With
/// `seal_to` (journal/seal.hpp's seal_recipients), the content is sealed
/// to those recipients before any byte is written.
std::string create_session(const fs::path& root, Session& session, int first_number,
                           const std::vector<std::string>& seal_to = {});

/// Creates the follow-up's file exclusively, as create_session does:
/// <date>-followup[-N]-<suffix>.yaml, N from `first_number`. Sets
/// `followup.file`; returns the path relative to `root`. Sealed as create_session.
std::string create_followup(const fs::path& root, FollowUp& followup, int first_number,
                            const std::vector<std::string>& seal_to = {});

/// Creates <date>-checkin-<side>.yaml exclusively; a data error when that
/// side already answered on that day. Returns the path relative to `root`.
/// The comment is sealed to `seal_to` when given, as create_session does.
std::string create_checkin(const fs::path& root, const CheckIn& checkin, const std::vector<std::string>& seal_to = {});

/// Gives the session's actions the ids "<file>.1", "<file>.2", ...
void number_actions(Session& session);

/// Parses "OWNER: TEXT [due DATE]" (OWNER mentor or mentee; DATE in any
/// parse_date form). Throws a usage error naming the value when malformed.
Action parse_action_spec(std::string_view spec, Date today);

enum class ActionStatus { Open, Overdue, Done, Cancelled };
std::string to_string(ActionStatus status);
/// Open or overdue: neither done nor cancelled.
bool is_open(ActionStatus status);

/// One change of an action's state after it was agreed: a session's `done`
/// or a follow-up.
struct ActionEvent {
    std::string date;
    FollowUpChange change = FollowUpChange::Done;
    std::string in;  ///< the stem of the session or follow-up file
    bool in_session = false;
    std::string due;  ///< redated: the new due date; the old one is `was_due`
    std::string was_due;
    std::string reason, note;
};

/// An entry that the rules refuse (done twice, done before it was agreed,
/// ...): left out of the state, reported by `validate`, refused by the commands.
struct ActionProblem {
    std::string in;  ///< the stem of the offending file
    bool in_session = false;
    std::string message;
};

/// An action with the state the journal gives it.
struct ActionState {
    std::string pair;
    Action action;
    std::string session;  ///< stem of the session that agreed it
    bool is_private = false;
    ActionStatus status = ActionStatus::Open;
    std::string done_in;  ///< stem of the session that completed it
    std::string done_on;  ///< that session's date
    std::string cancelled_on;
    std::vector<ActionEvent> history;      ///< in the order applied; `action.due` is the current due date
    std::vector<ActionProblem> problems;  ///< entries not applied
};

/// The one derivation of an action's state on `day`: the sessions' `done`
/// and the follow-ups naming it, dated up to `day`, in date order (on one
/// day, sessions first, then follow-ups, each by number). Open -> done or
/// cancelled; done or cancelled -> re-opened; open -> re-dated. An entry
/// the rules refuse is kept in `problems` and changes nothing. Overdue
/// when open and its due date is before `day`.
ActionState action_state(const Journal& journal, const Session& agreed_in, const Action& action, Date day);

/// Every action agreed in the journal, in the order agreed, each by action_state.
std::vector<ActionState> action_states(const Journal& journal, Date today);

/// The first problem that `after` (the journal with the new entry `entry`,
/// a stem) has and `before` has not: the commands refuse their new entry
/// so, whether it breaks a rule itself or makes an older entry break one
/// (then the message names that entry).
std::optional<std::string> new_problem(const Journal& before, const Journal& after, const std::string& entry, Date today);

/// The action `query` names: its id, an unambiguous prefix of one (among
/// the open actions when several match), or an unambiguous ending that
/// starts with a dot (".2" for 2026-03-02.2). Throws a data error naming the
/// candidates when there is none or more than one.
const ActionState& resolve_action(const std::vector<ActionState>& actions, std::string_view query);

/// What a user asked to record, from flags or from the editor template,
/// before any check.
struct SessionDraft {
    std::string date = "today";
    std::optional<int> duration;
    std::string mode;
    std::vector<std::string> topics;
    std::vector<std::string> goals;
    std::vector<std::string> actions;  ///< "OWNER: TEXT [due DATE]"
    std::vector<std::string> done;     ///< action ids or prefixes
    std::optional<int> rating;
    bool is_private = false;
    std::string notes;
};

/// Checks a draft and makes the session to write. Usage errors: a future or
/// malformed date, a duration not in 1..1440, a rating outside 1-5, an
/// unknown mode, a malformed action. Data errors: a goal not in `plan`
/// (or no plan), an unknown or already done action.
Session build_session(const SessionDraft& draft, const Journal& journal, const Plan* plan, Date today);

/// The text the editor opens: the draft's fields with comments, the pair's
/// open goals and actions for reference, and the notes after a marker line.
std::string session_template(const std::string& pair_id, const SessionDraft& draft, const Plan* plan,
                             const std::vector<ActionState>& actions);

/// Reads an edited template back; nullopt when nothing but comments and
/// blank lines is left. Throws a usage error naming the line for bad content.
std::optional<SessionDraft> read_session_template(std::string_view text);

/// Which sessions `log --list` shows.
struct JournalFilter {
    std::optional<Date> since;
    std::optional<Date> until;
    std::string grep;  ///< case-insensitive, in topics, notes and actions
    bool include_private = false;  ///< search private sessions' content too
};

/// The sessions that pass `filter`, newest first.
std::vector<const Session*> select_sessions(const Journal& journal, const JournalFilter& filter);

/// The largest notes a session takes (`--notes-file`, standard input): 1 MiB,
/// some 500 pages (docs/security.md).
inline constexpr size_t kMaxNotesBytes = 1u << 20;

/// `log --list`: text, markdown or json. A private session shows its date,
/// length, mode and rating; its content only with `include_private`.
std::string render_journal(const std::string& pair_id, const std::vector<const Session*>& sessions, Format format,
                           bool include_private);

/// `log --actions`: text, markdown or json. With `hide_private`, the text of
/// actions agreed in private sessions is withheld (views over several pairs).
std::string render_actions(const std::vector<ActionState>& actions, Format format, Date today, bool hide_private);

}  // namespace mentor
