// Reading files, and writing a set of files all-or-nothing.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <optional>

#include "mentor/core/i18n.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/store/lock.hpp"
#include "mentor/store/recovery.hpp"
#include "mentor/store/store.hpp"
#include "store/write_journal.hpp"

namespace mentor {
namespace {

std::string system_reason() { return std::strerror(errno); }

// read_file_at, with the error for a file over `max_bytes` made by
// `too_large` from the size seen (a command's input names its own limit).
std::string read_limited(int dir_fd, const char* name, const std::string& shown_name, size_t max_bytes, bool follow_links,
                         const std::function<Error(size_t size)>& too_large);

// Refuses to write, or read a record, through a symbolic link: a link
// inside the records directory could otherwise make a write land anywhere
// on the machine, or show any file as a record. `refusal` is the message
// (marked with N_), its placeholder the link.
void refuse_symlinks(const fs::path& root, const std::string& relative, const char* refusal) {
    fs::path current = root;
    for (const auto& part : fs::path(relative)) {
        current /= part;
        std::error_code ec;
        if (fs::is_symlink(fs::symlink_status(current, ec))) throw Error(Location{relative}, trf(refusal, current.string()));
    }
}

std::string cannot_read(int error) {
    // O_NOFOLLOW's answer for a link; the target is neither followed nor named.
    if (error == ELOOP) return tr("cannot read: it is a symbolic link (records are files inside the records directory)");
    // TRANSLATORS: {} is the system's reason ("Permission denied").
    return trf("cannot read: {}", std::strerror(error));
}

// The mode of a new file, as open(2) with 0666 would give it: the user's
// umask decides, as for any file a tool writes. mkstemp makes its file 0600
// whatever the umask, so the mode is set afterwards. The umask can only be
// read by setting it; this is done once, before any file is written.
mode_t new_file_mode() {
    static const mode_t mode = [] {
        mode_t mask = ::umask(022);
        ::umask(mask);
        return static_cast<mode_t>(0666 & ~mask);
    }();
    return mode;
}

void check_relative(const std::string& relative) {
    fs::path p(relative);
    // A tab or a line break could not be written in the write's journal.
    bool bad = p.empty() || p.is_absolute() || relative.find_first_of("\t\n") != std::string::npos;
    for (const auto& part : p)
        if (part == ".." || part == ".") bad = true;
    if (bad) throw Error(Location{relative}, tr("refusing to write outside the records directory"));
}

void write_all(int fd, const std::string& content, const std::string& shown) {
    size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw Error(Location{shown}, trf("cannot write: {}", system_reason()));
        }
        done += static_cast<size_t>(n);
    }
}

// What could not be undone or finished, for the message: each note names
// the file or folder left behind and the system's reason.
class Notes {
public:
    // `message` is marked with N_ and formatted with `args` here, once the
    // system's `error` is taken: the lookup and the formatting come after errno is read.
    template <class... Args>
    void add(int error, const char* message, const Args&... args) {
        // TRANSLATORS: between two clauses of one message ("a; b"); French puts a space before ";".
        if (!text_.empty()) text_ += tr_ctx("clause separator", "; ");
        // TRANSLATORS: {0} is what was left behind ("the temporary file X could not be removed"), {1} the system's reason.
        text_ += trf("{0}: {1}", trf(message, args...), std::strerror(error));
    }
    bool empty() const { return text_.empty(); }
    const std::string& str() const { return text_; }

private:
    std::string text_;
};

// The folders a write made, outermost first, so that a failed write can take
// them away again.
class MadeFolders {
public:
    // Makes `folder` and whichever of the folders above it are missing.
    // (Symbolic links inside the records directory are refused before.)
    void make(const fs::path& folder, const std::string& shown) {
        std::vector<fs::path> missing;
        for (fs::path p = folder; !p.empty(); p = p.parent_path()) {
            struct stat st {};
            if (::stat(p.c_str(), &st) == 0) {
                if (!S_ISDIR(st.st_mode)) throw Error(Location{shown}, trf("{} is in the way: it is not a folder", p.string()));
                break;
            }
            missing.push_back(p);
            if (p == p.parent_path()) break;
        }
        for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
            if (::mkdir(it->c_str(), 0777) != 0)
                throw Error(Location{shown}, trf("cannot create the folder {}: {}", it->string(), system_reason()));
            made_.push_back(*it);
        }
    }

    // Removes them, innermost first.
    void undo(Notes& notes) {
        for (auto it = made_.rbegin(); it != made_.rend(); ++it)
            if (::rmdir(it->c_str()) != 0) notes.add(errno, N_("the new folder {} could not be removed"), it->string());
        made_.clear();
    }

    const std::vector<fs::path>& folders() const { return made_; }

private:
    std::vector<fs::path> made_;
};

// Closes a descriptor however the scope is left.
struct Descriptor {
    int fd;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

// A set of files being written. Each goes first to a temporary file (0600,
// whatever it will hold) beside its target; the files are then put in place
// one by one, and until the last is, everything can be put back as it was:
// the previous version of a file is kept as a hard link, and the folders
// made are remembered. Whatever cannot be put back or cleaned up is named in
// the message. A write of several files records them in a journal before the
// first is put in place, so that a write killed part-way is finished by the
// next command that takes the lock (recovery.cpp); a killed write of one
// file leaves at most its temporary file, which that command removes.
//
// Every new copy is on disk before anything is put in place. One file is
// flushed by its own fsync; the files of a larger write by one syncfs of
// their file system once all are staged: one journal commit instead of one
// per file (an import of 20,000 people spent 100 s in fsyncs alone), with
// the same guarantee, since nothing is put in place before it returns.
class Transaction {
public:
    Transaction(const fs::path& root, size_t files) : root_(root), one_file_(files <= 1) {}

    // Writes `f` to a new temporary file (flushed to disk now when it is the
    // write's only file, else by flush_staged). It takes mode
    // `mode`, or else the mode the target has (0666 less the umask for a new
    // file), only when it is put in place: until then it is mkstemp's 0600.
    void stage(const FileWrite& f, std::optional<mode_t> mode) {
        check_relative(f.path);
        refuse_symlinks(root_, f.path,
                        N_("refusing to write through the symbolic link {} (records are files inside the records directory)"));
        fs::path target = root_ / f.path;
        if (!marked_) {
            mark_write_in_progress(root_);  // before the first temporary file (recovery.hpp)
            marked_ = true;
        }
        folders_.make(target.parent_path(), f.path);
        std::string pattern = (target.parent_path() / layout::temporary_pattern(target.filename().string())).string();
        Descriptor file{::mkstemp(pattern.data())};
        if (file.fd < 0)
            throw Error(Location{f.path},
                        trf("cannot create a temporary file in {}: {}", target.parent_path().string(), system_reason()));
        struct stat st {};
        const bool existed = ::stat(target.c_str(), &st) == 0;
        if (!mode) mode = existed ? (st.st_mode & 07777) : new_file_mode();
        files_.push_back(Staged{target, pattern, {}, f.path, false, *mode, existed});
        write_all(file.fd, f.content, f.path);
        if (one_file_ && ::fsync(file.fd) != 0) throw Error(Location{f.path}, trf("cannot flush to disk: {}", system_reason()));
        int fd = file.fd;
        file.fd = -1;
        if (::close(fd) != 0) throw Error(Location{f.path}, trf("cannot write: {}", system_reason()));
    }

    // Puts every staged file in place, replacing what is there.
    void replace_all() {
        flush_staged();
        // A later failure must be able to put each file back; the last one
        // has no later failure.
        for (size_t i = 0; i + 1 < files_.size(); ++i) {
            Staged& s = files_[i];
            struct stat st {};
            if (::lstat(s.target.c_str(), &st) != 0) continue;
            fs::path backup = s.temporary.string() + layout::kBackupSuffix;
            if (::link(s.target.c_str(), backup.c_str()) != 0)
                throw Error(Location{s.shown},
                            trf("cannot keep the previous version (as a hard link) while the files are replaced: {}", system_reason()));
            s.backup = backup;
        }
        if (files_.size() > 1) write_journal();
        for (auto& s : files_) {
            set_mode(s);
            if (::rename(s.temporary.c_str(), s.target.c_str()) != 0)
                throw Error(Location{s.shown}, trf("cannot replace the file: {}", system_reason()));
            s.placed = true;
            s.temporary.clear();
        }
    }

    // Puts the one staged file in place if no file has its name; false when
    // one has (nothing is then changed).
    bool create() {
        flush_staged();
        Staged& s = files_.front();
        set_mode(s);
        if (::renameat2(AT_FDCWD, s.temporary.c_str(), AT_FDCWD, s.target.c_str(), RENAME_NOREPLACE) == 0) {
            s.placed = true;
            s.temporary.clear();
            return true;
        }
        // A file system without RENAME_NOREPLACE: link(2) never replaces
        // either, but leaves the temporary name to remove afterwards.
        if (errno == EINVAL || errno == ENOSYS || errno == ENOTSUP) {
            if (::link(s.temporary.c_str(), s.target.c_str()) == 0) {
                s.placed = true;
                return true;
            }
        }
        if (errno == EEXIST) return false;
        throw Error(Location{s.shown}, trf("cannot create the file: {}", system_reason()));
    }

    // Undoes everything after a failure and throws `failure`, with whatever
    // could not be undone added to its message.
    [[noreturn]] void fail(const Error& failure) {
        Notes notes;
        // Renamed first: if this process dies while undoing, the next
        // command goes on undoing rather than finishing the write.
        fs::path journal = root_ / layout::kWriteJournalName, undo_journal = root_ / layout::kUndoJournalName;
        if (journaled_ && ::rename(journal.c_str(), undo_journal.c_str()) == 0) journal = undo_journal;
        undo(notes);
        remove_journal(journal, notes);
        if (notes.empty()) {
            unmark();
            throw failure;
        }
        // TRANSLATORS: {0} is the problem that stopped the write, {1} what could not be undone.
        throw Error(failure.where(), trf("{0}; undoing the change failed too: {1}", failure.message(), notes.str()));
    }

    // Undoes everything, the records first, then the temporary files and
    // the folders made; what cannot be undone goes to `notes`.
    void undo(Notes& notes) {
        for (auto it = files_.rbegin(); it != files_.rend(); ++it) {
            Staged& s = *it;
            if (s.placed && !s.backup.empty()) {
                // The backup is the only copy of the previous version: it
                // goes back in place, or stays where the message says.
                if (::rename(s.backup.c_str(), s.target.c_str()) != 0)
                    notes.add(errno, N_("{} could not be put back (its previous version is in {})"), s.shown, s.backup.string());
                s.backup.clear();
            } else if (s.placed && ::unlink(s.target.c_str()) != 0) {
                notes.add(errno, N_("the new file {} could not be removed"), s.target.string());
            }
            s.placed = false;
        }
        for (auto& s : files_) remove_leftovers(s, notes);
        folders_.undo(notes);
        files_.clear();
    }

    // After the last file is in place: removes the kept previous versions and
    // flushes the folders to disk. The change is made by then, and a problem
    // here is said as such.
    void finish() {
        Notes notes;
        remove_journal(root_ / layout::kWriteJournalName, notes);
        for (auto& s : files_) remove_leftovers(s, notes);
        std::vector<fs::path> folders;
        for (const auto& s : files_) folders.push_back(s.target.parent_path());
        for (const auto& f : folders_.folders()) folders.push_back(f.parent_path());
        std::sort(folders.begin(), folders.end());
        folders.erase(std::unique(folders.begin(), folders.end()), folders.end());
        for (auto it = folders.rbegin(); it != folders.rend(); ++it) {  // the deepest first
            Descriptor dir{::open(it->c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
            // A folder that cannot be opened, or a file system that cannot
            // flush one, is left to the system.
            if (dir.fd >= 0 && ::fsync(dir.fd) != 0 && errno != EINVAL && errno != ENOTSUP && errno != ENOSYS)
                notes.add(errno, N_("the folder {} could not be flushed to disk (the change may be lost in a crash)"), it->string());
        }
        files_.clear();
        if (notes.empty()) unmark();
        // TRANSLATORS: {} is what could not be cleaned up after the files were written.
        if (!notes.empty()) throw Error(trf("the change was made, but {}", notes.str()));
    }

    // Every temporary file is gone: the next command need not look for any.
    void unmark() {
        if (marked_) clear_write_in_progress(root_);
        marked_ = false;
    }

private:
    struct Staged {
        fs::path target;
        fs::path temporary;  // while it exists
        fs::path backup;     // the previous version, while it is kept
        std::string shown;
        bool placed;         // the target holds the new content
        mode_t mode;         // the mode it takes when put in place
        bool existed;        // whether the target was there before
    };

    void set_mode(const Staged& s) const {
        if (::chmod(s.temporary.c_str(), s.mode) != 0)
            throw Error(Location{s.shown}, trf("cannot set the file's mode: {}", system_reason()));
    }

    // Removes the write's journal once it has served, if there is one.
    void remove_journal(const fs::path& journal, Notes& notes) {
        if (journaled_ && ::unlink(journal.c_str()) != 0)
            notes.add(errno, N_("the journal {} could not be removed (the next command that writes does it)"), journal.string());
        journaled_ = false;
    }

    // The one flush of a write of several files (see the class's comment).
    void flush_staged() {
        if (one_file_ || files_.empty()) return;
        Descriptor dir{::open(root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
        if (dir.fd < 0 || ::syncfs(dir.fd) != 0)
            throw Error(trf("cannot flush the new files in {} to disk: {}", root_.string(), system_reason()));
    }

    std::string relative(const fs::path& p) const { return p.empty() ? "" : p.lexically_relative(root_).string(); }

    // Records every file of the write, once all are staged, in a journal
    // that is itself written whole (to a temporary file, then renamed) and
    // flushed with its folder: from then on the write is finished, after a
    // crash, by the next command that takes the lock.
    void write_journal() {
        std::vector<detail::JournalEntry> entries;
        for (const auto& s : files_)
            entries.push_back({s.shown, relative(s.temporary), relative(s.backup), s.mode, s.existed});
        const fs::path journal = root_ / layout::kWriteJournalName;
        std::string pattern = (root_ / layout::temporary_pattern(layout::kWriteJournalName)).string();
        Descriptor file{::mkstemp(pattern.data())};
        if (file.fd < 0) throw Error(trf("cannot create the journal {} of the write: {}", journal.string(), system_reason()));
        // `failure` is the message (marked with N_): {0} the journal, {1} the system's reason.
        auto fail_journal = [&](const char* failure) {
            Error e(trf(failure, journal.string(), system_reason()));
            if (file.fd >= 0) ::close(file.fd), file.fd = -1;
            if (::unlink(pattern.c_str()) != 0)
                throw Error(trf("{}; its temporary file {} could not be removed either", e.message(), pattern));
            throw e;
        };
        const char* cannot_write = N_("cannot write the journal {} of the write: {}");
        try {
            write_all(file.fd, detail::journal_text(entries), pattern);
        } catch (const Error&) {
            fail_journal(cannot_write);
        }
        if (::fsync(file.fd) != 0) fail_journal(N_("cannot flush the journal {} of the write: {}"));
        int fd = file.fd;
        file.fd = -1;
        if (::close(fd) != 0) fail_journal(cannot_write);
        if (::rename(pattern.c_str(), journal.c_str()) != 0) fail_journal(N_("cannot put in place the journal {} of the write: {}"));
        journaled_ = true;
        Descriptor dir{::open(root_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)};
        if (dir.fd >= 0 && ::fsync(dir.fd) != 0 && errno != EINVAL && errno != ENOTSUP && errno != ENOSYS)
            throw Error(trf("cannot flush the journal {} of the write to disk: {}", journal.string(), system_reason()));
    }

    static void remove_leftovers(Staged& s, Notes& notes) {
        if (!s.temporary.empty() && ::unlink(s.temporary.c_str()) != 0)
            notes.add(errno, N_("the temporary file {} could not be removed"), s.temporary.string());
        if (!s.backup.empty() && ::unlink(s.backup.c_str()) != 0)
            notes.add(errno, N_("the previous version of {} could not be removed from {}"), s.shown, s.backup.string());

        s.temporary.clear();
        s.backup.clear();
    }

    fs::path root_;
    MadeFolders folders_;
    std::vector<Staged> files_;
    bool one_file_;           // flushed by fsync as it is staged
    bool journaled_ = false;  // the journal is in place
    bool marked_ = false;     // the lock file says a write is in progress
};

}  // namespace

std::string read_file(const fs::path& path, const std::string& shown_name) {
    return read_file_at(AT_FDCWD, path.c_str(), shown_name);
}

std::string read_input_file(const std::string& path, size_t max_bytes, const std::string& what) {
    const std::string shown = path == "-" ? tr("standard input") : path;
    auto refuse = [&](size_t size) {
        // TRANSLATORS: {0} is the size in MiB, {1} what is read ("a session's notes"), {2} the limit in MiB.
        return Error(Location{shown}, trf("too large ({0} MiB or more); the limit for {1} is {2} MiB", size >> 20, what,
                                          max_bytes >> 20));
    };
    // A pipe or a growing file is refused once it has given more than the limit.
    if (path != "-") return read_limited(AT_FDCWD, path.c_str(), path, max_bytes, true, refuse);
    std::string content;
    char buffer[65536];
    for (;;) {
        ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw Error(Location{shown}, trf("cannot read: {}", system_reason()));
        if (n == 0) return content;
        if (content.size() + static_cast<size_t>(n) > max_bytes) throw refuse(content.size() + static_cast<size_t>(n));
        content.append(buffer, static_cast<size_t>(n));
    }
}

std::string read_record_file(const fs::path& path, const std::string& shown_name) {
    return read_file_at(AT_FDCWD, path.c_str(), shown_name, yaml::ParseLimits{}.max_bytes);
}

std::string read_record(const fs::path& root, const std::string& relative) {
    refuse_symlinks(root, relative,
                    N_("refusing to read through the symbolic link {} (records are files inside the records directory)"));

    return read_file_at(AT_FDCWD, (root / relative).c_str(), relative, yaml::ParseLimits{}.max_bytes, false);
}

std::string read_file_at(int dir_fd, const char* name, const std::string& shown_name, size_t max_bytes, bool follow_links) {
    return read_limited(dir_fd, name, shown_name, max_bytes, follow_links, [&](size_t size) {
        return yaml::too_large(shown_name, size, yaml::ParseLimits{max_bytes});
    });
}

namespace {

std::string read_limited(int dir_fd, const char* name, const std::string& shown_name, size_t max_bytes, bool follow_links,
                         const std::function<Error(size_t size)>& too_large) {
    int fd = ::openat(dir_fd, name, O_RDONLY | O_CLOEXEC | (follow_links ? 0 : O_NOFOLLOW));
    if (fd < 0) throw Error(Location{shown_name}, cannot_read(errno));
    auto fail = [&] {
        int saved = errno;
        ::close(fd);
        throw Error(Location{shown_name}, cannot_read(saved));
    };
    struct stat st {};
    if (::fstat(fd, &st) != 0) fail();
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        throw Error(Location{shown_name}, tr("cannot read: it is a folder"));
    }
    if (st.st_size > 0 && static_cast<uint64_t>(st.st_size) > max_bytes) {
        ::close(fd);
        throw too_large(static_cast<size_t>(st.st_size));
    }
    // One read of size + 1 bytes usually reaches the end: a short read saves
    // the second system call per file, which matters over 20,000 records.
    std::string content(static_cast<size_t>(std::max<off_t>(st.st_size, 0)) + 1, '\0');
    size_t used = 0;
    for (;;) {
        if (used == content.size()) {
            if (used > max_bytes) {  // a file that grows, or no regular file at all
                ::close(fd);
                throw too_large(used);
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

}  // namespace

void Store::write(const std::vector<FileWrite>& files, const Progress& progress) const {
    Transaction transaction(root_, files.size());
    const char* written = tr("files written");  // looked up once: 20,000 files may pass
    try {
        for (size_t i = 0; i < files.size(); ++i) {
            transaction.stage(files[i], std::nullopt);
            report_progress(progress, written, i + 1, files.size());
        }
        transaction.replace_all();
    } catch (const Error& e) {
        transaction.fail(e);
    }
    transaction.finish();
}

bool Store::create_new(const FileWrite& file, fs::perms mode) const {
    Transaction transaction(root_, 1);
    try {
        transaction.stage(file, static_cast<mode_t>(mode));
        if (!transaction.create()) {
            Notes notes;
            transaction.undo(notes);
            // TRANSLATORS: {} is what could not be cleaned up.
            if (!notes.empty()) throw Error(Location{file.path}, trf("the file exists already, and {}", notes.str()));
            transaction.unmark();
            return false;
        }
    } catch (const Error& e) {
        transaction.fail(e);
    }
    transaction.finish();
    return true;
}

}  // namespace mentor
