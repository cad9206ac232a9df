#include "mentor/unmatched.hpp"

#include <algorithm>
#include <map>

#include "mentor/rules.hpp"

namespace mentor {
namespace {

std::string join(const std::vector<std::string>& items, const std::string& last_sep) {
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += i + 1 == items.size() ? last_sep : ", ";
        out += items[i];
    }
    return out;
}

// The rule a violation sentence belongs to, for counting ("12 no common language").
std::string rule_of(const std::string& violation) {
    for (const char* key : {"no common language", "same team", "same organisation", "time zones", "avoids", "manager",
                            "management chain", "reports directly", "already a pair", "was already a pair",
                            "not active", "is not a mentor", "is not a mentee"}) {
        if (violation.find(key) != std::string::npos) return key;
    }
    return violation;
}

}  // namespace

std::vector<const Person*> cohort_mentors(const Records& records, const std::string& cohort) {
    std::vector<const Person*> out;
    for (const auto& p : records.people)
        if (p.active && p.has_role(Role::Mentor) && (cohort.empty() || p.in_cohort(cohort))) out.push_back(&p);
    return out;
}

std::vector<std::string> unmatched_reasons(const Records& records, const Person& mentee,
                                           const std::vector<const Person*>& mentors) {
    std::vector<const Person*> candidates;
    for (const Person* m : mentors)
        if (m->id != mentee.id) candidates.push_back(m);
    if (candidates.empty()) return {"no mentor in the cohort"};

    int compatible = 0, compatible_with_room = 0;
    std::map<std::string, int> excluded_by;
    std::string only_reason;
    for (const Person* m : candidates) {
        RuleOptions options;
        options.check_capacity = false;
        auto violations = pair_rule_violations(records, *m, mentee, options);
        if (violations.empty()) {
            ++compatible;
            if (records.mentor_load(m->id) < records.settings.capacity_of(*m)) ++compatible_with_room;
            continue;
        }
        only_reason = violations.front();
        for (const auto& v : violations) excluded_by[rule_of(v)]++;
    }
    int n = static_cast<int>(candidates.size());
    if (compatible == 0) {
        if (excluded_by["no common language"] == n && !mentee.languages.empty())
            return {"no mentor speaks " + join(mentee.languages, " or ")};
        if (n == 1) return {"excluded: only candidate " + candidates.front()->id + ": " + only_reason};
        std::vector<std::pair<int, std::string>> counts;
        for (const auto& [rule, count] : excluded_by) counts.emplace_back(-count, rule);
        std::sort(counts.begin(), counts.end());
        std::vector<std::string> parts;
        for (size_t i = 0; i < counts.size() && i < 3; ++i) parts.push_back(std::to_string(-counts[i].first) + " " + counts[i].second);
        return {"all " + std::to_string(n) + " mentors are excluded (" + join(parts, ", ") + ")"};
    }
    if (compatible_with_room == 0)
        return {compatible == 1 ? "the only compatible mentor is at capacity"
                                : "all " + std::to_string(compatible) + " compatible mentors are at capacity"};
    return {std::to_string(compatible_with_room) + " compatible mentor" + (compatible_with_room > 1 ? "s have" : " has") +
            " room but went to other mentees (run `mentor match --explain " + mentee.id + "`)"};
}

}  // namespace mentor
