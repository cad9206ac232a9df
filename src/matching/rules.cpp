// The pairing rules on people and records: the reference the compiled
// cohort of match must agree with (tests/unit/test_rules.cpp).

#include "mentor/matching/rules.hpp"

#include <algorithm>
#include <cstdlib>

#include "mentor/core/unicode.hpp"
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

RuleSettings rule_settings(const MatchingSettings& m, PairKind kind) {
    RuleSettings s;
    s.exclude_same_organisation = m.exclude_same_organisation;
    s.exclude_same_team = m.exclude_same_team;
    if (m.max_timezone_difference) s.max_timezone_minutes = *m.max_timezone_difference * 60;
    switch (kind) {
        case PairKind::Classic:
            s.kind_rule = Rule::NotSenior;
            s.min_gap = m.classic_min_gap;
            break;
        case PairKind::Reverse:
            s.kind_rule = Rule::NotJunior;
            s.needs_seniority = true;
            s.max_gap = -m.reverse_min_gap;
            break;
        case PairKind::Peer:
            s.kind_rule = Rule::NotPeers;
            s.needs_seniority = true;
            s.min_gap = -m.peer_max_gap;
            s.max_gap = m.peer_max_gap;
            break;
    }
    s.min_skills = m.min_skills;
    return s;
}

std::string skill_key(const std::string& name) {
    std::string k = fold_key(name);
    return k.empty() ? name : k;
}

int covered_skills(const Person& mentor, const Person& mentee) {
    int covered = 0;
    for (const auto& w : mentee.wants) {
        std::string key = skill_key(w.skill);
        covered += std::any_of(mentor.offers.begin(), mentor.offers.end(),
                               [&](const Offer& o) { return o.level > 0 && skill_key(o.skill) == key; });
    }
    return covered;
}

namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string years_text(int n) { return std::to_string(n) + (n == 1 ? " year" : " years"); }

std::optional<int> offset_of(const Person& p) {
    if (p.timezone.empty()) return std::nullopt;
    return utc_offset_minutes(p.timezone, kRuleReferenceDay);
}

}  // namespace

std::vector<Rule> broken_rules(const Records& records, const Person& mentor, const Person& mentee,
                               const RuleOptions& o) {
    std::vector<Rule> v;
    auto rule = [&v](bool broken, Rule r) {
        if (broken) v.push_back(r);
    };
    if (mentor.id == mentee.id) return {Rule::SamePerson};
    // Roles: a peer pair needs two people who take part; the others need the
    // mentor and mentee roles.
    bool peer = o.kind == PairKind::Peer;
    rule(!peer && !mentor.has_role(Role::Mentor), Rule::NotAMentor);
    rule(!peer && !mentee.has_role(Role::Mentee), Rule::NotAMentee);
    rule(peer && (mentor.roles.empty() || mentee.roles.empty()), Rule::NoRole);
    rule(!mentor.active, Rule::MentorInactive);
    rule(!mentee.active, Rule::MenteeInactive);
    // Conflicts of interest. A mentor may sit further down the mentee's chain
    // (reverse mentoring of an executive by a junior is the point of it), but
    // never report to them.
    auto chain = management_chain(records, mentee);
    rule(!chain.empty() && chain.front() == mentor.id, Rule::Manager);
    rule(chain.size() > 1 && contains(chain, mentor.id) && chain.front() != mentor.id, Rule::ManagementChain);
    rule(!mentor.manager.empty() && mentor.manager == mentee.id, Rule::ReportsToMentee);
    rule(contains(mentee.avoids, mentor.id), Rule::MenteeAvoids);
    rule(contains(mentor.avoids, mentee.id), Rule::MentorAvoids);
    // Fit.
    rule(!mentor.languages.empty() && !mentee.languages.empty() && !share_any(mentor.languages, mentee.languages),
         Rule::NoCommonLanguage);
    RuleSettings s = rule_settings(records.settings.matching, o.kind);
    rule(s.exclude_same_organisation && !mentor.organisation.empty() && mentor.organisation == mentee.organisation,
         Rule::SameOrganisation);
    rule(s.exclude_same_team && !mentor.team.empty() && mentor.team == mentee.team &&
             mentor.organisation == mentee.organisation,
         Rule::SameTeam);
    auto a = offset_of(mentor), b = offset_of(mentee);
    rule(a && b && timezones_too_far(*a, *b, s), Rule::TimezoneTooFar);
    // The pair kind, and what the mentee wants.
    Rule kind = seniority_rule(mentor.seniority.value_or(-1), mentee.seniority.value_or(-1), s);
    rule(kind != Rule::None, kind);
    rule(!skills_fit(covered_skills(mentor, mentee), static_cast<int>(mentee.wants.size()), s), Rule::NoSkillsFit);
    // History and capacity.
    if (const Pair* existing = records.pair(Pair::pair_id(mentor.id, mentee.id))) {
        rule(existing->status != PairStatus::Closed, Rule::AlreadyPaired);
        rule(existing->status == PairStatus::Closed && !o.allow_repeat, Rule::PairedBefore);
    }
    rule(o.check_capacity && records.mentor_load(mentor.id) >= records.settings.capacity_of(mentor), Rule::AtCapacity);
    return v;
}

std::string rule_text(Rule rule, const Records& records, const Person& mentor, const Person& mentee) {
    switch (rule) {
        case Rule::None: return "";
        case Rule::SamePerson: return mentor.id + " cannot mentor themself";
        case Rule::NotAMentor: return mentor.id + " is not a mentor";
        case Rule::NotAMentee: return mentee.id + " is not a mentee";
        case Rule::NoRole: return "peer pairs need two people with a role";
        case Rule::MentorInactive: return mentor.id + " is not active";
        case Rule::MenteeInactive: return mentee.id + " is not active";
        case Rule::Manager: return mentor.id + " is the manager of " + mentee.id;
        case Rule::ManagementChain: return mentor.id + " is in the management chain of " + mentee.id;
        case Rule::ReportsToMentee: return mentor.id + " reports to " + mentee.id;
        case Rule::MenteeAvoids: return mentee.id + " avoids " + mentor.id;
        case Rule::MentorAvoids: return mentor.id + " avoids " + mentee.id;
        case Rule::NoCommonLanguage: return "no common language";
        case Rule::SameOrganisation: return "same organisation (" + mentor.organisation + ")";
        case Rule::SameTeam: return "same team (" + mentor.team + ")";
        case Rule::TimezoneTooFar: {
            auto a = offset_of(mentor), b = offset_of(mentee);
            int limit = records.settings.matching.max_timezone_difference.value_or(0);
            return "time zones " + std::to_string(a && b ? std::abs(*a - *b) / 60 : 0) + " h apart (limit " +
                   std::to_string(limit) + " h)";
        }
        case Rule::SeniorityUnknown:
            return "no seniority for " + (mentor.seniority ? mentee.id : mentor.id) + ": the pair kind cannot be judged";
        case Rule::NotSenior:
        case Rule::NotJunior:
        case Rule::NotPeers: {
            const MatchingSettings& m = records.settings.matching;
            std::string years = mentor.id + " has " + years_text(mentor.seniority.value_or(0)) + " of seniority, " +
                                mentee.id + " " + std::to_string(mentee.seniority.value_or(0));
            if (rule == Rule::NotJunior) return years + ": a reverse mentor has at least " + years_text(m.reverse_min_gap) + " fewer";
            if (rule == Rule::NotPeers) return years + ": peers are at most " + years_text(m.peer_max_gap) + " apart";
            int gap = m.classic_min_gap.value_or(0);
            return years + ": a classic mentor " +
                   (gap == 0 ? std::string("is at least as senior")
                    : gap > 0 ? "has at least " + years_text(gap) + " more"
                              : "has at most " + years_text(-gap) + " fewer");
        }
        case Rule::NoSkillsFit: {
            int covered = covered_skills(mentor, mentee), needed = std::min<int>(records.settings.matching.min_skills,
                                                                                 static_cast<int>(mentee.wants.size()));
            return covered == 0 ? mentor.id + " offers none of the skills " + mentee.id + " wants"
                                : mentor.id + " offers " + std::to_string(covered) + " of the skills " + mentee.id +
                                      " wants (at least " + std::to_string(needed) + " needed)";
        }
        case Rule::AlreadyPaired: {
            const Pair* existing = records.pair(Pair::pair_id(mentor.id, mentee.id));
            return "they are already a pair (" + (existing ? to_string(existing->status) : std::string("?")) + ")";
        }
        case Rule::PairedBefore: {
            // A declined pair never started: the mentee is matched again, never to this mentor.
            const Pair* existing = records.pair(Pair::pair_id(mentor.id, mentee.id));
            if (existing && existing->declined())
                return "declined before (" + (existing->ended.empty() ? std::string("a declined pair") : "on " + existing->ended) +
                       "): " + mentor.id + " is never proposed to " + mentee.id + " again";
            return "they were paired before (a closed pair)";
        }
        case Rule::AtCapacity:
            return mentor.id + " is at capacity (" + std::to_string(records.mentor_load(mentor.id)) + " of " +
                   std::to_string(records.settings.capacity_of(mentor)) + ")";
    }
    return "";
}

std::string rule_count_label(Rule rule) {
    switch (rule) {
        case Rule::None: return "allowed";
        case Rule::SamePerson: return "themself";
        case Rule::NotAMentor: return "not a mentor";
        case Rule::NotAMentee: return "not a mentee";
        case Rule::NoRole: return "without a role";
        case Rule::MentorInactive: return "inactive";
        case Rule::MenteeInactive: return "inactive mentee";
        case Rule::Manager: return "their manager";
        case Rule::ManagementChain: return "in their management chain";
        case Rule::ReportsToMentee: return "reports to them";
        case Rule::MenteeAvoids: return "avoided";
        case Rule::MentorAvoids: return "avoid them";
        case Rule::NoCommonLanguage: return "no common language";
        case Rule::SameOrganisation: return "same organisation";
        case Rule::SameTeam: return "same team";
        case Rule::TimezoneTooFar: return "time zone too far";
        case Rule::SeniorityUnknown: return "seniority unknown";
        case Rule::NotSenior: return "not senior enough";
        case Rule::NotJunior: return "not junior enough";
        case Rule::NotPeers: return "not their peer";
        case Rule::NoSkillsFit: return "do not offer what they want";
        case Rule::AlreadyPaired: return "already paired";
        case Rule::PairedBefore: return "paired before";
        case Rule::AtCapacity: return "at capacity";
    }
    return "";
}

const char* kind_mentor_word(PairKind kind) {
    switch (kind) {
        case PairKind::Classic: return "senior mentor";
        case PairKind::Reverse: return "junior mentor";
        case PairKind::Peer: return "peer mentor";
    }
    return "mentor";
}

std::vector<std::string> pair_rule_violations(const Records& records, const Person& mentor, const Person& mentee,
                                              const RuleOptions& options) {
    std::vector<std::string> out;
    for (Rule r : broken_rules(records, mentor, mentee, options)) out.push_back(rule_text(r, records, mentor, mentee));
    return out;
}

}  // namespace mentor
