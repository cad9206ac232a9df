#include <algorithm>

#include "mentor/records/records.hpp"

#include "mentor/core/i18n.hpp"

namespace mentor {

std::string to_string(Role r) { return r == Role::Mentor ? "mentor" : "mentee"; }

std::string to_string(Priority p) {
    switch (p) {
        case Priority::High: return "high";
        case Priority::Medium: return "medium";
        case Priority::Low: return "low";
    }
    return "medium";
}

std::string to_string(PairKind k) {
    switch (k) {
        case PairKind::Classic: return "classic";
        case PairKind::Reverse: return "reverse";
        case PairKind::Peer: return "peer";
    }
    return "classic";
}

std::string to_string(PairStatus s) {
    switch (s) {
        case PairStatus::Proposed: return "proposed";
        case PairStatus::Active: return "active";
        case PairStatus::Paused: return "paused";
        case PairStatus::Closed: return "closed";
    }
    return "proposed";
}

std::optional<Role> parse_role(std::string_view s) {
    if (s == "mentor") return Role::Mentor;
    if (s == "mentee") return Role::Mentee;
    return std::nullopt;
}

std::string to_string(FollowUpChange c) { return kFollowUpChanges[static_cast<size_t>(c)]; }

std::optional<FollowUpChange> parse_followup_change(std::string_view s) {
    for (size_t i = 0; i < std::size(kFollowUpChanges); ++i)
        if (s == kFollowUpChanges[i]) return static_cast<FollowUpChange>(i);
    return std::nullopt;
}

namespace {
template <class Enum, size_t N>
std::optional<Enum> parse_named(std::string_view s, const char* const (&names)[N]) {
    for (size_t i = 0; i < N; ++i)
        if (s == names[i]) return static_cast<Enum>(i);
    return std::nullopt;
}
}  // namespace

std::string to_string(ClosingReason r) { return kClosingReasons[static_cast<size_t>(r)]; }
std::optional<ClosingReason> parse_closing_reason(std::string_view s) { return parse_named<ClosingReason>(s, kClosingReasons); }
std::string closing_reason_text(ClosingReason r) {
    switch (r) {
        // In the user's language: this is what reports show (to_string is
        // what files hold and users type).
        case ClosingReason::Completed: return tr_ctx("closing reason", "completed");
        case ClosingReason::GoalsMet: return tr_ctx("closing reason", "goals met");
        case ClosingReason::NoChemistry: return tr_ctx("closing reason", "no chemistry");
        case ClosingReason::Availability: return tr_ctx("closing reason", "availability");
        case ClosingReason::LeftOrganisation: return tr_ctx("closing reason", "left the organisation");
        case ClosingReason::Other: return tr_ctx("closing reason", "other");
    }
    return {};  // every reason has its case above
}
std::string to_string(Fit f) { return kFits[static_cast<size_t>(f)]; }
std::optional<Fit> parse_fit(std::string_view s) { return parse_named<Fit>(s, kFits); }
std::string to_string(GoalsAssessment g) { return kGoalsAssessments[static_cast<size_t>(g)]; }
std::optional<GoalsAssessment> parse_goals_assessment(std::string_view s) {
    return parse_named<GoalsAssessment>(s, kGoalsAssessments);
}

std::optional<Priority> parse_priority(std::string_view s) {
    if (s == "high") return Priority::High;
    if (s == "medium") return Priority::Medium;
    if (s == "low") return Priority::Low;
    return std::nullopt;
}

std::optional<PairKind> parse_pair_kind(std::string_view s) {
    if (s == "classic") return PairKind::Classic;
    if (s == "reverse") return PairKind::Reverse;
    if (s == "peer") return PairKind::Peer;
    return std::nullopt;
}

std::optional<PairStatus> parse_pair_status(std::string_view s) {
    if (s == "proposed") return PairStatus::Proposed;
    if (s == "active") return PairStatus::Active;
    if (s == "paused") return PairStatus::Paused;
    if (s == "closed") return PairStatus::Closed;
    return std::nullopt;
}

std::string to_string(GoalStatus s) {
    switch (s) {
        case GoalStatus::Open: return "open";
        case GoalStatus::Achieved: return "achieved";
        case GoalStatus::Dropped: return "dropped";
    }
    return "open";
}

std::optional<GoalStatus> parse_goal_status(std::string_view s) {
    if (s == "open") return GoalStatus::Open;
    if (s == "achieved") return GoalStatus::Achieved;
    if (s == "dropped") return GoalStatus::Dropped;
    return std::nullopt;
}

bool Person::has_role(Role r) const { return std::find(roles.begin(), roles.end(), r) != roles.end(); }

void Person::add_role(Role r) {
    if (has_role(r)) return;
    roles.push_back(r);
    std::sort(roles.begin(), roles.end());
}

bool Person::in_cohort(std::string_view cohort) const {
    return std::find(cohorts.begin(), cohorts.end(), cohort) != cohorts.end();
}

const Person* Records::person(std::string_view id) const {
    auto it = std::lower_bound(people.begin(), people.end(), id, [](const Person& p, std::string_view v) { return p.id < v; });
    return it != people.end() && it->id == id ? &*it : nullptr;
}

const Pair* Records::pair(std::string_view id) const {
    auto it = std::lower_bound(pairs.begin(), pairs.end(), id, [](const Pair& p, std::string_view v) { return p.id() < v; });
    return it != pairs.end() && it->id() == id ? &*it : nullptr;
}

bool Records::person_id_taken(const std::string& id) const {
    return std::binary_search(person_file_ids.begin(), person_file_ids.end(), id);
}

int Records::mentor_load(std::string_view mentor_id) const {
    return static_cast<int>(std::count_if(pairs.begin(), pairs.end(), [&](const Pair& p) {
        return p.mentor == mentor_id && p.holds_capacity();
    }));
}

}  // namespace mentor
