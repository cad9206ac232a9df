// Finishing or rolling back a write that was interrupted, and the journal
// that makes it possible (mentor/store/recovery.hpp).

#include "mentor/store/recovery.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <set>
#include <sstream>

#include "mentor/core/i18n.hpp"
#include "mentor/store/lock.hpp"
#include "mentor/store/store.hpp"
#include "store/write_journal.hpp"

namespace mentor {
namespace detail {
namespace {

constexpr const char* kJournalHeader = "mentor write journal 1";

bool safe_relative(const std::string& path) {
    if (path.empty() || path.find_first_of("\t\n") != std::string::npos) return false;
    std::filesystem::path p(path);
    if (p.is_absolute()) return false;
    for (const auto& part : p)
        if (part == ".." || part == ".") return false;
    return true;
}

}  // namespace

std::string journal_text(const std::vector<JournalEntry>& entries) {
    std::ostringstream out;
    out << kJournalHeader << "\n";
    for (const auto& e : entries)
        out << (e.existed ? 1 : 0) << '\t' << std::oct << e.mode << std::dec << '\t' << e.target << '\t' << e.temporary
            << '\t' << e.backup << '\n';
    return out.str();
}

std::vector<JournalEntry> parse_journal(const std::string& text, const std::string& shown) {
    std::vector<JournalEntry> entries;
    std::istringstream in(text);
    std::string line;
    int number = 1;
    // `why` is marked with N_ and translated here.
    auto bad = [&](const char* why) {
        // TRANSLATORS: {} says what is wrong with the journal ("bad mode"); "Crash safety" is a section of docs/security.md (in English).
        return Error(Location{shown, number},
                     trf("the journal of an interrupted write is damaged ({}); nothing was changed. See docs/security.md, \"Crash safety\"",
                         tr(why)));
    };
    if (!std::getline(in, line) || line != kJournalHeader) throw bad(N_("unknown first line"));
    while (std::getline(in, line)) {
        ++number;
        std::vector<std::string> fields;
        for (size_t start = 0;;) {
            size_t tab = line.find('\t', start);
            fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        if (fields.size() != 5 || (fields[0] != "0" && fields[0] != "1")) throw bad(N_("expected 5 fields"));
        JournalEntry e;
        e.existed = fields[0] == "1";
        char* end = nullptr;
        unsigned long mode = std::strtoul(fields[1].c_str(), &end, 8);
        if (fields[1].empty() || *end != '\0' || mode > 07777) throw bad(N_("bad mode"));
        e.mode = static_cast<mode_t>(mode);
        e.target = fields[2];
        e.temporary = fields[3];
        e.backup = fields[4];
        if (!safe_relative(e.target) || !safe_relative(e.temporary) || (!e.backup.empty() && !safe_relative(e.backup)) ||
            !is_temporary_name(std::filesystem::path(e.temporary).filename().string()))
            throw bad(N_("a path outside the records directory"));
        entries.push_back(std::move(e));
    }
    return entries;
}

bool is_temporary_name(const std::string& name) {
    return name.size() > 1 && name[0] == '.' && name.find(layout::kTempInfix) != std::string::npos;
}

}  // namespace detail

namespace {

namespace fs = std::filesystem;

bool exists_no_follow(const fs::path& p) {
    struct stat st {};
    return ::lstat(p.c_str(), &st) == 0;
}

// `message` is marked with N_ and formatted with `args` once the system's
// `error` is taken: no lookup runs before errno is read.
template <class... Args>
Error system_error(int error, const char* message, const Args&... args) {
    // TRANSLATORS: {0} is what failed ("cannot finish the interrupted write of pairs/x.yaml"), {1} the system's reason.
    return Error(trf("{0}: {1}; the journal of the interrupted write is kept, and the next command that writes tries again",
                     trf(message, args...), std::strerror(error)));
}

// The folders where a write puts files: the records directory, its record
// folders, and each pair's journal folder. Symbolic links are not followed.
std::vector<fs::path> write_folders(const fs::path& root) {
    std::vector<fs::path> folders = {root};
    for (const char* name : {"people", "pairs", "plans", "journal"}) {
        std::error_code ec;
        fs::path folder = root / name;
        if (!fs::is_directory(fs::symlink_status(folder, ec))) continue;
        folders.push_back(folder);
        if (std::string(name) != "journal") continue;
        for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec))
            if (it->is_directory(ec) && !it->is_symlink(ec)) folders.push_back(it->path());
    }
    return folders;
}

// Every temporary file and kept previous version, relative to root, sorted.
std::vector<std::string> temporary_files(const fs::path& root) {
    std::vector<std::string> found;
    for (const auto& folder : write_folders(root)) {
        std::error_code ec;
        for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
            std::string name = it->path().filename().string();
            if (detail::is_temporary_name(name)) found.push_back(fs::relative(it->path(), root, ec).string());
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

void flush_folder(const fs::path& folder) {
    int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);  // best effort: a file system that cannot flush a folder is left to itself
    ::close(fd);
}

// Puts every new copy that is still a temporary file in place.
void roll_forward(const fs::path& root, const std::vector<detail::JournalEntry>& entries) {
    std::set<fs::path> folders;
    for (const auto& e : entries) {
        fs::path temporary = root / e.temporary, target = root / e.target;
        folders.insert(target.parent_path());
        if (!exists_no_follow(temporary)) continue;  // already in place
        if (::chmod(temporary.c_str(), e.mode) != 0 || ::rename(temporary.c_str(), target.c_str()) != 0)
            throw system_error(errno, N_("cannot finish the interrupted write of {}"), e.target);
    }
    for (const auto& f : folders) flush_folder(f);
}

// Puts every previous version back and removes every file the write created.
void roll_back(const fs::path& root, const std::vector<detail::JournalEntry>& entries) {
    std::set<fs::path> folders;
    for (auto it = entries.rbegin(); it != entries.rend(); ++it) {
        fs::path target = root / it->target;
        folders.insert(target.parent_path());
        const bool failed = !it->backup.empty() && exists_no_follow(root / it->backup)
                                ? ::rename((root / it->backup).c_str(), target.c_str()) != 0
                                : !it->existed && !exists_no_follow(root / it->temporary) &&
                                      ::unlink(target.c_str()) != 0 && errno != ENOENT;
        if (failed) throw system_error(errno, N_("cannot roll back the interrupted write of {}"), it->target);
    }
    for (const auto& f : folders) flush_folder(f);
}

Error cannot_mark(const fs::path& lock, int error) {
    return Error(trf("cannot mark a write in progress in {}: {}", lock.string(), std::strerror(error)));
}

}  // namespace

void mark_write_in_progress(const fs::path& root) {
    const fs::path lock = root / layout::kLockFile;
    int fd = ::open(lock.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT) return;
        throw cannot_mark(lock, errno);
    }
    const bool written = ::pwrite(fd, "w", 1, 0) == 1;
    const int err = errno;
    ::close(fd);
    if (!written) throw cannot_mark(lock, err);
}

void clear_write_in_progress(const fs::path& root) noexcept {
    const fs::path lock = root / layout::kLockFile;
    int fd = ::open(lock.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return;
    (void)::ftruncate(fd, 0);  // a mark left behind only costs the next command one sweep
    ::close(fd);
}

std::string recover_interrupted_write(const fs::path& root) {
    std::string done;
    struct stat lock {};
    const bool marked = ::lstat((root / layout::kLockFile).c_str(), &lock) == 0 && lock.st_size > 0;
    for (const char* name : {layout::kUndoJournalName, layout::kWriteJournalName}) {
        fs::path journal = root / name;
        if (!exists_no_follow(journal)) continue;
        auto entries = detail::parse_journal(read_file(journal, name), name);
        const size_t n = entries.size();
        if (std::string(name) == layout::kUndoJournalName) {
            roll_back(root, entries);
            done = trnf("rolled back an interrupted write of {} file", "rolled back an interrupted write of {} files", n, n);
        } else {
            roll_forward(root, entries);
            done = trnf("finished an interrupted write of {} file", "finished an interrupted write of {} files", n, n);
        }
        if (::unlink(journal.c_str()) != 0) throw system_error(errno, N_("cannot remove {}"), journal.string());
        flush_folder(root);
    }
    if (!marked && done.empty()) return done;  // every write since the last sweep finished
    size_t removed = 0;
    for (const auto& file : temporary_files(root)) {
        if (::unlink((root / file).c_str()) != 0 && errno != ENOENT)
            throw Error(trf("cannot remove the temporary file {} left by an interrupted write: {}", (root / file).string(),
                            std::strerror(errno)));
        ++removed;
    }
    if (removed > 0) {
        if (!done.empty()) done += tr_ctx("clause separator", "; ");
        // (Singular and plural on one line: the catalogue's lint pairs them by line.)
        done += trnf("removed {} temporary file left by an interrupted write", "removed {} temporary files left by an interrupted write", removed, removed);
    }
    clear_write_in_progress(root);
    return done;
}

Diagnostics find_interrupted_write(const fs::path& root) {
    Diagnostics found;
    for (const char* name : {layout::kWriteJournalName, layout::kUndoJournalName})
        if (exists_no_follow(root / name))
            found.push_back(Diagnostic{Location{name}, Severity::Error,
                                       tr("the journal of an interrupted write; the next mentor command that writes "
                                          "finishes the write (or rolls it back)")});
    const char* temporary = tr("a temporary file left by an interrupted write; the next mentor command that writes removes it");
    for (const auto& file : temporary_files(root)) found.push_back(Diagnostic{Location{file}, Severity::Error, temporary});

    return found;
}

}  // namespace mentor
