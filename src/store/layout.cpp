// The records directory's layout: paths from ids, and ids from file names.

#include "mentor/store/layout.hpp"

#include <charconv>

#include "mentor/core/date.hpp"
#include "mentor/core/error.hpp"
#include "mentor/core/ids.hpp"

namespace mentor::layout {
namespace {

// What a file of each kind of journal entry carries after its date; a new
// kind (follow-ups, check-ins, ...) adds its row here. Tags are lower-case
// words, so no tag can be taken for a -N.
struct EntryTag {
    EntryKind kind;
    std::string_view tag;
    std::optional<Role> side = {};
};
const EntryTag kEntryTags[] = {
    {EntryKind::Session, ""},
    {EntryKind::FollowUp, "followup"},
    {EntryKind::CheckIn, "checkin-mentor", Role::Mentor},
    {EntryKind::CheckIn, "checkin-mentee", Role::Mentee},
    {EntryKind::Closing, "closing-mentor", Role::Mentor},
    {EntryKind::Closing, "closing-mentee", Role::Mentee},
};

std::string_view tag_of(EntryKind kind, std::optional<Role> side) {
    for (const auto& t : kEntryTags)
        if (t.kind == kind && (!t.side || t.side == side)) return t.tag;
    return "";
}

std::string_view what(Kind kind) { return kind == Kind::Person ? "person id" : "pair id"; }

[[noreturn]] void refuse(std::string_view what, std::string_view value) {
    throw Error("\"" + std::string(value) + "\" is not a valid " + std::string(what) +
                "; refusing a file name outside the records directory");
}

// "-N" with N >= 2 and no leading zero, the whole of `text`.
std::optional<int> parse_number(std::string_view text) {
    if (text.size() < 2 || text[0] != '-' || text[1] == '0') return std::nullopt;
    int n = 0;
    auto r = std::from_chars(text.data() + 1, text.data() + text.size(), n);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || n < 2) return std::nullopt;
    return n;
}

}  // namespace

std::string_view folder(Kind kind) {
    switch (kind) {
        case Kind::Person: return kFolders[0];
        case Kind::Pair: return kFolders[1];
        case Kind::Plan: break;
    }
    return kFolders[2];
}

bool is_valid_id(Kind kind, std::string_view id) {
    return kind == Kind::Person ? mentor::is_valid_id(id) : is_valid_pair_id(id);
}

std::string path(Kind kind, std::string_view id) {
    if (!is_valid_id(kind, id)) refuse(what(kind), id);
    return std::string(folder(kind)) + "/" + file_name(id);
}

std::string file_name(std::string_view stem) { return std::string(stem) + std::string(kRecordSuffix); }

bool is_hidden(std::string_view file_name) { return !file_name.empty() && file_name[0] == '.'; }

std::optional<std::string_view> record_stem(std::string_view file_name) {
    if (is_hidden(file_name) || file_name.size() <= kRecordSuffix.size() || !file_name.ends_with(kRecordSuffix))
        return std::nullopt;
    return file_name.substr(0, file_name.size() - kRecordSuffix.size());
}

std::optional<std::string_view> record_id(Kind kind, std::string_view file_name) {
    auto stem = record_stem(file_name);
    if (!stem || !is_valid_id(kind, *stem)) return std::nullopt;
    return stem;
}

std::string journal_folder(std::string_view pair_id) {
    if (!is_valid_pair_id(pair_id)) refuse("pair id", pair_id);
    return std::string(kJournalFolder) + "/" + std::string(pair_id);
}

std::optional<EntryStem> parse_entry_stem(std::string_view stem) {
    if (stem.size() < 10 || !parse_iso_date(stem.substr(0, 10))) return std::nullopt;
    std::string_view rest = stem.substr(10);
    for (const auto& t : kEntryTags) {
        std::string_view after = rest;
        if (!t.tag.empty()) {
            if (after.size() < t.tag.size() + 1 || after[0] != '-' || after.substr(1, t.tag.size()) != t.tag) continue;
            after.remove_prefix(t.tag.size() + 1);
        }
        EntryStem out{t.kind, std::string(stem.substr(0, 10)), 1, t.side};
        if (after.empty()) return out;
        if (auto n = parse_number(after)) {
            out.number = *n;
            return out;
        }
    }
    return std::nullopt;
}

std::string entry_stem(EntryKind kind, std::string_view date, int number, std::optional<Role> side) {
    std::string stem(date);
    if (std::string_view tag = tag_of(kind, side); !tag.empty()) stem += "-" + std::string(tag);
    if (number > 1) stem += "-" + std::to_string(number);
    return stem;
}

std::string entry_path(std::string_view pair_id, std::string_view stem) {
    if (!parse_entry_stem(stem)) refuse("journal entry name", stem);
    return journal_folder(pair_id) + "/" + file_name(stem);
}

std::optional<SessionStem> parse_session_stem(std::string_view stem) {
    auto entry = parse_entry_stem(stem);
    if (!entry || entry->kind != EntryKind::Session) return std::nullopt;
    return entry;
}

std::optional<EntryStem> parse_followup_stem(std::string_view stem) {
    auto entry = parse_entry_stem(stem);
    if (!entry || entry->kind != EntryKind::FollowUp) return std::nullopt;
    return entry;
}

std::string temporary_pattern(std::string_view file_name) {
    return "." + std::string(file_name) + kTempInfix + "XXXXXX";
}

}  // namespace mentor::layout
