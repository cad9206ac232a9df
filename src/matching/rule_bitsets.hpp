#pragma once
// What the rules say of one waiting mentee and every mentor, counted: the
// figures of the "unmatched reasons" (SPEC), for every waiting mentee of a
// cohort report. Counted on bitsets over the mentors (a bit per mentor),
// one rule at a time in Rule order, instead of asking exclusion(i, j) of
// every pair: 90,000 waiting mentees x 20,000 mentors is 1.8 billion pairs.
// Private to src/matching/.

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "matching/cohort.hpp"

namespace mentor::detail {

/// A mentee against every mentor: how many mentors each rule excludes first
/// (the rule exclusion(i, j) reports), how many none excludes, how many of
/// those have room, how many share a language, and the last excluded mentor
/// with its rule (the sentence of a cohort of one mentor names them).
struct ExclusionTally {
    int mentors = 0, compatible = 0, with_room = 0, speakers = 0;
    int only = -1;
    Rule only_rule = Rule::None;
    std::array<int, static_cast<size_t>(Rule::AtCapacity) + 1> by_rule{};
    bool operator==(const ExclusionTally&) const = default;
};

/// The reference: exclusion_row pair by pair (`room`: places left per mentor).
ExclusionTally tally_by_pairs(const CompiledCohort& cohort, int i, const std::vector<int>& room);

/// The same tally in time linear in the mentors / 64 per rule, once built.
class RuleBitsets {
public:
    /// Tables of bitsets per distinct value of a field are kept up to
    /// `table_bytes` each (the tests set 0 to take the path without them,
    /// and without the bitsets of the large organisations and teams).
    RuleBitsets(const CompiledCohort& cohort, const std::vector<int>& room, size_t table_bytes = size_t{32} << 20);
    /// Equal to tally_by_pairs(cohort, i, room), field by field. Safe to call
    /// from several threads at once.
    ExclusionTally tally(int i) const;

private:
    using Words = std::vector<uint64_t>;
    // A rule on a field mentors share few values of (languages, time zone,
    // seniority): judged once per distinct pair of values, and kept per
    // distinct value of the waiting mentees as a bitset of the mentors that
    // break it, one per rule it can report.
    struct ValueRule {
        std::vector<Rule> rules;  // what the rule can report, in Rule order
        std::unordered_map<int64_t, int> class_of_key;
        std::vector<int> class_of_mentee;
        Words table;  // class x rules x words; empty past kTableBytes (filled per mentee)
    };
    // A rule on a field of many values (organisation, team): the mentors of
    // each value, as a list, or as a bitset for a value of at least a
    // word's worth of mentors (at most 64 of them: no memory to speak of).
    struct ListRule {
        Rule rule = Rule::None;
        bool (CompiledCohort::*breaks)(int, int) const = nullptr;  // the one definition of the rule
        std::vector<std::vector<int>> mentors_of;
        std::vector<Words> bits_of;  // empty for a value kept as a list
    };
    enum Field { Languages, Timezone, Seniority };

    void build_value_rule(Field field, std::vector<Rule> rules, int64_t (*key)(const Member&));
    // The bitsets of mentors breaking `field`'s rule with `mentee`, one per
    // rule of value_rules_[field], into out (rules x words, zeroed).
    void fill(Field field, const Member& mentee, uint64_t* out) const;
    Rule judge(Field field, const Member& mentee, const Member& mentor) const;
    void build_list_rule(ListRule& list, Rule rule, bool (CompiledCohort::*breaks)(int, int) const,
                         const std::vector<int>& column);

    const CompiledCohort& c_;
    size_t words_ = 0;
    size_t table_bytes_;
    std::array<ValueRule, 3> value_rules_;
    ListRule organisation_, team_;
    Words offers_;  // per wanted skill: the mentors offering it (level > 0)
    Words room_;    // the mentors with a place left
};

}  // namespace mentor::detail
