#pragma once
/// The records directory's layout (SPEC §2), in this one place: every folder
/// and file name the tool reads or writes, the path of each record from its
/// id, and the reverse, recognising a record's file name.
///
///   mentor.yaml                              settings
///   people/<person-id>.yaml                  Kind::Person
///   pairs/<pair-id>.yaml                     Kind::Pair
///   plans/<pair-id>.yaml                     Kind::Plan
///   journal/<pair-id>/<date>[-N][-<suffix>].yaml  journal entries (EntryKind::Session)
///   journal/<pair-id>/<date>-followup[-N][-<suffix>].yaml  (EntryKind::FollowUp, `mentor action`)
///   journal/<pair-id>/<date>-checkin-<side>.yaml  (EntryKind::CheckIn, `mentor checkin`)
///   journal/<pair-id>/<date>-closing-<side>.yaml  (EntryKind::Closing, `mentor plan --close --by`)
///   .mentor.lock, .gitignore, .<name>.tmp-XXXXXX, <folder>/.gitkeep
///
/// Every path is relative to the records directory. A path is built only
/// from a valid id (core/ids.hpp) or a valid entry stem, and anything else
/// throws mentor::Error: no path built here ever leaves the directory.
///
/// A new record kind takes a Kind (a folder and the id it is named by); a new
/// kind of file in journal/<pair-id>/ (follow-ups, check-ins, closing
/// reviews) takes an EntryKind and its tag, which names its files
/// <date>-<tag>[-N].yaml beside the sessions.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "mentor/records/records.hpp"

namespace mentor::layout {

inline constexpr std::string_view kSettingsFile = "mentor.yaml";
/// The writers' lock (store/lock.hpp); git ignores it.
inline constexpr std::string_view kLockFile = ".mentor.lock";
inline constexpr std::string_view kGitignoreFile = ".gitignore";
/// An empty file that makes git keep an empty folder.
inline constexpr std::string_view kKeepFile = ".gitkeep";
/// Every record file ends so.
inline constexpr std::string_view kRecordSuffix = ".yaml";
// The names of a write in progress (store/recovery.hpp, docs/security.md
// "Crash safety"); the .gitignore `mentor init` writes leaves them out of git.
/// The journal of a multi-file write whose new copies are all on disk: from
/// the moment it exists, the write is finished by whoever takes the lock next.
inline constexpr const char* kWriteJournalName = ".mentor.txn";
/// The same journal once a failed write is being undone: whoever takes the
/// lock next rolls the write back instead.
inline constexpr const char* kUndoJournalName = ".mentor.txn-undo";
/// A temporary copy of `<folder>/<name>` is `<folder>/.<name>` + kTempInfix +
/// six random characters (temporary_pattern); the kept previous version of a
/// file adds kBackupSuffix.
inline constexpr const char* kTempInfix = ".tmp-";
inline constexpr const char* kBackupSuffix = ".old";
/// What the gitignore says of temporary files (see temporary_pattern).
inline constexpr std::string_view kTemporaryGlob = ".*.tmp-*";

/// A record kind stored as one file per id in one top-level folder.
enum class Kind { Person, Pair, Plan };

/// "people", "pairs", "plans".
std::string_view folder(Kind kind);
/// "journal": one folder per pair inside.
inline constexpr std::string_view kJournalFolder = "journal";
/// Every top-level folder, in the order `mentor init` makes them.
inline constexpr std::array<std::string_view, 4> kFolders = {"people", "pairs", "plans", "journal"};

/// Whether `id` may name a record of `kind`: a person id for Person, a pair
/// id (<mentor-id>--<mentee-id>) for Pair and Plan.
bool is_valid_id(Kind kind, std::string_view id);

/// "<folder>/<id>.yaml"; throws mentor::Error when `id` is not valid for `kind`.
std::string path(Kind kind, std::string_view id);
inline std::string person_path(std::string_view id) { return path(Kind::Person, id); }
inline std::string pair_path(std::string_view pair_id) { return path(Kind::Pair, pair_id); }
inline std::string plan_path(std::string_view pair_id) { return path(Kind::Plan, pair_id); }

/// "<stem>.yaml".
std::string file_name(std::string_view stem);
/// The stem of "<stem>.yaml"; nullopt for any other name and for hidden
/// names (.gitkeep, temporary files), which are never records. The stem is
/// not checked: callers say what is wrong with a badly named file.
std::optional<std::string_view> record_stem(std::string_view file_name);
/// The stem is a view into the name: a temporary name would leave it dangling
/// (two stack-use-after-scope bugs came from that), so keep the name first.
std::optional<std::string_view> record_stem(std::string&& file_name) = delete;
inline std::optional<std::string_view> record_stem(const char* file_name) { return record_stem(std::string_view(file_name)); }
/// The id a file of `kind` is named for: its stem when that is a valid id
/// for `kind`; nullopt for any other name.
std::optional<std::string_view> record_id(Kind kind, std::string_view file_name);
/// Names starting with a dot: the tool's own files (lock, temporary files,
/// .gitkeep), skipped by every listing.
bool is_hidden(std::string_view file_name);

/// "journal/<pair-id>"; throws mentor::Error when `pair_id` is not valid.
std::string journal_folder(std::string_view pair_id);

/// The kinds of file in journal/<pair-id>/.
enum class EntryKind { Session, FollowUp, CheckIn, Closing };

/// A journal entry's stem: "<date>[-<tag>][-N][-<suffix>]", 2 <= N <= 999
/// when present, the suffix kSuffixLength characters: four of [a-z2-7] then
/// a digit 2-9 (so that no word reads as a suffix). A session has no tag:
/// "2024-03-01", "2024-03-01-2" (older names, still valid),
/// "2024-03-01-k7qm4", "2024-03-01-2-p3xa7" (what new entries are named).
/// N is the entry's place among the day's entries of its clone, the suffix
/// tells two clones apart (new_entry_stem), so two clones never make the
/// same name and one clone's entries keep their order.
struct EntryStem {
    EntryKind kind = EntryKind::Session;
    std::string date;  ///< YYYY-MM-DD
    int number = 1;
    std::string suffix;  ///< empty in the older names
    /// Check-ins and closings: the side that answered, part of the tag
    /// ("checkin-mentor"), so that both sides answering on one day in two
    /// clones add two files, never one conflict.
    std::optional<Role> side;
};
/// The length of an entry's suffix: 23 bits, so two clones writing the same
/// pair's entry on the same day pick the same one once in 8 million.
inline constexpr size_t kSuffixLength = 5;
/// The largest N of an entry name: a suffix has more characters than N has
/// digits, so "-23456" is a suffix and "-234" a number.
inline constexpr int kMaxEntryNumber = 999;
/// nullopt for anything that is not exactly the stem of an entry.
std::optional<EntryStem> parse_entry_stem(std::string_view stem);
/// The stem of the `number`th entry of `kind` on `date` (1: no -N), with
/// `suffix` (empty: none), by `side` for check-ins and closings.
std::string entry_stem(EntryKind kind, std::string_view date, int number, std::optional<Role> side = {},
                       std::string_view suffix = {});
/// The order of entries of one kind: by date, then N, then suffix (so an
/// older "<date>-2" comes before "<date>-2-k7qm4"); deterministic, the same
/// in every clone.
bool entry_before(const EntryStem& a, const EntryStem& b);
/// The name a new session or follow-up takes at its `attempt`th try (0
/// first) when `number` is its place among the day's entries already there:
/// "<date>[-tag][-N]-<suffix>", the suffix hashed from this machine's host
/// name, the user id, the clock in nanoseconds and the process id, and the
/// attempt (a taken name is tried again with the next). For tests, the
/// environment variable MENTOR_ENTRY_SUFFIX pins it: a valid suffix is the
/// first attempt's, "none" gives the older names
/// without a suffix ("<date>[-N]", N counting up from `number` by attempt).
std::string new_entry_stem(EntryKind kind, std::string_view date, int number, int attempt);
/// "journal/<pair-id>/<stem>.yaml"; throws mentor::Error when `pair_id` or
/// `stem` is not valid.
std::string entry_path(std::string_view pair_id, std::string_view stem);

/// Sessions, the entries the journal has today.
using SessionStem = EntryStem;
/// An entry stem of a session; nullopt for any other stem.
std::optional<SessionStem> parse_session_stem(std::string_view stem);
inline std::string session_stem(std::string_view date, int number) { return entry_stem(EntryKind::Session, date, number); }
inline std::string session_path(std::string_view pair_id, std::string_view stem) { return entry_path(pair_id, stem); }

/// A follow-up of an action (`mentor action`): "2024-03-01-followup",
/// "2024-03-01-followup-2", "2024-03-01-followup-k7qm4". The tag is a word, a session's -N only digits,
/// so neither can be read as the other.
std::optional<EntryStem> parse_followup_stem(std::string_view stem);
inline std::string followup_stem(std::string_view date, int number) { return entry_stem(EntryKind::FollowUp, date, number); }

/// One side's check-in, "2024-03-01-checkin-mentee", and closing review,
/// "2024-06-30-closing-mentor": one a day per side (a second is refused), so
/// no -N.
inline std::string checkin_stem(std::string_view date, Role side) { return entry_stem(EntryKind::CheckIn, date, 1, side); }
inline std::string closing_stem(std::string_view date, Role side) { return entry_stem(EntryKind::Closing, date, 1, side); }

/// What a file is, read from the end of its path (git's %P, which may be
/// inside a larger repository): "people/<id>.yaml" a person, "pairs/..." a
/// pair, "plans/..." a plan, "journal/<pair-id>/<stem>.yaml" a journal entry.
struct RecordAt {
    enum class What { Person, Pair, Plan, Entry } what;  ///< the first three in Kind's order
    std::string id;       ///< the person or pair id
    std::string stem;     ///< an entry's stem
    EntryKind entry = EntryKind::Session;
};
/// nullopt for any other path.
std::optional<RecordAt> record_at(std::string_view path);
/// The lines of the .gitattributes `mentor init` writes: every record file
/// merged by `mentor merge-driver` (the driver named "mentor").
std::string_view gitattributes_lines();
inline constexpr std::string_view kGitattributesFile = ".gitattributes";

/// The mkstemp(3) template for a temporary copy of `file_name` beside it:
/// ".<file_name>.tmp-XXXXXX", hidden (listings skip it) and matched by
/// kTemporaryGlob.
std::string temporary_pattern(std::string_view file_name);

}  // namespace mentor::layout
