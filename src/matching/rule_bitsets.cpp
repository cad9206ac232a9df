// The unmatched reasons' tally on bitsets over the mentors. For one mentee,
// the rules are taken in Rule order, as exclusion_given takes them: the
// rules listed for one mentor that come first (the same person, managers,
// avoids), then masked_rule's (languages, organisation, team, time zone,
// seniority and pair kind), the skills rule, and the listed rules that come
// last (paired before). Each gives the bitset of the mentors breaking it;
// those not excluded by an earlier rule are the ones it excludes first:
// first = broken & ~excluded, counted, then excluded |= broken. Every rule is
// judged by the function masked_rule uses, on one representative per
// distinct value; the unit test "the bitset tally of unmatched reasons is
// the pair-by-pair one" holds this file to exclusion_row.

#include "matching/rule_bitsets.hpp"

#include <algorithm>
#include <bit>

namespace mentor::detail {
namespace {

// The word loops, where a tally spends its time: with the processor's
// popcnt instruction where it has one (without it, GCC calls a library
// function per word).
#if defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
#define MENTOR_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define MENTOR_POPCNT_CLONES
#endif

// How many of `bits` are not in `but`.
MENTOR_POPCNT_CLONES int count_but(const uint64_t* bits, const uint64_t* but, size_t n) {
    int count = 0;
    for (size_t w = 0; w < n; ++w) count += std::popcount(bits[w] & ~but[w]);
    return count;
}

// Adds `broken` to `excluded`; how many it excludes first.
MENTOR_POPCNT_CLONES int exclude(const uint64_t* broken, uint64_t* excluded, size_t n) {
    int count = 0;
    for (size_t w = 0; w < n; ++w) {
        count += std::popcount(broken[w] & ~excluded[w]);
        excluded[w] |= broken[w];
    }
    return count;
}

}  // namespace

ExclusionTally tally_by_pairs(const CompiledCohort& cohort, int i, const std::vector<int>& room) {
    ExclusionTally t;
    t.mentors = cohort.mentor_count();
    std::vector<Rule> row;
    cohort.exclusion_row(i, row);
    for (int j = 0; j < t.mentors; ++j) {
        const Rule e = row[j];
        if (cohort.shares_language(i, j)) ++t.speakers;
        if (e == Rule::None) {
            ++t.compatible;
            if (room[j] > 0) ++t.with_room;
        } else {
            t.by_rule[static_cast<size_t>(e)]++;
            t.only = j;
            t.only_rule = e;
        }
    }
    return t;
}

// A table of bitsets per distinct value of the mentees' field above
// table_bytes (thousands of distinct seniorities, say) is not kept: each
// mentee's bitsets are then made on the fly, in one pass over the mentors.
RuleBitsets::RuleBitsets(const CompiledCohort& cohort, const std::vector<int>& room, size_t table_bytes)
    : c_(cohort), words_((static_cast<size_t>(cohort.mentor_count()) + 63) / 64), table_bytes_(table_bytes) {
    const size_t m = static_cast<size_t>(c_.mentor_count());
    build_value_rule(Languages, {Rule::NoCommonLanguage}, CompiledCohort::language_key);
    build_value_rule(Timezone, {Rule::TimezoneTooFar}, CompiledCohort::timezone_key);
    std::vector<Rule> kinds = {Rule::SeniorityUnknown, c_.rules_.kind_rule};
    std::sort(kinds.begin(), kinds.end());
    kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
    build_value_rule(Seniority, kinds, CompiledCohort::seniority_key);
    build_list_rule(organisation_, Rule::SameOrganisation, &CompiledCohort::breaks_organisation, c_.columns_.organisation);
    build_list_rule(team_, Rule::SameTeam, &CompiledCohort::breaks_team, c_.columns_.team);
    // The skills the mentees want (compile_skills' vocabulary holds no other).
    offers_.assign(static_cast<size_t>(c_.skill_count_) * words_, 0);
    for (int s = 0; s < c_.skill_count_; ++s) {
        const uint8_t* levels = c_.levels_of(s);
        uint64_t* bits = offers_.data() + static_cast<size_t>(s) * words_;
        for (size_t j = 0; j < m; ++j) bits[j / 64] |= uint64_t{levels[j] > 0} << (j % 64);
    }
    room_.assign(words_, 0);
    for (size_t j = 0; j < m && j < room.size(); ++j) room_[j / 64] |= uint64_t{room[j] > 0} << (j % 64);
}

void RuleBitsets::build_value_rule(Field field, std::vector<Rule> rules, int64_t (*key)(const Member&)) {
    ValueRule& v = value_rules_[field];
    v.rules = std::move(rules);
    std::vector<int> representative;  // a mentee per class
    v.class_of_mentee.resize(c_.mentees_.size());
    for (size_t i = 0; i < c_.mentees_.size(); ++i) {
        auto [it, inserted] = v.class_of_key.emplace(key(c_.mentees_[i]), static_cast<int>(representative.size()));
        if (inserted) representative.push_back(static_cast<int>(i));
        v.class_of_mentee[i] = it->second;
    }
    const size_t per_class = v.rules.size() * words_;
    if (representative.size() * per_class * sizeof(uint64_t) > table_bytes_) return;
    v.table.assign(representative.size() * per_class, 0);
    for (size_t k = 0; k < representative.size(); ++k) fill(field, c_.mentees_[representative[k]], v.table.data() + k * per_class);
}

Rule RuleBitsets::judge(Field field, const Member& mentee, const Member& mentor) const {
    switch (field) {
        case Languages: return CompiledCohort::shares_language(mentee, mentor) ? Rule::None : Rule::NoCommonLanguage;
        case Timezone: return c_.breaks_timezone(mentee, mentor) ? Rule::TimezoneTooFar : Rule::None;
        case Seniority: break;
    }
    return seniority_rule(mentor.seniority, mentee.seniority, c_.rules_);
}

void RuleBitsets::fill(Field field, const Member& mentee, uint64_t* out) const {
    const ValueRule& v = value_rules_[field];
    const MentorColumns& columns = c_.columns_;
    const std::vector<int>& column = field == Languages  ? columns.languages
                                     : field == Timezone ? columns.timezone
                                                         : columns.seniority;
    const std::vector<int>& representative = field == Languages  ? c_.languages_of_
                                             : field == Timezone ? c_.timezone_of_
                                                                 : c_.seniority_of_;
    // Per distinct value of the mentors: the slot of the rule it breaks, or -1.
    std::vector<int> slot(representative.size(), -1);
    for (size_t d = 0; d < representative.size(); ++d) {
        const Rule r = judge(field, mentee, c_.mentors_[representative[d]]);
        auto it = std::find(v.rules.begin(), v.rules.end(), r);
        if (it != v.rules.end()) slot[d] = static_cast<int>(it - v.rules.begin());
    }
    for (size_t j = 0; j < column.size(); ++j)
        if (const int s = slot[column[j]]; s >= 0) out[static_cast<size_t>(s) * words_ + j / 64] |= uint64_t{1} << (j % 64);
}

void RuleBitsets::build_list_rule(ListRule& list, Rule rule, bool (CompiledCohort::*breaks)(int, int) const,
                                  const std::vector<int>& column) {
    list.rule = rule;
    list.breaks = breaks;
    for (size_t j = 0; j < column.size(); ++j) {
        const int value = column[j];
        if (value < 0) continue;
        if (static_cast<size_t>(value) >= list.mentors_of.size()) list.mentors_of.resize(static_cast<size_t>(value) + 1);
        list.mentors_of[static_cast<size_t>(value)].push_back(static_cast<int>(j));
    }
    if (table_bytes_ == 0) return;
    list.bits_of.resize(list.mentors_of.size());
    for (size_t value = 0; value < list.mentors_of.size(); ++value) {
        auto& mentors = list.mentors_of[value];
        if (mentors.size() < words_) continue;
        list.bits_of[value].assign(words_, 0);
        for (int j : mentors) list.bits_of[value][static_cast<size_t>(j) / 64] |= uint64_t{1} << (j % 64);
        mentors = {};
    }
}

ExclusionTally RuleBitsets::tally(int i) const {
    ExclusionTally t;
    t.mentors = c_.mentor_count();
    const size_t n = words_;
    const uint64_t tail = t.mentors % 64 ? (uint64_t{1} << (t.mentors % 64)) - 1 : ~uint64_t{0};
    Words excluded(n, 0), none(n, 0), scratch;
    auto count = [&t](Rule r, int k) { t.by_rule[static_cast<size_t>(r)] += k; };
    auto exclude_one = [&](Rule r, int j) {
        const uint64_t bit = uint64_t{1} << (j % 64);
        uint64_t& word = excluded[static_cast<size_t>(j) / 64];
        count(r, !(word & bit));
        word |= bit;
    };
    const Member& mentee = c_.mentees_[i];

    // The rules listed for one mentor, before the others or after them all
    // (exclusion_given). A mentor's are sorted by rule: the first excludes.
    auto listed_rules = [&](bool first) {
        for (const auto& [j, r] : c_.excluded_[i])
            if (r != Rule::None && CompiledCohort::listed_first(r) == first) exclude_one(r, j);
    };
    auto value_rule = [&](Field field) {
        const ValueRule& v = value_rules_[field];
        const size_t per_class = v.rules.size() * n;
        const uint64_t* bits = nullptr;
        if (!v.table.empty()) {
            bits = v.table.data() + static_cast<size_t>(v.class_of_mentee[i]) * per_class;
        } else {
            scratch.assign(per_class, 0);
            fill(field, mentee, scratch.data());
            bits = scratch.data();
        }
        for (size_t s = 0; s < v.rules.size(); ++s) count(v.rules[s], exclude(bits + s * n, excluded.data(), n));
        return bits;
    };
    auto list_rule = [&](const ListRule& list, int value) {
        if (value < 0 || static_cast<size_t>(value) >= list.mentors_of.size() || !(c_.*list.breaks)(value, value)) return;
        const auto v = static_cast<size_t>(value);
        if (v < list.bits_of.size() && !list.bits_of[v].empty()) count(list.rule, exclude(list.bits_of[v].data(), excluded.data(), n));
        for (int j : list.mentors_of[v]) exclude_one(list.rule, j);
    };

    listed_rules(true);
    t.speakers = t.mentors - count_but(value_rule(Languages), none.data(), n);
    list_rule(organisation_, mentee.organisation);
    list_rule(team_, mentee.team);
    value_rule(Timezone);
    value_rule(Seniority);
    // The skills rule: the mentors offering fewer than `least` of the wanted
    // skills, a bit-sliced count per word (a slice per bit of the count).
    const auto& wants = c_.wants_[i];
    const int wanted = static_cast<int>(wants.size());
    int least = 0;  // the fewest skills covered that fit, wanted + 1 when none does
    while (least <= wanted && !c_.fits_skills(i, CompiledCohort::Coverage{least, 0})) ++least;
    if (least > 0) {
        scratch.assign(n, 0);
        const int slices = std::bit_width(static_cast<unsigned>(wanted));
        for (size_t w = 0; w < n; ++w) {
            std::array<uint64_t, 32> slice{};
            for (const auto& want : wants) {
                uint64_t carry = offers_[static_cast<size_t>(want.skill) * n + w];
                for (int b = 0; carry && b < slices; ++b) {
                    const uint64_t next = slice[b] & carry;
                    slice[b] ^= carry;
                    carry = next;
                }
            }
            // count >= least, from the top bit down (least <= wanted < 2^slices).
            uint64_t greater = 0, equal = ~uint64_t{0};
            for (int b = slices - 1; b >= 0; --b)
                if (least >> b & 1) {
                    equal &= slice[b];
                } else {
                    greater |= equal & slice[b];
                    equal &= ~slice[b];
                }
            const uint64_t fit = least > wanted ? 0 : greater | equal;
            scratch[w] = ~fit & (w + 1 == n ? tail : ~uint64_t{0});
        }
        count(Rule::NoSkillsFit, exclude(scratch.data(), excluded.data(), n));
    }
    listed_rules(false);

    t.compatible = t.mentors - count_but(excluded.data(), none.data(), n);
    t.with_room = count_but(room_.data(), excluded.data(), n);
    for (size_t w = n; w-- > 0;)
        if (excluded[w]) {
            t.only = static_cast<int>(w * 64) + 63 - std::countl_zero(excluded[w]);
            t.only_rule = c_.exclusion(i, t.only);
            break;
        }
    return t;
}

}  // namespace mentor::detail
