// Opening and listing a folder with as few system calls as the kernel allows.

#include "mentor/store/folder.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstddef>
#include <cstring>

namespace mentor {
namespace {

FolderEntry::Type type_of(unsigned char d_type) {
    switch (d_type) {
        case DT_REG: return FolderEntry::Type::File;
        case DT_LNK: return FolderEntry::Type::Link;
        default: return FolderEntry::Type::Other;
    }
}

// For a file system whose listing does not give types (DT_UNKNOWN).
FolderEntry::Type type_at(int dir_fd, const char* name) {
    struct stat st {};
    if (::fstatat(dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) return FolderEntry::Type::Other;
    if (S_ISLNK(st.st_mode)) return FolderEntry::Type::Link;
    return S_ISREG(st.st_mode) ? FolderEntry::Type::File : FolderEntry::Type::Other;
}

}  // namespace

FolderHandle::FolderHandle(const fs::path& folder)
    : fd_(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)), error_(fd_ < 0 ? errno : 0) {
    // With O_DIRECTORY, Linux answers ENOTDIR for a link, whatever it points
    // to: only the rare failed open pays a second call to say which it was.
    struct stat st {};
    if (error_ == ENOTDIR && ::lstat(folder.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) error_ = ELOOP;
}

FolderHandle::~FolderHandle() {
    if (fd_ >= 0) ::close(fd_);
}

// getdents64 rather than fdopendir: the handle keeps its descriptor for
// read_file_at, and fdopendir would take it over (and cost two more calls).
std::vector<FolderEntry> FolderHandle::entries(std::error_code& ec) const {
    ec.clear();
    std::vector<FolderEntry> out;
    if (fd_ < 0) return out;
    if (listed_ && ::lseek(fd_, 0, SEEK_SET) != 0) {
        ec.assign(errno, std::system_category());
        return out;
    }
    listed_ = true;
    alignas(struct dirent64) char buffer[32768];
    for (;;) {
        ssize_t n = ::getdents64(fd_, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            ec.assign(errno, std::system_category());
            return out;
        }
        if (n == 0) return out;
        for (ssize_t at = 0; at < n;) {
            const auto* d = reinterpret_cast<const struct dirent64*>(buffer + at);
            at += d->d_reclen;
            const char* name = d->d_name;
            if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'))) continue;
            out.push_back({name, d->d_type == DT_UNKNOWN ? type_at(fd_, name) : type_of(d->d_type)});
        }
    }
}

}  // namespace mentor
