// The score of a pair (SPEC §4): six parts in thousandths, weighted by
// mentor.yaml, kept as integers so that optimality and ties are exact.

#include <algorithm>
#include <cstdio>

#include "matching/cohort.hpp"
#include "matching/parts.hpp"
#include "mentor/core/text.hpp"
#include "mentor/matching/assignment.hpp"
#include "mentor/records/schema.hpp"

namespace mentor::detail {

// Stated preferences of both sides (most people state none).
int CompiledCohort::preference_part_of(int i, int j) const {
    if (mentee_prefers_[i].empty() && mentor_prefers_[j].empty()) return 0;
    return (preference_part(mentee_prefers_[i], j) + preference_part(mentor_prefers_[j], i)) / 2;
}

std::array<int, 6> CompiledCohort::parts(int i, int j) const {
    const Member& a = mentees_[i];
    const Member& b = mentors_[j];
    return {skill_part(coverage(i, j).weighted, wanted_units(wants_[i])),
            interest_part(a, b),
            availability_part(a, b),
            seniority_part(a, b, options_.kind),
            timezone_part(a, b),
            preference_part_of(i, j)};
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
