#pragma once
/// The pairing rules of SPEC §4, declared here alone: a pair that breaks one
/// is never proposed by `match`, is refused by `add pair` unless forced, and
/// is flagged by `validate` when written by hand. Conflicts of interest are
/// hard exclusions, never a soft penalty.
///
/// `match` compiles the same rules into bit masks and indexes
/// (src/matching/cohort.cpp) for speed; it reports the same `Rule` with the
/// same `rule_text`, and tests/unit/test_rules.cpp checks that both agree on
/// every pair of generated cohorts.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mentor/matching/wording.hpp"
#include "mentor/records/records.hpp"

namespace mentor {

/// Every rule, in the order they are reported: when a pair breaks several,
/// the first one here is the one `match --explain` shows.
enum class Rule : uint8_t {
    None,              ///< the pair is allowed
    SamePerson,        ///< a person cannot mentor themself
    NotAMentor,        ///< the mentor lacks the mentor role (classic and reverse pairs)
    NotAMentee,        ///< the mentee lacks the mentee role (classic and reverse pairs)
    NoRole,            ///< peer pairs: one of the two has no role at all
    MentorInactive,
    MenteeInactive,
    Manager,           ///< the mentor is the mentee's manager
    ManagementChain,   ///< the mentor is further up the mentee's management chain
    ReportsToMentee,   ///< the mentor's manager is the mentee
    MenteeAvoids,
    MentorAvoids,
    NoCommonLanguage,  ///< both list languages and share none
    SameOrganisation,  ///< matching.exclude_same_organisation
    SameTeam,          ///< matching.exclude_same_team
    TimezoneTooFar,    ///< matching.max_timezone_difference
    SeniorityUnknown,  ///< reverse and peer pairs: a seniority is missing, the kind cannot be judged
    NotSenior,         ///< classic: the mentor is not matching.classic_min_gap years more senior
    NotJunior,         ///< reverse: the mentor is not matching.reverse_min_gap years more junior
    NotPeers,          ///< peer: more than matching.peer_max_gap years apart
    NoSkillsFit,       ///< the mentor offers fewer than matching.min_skills of the wanted skills
    AlreadyPaired,     ///< a proposed, active or paused pair of the two exists
    PairedBefore,      ///< a closed pair of the two exists (unless allowed)
    AtCapacity,        ///< the mentor's pairs fill their capacity
};

/// What a check is asked about, beyond the two people.
struct RuleOptions {
    PairKind kind = PairKind::Classic;
    bool check_capacity = true;
    bool allow_repeat = false;  ///< allow a new pair where a closed one exists
};

/// The settings of mentor.yaml the rules read, for one pair kind, with hours
/// turned into the minutes offsets are compared in and the kind turned into
/// the range of years the mentor may have more than the mentee.
struct RuleSettings {
    bool exclude_same_organisation = false;
    bool exclude_same_team = true;
    std::optional<int> max_timezone_minutes;
    Rule kind_rule = Rule::NotSenior;  ///< what the seniority range is called when broken
    bool needs_seniority = false;      ///< reverse and peer: unknown seniority excludes
    std::optional<int> min_gap, max_gap;  ///< mentor's years minus mentee's, inclusive
    int min_skills = 1;
};
RuleSettings rule_settings(const MatchingSettings& matching, PairKind kind);

/// Skill and interest names compare without case or accents: "Leadership",
/// "LEADERSHIP" and "leadership" are one skill, "négociation" is "negociation".
std::string skill_key(const std::string& name);

/// UTC offsets are taken on this fixed day (2026-01-15, days since
/// 1970-01-01: northern winter time), so the same records give the same
/// answers whatever day the command runs.
inline constexpr long kRuleReferenceDay = 20468;

/// The time-zone rule on offsets in minutes; the compiled cohort calls it too.
inline bool timezones_too_far(int a_minutes, int b_minutes, const RuleSettings& s) {
    int gap = a_minutes > b_minutes ? a_minutes - b_minutes : b_minutes - a_minutes;
    return s.max_timezone_minutes && gap > *s.max_timezone_minutes;
}

/// The pair-kind rules on years of seniority (negative: unknown); the
/// compiled cohort calls it too.
inline Rule seniority_rule(int mentor_years, int mentee_years, const RuleSettings& s) {
    if (mentor_years < 0 || mentee_years < 0) return s.needs_seniority ? Rule::SeniorityUnknown : Rule::None;
    int gap = mentor_years - mentee_years;
    return (s.min_gap && gap < *s.min_gap) || (s.max_gap && gap > *s.max_gap) ? s.kind_rule : Rule::None;
}

/// The skills rule: the mentor offers `covered` of the `wanted` skills of
/// the mentee (a mentee who wants nothing is matched on the rest).
inline int skills_needed(int wanted, const RuleSettings& s) { return wanted < s.min_skills ? wanted : s.min_skills; }
inline bool skills_fit(int covered, int wanted, const RuleSettings& s) { return covered >= skills_needed(wanted, s); }

/// How many of the mentee's wanted skills the mentor offers.
int covered_skills(const Person& mentor, const Person& mentee);

/// Every rule `mentor` mentoring `mentee` breaks, in `Rule` order; empty when
/// the pair is allowed.
std::vector<Rule> broken_rules(const Records& records, const Person& mentor, const Person& mentee,
                               const RuleOptions& options);

/// The one wording of a rule broken by this pair, a sentence a coordinator
/// can act on: "dana-white is in the management chain of lee-kim"; in the
/// user's language unless asked for English (machine formats).
std::string rule_text(Rule rule, const Records& records, const Person& mentor, const Person& mentee,
                      Wording w = Wording::shown());

/// The rule counted over a mentee's mentors, for unmatched reasons:
/// "excluded by every mentor: 12 no common language, 1 their manager".
std::string rule_count_label(Rule rule, Wording w = Wording::shown());

/// `broken_rules` in words, in the user's language (`add pair`'s refusal).
std::vector<std::string> pair_rule_violations(const Records& records, const Person& mentor, const Person& mentee,
                                              const RuleOptions& options);

/// The ids of `person`'s managers, nearest first, stopping at a cycle or an
/// unknown id.
std::vector<std::string> management_chain(const Records& records, const Person& person);

/// True when the two lists share an item.
bool share_any(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace mentor
