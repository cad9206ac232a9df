#include "mentor/store/lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/store/layout.hpp"

namespace mentor {

RecordsLock::RecordsLock(const std::filesystem::path& root) : path_(root / layout::kLockFile) {
    // O_NOFOLLOW: a lock file planted as a symbolic link must not make us
    // create or truncate a file elsewhere. 0600: it says nothing, but
    // nothing in a records directory is for other users.
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd_ < 0) {
        int err = errno;
        // TRANSLATORS: {0} is the lock file, {1} the system's reason.
        throw Error(trf("cannot lock the records directory for writing ({0}): {1}", path_.string(), std::strerror(err)));
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
        throw Error(trf("cannot lock {}: {}", path_.string(), std::strerror(err)));
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
            // TRANSLATORS: {0} is the records directory, {1} a number of seconds, {2} the lock file's name.
            throw Error(trf("another mentor command has been writing to {0} for {1} s (it holds {2}); try again when it has finished",
                            path_.parent_path().string(), patience.count() / 1000, layout::kLockFile));

        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(100));
    }
}

}  // namespace mentor
