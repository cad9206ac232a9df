#include "mentor/matching/rules.hpp"

#include <algorithm>
#include <cstdlib>

#include "mentor/core/timezone.hpp"

namespace mentor {

bool share_any(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (const auto& x : a)
        if (std::find(b.begin(), b.end(), x) != b.end()) return true;
    return false;
}

std::vector<std::string> management_chain(const Records& records, const Person& person) {
    std::vector<std::string> chain;
    for (const Person* m = records.person(person.manager); m; m = records.person(m->manager)) {
        if (m->id == person.id || std::find(chain.begin(), chain.end(), m->id) != chain.end()) break;
        chain.push_back(m->id);
    }
    return chain;
}

namespace {
bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// Days since 1970-01-01 for a fixed reference day, so that offsets (and so
// the output) do not change with the day the command runs: mid-January,
// northern winter time.
constexpr long kReferenceDay = 20469;  // 2026-01-15
}  // namespace

std::vector<std::string> pair_rule_violations(const Records& records, const Person& mentor, const Person& mentee,
                                              const RuleOptions& o) {
    std::vector<std::string> v;
    if (mentor.id == mentee.id) {
        v.push_back("a person cannot mentor themself");
        return v;
    }
    if (o.kind == PairKind::Peer) {
        if (mentor.roles.empty() || mentee.roles.empty()) v.push_back("peer pairs need two people with a role");
    } else {
        if (!mentor.has_role(Role::Mentor)) v.push_back(mentor.id + " is not a mentor");
        if (!mentee.has_role(Role::Mentee)) v.push_back(mentee.id + " is not a mentee");
    }
    if (!mentor.active) v.push_back(mentor.id + " is not active");
    if (!mentee.active) v.push_back(mentee.id + " is not active");
    auto mentee_chain = management_chain(records, mentee);
    if (!mentee_chain.empty() && mentee_chain.front() == mentor.id)
        v.push_back(mentor.id + " is the manager of " + mentee.id);
    else if (contains(mentee_chain, mentor.id))
        v.push_back(mentor.id + " is in the management chain of " + mentee.id);
    // A mentor may sit further down the mentee's chain (reverse mentoring of
    // an executive by a junior is the point of it), but never report to them.
    if (mentor.manager == mentee.id) v.push_back(mentor.id + " reports directly to " + mentee.id);
    if (contains(mentor.avoids, mentee.id)) v.push_back(mentor.id + " avoids " + mentee.id);
    if (contains(mentee.avoids, mentor.id)) v.push_back(mentee.id + " avoids " + mentor.id);
    if (!mentor.languages.empty() && !mentee.languages.empty() && !share_any(mentor.languages, mentee.languages))
        v.push_back("no common language");
    const MatchingSettings& m = records.settings.matching;
    if (m.exclude_same_organisation && !mentor.organisation.empty() && mentor.organisation == mentee.organisation)
        v.push_back("same organisation (" + mentor.organisation + ")");
    if (m.exclude_same_team && !mentor.team.empty() && mentor.team == mentee.team &&
        mentor.organisation == mentee.organisation)
        v.push_back("same team (" + mentor.team + ")");
    if (m.max_timezone_difference && !mentor.timezone.empty() && !mentee.timezone.empty()) {
        auto a = utc_offset_minutes(mentor.timezone, kReferenceDay), b = utc_offset_minutes(mentee.timezone, kReferenceDay);
        if (a && b && std::abs(*a - *b) > *m.max_timezone_difference * 60)
            v.push_back("time zones " + std::to_string(std::abs(*a - *b) / 60) + " h apart (limit " +
                        std::to_string(*m.max_timezone_difference) + " h)");
    }
    if (const Pair* existing = records.pair(Pair::pair_id(mentor.id, mentee.id))) {
        if (existing->status != PairStatus::Closed)
            v.push_back("they are already a pair (" + to_string(existing->status) + ")");
        else if (!o.allow_repeat)
            v.push_back("they were already a pair (closed)");
    }
    if (o.check_capacity) {
        int load = records.mentor_load(mentor.id), capacity = records.settings.capacity_of(mentor);
        if (load >= capacity)
            v.push_back(mentor.id + " is at capacity (" + std::to_string(load) + " of " + std::to_string(capacity) + ")");
    }
    return v;
}

}  // namespace mentor
