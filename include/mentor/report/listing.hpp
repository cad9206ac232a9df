#pragma once
/// `list` and `show`: people and pairs rendered in every output format.

#include <optional>
#include <string>
#include <vector>

#include "mentor/formats/format.hpp"
#include "mentor/store/store.hpp"

namespace mentor {

struct PeopleFilter {
    std::optional<Role> role;
    std::string cohort;  ///< empty: every cohort
    bool include_inactive = true;
};

struct PairFilter {
    std::optional<PairStatus> status;
    std::string cohort;
    std::string person;  ///< pairs this person is in; empty: all
};

std::vector<const Person*> filter_people(const Records& records, const PeopleFilter& filter);
std::vector<const Pair*> filter_pairs(const Records& records, const PairFilter& filter);

/// text and markdown: a summary table; json and yaml: the full records;
/// csv: every field, in the columns `mentor add --from-csv` reads back.
std::string render_people(const Records& records, const std::vector<const Person*>& people, Format format,
                          bool color);
/// text and markdown: a table; json, yaml: full records; csv: one row a pair.
std::string render_pairs(const Records& records, const std::vector<const Pair*>& pairs, Format format, bool color);

/// One person with their pairs and mentor load; text, markdown, json or yaml.
std::string render_person(const Records& records, const Person& person, Format format);
/// One pair; text, markdown, json or yaml. The closing review is the pair's
/// own words: shown only with `include_private`.
std::string render_pair(const Records& records, const Pair& pair, Format format, bool include_private);

}  // namespace mentor
