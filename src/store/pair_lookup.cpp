// Resolving PAIR and person arguments: ids, person ids and prefixes.

#include "mentor/store/pair_lookup.hpp"

#include <algorithm>

#include "mentor/core/i18n.hpp"
#include "mentor/records/words.hpp"

namespace mentor {
namespace {

std::string id_list(const std::vector<const Pair*>& pairs) {
    std::string out;
    for (const Pair* p : pairs) {
        if (!out.empty()) out += ", ";
        // TRANSLATORS: a pair in a list: {0} is its id, {1} its status ("active").
        out += trf("{0} ({1})", p->id(), pair_status_word(p->status));
    }
    return out;
}

}  // namespace

// The one pair of a person that is not closed.
const Pair& open_pair_of(const Records& records, const std::string& person) {
    std::vector<const Pair*> open;
    for (const auto& p : records.pairs)
        if ((p.mentor == person || p.mentee == person) && p.status != PairStatus::Closed) open.push_back(&p);
    if (open.size() == 1) return *open.front();
    if (open.empty()) throw Error(trf("person '{}' has no pair that is not closed (see `mentor list pairs`)", person));
    // TRANSLATORS: {0} is a person id, {1} a list of pairs with their status.
    throw Error(trf("person '{0}' is in several pairs; name one: {1}", person, id_list(open)));
}

const Pair& resolve_pair(const Records& records, std::string_view text) {
    if (const Pair* p = records.pair(text)) return *p;
    if (records.person(text)) return open_pair_of(records, std::string(text));
    std::vector<const Pair*> matches;
    for (const auto& p : records.pairs)
        if (!text.empty() && p.id().compare(0, text.size(), text) == 0) matches.push_back(&p);
    if (matches.size() == 1) return *matches.front();
    // TRANSLATORS: {0} is what the user typed, {1} a list of pairs with their status.
    if (matches.size() > 1) throw Error(trf("'{0}' names several pairs: {1}", text, id_list(matches)));
    std::vector<const Person*> people;
    for (const auto& p : records.people)
        if (!text.empty() && p.id.compare(0, text.size(), text) == 0) people.push_back(&p);
    if (people.size() == 1) return open_pair_of(records, people.front()->id);
    std::vector<std::string> ids;
    for (const auto& p : records.pairs) ids.push_back(p.id());
    for (const auto& p : records.people) ids.push_back(p.id);
    std::string hint = did_you_mean(text, ids);
    // TRANSLATORS: {1} is "; did you mean a, b?" when some ids are close.
    if (!hint.empty()) throw Error(trf("no pair or person '{0}'{1}", text.substr(0, 80), hint));
    throw Error(trf("no pair or person '{}' (see `mentor list pairs`)", text.substr(0, 80)));
}

const Person& resolve_person(const Records& records, std::string_view id) {
    if (const Person* p = records.person(id)) return *p;
    std::vector<std::string> ids;
    for (const auto& p : records.people) ids.push_back(p.id);
    std::string hint = did_you_mean(id, ids);
    // TRANSLATORS: {1} is "; did you mean a, b?" when some ids are close.
    if (!hint.empty()) throw Error(trf("no person with id '{0}'{1}", id.substr(0, 80), hint));
    throw Error(trf("no person with id '{}' (see `mentor list people`)", id.substr(0, 80)));

}

}  // namespace mentor
