// Reading files, and writing a set of files all-or-nothing.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "mentor/store.hpp"
#include "mentor/yaml.hpp"

namespace mentor {
namespace {

std::string system_reason() { return std::strerror(errno); }

struct StagedFile {
    fs::path target;
    fs::path temporary;
    fs::path backup;  // empty when the target did not exist
    bool renamed = false;
};

// Refuses to write through a symbolic link: a link inside the records
// directory could otherwise make a write land anywhere on the machine.
void refuse_symlinks(const fs::path& root, const std::string& relative) {
    fs::path current = root;
    for (const auto& part : fs::path(relative)) {
        current /= part;
        std::error_code ec;
        if (fs::is_symlink(fs::symlink_status(current, ec)))
            throw Error(Location{relative}, "refusing to write through the symbolic link " + current.string());
    }
}

void check_relative(const std::string& relative) {
    fs::path p(relative);
    bool bad = p.empty() || p.is_absolute();
    for (const auto& part : p)
        if (part == ".." || part == ".") bad = true;
    if (bad) throw Error(Location{relative}, "refusing to write outside the records directory");
}

void write_all(int fd, const std::string& content, const std::string& shown) {
    size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw Error(Location{shown}, "cannot write: " + system_reason());
        }
        done += static_cast<size_t>(n);
    }
}

// Writes `content` to a new temporary file beside `target`, with the mode the
// target has (or 0644 for a new file), flushed to disk.
fs::path write_temporary(const fs::path& target, const std::string& content, const std::string& shown) {
    std::string pattern = (target.parent_path() / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw Error(Location{shown}, "cannot create a temporary file in " + target.parent_path().string() + ": " + system_reason());
    fs::path temporary = pattern;
    try {
        struct stat st {};
        mode_t mode = ::stat(target.c_str(), &st) == 0 ? (st.st_mode & 07777) : 0644;
        if (::fchmod(fd, mode) != 0) throw Error(Location{shown}, "cannot set file mode: " + system_reason());
        write_all(fd, content, shown);
        if (::fsync(fd) != 0) throw Error(Location{shown}, "cannot flush to disk: " + system_reason());
        if (::close(fd) != 0) {
            fd = -1;
            throw Error(Location{shown}, "cannot write: " + system_reason());
        }
        fd = -1;
    } catch (...) {
        if (fd >= 0) ::close(fd);
        ::unlink(temporary.c_str());
        throw;
    }
    return temporary;
}

void sync_directory(const fs::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void discard(std::vector<StagedFile>& staged) {
    for (auto& s : staged) {
        if (!s.temporary.empty()) ::unlink(s.temporary.c_str());
        if (!s.backup.empty() && !s.renamed) ::unlink(s.backup.c_str());
    }
}

// Puts every renamed file back as it was, newest first.
void roll_back(std::vector<StagedFile>& staged) {
    for (auto it = staged.rbegin(); it != staged.rend(); ++it) {
        if (!it->renamed) continue;
        if (!it->backup.empty())
            ::rename(it->backup.c_str(), it->target.c_str());
        else
            ::unlink(it->target.c_str());
        it->renamed = false;
        it->backup.clear();
    }
}

}  // namespace

FolderHandle::FolderHandle(const fs::path& folder) : fd_(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {}

FolderHandle::~FolderHandle() {
    if (fd_ >= 0) ::close(fd_);
}

std::string read_file(const fs::path& path, const std::string& shown_name) {
    return read_file_at(AT_FDCWD, path.c_str(), shown_name);
}

std::string read_record_file(const fs::path& path, const std::string& shown_name) {
    return read_file_at(AT_FDCWD, path.c_str(), shown_name, yaml::ParseLimits{}.max_bytes);
}

std::string read_file_at(int dir_fd, const char* name, const std::string& shown_name, size_t max_bytes) {
    int fd = ::openat(dir_fd, name, O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw Error(Location{shown_name}, "cannot read: " + system_reason());
    auto fail = [&] {
        int saved = errno;
        ::close(fd);
        errno = saved;
        throw Error(Location{shown_name}, "cannot read: " + system_reason());
    };
    struct stat st {};
    if (::fstat(fd, &st) != 0) fail();
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        throw Error(Location{shown_name}, "cannot read: it is a folder");
    }
    if (st.st_size > 0 && static_cast<uint64_t>(st.st_size) > max_bytes) {
        ::close(fd);
        throw yaml::too_large(shown_name, static_cast<size_t>(st.st_size), yaml::ParseLimits{max_bytes});
    }
    // One read of size + 1 bytes usually reaches the end: a short read saves
    // the second system call per file, which matters over 20,000 records.
    std::string content(static_cast<size_t>(std::max<off_t>(st.st_size, 0)) + 1, '\0');
    size_t used = 0;
    for (;;) {
        if (used == content.size()) {
            if (used > max_bytes) {  // a file that grows, or no regular file at all
                ::close(fd);
                throw yaml::too_large(shown_name, used, yaml::ParseLimits{max_bytes});
            }
            content.resize(content.size() * 2);
        }
        ssize_t n = ::read(fd, content.data() + used, content.size() - used);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail();
        }
        if (n == 0) break;
        used += static_cast<size_t>(n);
        if (S_ISREG(st.st_mode) && used == static_cast<size_t>(st.st_size)) break;  // read to its size: the end
    }
    ::close(fd);
    content.resize(used);
    return content;
}

void Store::write(const std::vector<FileWrite>& files) const {
    std::vector<StagedFile> staged;
    staged.reserve(files.size());
    try {
        for (const auto& f : files) {
            check_relative(f.path);
            refuse_symlinks(root_, f.path);
            fs::path target = root_ / f.path;
            std::error_code ec;
            fs::create_directories(target.parent_path(), ec);
            if (ec) throw Error(Location{f.path}, "cannot create folder " + target.parent_path().string() + ": " + ec.message());
            StagedFile s;
            s.target = target;
            s.temporary = write_temporary(target, f.content, f.path);
            staged.push_back(std::move(s));
        }
        for (auto& s : staged) {
            std::string shown = fs::relative(s.target, root_).string();
            if (fs::exists(fs::symlink_status(s.target))) {
                // A hard link keeps the old version until every rename is done.
                s.backup = s.temporary.string() + ".old";
                if (::link(s.target.c_str(), s.backup.c_str()) != 0) {
                    s.backup.clear();
                    throw Error(Location{shown}, "cannot keep the previous version: " + system_reason());
                }
            }
            if (::rename(s.temporary.c_str(), s.target.c_str()) != 0)
                throw Error(Location{shown}, "cannot replace the file: " + system_reason());
            s.renamed = true;
            s.temporary.clear();
        }
    } catch (...) {
        roll_back(staged);
        discard(staged);
        throw;
    }
    for (auto& s : staged)
        if (!s.backup.empty()) ::unlink(s.backup.c_str());
    std::vector<fs::path> dirs;
    for (auto& s : staged) dirs.push_back(s.target.parent_path());
    std::sort(dirs.begin(), dirs.end());
    dirs.erase(std::unique(dirs.begin(), dirs.end()), dirs.end());
    for (const auto& d : dirs) sync_directory(d);
}

}  // namespace mentor
