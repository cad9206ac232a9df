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
    /// Problems in its files; a broken file is reported, never skipped silently.
    Diagnostics diagnostics;

    /// The first free -N for a session on `date`, from the files listed.
    int next_number(const std::string& date) const;
};

/// Reads journal/<pair-id>/ and nothing else (logging must stay fast however
/// big the whole journal is). A missing folder is an empty journal.
Journal load_journal(const fs::path& root, const std::string& pair_id);

/// The journals of `pair_ids`, read in parallel, in the order given.
std::vector<Journal> load_journals(const fs::path& root, const std::vector<std::string>& pair_ids);

/// Creates the session's file exclusively: the content goes to a temporary
/// file (mode 0600) beside the target, which is then hard-linked to
/// <date>.yaml, else <date>-2.yaml, ... starting at `first_number`; link(2)
/// never replaces an existing file, so two processes logging at the same
/// moment get two files. Sets `session.file` and renumbers the action ids
/// for the name obtained. Returns the path relative to `root`.
std::string create_session(const fs::path& root, Session& session, int first_number);

/// Gives the session's actions the ids "<file>.1", "<file>.2", ...
void number_actions(Session& session);

/// Parses "OWNER: TEXT [due DATE]" (OWNER mentor or mentee; DATE in any
/// parse_date form). Throws a usage error naming the value when malformed.
Action parse_action_spec(std::string_view spec, Date today);

enum class ActionStatus { Open, Overdue, Done };
std::string to_string(ActionStatus status);

/// An action with the state the journal gives it.
struct ActionState {
    std::string pair;
    Action action;
    std::string session;  ///< stem of the session that agreed it
    bool is_private = false;
    ActionStatus status = ActionStatus::Open;
    std::string done_in;  ///< stem of the session that completed it
    std::string done_on;  ///< that session's date
};

/// Every action agreed in the journal, in the order agreed. Done when a
/// later (or the same day's) session lists it under `done`; overdue when
/// not done and its due date is before `today`.
std::vector<ActionState> action_states(const Journal& journal, Date today);

/// The action `query` names: its id, or an unambiguous prefix of one (among
/// the not-done actions when several match). Throws a data error naming the
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
