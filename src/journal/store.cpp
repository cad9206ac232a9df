// The journal on disk: naming session files, reading one pair's folder (or
// many in parallel), and creating a new session file without ever
// replacing one.

#include <algorithm>
#include <type_traits>

#include "core/parallel.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/journal/words.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "mentor/records/seal.hpp"
#include "mentor/store/store.hpp"

namespace mentor {
namespace {

void warn(Diagnostics& d, const std::string& file, std::string message) {
    d.push_back(Diagnostic{Location{file}, Severity::Warning, std::move(message)});
}

template <class Entry>
int next_free(const std::vector<Entry>& entries, const std::string& date) {
    int next = 1;
    for (const auto& e : entries)
        if (auto stem = layout::parse_entry_stem(e.file); stem && stem->date == date) next = std::max(next, stem->number + 1);
    return next;
}

// Creates "<new_entry_stem(kind, date, first_number, attempt)>.yaml" for the
// first free name: `write` names the entry for a stem and gives its text.
template <class Write>
std::string create_entry(const fs::path& root, const std::string& pair, layout::EntryKind kind, const std::string& date,
                         int first_number, Write write) {
    // The store refuses a symbolic link on the way (a link inside the records
    // directory could send a session, and its confidential notes, anywhere on
    // the machine) and never replaces a file: a taken name means the next attempt.
    Store store(root);
    int first = std::clamp(first_number, 1, layout::kMaxEntryNumber);
    for (int attempt = 0; first + attempt <= layout::kMaxEntryNumber; ++attempt) {
        std::string stem = layout::new_entry_stem(kind, date, first, attempt);
        std::string shown = layout::entry_path(pair, stem);
        if (store.create_new({shown, write(stem)}, fs::perms::owner_read | fs::perms::owner_write)) return shown;
    }
    throw Error(Location{layout::journal_folder(pair)}, trf("too many journal entries on {}", date_long(date)));
}

// Reads entries of one kind from the pair's open journal folder `dir`;
// `read` turns a file's tree into its record.
template <class Read>
void read_entries(const FolderHandle& dir, const std::string& folder, const std::vector<std::string>& stems, Journal& journal,
                  Read read) {
    for (const auto& stem : stems) {
        // The stems come from the folder's listing, checked there: the path
        // needs no second check (layout::entry_path's).
        const std::string name = layout::file_name(stem);
        const std::string shown = folder + "/" + name;
        try {
            std::string text = read_file_at(dir.fd(), name.c_str(), shown, yaml::ParseLimits{}.max_bytes, false);
            auto entry = read(yaml::parse(text, shown), shown, stem);
            if (!entry) continue;
            // An empty date was reported by the reader already.
            if (!entry->date.empty() && entry->date != stem.substr(0, 10))
                journal.diagnostics.push_back(Diagnostic{Location{shown}, Severity::Error,
                                                         // TRANSLATORS: {} is the date written in the file.
                                                         trf("date {} does not match the file name", entry->date)});
            using Entry = std::decay_t<decltype(*entry)>;
            if constexpr (std::is_same_v<Entry, CheckIn> || std::is_same_v<Entry, Closing>) {
                // The side in the file name is the one that answered.
                if (layout::parse_entry_stem(stem)->side != entry->by)
                    journal.diagnostics.push_back(Diagnostic{Location{shown}, Severity::Error,
                                                             // TRANSLATORS: "by" is the YAML key; {} its value (mentor or mentee) as written.
                                                             trf("by: {} does not match the file name", to_string(entry->by))});
            }
            if constexpr (std::is_same_v<Entry, Session>)
                journal.sessions.push_back(std::move(*entry));
            else if constexpr (std::is_same_v<Entry, FollowUp>)
                journal.followups.push_back(std::move(*entry));
            else if constexpr (std::is_same_v<Entry, CheckIn>)
                journal.checkins.push_back(std::move(*entry));
            else
                journal.closings.push_back(std::move(*entry));
        } catch (const Error& e) {
            journal.diagnostics.push_back(Diagnostic{e.where(), Severity::Error, e.message()});
        }
    }
}

}  // namespace

int Journal::next_number(const std::string& date) const { return next_free(sessions, date); }
int Journal::next_followup_number(const std::string& date) const { return next_free(followups, date); }

Journal load_journal(const fs::path& root, const std::string& pair_id) {
    Journal journal;
    journal.pair = pair_id;
    const std::string folder = layout::journal_folder(pair_id);
    // One open of the folder serves its listing and every read: a report
    // opens 5,000 journals, and each system call saved is saved 5,000 times.
    const FolderHandle dir(root / folder);
    std::error_code ec;
    if (dir.fd() < 0) {
        const std::error_code why = dir.error();
        if (why == std::errc::no_such_file_or_directory || why == std::errc::not_a_directory) return journal;  // no journal yet
        if (why != std::errc::too_many_symbolic_link_levels) {
            journal.diagnostics.push_back(Diagnostic{Location{folder}, Severity::Error,
                                                     trf("cannot list folder: {}", why.message())});
            return journal;
        }
        if (!fs::is_directory(root / folder, ec)) return journal;  // a link to nothing or to a file: no journal either
    }
    if (dir.fd() < 0 || fs::is_symlink(fs::symlink_status(root / layout::kJournalFolder, ec))) {
        journal.diagnostics.push_back(Diagnostic{Location{folder}, Severity::Error,
                                                 tr("is a symbolic link; sessions are read only from folders inside the records directory")});
        return journal;
    }
    // The stems of each kind of entry, in EntryKind order, each kind then
    // sorted oldest first (read in that order, the entries need no sort).
    std::vector<std::pair<layout::EntryStem, std::string>> found[4];
    for (auto& entry : dir.entries(ec)) {
        const std::string& name = entry.name;
        if (layout::is_hidden(name)) continue;  // temporary files, .gitkeep
        if (entry.type == FolderEntry::Type::Link) {
            journal.diagnostics.push_back(Diagnostic{Location{folder + "/" + name}, Severity::Error,
                                                     tr("is a symbolic link; sessions are never read through a link (not read)")});
            continue;
        }
        auto stem = layout::record_stem(name);
        auto parsed = stem ? layout::parse_entry_stem(*stem) : std::nullopt;
        if (entry.type == FolderEntry::Type::File && parsed)
            found[static_cast<size_t>(parsed->kind)].emplace_back(std::move(*parsed), *stem);
        else
            warn(journal.diagnostics, folder + "/" + name,
                 tr("not a journal file (expected <YYYY-MM-DD>[-N][-<suffix>].yaml, or <YYYY-MM-DD>- followed by followup[-N][-<suffix>], "
                    "checkin-mentor, checkin-mentee, closing-mentor or closing-mentee, .yaml); ignored"));
    }
    if (ec) journal.diagnostics.push_back(Diagnostic{Location{folder}, Severity::Error, trf("cannot list folder: {}", ec.message())});
    auto reader = [&](auto read) {
        return [&, read](yaml::Node&& doc, const std::string& shown, const std::string& stem) {
            return read(std::move(doc), shown, pair_id, stem, journal.diagnostics);
        };
    };
    std::vector<std::string> stems[4];
    for (size_t k = 0; k < 4; ++k) {
        std::sort(found[k].begin(), found[k].end(), [](const auto& a, const auto& b) {
            if (layout::entry_before(a.first, b.first)) return true;
            if (layout::entry_before(b.first, a.first)) return false;
            return a.second < b.second;  // one day's two check-ins: in the order of their names
        });
        for (auto& [entry, stem] : found[k]) stems[k].push_back(std::move(stem));
    }
    using layout::EntryKind;
    journal.sessions.reserve(stems[size_t(EntryKind::Session)].size());  // records are large: no moves as the lists grow
    journal.followups.reserve(stems[size_t(EntryKind::FollowUp)].size());
    journal.checkins.reserve(stems[size_t(EntryKind::CheckIn)].size());
    journal.closings.reserve(stems[size_t(EntryKind::Closing)].size());
    read_entries(dir, folder, stems[size_t(EntryKind::Session)], journal, reader(read_session));
    read_entries(dir, folder, stems[size_t(EntryKind::FollowUp)], journal, reader(read_followup));
    read_entries(dir, folder, stems[size_t(EntryKind::CheckIn)], journal, reader(read_checkin));
    read_entries(dir, folder, stems[size_t(EntryKind::Closing)], journal, reader(read_closing));
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

// Sealed here, before the text exists: no plaintext reaches a temporary
// file, the write journal or the record.
std::string create_session(const fs::path& root, Session& session, int first_number,
                           const std::vector<std::string>& seal_to) {
    return create_entry(root, session.pair, layout::EntryKind::Session, session.date, first_number, [&](const std::string& stem) {
        session.file = stem;
        number_actions(session);
        return yaml::emit(seal_content(write_session(session), schema::session(), seal_to));
    });
}

std::string create_checkin(const fs::path& root, const CheckIn& checkin, const std::vector<std::string>& seal_to) {
    // One answer a day per side: the name is taken exactly, never numbered.
    std::string stem = layout::checkin_stem(checkin.date, checkin.by);
    std::string shown = layout::entry_path(checkin.pair, stem);
    CheckIn named = checkin;
    named.file = stem;
    const std::string bytes = yaml::emit(seal_content(write_checkin(named), schema::checkin(), seal_to));
    if (!Store(root).create_new({shown, bytes}, fs::perms::owner_read | fs::perms::owner_write))
        // TRANSLATORS: {0} is mentor or mentee, {1} the day.
        throw Error(Location{shown}, trf("the {0} already answered a check-in on {1}", role_word(checkin.by), date_long(checkin.date)));
    return shown;
}

std::string create_followup(const fs::path& root, FollowUp& followup, int first_number,
                            const std::vector<std::string>& seal_to) {
    return create_entry(root, followup.pair, layout::EntryKind::FollowUp, followup.date, first_number,
                        [&](const std::string& stem) {
                            followup.file = stem;
                            return yaml::emit(seal_content(write_followup(followup), schema::followup(), seal_to));
                        });
}

}  // namespace mentor
