#pragma once
/// Recovering from a write that was interrupted (kill -9, a crash, a power
/// cut): in the manner of SQLite's rollback journal. A multi-file write keeps
/// its new copies in temporary files until every one is on disk, then writes
/// a journal (layout::kWriteJournalName) naming each of them, and only then renames
/// them into place. The next command that takes the lock finishes a write
/// whose journal exists, rolls back one whose journal says it was being
/// undone (layout::kUndoJournalName), and removes every temporary file left: the
/// records are then wholly as before the write or wholly as after it.

#include <filesystem>
#include <string>

#include "mentor/core/error.hpp"

namespace mentor {

/// Finishes or rolls back an interrupted write in `root` and removes the
/// temporary files left by one. Call it only while holding the records lock
/// (RecordsLock does). Returns what it did, for the user ("" when there was
/// nothing to do). Throws mentor::Error, naming the journal, when the write
/// can neither be finished nor rolled back; the journal is then kept.
std::string recover_interrupted_write(const std::filesystem::path& root);

/// The mark a write leaves in the lock file (layout::kLockFile) from before
/// its first temporary file until its last is gone: a write killed in between
/// leaves it, and only then does the next lock holder look through every
/// folder for temporary files (a sweep of a large journal costs tens of
/// milliseconds, too much for every command). Without a lock file (a new
/// directory, a file outside any records directory) there is nobody to
/// recover, and nothing is marked. Throws mentor::Error when the mark cannot
/// be written, before anything else is.
void mark_write_in_progress(const std::filesystem::path& root);
void clear_write_in_progress(const std::filesystem::path& root) noexcept;

/// For `mentor validate`: an error for a journal of an interrupted write and
/// for each temporary file, until a command that writes cleans them up.
Diagnostics find_interrupted_write(const std::filesystem::path& root);

}  // namespace mentor
