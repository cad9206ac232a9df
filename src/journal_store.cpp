// The journal on disk: naming session files, reading one pair's folder (or
// many in parallel), and creating a new session file without ever
// replacing one.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>

#include "field_reader.hpp"
#include "mentor/journal.hpp"
#include "mentor/record_io.hpp"
#include "mentor/store.hpp"
#include "parallel.hpp"

namespace mentor {
namespace {

constexpr int kMaxSessionsPerDay = 1000;

std::string system_reason() { return std::strerror(errno); }

void warn(Diagnostics& d, const std::string& file, std::string message) {
    d.push_back(Diagnostic{Location{file}, Severity::Warning, std::move(message)});
}

// A link inside the records directory could send a session (and its
// confidential notes) anywhere on the machine.
void refuse_symlink(const fs::path& path, const std::string& shown) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(path, ec)))
        throw Error(Location{shown}, "refusing to write through the symbolic link " + path.string());
}

// A new temporary file beside the target, holding `content`, flushed to disk.
// mkstemp creates it with mode 0600, which the linked name keeps.
fs::path write_private_temporary(const fs::path& dir, const std::string& content, const std::string& shown) {
    std::string pattern = (dir / ".session.yaml.tmp-XXXXXX").string();
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) throw Error(Location{shown}, "cannot create a temporary file in " + dir.string() + ": " + system_reason());
    size_t done = 0;
    bool ok = ::fchmod(fd, 0600) == 0;
    while (ok && done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) ok = false;
        else done += static_cast<size_t>(n);
    }
    ok = ok && ::fsync(fd) == 0;
    int saved = errno;
    ok = (::close(fd) == 0) && ok;
    if (!ok) {
        ::unlink(pattern.c_str());
        errno = saved;
        throw Error(Location{shown}, "cannot write: " + system_reason());
    }
    return pattern;
}

void sync_directory(const fs::path& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

bool stem_less(const Session& a, const Session& b) {
    auto x = parse_session_stem(a.file), y = parse_session_stem(b.file);
    if (x && y && x->date != y->date) return x->date < y->date;
    if (x && y) return x->number < y->number;
    return a.file < b.file;
}

}  // namespace

std::string journal_folder(const std::string& pair_id) { return "journal/" + pair_id; }

std::string session_path(const std::string& pair_id, const std::string& stem) {
    return journal_folder(pair_id) + "/" + stem + ".yaml";
}

std::optional<SessionStem> parse_session_stem(std::string_view stem) {
    if (stem.size() < 10 || !detail::is_iso_date(stem.substr(0, 10))) return std::nullopt;
    SessionStem s{std::string(stem.substr(0, 10)), 1};
    if (stem.size() == 10) return s;
    std::string_view rest = stem.substr(10);
    if (rest.size() < 2 || rest[0] != '-' || rest[1] == '0') return std::nullopt;
    auto r = std::from_chars(rest.data() + 1, rest.data() + rest.size(), s.number);
    if (r.ec != std::errc() || r.ptr != rest.data() + rest.size() || s.number < 2) return std::nullopt;
    return s;
}

std::string session_stem(const std::string& date, int number) {
    return number <= 1 ? date : date + "-" + std::to_string(number);
}

int Journal::next_number(const std::string& date) const {
    int next = 1;
    for (const auto& s : sessions)
        if (auto stem = parse_session_stem(s.file); stem && stem->date == date) next = std::max(next, stem->number + 1);
    return next;
}

Journal load_journal(const fs::path& root, const std::string& pair_id) {
    Journal journal;
    journal.pair = pair_id;
    std::string folder = journal_folder(pair_id);
    std::error_code ec;
    if (!fs::is_directory(root / folder, ec)) return journal;
    std::vector<std::string> stems;
    for (fs::directory_iterator it(root / folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;  // temporary files, .gitkeep
        std::string stem = name.size() > 5 ? name.substr(0, name.size() - 5) : "";
        bool regular = it->is_regular_file(ec) && !it->is_symlink(ec);
        if (regular && name.ends_with(".yaml") && parse_session_stem(stem))
            stems.push_back(stem);
        else
            warn(journal.diagnostics, folder + "/" + name, "not a session file (expected <YYYY-MM-DD>[-N].yaml); ignored");
    }
    if (ec) journal.diagnostics.push_back(Diagnostic{Location{folder}, Severity::Error, "cannot list folder: " + ec.message()});
    FolderHandle dir(root / folder);
    for (const auto& stem : stems) {
        std::string shown = session_path(pair_id, stem);
        try {
            std::string name = stem + ".yaml";
            std::string text = dir.fd() >= 0 ? read_file_at(dir.fd(), name.c_str(), shown, yaml::ParseLimits{}.max_bytes) : read_record_file(root / shown, shown);
            auto session = read_session(yaml::parse(text, shown), shown, pair_id, stem, journal.diagnostics);
            if (!session) continue;
            // An empty date was reported by read_session already.
            if (!session->date.empty() && session->date != stem.substr(0, 10))
                journal.diagnostics.push_back(Diagnostic{Location{shown}, Severity::Error,
                                                         "date " + session->date + " does not match the file name"});
            journal.sessions.push_back(std::move(*session));
        } catch (const Error& e) {
            journal.diagnostics.push_back(Diagnostic{e.where(), Severity::Error, e.message()});
        }
    }
    std::sort(journal.sessions.begin(), journal.sessions.end(), stem_less);
    sort_diagnostics(journal.diagnostics);
    return journal;
}

std::vector<Journal> load_journals(const fs::path& root, const std::vector<std::string>& pair_ids) {
    std::vector<Journal> journals(pair_ids.size());
    detail::parallel_for(pair_ids.size(), [&](size_t i) { journals[i] = load_journal(root, pair_ids[i]); });
    return journals;
}

void number_actions(Session& session) {
    for (size_t i = 0; i < session.actions.size(); ++i)
        session.actions[i].id = session.file + "." + std::to_string(i + 1);
}

std::string create_session(const fs::path& root, Session& session, int first_number) {
    std::string folder = journal_folder(session.pair);
    refuse_symlink(root / "journal", folder);
    refuse_symlink(root / folder, folder);
    std::error_code ec;
    fs::create_directories(root / folder, ec);
    if (ec) throw Error(Location{folder}, "cannot create folder: " + ec.message());
    for (int n = std::max(1, first_number); n < kMaxSessionsPerDay; ++n) {
        session.file = session_stem(session.date, n);
        number_actions(session);
        std::string shown = session_path(session.pair, session.file);
        fs::path temporary = write_private_temporary(root / folder, yaml::emit(write_session(session)), shown);
        int rc = ::link(temporary.c_str(), (root / shown).c_str());
        int saved = errno;
        ::unlink(temporary.c_str());
        if (rc == 0) {
            sync_directory(root / folder);
            return shown;
        }
        errno = saved;
        if (saved != EEXIST) throw Error(Location{shown}, "cannot create the session file: " + system_reason());
    }
    throw Error(Location{folder}, "too many sessions on " + session.date);
}

}  // namespace mentor
