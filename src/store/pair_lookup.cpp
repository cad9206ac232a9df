// Resolving PAIR and person arguments: ids, person ids and prefixes.

#include "mentor/store/pair_lookup.hpp"

#include <algorithm>

namespace mentor {
namespace {

std::string id_list(const std::vector<const Pair*>& pairs) {
    std::string out;
    for (const Pair* p : pairs) out += (out.empty() ? "" : ", ") + p->id() + " (" + to_string(p->status) + ")";
    return out;
}

}  // namespace

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
    std::string hint = did_you_mean(text, ids);
    throw Error("no pair or person '" + std::string(text.substr(0, 80)) + "'" + (hint.empty() ? " (see `mentor list pairs`)" : hint));
}

const Person& resolve_person(const Records& records, std::string_view id) {
    if (const Person* p = records.person(id)) return *p;
    std::vector<std::string> ids;
    for (const auto& p : records.people) ids.push_back(p.id);
    std::string hint = did_you_mean(id, ids);
    throw Error("no person with id '" + std::string(id.substr(0, 80)) + "'" + (hint.empty() ? " (see `mentor list people`)" : hint));
}

}  // namespace mentor
