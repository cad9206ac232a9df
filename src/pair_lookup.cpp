// Resolving PAIR arguments: ids, person ids and prefixes.

#include "mentor/pair_lookup.hpp"

#include <algorithm>

namespace mentor {
namespace {

// Levenshtein distance on bytes (ids are ASCII), one full table: ids are short.
size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<size_t>> t(a.size() + 1, std::vector<size_t>(b.size() + 1));
    for (size_t i = 0; i <= a.size(); ++i) t[i][0] = i;
    for (size_t j = 0; j <= b.size(); ++j) t[0][j] = j;
    for (size_t i = 1; i <= a.size(); ++i)
        for (size_t j = 1; j <= b.size(); ++j)
            t[i][j] = std::min({t[i - 1][j] + 1, t[i][j - 1] + 1, t[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
    return t[a.size()][b.size()];
}

std::string id_list(const std::vector<const Pair*>& pairs) {
    std::string out;
    for (const Pair* p : pairs) out += (out.empty() ? "" : ", ") + p->id() + " (" + to_string(p->status) + ")";
    return out;
}

}  // namespace

std::vector<std::string> closest_ids(std::string_view text, const std::vector<std::string>& candidates, size_t most) {
    std::vector<std::pair<size_t, std::string>> ranked;
    const size_t limit = std::max<size_t>(2, text.size() / 3);
    for (const auto& c : candidates) {
        // A candidate that starts with the text, or contains it, is a near miss too.
        size_t d = c.find(text) != std::string::npos ? 1 : distance(text, c);
        if (d <= limit) ranked.emplace_back(d, c);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> out;
    for (const auto& [d, c] : ranked)
        if (out.size() < most && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
    return out;
}

// The one pair of a person that is not closed.
const Pair& open_pair_of(const Records& records, const std::string& person) {
    std::vector<const Pair*> open;
    for (const auto& p : records.pairs)
        if ((p.mentor == person || p.mentee == person) && p.status != PairStatus::Closed) open.push_back(&p);
    if (open.size() == 1) return *open.front();
    if (open.empty()) throw Error("person '" + person + "' has no pair that is not closed (see `mentor list pairs`)");
    throw Error("person '" + person + "' is in several pairs; name one: " + id_list(open));
}

const Pair& resolve_pair(const Records& records, std::string_view text) {
    if (const Pair* p = records.pair(text)) return *p;
    if (records.person(text)) return open_pair_of(records, std::string(text));
    std::vector<const Pair*> matches;
    for (const auto& p : records.pairs)
        if (!text.empty() && p.id().compare(0, text.size(), text) == 0) matches.push_back(&p);
    if (matches.size() == 1) return *matches.front();
    if (matches.size() > 1) throw Error("'" + std::string(text) + "' names several pairs: " + id_list(matches));
    std::vector<const Person*> people;
    for (const auto& p : records.people)
        if (!text.empty() && p.id.compare(0, text.size(), text) == 0) people.push_back(&p);
    if (people.size() == 1) return open_pair_of(records, people.front()->id);
    std::vector<std::string> ids;
    for (const auto& p : records.pairs) ids.push_back(p.id());
    for (const auto& p : records.people) ids.push_back(p.id);
    auto near = closest_ids(text, ids, 3);
    std::string hint;
    for (const auto& n : near) hint += (hint.empty() ? "" : ", ") + n;
    throw Error("no pair or person '" + std::string(text.substr(0, 80)) + "'" +
                (hint.empty() ? " (see `mentor list pairs`)" : "; did you mean " + hint + "?"));
}

}  // namespace mentor
