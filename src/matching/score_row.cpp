// score_row: one mentee against every mentor, the solver's hot loop
// (20,000 mentees x 5,000 mentors is 100 million pairs, and the exact solver
// scores most rows two or three times).
//
// Column-wise. Per row, the parts and rules that depend on a field the
// mentors share few values of (time zone, seniority, availability,
// languages) are worked out once per distinct value, in score units, a
// broken rule as kBroken; so
// are the skills part per coverage and the interests part per count. The
// loop over the mentors then only adds table entries and compares columns,
// without a branch on the data, in blocks small enough to stay in cache:
// the compiler vectorises it (AVX2 where the processor has it). Preferences
// and the rules that name one person concern a few mentors of a row: they
// are applied afterwards. The unit test "score_row is units(parts()) on
// every allowed pair" holds this to parts().

#include <climits>
#include <span>

#include "matching/cohort.hpp"
#include "matching/parts.hpp"
#include "mentor/matching/assignment.hpp"

namespace mentor::detail {
namespace {

// A table entry that makes a pair infeasible: with it, a pair's sum is
// negative whatever else it adds (a weight times a part is at most 10^6, and
// a pair adds at most four table entries that can be kBroken).
constexpr int kBroken = -(1 << 29);

// Mentors per block: the block's intermediate columns (3 x 1 KB) stay in L1.
constexpr int kBlock = 256;

// What one row needs, as plain arrays.
struct RowKernel {
    // Per mentor.
    const int* languages;
    const int* organisation;
    const int* team;
    const int* timezone;
    const int* seniority;
    const int* availability;
    const int* interest_count;
    // Per row.
    const int* skill_units;     // by coverage().weighted
    const int* interest_units;  // by shared * (own count + 1) + min(own count, mentor's count)
    const int* timezone_units;
    const int* seniority_units;
    const int* availability_units;
    const int* language_units;
    const std::pair<const uint8_t*, int>* wanted;  // per wanted skill: (its column of levels, weight)
    int wanted_count;
    const uint8_t* const* interest_columns;  // per interest bit of the mentee: its column
    int interest_count_of_mentee;             // as many as columns
    int organisation_key, team_key;  // equal to the mentor's: the rule is broken
    int least_skills;
};

#if defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
__attribute__((target_clones("avx2", "default")))
#endif
void score_block(const RowKernel& k, int begin, int count, int64_t* __restrict out) {
    alignas(64) int covered[kBlock], skills[kBlock], shared[kBlock];
    for (int j = 0; j < count; ++j) covered[j] = skills[j] = shared[j] = 0;
    for (int w = 0; w < k.wanted_count; ++w) {
        const uint8_t* __restrict levels = k.wanted[w].first + begin;
        const int weight = k.wanted[w].second;
        for (int j = 0; j < count; ++j) {
            covered[j] += weight * levels[j];
            skills[j] += levels[j] != 0;
        }
    }
    for (int b = 0; b < k.interest_count_of_mentee; ++b) {
        const uint8_t* __restrict has = k.interest_columns[b] + begin;
        for (int j = 0; j < count; ++j) shared[j] += has[j];
    }
    const int own = k.interest_count_of_mentee, stride = own + 1;
    for (int j = 0; j < count; ++j) {
        const int m = begin + j;
        const int units = k.skill_units[covered[j]] +
                          k.interest_units[shared[j] * stride + std::min(own, k.interest_count[m])] +
                          k.availability_units[k.availability[m]] + k.seniority_units[k.seniority[m]] +
                          k.timezone_units[k.timezone[m]] + k.language_units[k.languages[m]];
        const bool allowed = (units >= 0) & (k.organisation[m] != k.organisation_key) & (k.team[m] != k.team_key) &
                             (skills[j] >= k.least_skills);
        out[j] = allowed ? units : kInfeasible;
    }
}

// Per-row tables, kept per thread (rows are scored on every core).
struct RowScratch {
    std::vector<int> skill_units, interest_units, timezone_units, seniority_units, availability_units, language_units;
    std::vector<std::pair<const uint8_t*, int>> wanted;
    std::vector<const uint8_t*> interest_columns;
};

}  // namespace

void CompiledCohort::score_row(int i, std::span<int64_t> out) const {
    const Member& a = mentees_[i];
    const auto& wants = wants_[i];
    const int m = mentor_count();
    thread_local RowScratch t;

    const int wanted = wanted_units(wants);
    // By coverage().weighted: at most `wanted` for levels up to 5 (higher
    // ones are refused on reading), and the table reaches any level offered.
    int most_covered = 0;
    for (const auto& w : wants) most_covered += w.weight * top_level_;
    most_covered = std::max(most_covered, wanted);
    t.skill_units.resize(static_cast<size_t>(most_covered) + 1);
    for (int c = 0; c <= most_covered; ++c) t.skill_units[c] = weights_[0] * skill_part(c, wanted);
    t.wanted.clear();
    for (const auto& w : wants) t.wanted.emplace_back(levels_of(w.skill), w.weight);

    // Interests: by the number shared (up to the mentee's count) and the
    // smaller of the two counts.
    t.interest_columns.clear();
    for (int bit = 0; bit < interest_bits_; ++bit)
        if (a.interests[bit / 64] >> (bit % 64) & 1) t.interest_columns.push_back(columns_.interests.data() + bit * static_cast<size_t>(m));
    const int own = a.interest_count;
    t.interest_units.assign(static_cast<size_t>(own + 1) * (own + 1), 0);
    for (int shared = 0; shared <= own; ++shared)
        for (int smaller = 0; smaller <= own; ++smaller)
            t.interest_units[shared * (own + 1) + smaller] = weights_[1] * interest_ratio(shared, own, smaller);

    t.timezone_units.resize(timezone_of_.size());
    for (size_t v = 0; v < timezone_of_.size(); ++v) {
        const Member& b = mentors_[timezone_of_[v]];
        t.timezone_units[v] = breaks_timezone(a, b) ? kBroken : weights_[4] * timezone_part(a, b);
    }
    t.seniority_units.resize(seniority_of_.size());
    for (size_t v = 0; v < seniority_of_.size(); ++v) {
        const Member& b = mentors_[seniority_of_[v]];
        t.seniority_units[v] = seniority_rule(b.seniority, a.seniority, rules_) != Rule::None
                                   ? kBroken
                                   : weights_[3] * seniority_part(a, b, options_.kind);
    }
    t.availability_units.resize(availability_of_.size());
    for (size_t v = 0; v < availability_of_.size(); ++v)
        t.availability_units[v] = weights_[2] * availability_part(a, mentors_[availability_of_[v]]);
    t.language_units.resize(languages_of_.size());
    for (size_t v = 0; v < languages_of_.size(); ++v)
        t.language_units[v] = shares_language(a, mentors_[languages_of_[v]]) ? 0 : kBroken;

    RowKernel k{};
    k.languages = columns_.languages.data();
    k.organisation = columns_.organisation.data();
    k.team = columns_.team.data();
    k.timezone = columns_.timezone.data();
    k.seniority = columns_.seniority.data();
    k.availability = columns_.availability.data();
    k.interest_count = columns_.interest_count.data();
    k.skill_units = t.skill_units.data();
    k.interest_units = t.interest_units.data();
    k.timezone_units = t.timezone_units.data();
    k.seniority_units = t.seniority_units.data();
    k.availability_units = t.availability_units.data();
    k.language_units = t.language_units.data();
    k.wanted = t.wanted.data();
    k.wanted_count = static_cast<int>(t.wanted.size());
    k.interest_columns = t.interest_columns.data();
    k.interest_count_of_mentee = static_cast<int>(t.interest_columns.size());
    // A key no mentor has (INT_MIN) when the rule cannot break for this
    // mentee; else the mentee's own organisation or team.
    k.organisation_key = breaks_organisation(a.organisation, a.organisation) ? a.organisation : INT_MIN;
    k.team_key = breaks_team(a.team, a.team) ? a.team : INT_MIN;
    k.least_skills = skills_needed(static_cast<int>(wants.size()), rules_);
    for (int begin = 0; begin < m; begin += kBlock) score_block(k, begin, std::min(kBlock, m - begin), out.data() + begin);

    // The few mentors whose score has a preferences part, then the rules
    // that name one person.
    auto prefer = [&](int j) {
        if (out[j] != kInfeasible) out[j] = units(parts(i, j));
    };
    for (int j : mentee_prefers_[i]) prefer(j);
    for (int j : preferred_by_[i]) prefer(j);
    for (const auto& [j, e] : excluded_[i]) out[j] = kInfeasible;
}

}  // namespace mentor::detail
