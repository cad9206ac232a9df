#pragma once
/// The writers' lock on a records directory: an advisory flock(2) on
/// `.mentor.lock`, a file git ignores. Every command that writes holds it
/// from before it reads the records until its files are in place, so two
/// concurrent `match --write` runs cannot both give a mentor their last
/// place. Readers never take it and never wait. The kernel drops the lock
/// when the process ends, however it ends: there is no stale lock to clean.

#include <chrono>
#include <filesystem>
#include <string>

#include "mentor/store/recovery.hpp"

namespace mentor {

/// The lock file's name inside the records directory.
inline constexpr const char* kLockFileName = ".mentor.lock";

// The names a write in progress uses (docs/security.md, "Crash safety"); all
// of them are left out of git by the .gitignore `mentor init` writes.
/// The journal of a multi-file write whose new copies are all on disk: from
/// the moment it exists, the write is finished by whoever takes the lock next.
inline constexpr const char* kWriteJournalName = ".mentor.txn";
/// The same journal once a failed write is being undone: whoever takes the
/// lock next rolls the write back instead.
inline constexpr const char* kUndoJournalName = ".mentor.txn-undo";
/// A temporary copy of `<folder>/<name>` is `<folder>/.<name>` + this + six
/// random characters; the kept previous version of a file adds kBackupSuffix.
inline constexpr const char* kTempInfix = ".tmp-";
inline constexpr const char* kBackupSuffix = ".old";

class RecordsLock {
public:
    /// Takes the lock on `root`, waiting up to `patience` for another writer
    /// to finish; `on_wait` is called once if the wait begins. Throws
    /// mentor::Error when the lock file cannot be opened (read-only folder,
    /// symbolic link) or the wait runs out. Once it holds the lock, it
    /// finishes or rolls back a write that was interrupted, before the
    /// command reads anything (recover_interrupted_write; see recovered()).
    template <class OnWait>
    static RecordsLock acquire(const std::filesystem::path& root, std::chrono::milliseconds patience, OnWait on_wait) {
        RecordsLock lock(root);
        if (!lock.try_lock()) {
            on_wait();
            lock.wait(patience);
        }
        lock.recovered_ = recover_interrupted_write(root);
        return lock;
    }

    /// What taking the lock repaired, for the user; "" when nothing.
    const std::string& recovered() const { return recovered_; }

    RecordsLock(RecordsLock&& other) noexcept;
    RecordsLock& operator=(RecordsLock&&) = delete;
    RecordsLock(const RecordsLock&) = delete;
    RecordsLock& operator=(const RecordsLock&) = delete;
    ~RecordsLock();

private:
    explicit RecordsLock(const std::filesystem::path& root);
    bool try_lock();
    void wait(std::chrono::milliseconds patience);

    std::filesystem::path path_;
    int fd_ = -1;
    std::string recovered_;
};

}  // namespace mentor
