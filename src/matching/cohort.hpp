#pragma once
// The records of a cohort compiled for matching: indexes instead of ids,
// bit masks instead of string lists, a dense table of skill levels. Private
// to the matching code (src/matching/).

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "mentor/matching/matching.hpp"
#include "mentor/matching/rules.hpp"

namespace mentor::detail {

struct Member {
    const Person* person = nullptr;
    uint64_t languages = 0;  // bit per language code; 0 = none listed
    std::array<uint64_t, 4> interests{};  // bit per interest (hashed beyond 256)
    int interest_count = 0;
    uint8_t days = 0;  // bit per weekday
    int day_count = 0;
    int mode = 0;      // 0 unknown or any, 1 remote, 2 in-person
    int hours = -1;
    int seniority = -1;
    int tz_minutes = 0;
    bool has_tz = false;
    int organisation = -1, team = -1;
};

/// The mentors as score_row reads them: a column per field, so that the
/// loop over the mentors of a row streams through arrays (and vectorises).
/// The fields with few distinct values are indexes into CompiledCohort's
/// lists of them, whose parts and rules a row works out once per distinct
/// value instead of once per mentor.
struct MentorColumns {
    std::vector<int> organisation, team;
    std::vector<int> timezone, seniority, availability, languages;  // indexes of distinct values
    std::vector<int> interest_count;
    std::vector<uint8_t> interests;  // 1 where the mentor has the interest bit: a row of mentors per bit
};

struct WantedSkill {
    int skill;   // index into the skill vocabulary
    int weight;  // 3 high, 2 medium, 1 low
};

/// True when two people have a language in common, or one lists none (a
/// bit per language code).
inline bool languages_shared(uint64_t a, uint64_t b) { return !a || !b || (a & b); }

/// Skill and interest names compare without case or accents.
bool slugify_equal(const std::string& a, const std::string& b);

class RuleBitsets;

class CompiledCohort {
public:
    CompiledCohort(const Records& records, const MatchOptions& options);

    int mentee_count() const { return static_cast<int>(mentees_.size()); }
    int mentor_count() const { return static_cast<int>(mentors_.size()); }
    const Person& mentee(int i) const { return *mentees_[i].person; }
    const Person& mentor(int j) const { return *mentors_[j].person; }
    PairKind kind() const { return options_.kind; }
    int free_capacity(int j) const { return free_capacity_[j]; }
    int load(int j) const { return load_[j]; }
    int capacity(int j) const { return capacity_[j]; }
    const std::vector<int>& free_capacities() const { return free_capacity_; }

    /// Score units of every mentor for mentee i, or kInfeasible.
    void score_row(int i, std::span<int64_t> out) const;
    /// True when the two have a language in common, or one lists none.
    bool shares_language(int i, int j) const { return shares_language(mentees_[i], mentors_[j]); }
    /// The first rule pair (i, j) breaks, as `broken_rules` would report it
    /// (capacity aside: see free_capacity), or Rule::None.
    Rule exclusion(int i, int j) const;
    /// exclusion(i, j) for every mentor j, in one walk of the mentee's
    /// listed rules (no search per mentor): what `why_unmatched` asks of
    /// every mentor of every waiting mentee.
    void exclusion_row(int i, std::vector<Rule>& out) const;
    /// `rule_text` of the rule for this pair.
    std::string exclusion_text(int i, int j, Rule e, Wording w = Wording::shown()) const;
    /// The parts of the score in thousandths.
    std::array<int, 6> parts(int i, int j) const;
    /// What mentor j offers of what mentee i wants: the skills covered (for
    /// the skills rule) and their sum of priority x level (for the score),
    /// in one pass over the wants.
    struct Coverage {
        int skills = 0;
        int weighted = 0;
    };
    Coverage coverage(int i, int j) const {
        Coverage c;
        for (const auto& w : wants_[i]) {
            const int level = levels_of(w.skill)[j];
            c.skills += level > 0;
            c.weighted += w.weight * level;
        }
        return c;
    }
    int64_t units(const std::array<int, 6>& parts) const {
        int64_t total = 0;
        for (int k = 0; k < 6; ++k) total += int64_t{weights_[k]} * parts[k];
        return total;
    }
    /// Units of a perfect score: every part at 1000.
    int64_t scale() const { return scale_; }
    /// "0.8125": units as a fraction of scale(), 4 decimals.
    std::string score_text(int64_t units) const;
    int64_t ten_thousandths(int64_t units) const;
    /// Why (i, j) is a good pair, best first, at most `limit`.
    std::vector<std::string> reasons(int i, int j, size_t limit, Wording w) const;
    /// reasons() in English, for JSON and the pair files, and when
    /// `translate` (the user's language is not English) for text.
    Sentences both_reasons(int i, int j, size_t limit, bool translate) const;

    const std::vector<std::vector<int>>& mentee_prefers() const { return mentee_prefers_; }
    const std::vector<std::vector<int>>& mentor_prefers() const { return mentor_prefers_; }
    /// Index of a mentee id, or -1.
    int mentee_index(const std::string& id) const;

private:
    // The bitset tally of unmatched reasons reads the compiled fields and
    // applies the same rule functions (src/matching/rule_bitsets.cpp).
    friend class RuleBitsets;
    using IdIndex = std::unordered_map<std::string, int>;
    // The constructor's steps, in order.
    void select_participants(IdIndex& mentee_idx, IdIndex& mentor_idx);
    void compile_members();
    void compile_skills();
    void compile_pair_rules(const IdIndex& mentee_idx, const IdIndex& mentor_idx);
    void compile_preferences(const IdIndex& mentee_idx, const IdIndex& mentor_idx);
    void compile_mentor_columns();
    /// The rules that compare the two members' compiled fields, from
    /// NoCommonLanguage to the pair kind, the first broken (exclusion_row
    /// inlines it; score_row applies its pieces). The skills rule is
    /// fits_skills.
    Rule masked_rule(const Member& a, const Member& b) const;
    /// The preferences part (of the six of parts()).
    int preference_part_of(int i, int j) const;
    /// exclusion(i, j) once the first listed rule of the pair is known.
    Rule exclusion_given(int i, int j, Rule listed) const;
    /// Every mentor's level of skill s (0: not offered), by mentor index.
    const uint8_t* levels_of(int s) const { return levels_.data() + static_cast<size_t>(s) * mentors_.size(); }
    /// The single-field rules that masked_rule checks, one definition each,
    /// which score_row applies per mentor or per distinct value.
    bool breaks_organisation(int a, int b) const { return rules_.exclude_same_organisation && a >= 0 && a == b; }
    bool breaks_team(int a, int b) const { return rules_.exclude_same_team && a >= 0 && a == b; }
    bool breaks_timezone(const Member& a, const Member& b) const {
        return a.has_tz && b.has_tz && timezones_too_far(a.tz_minutes, b.tz_minutes, rules_);
    }
    /// The skills rule on the table of levels.
    bool fits_skills(int i, int j) const { return fits_skills(i, coverage(i, j)); }
    bool fits_skills(int i, const Coverage& c) const {
        return skills_fit(c.skills, static_cast<int>(wants_[i].size()), rules_);
    }
    static bool shares_language(const Member& a, const Member& b) { return languages_shared(a.languages, b.languages); }
    /// A rule listed for the pair that is reported before the compiled ones
    /// (the others, PairedBefore, come after the skills rule).
    static bool listed_first(Rule listed) { return listed != Rule::None && listed < Rule::NoCommonLanguage; }
    /// The value of a member's field that its rule reads, as one key: two
    /// members with the same key are judged alike by that rule.
    static int64_t language_key(const Member& m) { return static_cast<int64_t>(m.languages); }
    static int64_t timezone_key(const Member& m) { return m.has_tz ? m.tz_minutes : int64_t{1} << 40; }
    static int64_t seniority_key(const Member& m) { return m.seniority; }

    const Records& records_;
    MatchOptions options_;
    std::array<int, 6> weights_{};
    int64_t scale_ = 1;
    std::vector<Member> mentees_, mentors_;
    std::vector<int> free_capacity_, load_, capacity_;
    std::vector<std::vector<WantedSkill>> wants_;  // per mentee
    int skill_count_ = 0;
    std::vector<uint8_t> levels_;  // skills x mentors (a row per skill: score_row reads it in mentor order)
    int top_level_ = 0;            // the highest level offered
    MentorColumns columns_;
    int interest_bits_ = 0;  // interest bits in use (interests hash onto 256)
    std::vector<int> timezone_of_, seniority_of_, availability_of_, languages_of_;  // a mentor per distinct value
    std::vector<std::string> skill_names_, language_names_;
    // Rules that name one person (managers, avoids, closed pairs), listed
    // per mentee, sorted by mentor index then rule.
    std::vector<std::vector<std::pair<int, Rule>>> excluded_;
    std::vector<std::vector<int>> mentee_prefers_, mentor_prefers_;
    std::vector<std::vector<int>> preferred_by_;  // per mentee: the mentors who list them
    RuleSettings rules_;
};

// The compiled form of the rules of rules.cpp that compare fields, in Rule
// order: bit masks and indexes instead of strings.
__attribute__((always_inline)) inline Rule CompiledCohort::masked_rule(const Member& a, const Member& b) const {
    if (!shares_language(a, b)) return Rule::NoCommonLanguage;
    if (breaks_organisation(a.organisation, b.organisation)) return Rule::SameOrganisation;
    if (breaks_team(a.team, b.team)) return Rule::SameTeam;
    if (breaks_timezone(a, b)) return Rule::TimezoneTooFar;
    return seniority_rule(b.seniority, a.seniority, rules_);
}

// Inlined into exclusion_row's loop over every mentor.
inline Rule CompiledCohort::exclusion_given(int i, int j, Rule listed) const {
    // Listed rules come before or after the masked ones in Rule order.
    if (listed_first(listed)) return listed;
    Rule masked = masked_rule(mentees_[i], mentors_[j]);
    if (masked != Rule::None) return masked;
    return fits_skills(i, j) ? listed : Rule::NoSkillsFit;
}

}  // namespace mentor::detail
