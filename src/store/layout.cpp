// The records directory's layout: paths from ids, and ids from file names.

#include "mentor/store/layout.hpp"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <tuple>

#include <unistd.h>

#include "mentor/core/date.hpp"
#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
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

// The refusals of a name that could lead outside the records directory,
// marked with N_ and translated by refuse(); {} is the name refused.
constexpr const char* kNotPersonId = N_("\"{}\" is not a valid person id; refusing a file name outside the records directory");
constexpr const char* kNotPairId = N_("\"{}\" is not a valid pair id; refusing a file name outside the records directory");
constexpr const char* kNotEntryName =
    N_("\"{}\" is not a valid journal entry name; refusing a file name outside the records directory");

const char* refusal(Kind kind) { return kind == Kind::Person ? kNotPersonId : kNotPairId; }

[[noreturn]] void refuse(const char* refusal, std::string_view value) { throw Error(trf(refusal, value)); }

// "-N" with 2 <= N <= kMaxEntryNumber and no leading zero at the start of
// `text`, which it consumes.
std::optional<int> take_number(std::string_view& text) {
    size_t end = 1;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    if (end < 2 || end > 4 || text[0] != '-' || text[1] == '0' || (end < text.size() && text[end] != '-')) return std::nullopt;
    int n = 0;
    std::from_chars(text.data() + 1, text.data() + end, n);
    if (n < 2 || n > kMaxEntryNumber) return std::nullopt;
    text.remove_prefix(end);
    return n;
}

// A suffix is kSuffixLength - 1 characters of RFC 4648 base32, lower case,
// then a digit 2-9: the digit keeps every word ("notes") from reading as one.
constexpr std::string_view kSuffixAlphabet = "abcdefghijklmnopqrstuvwxyz234567";
constexpr std::string_view kSuffixEnd = "23456789";

bool is_suffix(std::string_view text) {
    return text.size() == kSuffixLength &&
           text.substr(0, kSuffixLength - 1).find_first_not_of(kSuffixAlphabet) == std::string_view::npos &&
           kSuffixEnd.find(text.back()) != std::string_view::npos;
}

// FNV-1a: small, and enough to spread the writer and the moment over 25 bits.
uint64_t fnv1a(std::string_view bytes, uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    return h;
}

std::string base32(uint64_t h) {
    std::string out;
    for (size_t i = 0; i + 1 < kSuffixLength; ++i, h >>= 5) out += kSuffixAlphabet[h & 31];
    return out + kSuffixEnd[h % kSuffixEnd.size()];
}

// What tells this process's entries from another clone's: computed once, so
// a process's retries walk one sequence.
const std::string& writer_seed() {
    static const std::string seed = [] {
        char host[256] = {};
        gethostname(host, sizeof host - 1);
        auto ns = std::chrono::system_clock::now().time_since_epoch() / std::chrono::nanoseconds(1);
        return std::string(host) + '\0' + std::to_string(getuid()) + '\0' + std::to_string(ns) + '\0' +
               std::to_string(getpid());
    }();
    return seed;
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
    if (!is_valid_id(kind, id)) refuse(refusal(kind), id);
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
    if (!is_valid_pair_id(pair_id)) refuse(kNotPairId, pair_id);
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
        EntryStem out{t.kind, std::string(stem.substr(0, 10)), 1, {}, t.side};
        if (auto n = take_number(after)) out.number = *n;
        if (after.size() > 1 && after[0] == '-' && is_suffix(after.substr(1))) {
            out.suffix = after.substr(1);
            after = {};
        }
        if (after.empty()) return out;
    }
    return std::nullopt;
}

std::string entry_stem(EntryKind kind, std::string_view date, int number, std::optional<Role> side,
                       std::string_view suffix) {
    std::string stem(date);
    if (std::string_view tag = tag_of(kind, side); !tag.empty()) stem += "-" + std::string(tag);
    if (number > 1) stem += "-" + std::to_string(number);
    if (!suffix.empty()) stem += "-" + std::string(suffix);
    return stem;
}

bool entry_before(const EntryStem& a, const EntryStem& b) {
    return std::tie(a.date, a.number, a.suffix) < std::tie(b.date, b.number, b.suffix);
}

std::string new_entry_stem(EntryKind kind, std::string_view date, int number, int attempt) {
    const char* pinned = std::getenv("MENTOR_ENTRY_SUFFIX");
    std::string_view pin = pinned ? pinned : "";
    if (pin == "none") return entry_stem(kind, date, number + attempt);
    std::string suffix = attempt == 0 && is_suffix(pin)
                             ? std::string(pin)
                             : base32(fnv1a(std::to_string(attempt), fnv1a(pin.empty() ? writer_seed() : pin)));
    return entry_stem(kind, date, number, {}, suffix);
}

std::string entry_path(std::string_view pair_id, std::string_view stem) {
    if (!parse_entry_stem(stem)) refuse(kNotEntryName, stem);

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

std::optional<RecordAt> record_at(std::string_view path) {
    // The last three components: [folder/]parent/name.
    std::string_view parts[3];
    int n = 0;
    while (n < 3 && !path.empty()) {
        size_t slash = path.rfind('/');
        parts[n++] = slash == std::string_view::npos ? path : path.substr(slash + 1);
        path = slash == std::string_view::npos ? std::string_view() : path.substr(0, slash);
    }
    if (n < 2) return std::nullopt;
    auto stem = record_stem(parts[0]);
    if (!stem) return std::nullopt;
    for (Kind kind : {Kind::Person, Kind::Pair, Kind::Plan})
        if (parts[1] == folder(kind) && is_valid_id(kind, *stem))
            return RecordAt{static_cast<RecordAt::What>(static_cast<int>(kind)), std::string(*stem), {}};
    if (n == 3 && parts[2] == kJournalFolder && is_valid_pair_id(parts[1]))
        if (auto entry = parse_entry_stem(*stem))
            return RecordAt{RecordAt::What::Entry, std::string(parts[1]), std::string(*stem), entry->kind};
    return std::nullopt;
}

std::string_view gitattributes_lines() {
    return "# Records merge field by field (mentor merge-driver; `mentor git-setup` registers it).\n"
           "people/*.yaml merge=mentor\n"
           "pairs/*.yaml merge=mentor\n"
           "plans/*.yaml merge=mentor\n"
           "journal/**/*.yaml merge=mentor\n";
}

std::string temporary_pattern(std::string_view file_name) {
    return "." + std::string(file_name) + kTempInfix + "XXXXXX";
}

}  // namespace mentor::layout
