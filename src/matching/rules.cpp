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

// TRANSLATORS: a length of seniority, inside the sentences of the seniority rules.
std::string years_text(int n, Wording w) { return w.trnf("{} year", "{} years", static_cast<unsigned long>(std::abs(n)), n); }

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

std::string rule_text(Rule rule, const Records& records, const Person& mentor, const Person& mentee, Wording w) {
    const std::string& a = mentor.id;
    const std::string& b = mentee.id;
    switch (rule) {
        case Rule::None: return "";
        case Rule::SamePerson: return w.trf("{} cannot mentor themself", a);
        case Rule::NotAMentor: return w.trf("{} is not a mentor", a);
        case Rule::NotAMentee: return w.trf("{} is not a mentee", b);
        case Rule::NoRole: return w.tr("peer pairs need two people with a role");
        case Rule::MentorInactive: return w.trf("{} is not active", a);
        case Rule::MenteeInactive: return w.trf("{} is not active", b);
        // TRANSLATORS: {0} is the mentor's id, {1} the mentee's, in the rules that follow.
        case Rule::Manager: return w.trf("{0} is the manager of {1}", a, b);
        case Rule::ManagementChain: return w.trf("{0} is in the management chain of {1}", a, b);
        case Rule::ReportsToMentee: return w.trf("{0} reports to {1}", a, b);
        case Rule::MenteeAvoids: return w.trf("{0} avoids {1}", b, a);
        case Rule::MentorAvoids: return w.trf("{0} avoids {1}", a, b);
        case Rule::NoCommonLanguage: return w.tr("no common language");
        // TRANSLATORS: {} is the organisation's name, as written in the records.
        case Rule::SameOrganisation: return w.trf("same organisation ({})", mentor.organisation);
        // TRANSLATORS: {} is the team's name, as written in the records.
        case Rule::SameTeam: return w.trf("same team ({})", mentor.team);
        case Rule::TimezoneTooFar: {
            auto x = offset_of(mentor), y = offset_of(mentee);
            int limit = records.settings.matching.max_timezone_difference.value_or(0);
            // TRANSLATORS: {0} hours between the two time zones, {1} the most mentor.yaml allows.
            return w.trf("time zones {0} h apart (limit {1} h)", x && y ? std::abs(*x - *y) / 60 : 0, limit);
        }
        case Rule::SeniorityUnknown:
            return w.trf("no seniority for {}: the pair kind cannot be judged", mentor.seniority ? b : a);
        case Rule::NotSenior:
        case Rule::NotJunior:
        case Rule::NotPeers: {
            const MatchingSettings& m = records.settings.matching;
            const std::string mentor_years = years_text(mentor.seniority.value_or(0), w);
            const int mentee_years = mentee.seniority.value_or(0);
            // TRANSLATORS: in the seniority rules, {0} is the mentor's id, {1} their years of seniority
            // ("12 years"), {2} the mentee's id, {3} the mentee's years (a number), {4} the rule's years.
            if (rule == Rule::NotJunior)
                return w.trf("{0} has {1} of seniority, {2} {3}: a reverse mentor has at least {4} fewer", a,
                             mentor_years, b, mentee_years, years_text(m.reverse_min_gap, w));
            if (rule == Rule::NotPeers)
                return w.trf("{0} has {1} of seniority, {2} {3}: peers are at most {4} apart", a, mentor_years, b,
                             mentee_years, years_text(m.peer_max_gap, w));
            const int gap = m.classic_min_gap.value_or(0);
            if (gap == 0)
                return w.trf("{0} has {1} of seniority, {2} {3}: a classic mentor is at least as senior", a,
                             mentor_years, b, mentee_years);
            if (gap > 0)
                return w.trf("{0} has {1} of seniority, {2} {3}: a classic mentor has at least {4} more", a,
                             mentor_years, b, mentee_years, years_text(gap, w));
            return w.trf("{0} has {1} of seniority, {2} {3}: a classic mentor has at most {4} fewer", a, mentor_years,
                         b, mentee_years, years_text(-gap, w));
        }
        case Rule::NoSkillsFit: {
            int covered = covered_skills(mentor, mentee);
            // (The skills rule is the same for every pair kind.)
            int needed = skills_needed(static_cast<int>(mentee.wants.size()), rule_settings(records.settings.matching, PairKind::Classic));
            if (covered == 0) return w.trf("{0} offers none of the skills {1} wants", a, b);
            // TRANSLATORS: {0} the mentor, {1} how many skills they offer, {2} the mentee, {3} the least mentor.yaml asks.
            return w.trf("{0} offers {1} of the skills {2} wants (at least {3} needed)", a, covered, b, needed);
        }
        case Rule::AlreadyPaired: {
            const Pair* existing = records.pair(Pair::pair_id(mentor.id, mentee.id));
            switch (existing ? existing->status : PairStatus::Closed) {
                case PairStatus::Proposed: return w.tr("they are already a pair (proposed)");
                case PairStatus::Active: return w.tr("they are already a pair (active)");
                case PairStatus::Paused: return w.tr("they are already a pair (paused)");
                case PairStatus::Closed: break;  // PairedBefore
            }
            return w.tr("they are already a pair");
        }
        case Rule::PairedBefore: {
            // A declined pair never started: the mentee is matched again, never to this mentor.
            const Pair* existing = records.pair(Pair::pair_id(mentor.id, mentee.id));
            if (existing && existing->declined()) {
                if (existing->ended.empty())
                    return w.trf("declined before (a declined pair): {0} is never proposed to {1} again", a, b);
                // TRANSLATORS: {0} the day the pair was declined, {1} the mentor, {2} the mentee.
                return w.trf("declined before (on {0}): {1} is never proposed to {2} again", w.date(existing->ended), a, b);
            }
            return w.tr("they were paired before (a closed pair)");
        }
        case Rule::AtCapacity:
            // TRANSLATORS: {0} the mentor, {1} their pairs, {2} their capacity.
            return w.trf("{0} is at capacity ({1} of {2})", a, records.mentor_load(mentor.id),
                         records.settings.capacity_of(mentor));
    }
    return "";
}

// TRANSLATORS: the labels that follow a number of mentors in "excluded by every mentor: 12 no common language,
// 1 their manager" ("they" is the mentee).
std::string rule_count_label(Rule rule, Wording w) {
    switch (rule) {
        case Rule::None: return w.tr_ctx("mentors excluded", "allowed");
        case Rule::SamePerson: return w.tr_ctx("mentors excluded", "themself");
        case Rule::NotAMentor: return w.tr_ctx("mentors excluded", "not a mentor");
        case Rule::NotAMentee: return w.tr_ctx("mentors excluded", "not a mentee");
        case Rule::NoRole: return w.tr_ctx("mentors excluded", "without a role");
        case Rule::MentorInactive: return w.tr_ctx("mentors excluded", "inactive");
        case Rule::MenteeInactive: return w.tr_ctx("mentors excluded", "inactive mentee");
        case Rule::Manager: return w.tr_ctx("mentors excluded", "their manager");
        case Rule::ManagementChain: return w.tr_ctx("mentors excluded", "in their management chain");
        case Rule::ReportsToMentee: return w.tr_ctx("mentors excluded", "reports to them");
        case Rule::MenteeAvoids: return w.tr_ctx("mentors excluded", "avoided");
        case Rule::MentorAvoids: return w.tr_ctx("mentors excluded", "avoid them");
        case Rule::NoCommonLanguage: return w.tr_ctx("mentors excluded", "no common language");
        case Rule::SameOrganisation: return w.tr_ctx("mentors excluded", "same organisation");
        case Rule::SameTeam: return w.tr_ctx("mentors excluded", "same team");
        case Rule::TimezoneTooFar: return w.tr_ctx("mentors excluded", "time zone too far");
        case Rule::SeniorityUnknown: return w.tr_ctx("mentors excluded", "seniority unknown");
        case Rule::NotSenior: return w.tr_ctx("mentors excluded", "not senior enough");
        case Rule::NotJunior: return w.tr_ctx("mentors excluded", "not junior enough");
        case Rule::NotPeers: return w.tr_ctx("mentors excluded", "not their peer");
        case Rule::NoSkillsFit: return w.tr_ctx("mentors excluded", "do not offer what they want");
        case Rule::AlreadyPaired: return w.tr_ctx("mentors excluded", "already paired");
        case Rule::PairedBefore: return w.tr_ctx("mentors excluded", "paired before");
        case Rule::AtCapacity: return w.tr_ctx("mentors excluded", "at capacity");
    }
    return "";
}

std::vector<std::string> pair_rule_violations(const Records& records, const Person& mentor, const Person& mentee,
                                              const RuleOptions& options) {
    std::vector<std::string> out;
    for (Rule r : broken_rules(records, mentor, mentee, options)) out.push_back(rule_text(r, records, mentor, mentee));
    return out;
}

}  // namespace mentor
