#pragma once
/// The writers' lock on a records directory: an advisory flock(2) on
/// `.mentor.lock` (layout::kLockFile), a file git ignores. Every command that writes holds it
/// from before it reads the records until its files are in place, so two
/// concurrent `match --write` runs cannot both give a mentor their last
/// place. Readers never take it and never wait. The kernel drops the lock
/// when the process ends, however it ends: there is no stale lock to clean.

#include <chrono>
#include <filesystem>
#include <string>

#include "mentor/store/recovery.hpp"

namespace mentor {

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
