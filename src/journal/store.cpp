// The journal on disk: naming session files, reading one pair's folder (or
// many in parallel), and creating a new session file without ever
// replacing one.

#include <algorithm>

#include "core/parallel.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/store/store.hpp"

namespace mentor {
namespace {

constexpr int kMaxSessionsPerDay = 1000;

void warn(Diagnostics& d, const std::string& file, std::string message) {
    d.push_back(Diagnostic{Location{file}, Severity::Warning, std::move(message)});
}

bool stem_less(const Session& a, const Session& b) {
    auto x = layout::parse_session_stem(a.file), y = layout::parse_session_stem(b.file);
    if (x && y && x->date != y->date) return x->date < y->date;
    if (x && y) return x->number < y->number;
    return a.file < b.file;
}

}  // namespace

int Journal::next_number(const std::string& date) const {
    int next = 1;
    for (const auto& s : sessions)
        if (auto stem = layout::parse_session_stem(s.file); stem && stem->date == date) next = std::max(next, stem->number + 1);
    return next;
}

Journal load_journal(const fs::path& root, const std::string& pair_id) {
    Journal journal;
    journal.pair = pair_id;
    std::string folder = layout::journal_folder(pair_id);
    std::error_code ec;
    if (!fs::is_directory(root / folder, ec)) return journal;
    if (fs::is_symlink(fs::symlink_status(root / folder, ec)) || fs::is_symlink(fs::symlink_status(root / layout::kJournalFolder, ec))) {
        journal.diagnostics.push_back(Diagnostic{Location{folder}, Severity::Error,
                                                 "is a symbolic link; sessions are read only from folders inside the records directory"});
        return journal;
    }
    std::vector<std::string> stems;
    for (fs::directory_iterator it(root / folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.empty() || layout::is_hidden(name)) continue;  // temporary files, .gitkeep
        if (it->is_symlink(ec)) {
            journal.diagnostics.push_back(Diagnostic{Location{folder + "/" + name}, Severity::Error,
                                                     "is a symbolic link; sessions are never read through a link (not read)"});
            continue;
        }
        auto stem = layout::record_stem(name);
        bool regular = it->is_regular_file(ec);
        if (regular && stem && layout::parse_session_stem(*stem))
            stems.emplace_back(*stem);
        else
            warn(journal.diagnostics, folder + "/" + name, "not a session file (expected <YYYY-MM-DD>[-N].yaml); ignored");
    }
    if (ec) journal.diagnostics.push_back(Diagnostic{Location{folder}, Severity::Error, "cannot list folder: " + ec.message()});
    FolderHandle dir(root / folder);
    for (const auto& stem : stems) {
        std::string shown = layout::session_path(pair_id, stem);
        try {
            std::string name = layout::file_name(stem);
            std::string text = dir.fd() >= 0 ? read_file_at(dir.fd(), name.c_str(), shown, yaml::ParseLimits{}.max_bytes, false)
                                             : read_record(root, shown);
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
    // The store refuses a symbolic link on the way (a link inside the records
    // directory could send a session, and its confidential notes, anywhere on
    // the machine) and never replaces a file: a taken name means the next number.
    Store store(root);
    for (int n = std::max(1, first_number); n < kMaxSessionsPerDay; ++n) {
        session.file = layout::session_stem(session.date, n);
        number_actions(session);
        std::string shown = layout::session_path(session.pair, session.file);
        if (store.create_new({shown, yaml::emit(write_session(session))}, fs::perms::owner_read | fs::perms::owner_write))
            return shown;
    }
    throw Error(Location{layout::journal_folder(session.pair)}, "too many sessions on " + session.date);
}

}  // namespace mentor
