#pragma once
// The six parts of a pair's score (SPEC §4), one function each, in
// thousandths. CompiledCohort::parts() composes them for one pair;
// score_row tabulates them per row for the values mentors share (a time
// zone, a seniority, an availability, a count of interests), so the solver
// and the explanations compute every part with the same code. Private to
// src/matching/.

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <vector>

#include "matching/cohort.hpp"

namespace mentor::detail {

inline constexpr int kUnknown = 500;  // a part with no data on either side is neutral

inline int ratio(int num, int den) { return den > 0 ? num * 1000 / den : 0; }

/// What the mentee wants, in the units of coverage().weighted: every wanted
/// skill at the top level, 5.
inline int wanted_units(const std::vector<WantedSkill>& wants) {
    int wanted = 0;
    for (const auto& w : wants) wanted += w.weight * 5;
    return wanted;
}

/// Skills: how much of what the mentee wants the mentor covers, by priority
/// and level (`covered` is coverage().weighted).
inline int skill_part(int covered, int wanted) { return ratio(covered, wanted); }

/// Interests: `shared` of them over the smaller list.
inline int interest_ratio(int shared, int a_count, int b_count) {
    return a_count && b_count ? ratio(shared, std::min(a_count, b_count)) : 0;
}

inline int interest_part(const Member& a, const Member& b) {
    int shared = 0;
    for (int k = 0; k < 4; ++k) shared += std::popcount(a.interests[k] & b.interests[k]);
    return interest_ratio(shared, a.interest_count, b.interest_count);
}

/// Availability: meeting mode must agree; then common days and hours.
inline int availability_part(const Member& a, const Member& b) {
    if (a.mode && b.mode && a.mode != b.mode) return 0;
    int days = a.days && b.days ? ratio(std::popcount(static_cast<unsigned>(a.days & b.days)), std::min(a.day_count, b.day_count))
                                : kUnknown;
    int hours = a.hours >= 0 && b.hours >= 0 ? ratio(std::min(a.hours, b.hours), std::max({a.hours, b.hours, 1})) : kUnknown;
    return (days + hours) / 2;
}

/// Seniority: a gap of ten years or more is ideal for classic mentoring;
/// reverse mentoring wants the mentee to be the senior one; peers close.
inline int seniority_part(const Member& a, const Member& b, PairKind kind) {
    if (a.seniority < 0 || b.seniority < 0) return kUnknown;
    int gap = b.seniority - a.seniority;
    if (kind == PairKind::Reverse) gap = -gap;
    return kind == PairKind::Peer ? std::max(0, 10 - std::abs(gap)) * 100 : std::clamp(gap, 0, 10) * 100;
}

/// Time zones: 12 hours apart or more scores nothing.
inline int timezone_part(const Member& a, const Member& b) {
    return a.has_tz && b.has_tz ? std::max(0, 1000 - std::abs(a.tz_minutes - b.tz_minutes) * 1000 / 720) : kUnknown;
}

/// Stated preferences, one side: 1000 for the first of `ranked`, less for
/// the next, 0 when `target` is not listed.
inline int preference_part(const std::vector<int>& ranked, int target) {
    auto it = std::find(ranked.begin(), ranked.end(), target);
    if (it == ranked.end()) return 0;
    int k = static_cast<int>(ranked.size()), r = static_cast<int>(it - ranked.begin());
    return 1000 * (k - r) / k;
}

}  // namespace mentor::detail
