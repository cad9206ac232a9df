#include "mentor/store/lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "mentor/core/error.hpp"
#include "mentor/store/layout.hpp"

namespace mentor {

RecordsLock::RecordsLock(const std::filesystem::path& root) : path_(root / layout::kLockFile) {
    // O_NOFOLLOW: a lock file planted as a symbolic link must not make us
    // create or truncate a file elsewhere. 0600: it says nothing, but
    // nothing in a records directory is for other users.
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd_ < 0) {
        int err = errno;
        throw Error("cannot lock the records directory for writing (" + path_.string() + "): " + std::strerror(err));
    }
}

RecordsLock::RecordsLock(RecordsLock&& other) noexcept
    : path_(std::move(other.path_)), fd_(other.fd_), recovered_(std::move(other.recovered_)) {
    other.fd_ = -1;
}

RecordsLock::~RecordsLock() {
    if (fd_ >= 0) ::close(fd_);  // closing the only descriptor releases the flock
}

bool RecordsLock::try_lock() {
    while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EINTR) continue;
        if (errno == EWOULDBLOCK) return false;
        int err = errno;
        throw Error("cannot lock " + path_.string() + ": " + std::strerror(err));
    }
    return true;
}

void RecordsLock::wait(std::chrono::milliseconds patience) {
    // Polling rather than a blocking flock with an alarm: no signal handler
    // in a library, and a writer holds the lock for well under a second.
    auto deadline = std::chrono::steady_clock::now() + patience;
    auto pause = std::chrono::milliseconds(5);
    while (!try_lock()) {
        if (std::chrono::steady_clock::now() >= deadline)
            throw Error("another mentor command has been writing to " + path_.parent_path().string() + " for " +
                        std::to_string(patience.count() / 1000) + " s (it holds " + std::string(layout::kLockFile) +
                        "); try again when it has finished");
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(100));
    }
}

}  // namespace mentor
