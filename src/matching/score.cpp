// The score of a pair (SPEC §4): six parts in thousandths, weighted by
// mentor.yaml, kept as integers so that optimality and ties are exact.

#include <algorithm>
#include <bit>
#include <cstdio>

#include "matching/cohort.hpp"
#include "mentor/core/text.hpp"
#include "mentor/matching/assignment.hpp"
#include "mentor/records/schema.hpp"

namespace mentor::detail {
namespace {

constexpr int kUnknown = 500;  // a part with no data on either side is neutral

int ratio(int num, int den) { return den > 0 ? num * 1000 / den : 0; }

int preference_part(const std::vector<int>& ranked, int target) {
    auto it = std::find(ranked.begin(), ranked.end(), target);
    if (it == ranked.end()) return 0;
    int k = static_cast<int>(ranked.size()), r = static_cast<int>(it - ranked.begin());
    return 1000 * (k - r) / k;
}

// floor(1000 * n / d) for the small counts that interests and days use, so
// the hot loop rarely divides.
constexpr int kSmall = 17;
struct RatioTable {
    int v[kSmall][kSmall]{};
    constexpr RatioTable() {
        for (int n = 0; n < kSmall; ++n)
            for (int d = 1; d < kSmall; ++d) v[n][d] = n * 1000 / d;
    }
};
constexpr RatioTable kRatios;

inline int small_ratio(int n, int d) { return n < kSmall && d < kSmall ? kRatios.v[n][d] : ratio(n, d); }

}  // namespace

// The one definition of the parts, inlined both into the hot score_row and
// into parts(), so the solver and the explanations can never disagree.
// `covered` is coverage(i, j).weighted; `skill_ratios[c]` caches
// ratio(c, wanted) for the row (nullptr: compute).
__attribute__((always_inline)) inline std::array<int, 6> CompiledCohort::parts_of(int i, int j, const int* skill_ratios,
                                                                               int covered) const {
    const Member& a = mentees_[i];
    const Member& b = mentors_[j];
    std::array<int, 6> p{};
    // Skills: how much of what the mentee wants the mentor covers, by priority and level.
    if (skill_ratios) {
        p[0] = skill_ratios[covered];
    } else {
        int wanted = 0;
        for (const auto& w : wants_[i]) wanted += w.weight * 5;
        p[0] = ratio(covered, wanted);
    }
    // Interests: shared over the smaller list.
    if (a.interest_count && b.interest_count) {
        int shared = 0;
        for (int k = 0; k < 4; ++k) shared += __builtin_popcountll(a.interests[k] & b.interests[k]);
        p[1] = small_ratio(shared, std::min(a.interest_count, b.interest_count));
    }
    // Availability: meeting mode must agree; then common days and hours.
    if (a.mode && b.mode && a.mode != b.mode) {
        p[2] = 0;
    } else {
        int days = a.days && b.days ? small_ratio(__builtin_popcount(static_cast<unsigned>(a.days & b.days)),
                                                  std::min(a.day_count, b.day_count))
                                    : kUnknown;
        int hours = a.hours >= 0 && b.hours >= 0 ? small_ratio(std::min(a.hours, b.hours), std::max({a.hours, b.hours, 1}))
                                                 : kUnknown;
        p[2] = (days + hours) / 2;
    }
    // Seniority: a gap of ten years or more is ideal for classic mentoring;
    // reverse mentoring wants the mentee to be the senior one; peers close.
    if (a.seniority >= 0 && b.seniority >= 0) {
        int gap = b.seniority - a.seniority;
        if (options_.kind == PairKind::Reverse) gap = -gap;
        p[3] = options_.kind == PairKind::Peer ? std::max(0, 10 - std::abs(gap)) * 100 : std::clamp(gap, 0, 10) * 100;
    } else {
        p[3] = kUnknown;
    }
    // Time zones: 12 hours apart or more scores nothing.
    p[4] = a.has_tz && b.has_tz ? std::max(0, 1000 - std::abs(a.tz_minutes - b.tz_minutes) * 1000 / 720) : kUnknown;
    // Stated preferences of both sides (most people state none).
    if (!mentee_prefers_[i].empty() || !mentor_prefers_[j].empty())
        p[5] = (preference_part(mentee_prefers_[i], j) + preference_part(mentor_prefers_[j], i)) / 2;
    return p;
}

std::array<int, 6> CompiledCohort::parts(int i, int j) const { return parts_of(i, j, nullptr, coverage(i, j).weighted); }

// Cloned for processors with popcnt (all recent x86-64), picked at load time:
// Debian's baseline compiler flags would otherwise count bits in software.
#if defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
__attribute__((target_clones("popcnt", "default")))
#endif
void CompiledCohort::score_row(int i, std::span<int64_t> out) const {
    const Member& a = mentees_[i];
    int wanted = 0;
    for (const auto& w : wants_[i]) wanted += w.weight * 5;
    std::vector<int> skill_ratios(static_cast<size_t>(wanted) + 1);
    for (int c = 0; c <= wanted; ++c) skill_ratios[c] = ratio(c, wanted);
    for (int j = 0; j < mentor_count(); ++j) {
        if (masked_rule(a, mentors_[j]) != Rule::None) {
            out[j] = kInfeasible;
            continue;
        }
        const Coverage c = coverage(i, j);  // once for the rule and the score
        out[j] = fits_skills(i, c) ? units(parts_of(i, j, skill_ratios.data(), c.weighted)) : kInfeasible;
    }
    for (const auto& [j, e] : excluded_[i]) out[j] = kInfeasible;
}

int64_t CompiledCohort::ten_thousandths(int64_t u) const { return (u * 10000 + scale_ / 2) / scale_; }

std::string CompiledCohort::score_text(int64_t u) const {
    int64_t t = ten_thousandths(u);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lld.%04lld", static_cast<long long>(t / 10000), static_cast<long long>(t % 10000));
    return buf;
}

namespace {

const char* priority_word(Priority p, Wording w) {
    switch (p) {
        case Priority::High: return w.tr_ctx("skill priority", "high");
        case Priority::Medium: return w.tr_ctx("skill priority", "medium");
        case Priority::Low: break;
    }
    return w.tr_ctx("skill priority", "low");
}

// The days of schema::kWeekdays as a reason names them.
const char* day_word(int d, Wording w) {
    switch (d) {
        case 0: return w.tr_ctx("weekday in a reason", "mon");
        case 1: return w.tr_ctx("weekday in a reason", "tue");
        case 2: return w.tr_ctx("weekday in a reason", "wed");
        case 3: return w.tr_ctx("weekday in a reason", "thu");
        case 4: return w.tr_ctx("weekday in a reason", "fri");
        case 5: return w.tr_ctx("weekday in a reason", "sat");
    }
    return w.tr_ctx("weekday in a reason", "sun");
}

}  // namespace

std::vector<std::string> CompiledCohort::reasons(int i, int j, size_t limit, Wording w) const {
    const Member& a = mentees_[i];
    const Member& b = mentors_[j];
    const Person& mentee = *a.person;
    const Person& mentor = *b.person;
    std::vector<std::string> out;
    // Skills covered, most valuable first (priority x level).
    std::vector<std::pair<int, std::string>> skills;
    for (const auto& want : mentee.wants)
        for (const auto& o : mentor.offers)
            if (slugify_equal(want.skill, o.skill))
                // TRANSLATORS: {0} a skill, {1} its priority for the mentee (high, medium, low), {2} the mentor's level (1 to 5).
                skills.emplace_back(-(want.priority == Priority::High ? 3 : want.priority == Priority::Medium ? 2 : 1) * o.level,
                                    w.trf("covers {0} ({1}) at level {2}", want.skill, priority_word(want.priority, w), o.level));
    std::stable_sort(skills.begin(), skills.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (size_t k = 0; k < skills.size() && k < 2; ++k) out.push_back(skills[k].second);
    // TRANSLATORS: {0} asked for {1} as their mentor or mentee (a stated preference).
    if (preference_part(mentee_prefers_[i], j) > 0) out.push_back(w.trf("{0} asked for {1}", mentee.id, mentor.id));
    if (preference_part(mentor_prefers_[j], i) > 0) out.push_back(w.trf("{0} asked for {1}", mentor.id, mentee.id));
    std::vector<std::string> common;
    for (const auto& l : mentee.languages)
        if (std::find(mentor.languages.begin(), mentor.languages.end(), l) != mentor.languages.end()) common.push_back(l);
    // TRANSLATORS: {} is a list of language codes ("fr, en").
    if (!common.empty()) out.push_back(w.trf("both speak {}", join(common)));
    if (a.has_tz && b.has_tz) {
        int hours = std::abs(a.tz_minutes - b.tz_minutes) / 60;
        if (a.tz_minutes == b.tz_minutes)
            out.push_back(w.tr("same timezone"));
        else if (hours <= 3)
            out.push_back(w.trf("time zones {} h apart", hours == 0 ? 1 : hours));
    }
    std::vector<std::string> shared;
    for (const auto& x : mentee.interests)
        for (const auto& y : mentor.interests)
            if (slugify_equal(x, y)) shared.push_back(x);
    if (!shared.empty()) out.push_back(w.trf("shared interests: {}", join(shared)));
    std::vector<std::string> days;
    for (int d = 0; d < 7; ++d)
        if ((a.days & b.days) & (1u << d)) days.emplace_back(day_word(d, w));
    // TRANSLATORS: {} is a list of days ("mon, wed").
    if (!days.empty()) out.push_back(w.trf("both available {}", join(days)));
    if (a.seniority >= 0 && b.seniority >= 0) {
        int gap = b.seniority - a.seniority;
        if (options_.kind == PairKind::Reverse && gap < 0)
            out.push_back(w.trnf("mentee has {} more year of experience (reverse mentoring)", "mentee has {} more years of experience (reverse mentoring)",
                                 static_cast<unsigned long>(-gap), -gap));
        else if (options_.kind == PairKind::Classic && gap > 0)
            out.push_back(w.trnf("{} more year of experience", "{} more years of experience", static_cast<unsigned long>(gap), gap));
    }
    if (out.size() > limit) out.resize(limit);
    return out;
}

Sentences CompiledCohort::both_reasons(int i, int j, size_t limit, bool translate) const {
    Sentences s{reasons(i, j, limit, Wording::english()), {}};
    if (translate) s.translated = reasons(i, j, limit, Wording::shown());
    return s;
}

}  // namespace mentor::detail
