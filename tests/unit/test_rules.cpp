// The pairing rules: the person-level check of rules.hpp (used by `add pair`
// and `validate`) and its compiled form in the cohort of `match` must agree
// on every pair. Differential test on generated cohorts, plus a few cases
// written out by hand.

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "matching/cohort.hpp"
#include "matching/rule_bitsets.hpp"
#include "mentor/matching/assignment.hpp"
#include "mentor/matching/rules.hpp"

using namespace mentor;

namespace {

template <class T>
const T& pick(std::mt19937& rng, const std::vector<T>& items) {
    return items[std::uniform_int_distribution<size_t>(0, items.size() - 1)(rng)];
}

bool chance(std::mt19937& rng, int percent) { return std::uniform_int_distribution<int>(0, 99)(rng) < percent; }

// A small program with every rule in play: managers (chains, some looping),
// avoids both ways, languages, organisations and teams, time zones (one
// unknown), seniority, closed and open pairs, people with both roles.
// `people`: as many people instead of 8 to 30.
Records generated_cohort(unsigned seed, int people = 0) {
    std::mt19937 rng(seed);
    Records r;
    auto& m = r.settings.matching;
    m.exclude_same_organisation = chance(rng, 40);
    m.exclude_same_team = chance(rng, 70);
    if (chance(rng, 60)) m.max_timezone_difference = std::uniform_int_distribution<int>(0, 8)(rng);
    m.reverse_min_gap = std::uniform_int_distribution<int>(1, 3)(rng);
    m.peer_max_gap = std::uniform_int_distribution<int>(0, 5)(rng);
    m.classic_min_gap = pick(rng, std::vector<std::optional<int>>{std::nullopt, -2, 0, 0, 3});
    m.min_skills = std::uniform_int_distribution<int>(0, 2)(rng);
    r.settings.default_capacity = std::uniform_int_distribution<int>(1, 2)(rng);
    const std::vector<std::string> languages = {"en", "fr", "de", "pt"};
    const std::vector<std::string> orgs = {"", "Acme", "Beta"};
    const std::vector<std::string> teams = {"", "Data", "Sales"};
    const std::vector<std::string> zones = {"", "Europe/Paris", "Europe/London", "Asia/Tokyo", "America/New_York",
                                            "Mars/Base"};
    int n = std::uniform_int_distribution<int>(8, 30)(rng);
    if (people > 0) n = people;
    for (int k = 0; k < n; ++k) {
        Person p;
        p.id = "p" + std::to_string(k);
        p.name = p.id;
        int roles = std::uniform_int_distribution<int>(0, 10)(rng);  // 10: no role
        if (roles < 5 || roles == 9) p.add_role(Role::Mentor);
        if (roles >= 4 && roles < 10) p.add_role(Role::Mentee);
        p.active = chance(rng, 92);
        for (const auto& l : languages)
            if (chance(rng, 30)) p.languages.push_back(l);
        p.organisation = pick(rng, orgs);
        p.team = pick(rng, teams);
        p.timezone = pick(rng, zones);
        if (chance(rng, 80)) p.seniority = std::uniform_int_distribution<int>(0, 25)(rng);
        if (chance(rng, 15)) p.cohorts = {"spring"};
        // Skill names that differ only in case or accents are one skill.
        const std::vector<std::string> skills = {"python", "Leadership", "leadership", "négociation", "negociation", "data"};
        for (const auto& skill : skills) {
            if (chance(rng, 25)) p.offers.push_back({skill, std::uniform_int_distribution<int>(1, 5)(rng)});
            if (chance(rng, 20)) p.wants.push_back({skill, pick(rng, std::vector<Priority>{Priority::High, Priority::Low})});
        }
        r.people.push_back(std::move(p));
    }
    // The fields that only score (a stream of its own, so the rules above see
    // the same cohorts): interests, availability, stated preferences.
    std::mt19937 scoring(seed * 7919u + 1u);
    for (int* weight : {&m.weights.skills, &m.weights.interests, &m.weights.availability, &m.weights.seniority,
                        &m.weights.timezone, &m.weights.preferences})
        *weight = std::uniform_int_distribution<int>(0, 1000)(scoring);
    const std::vector<std::string> interests = {"jazz", "Climbing", "climbing", "chess", "théâtre", "go"};
    const std::vector<std::string> days = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    for (auto& p : r.people) {
        for (const auto& interest : interests)
            if (chance(scoring, 30)) p.interests.push_back(interest);
        for (const auto& day : days)
            if (chance(scoring, 25)) p.availability.days.push_back(day);
        if (chance(scoring, 70)) p.availability.hours_per_month = std::uniform_int_distribution<int>(0, 30)(scoring);
        p.availability.mode = pick(scoring, std::vector<std::string>{"", "remote", "in-person"});
        if (chance(scoring, 15)) p.prefers.push_back(pick(scoring, r.people).id);
        if (chance(scoring, 5)) p.prefers.push_back(pick(scoring, r.people).id);
    }
    std::sort(r.people.begin(), r.people.end(), [](const Person& a, const Person& b) { return a.id < b.id; });
    for (auto& p : r.people) {
        if (chance(rng, 60)) p.manager = pick(rng, r.people).id;  // chains, self-loops and cycles
        if (chance(rng, 20)) p.avoids.push_back(pick(rng, r.people).id);
        if (chance(rng, 10)) p.manager = "nobody-known";
    }
    for (int k = std::uniform_int_distribution<int>(0, n / 2)(rng); k > 0; --k) {
        Pair pair;
        pair.mentor = pick(rng, r.people).id;
        pair.mentee = pick(rng, r.people).id;
        if (pair.mentor == pair.mentee || r.pair(pair.id())) continue;
        pair.status = chance(rng, 70) ? PairStatus::Closed : PairStatus::Active;
        // Records keeps its lists sorted by id, and looks them up by bisection.
        r.pairs.insert(std::upper_bound(r.pairs.begin(), r.pairs.end(), pair,
                                        [](const Pair& a, const Pair& b) { return a.id() < b.id(); }),
                       pair);
    }
    return r;
}

}  // namespace

TEST_CASE("the compiled rules of match agree with the person-level rules on every pair") {
    const PairKind kinds[] = {PairKind::Classic, PairKind::Reverse, PairKind::Peer};
    int pairs = 0, excluded = 0;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        Records records = generated_cohort(seed);
        MatchOptions options;
        options.kind = kinds[seed % 3];
        options.allow_repeat = seed % 5 == 0;
        if (seed % 7 == 0) options.cohort = "spring";
        detail::CompiledCohort cohort(records, options);
        RuleOptions rules{options.kind, false, options.allow_repeat};
        std::vector<int64_t> row(cohort.mentor_count());
        for (int i = 0; i < cohort.mentee_count(); ++i) {
            cohort.score_row(i, row);
            for (int j = 0; j < cohort.mentor_count(); ++j) {
                const Person& mentee = cohort.mentee(i);
                const Person& mentor = cohort.mentor(j);
                auto broken = broken_rules(records, mentor, mentee, rules);
                Rule expected = broken.empty() ? Rule::None : broken.front();
                Rule compiled = cohort.exclusion(i, j);
                INFO("seed " << seed << ": " << mentor.id << " for " << mentee.id);
                CHECK(static_cast<int>(compiled) == static_cast<int>(expected));
                CHECK(cohort.exclusion_text(i, j, compiled) == rule_text(expected, records, mentor, mentee));
                // The solver's hot path excludes exactly the same pairs, and
                // scores the others as the explanations do.
                CHECK((row[j] == kInfeasible) == (compiled != Rule::None));
                if (compiled == Rule::None) CHECK(row[j] == cohort.units(cohort.parts(i, j)));
                ++pairs;
                excluded += compiled != Rule::None;
            }
        }
    }
    // The generator must exercise both sides of the rules.
    CHECK(pairs > 10000);
    CHECK(excluded > pairs / 10);
    CHECK(excluded < pairs * 9 / 10);
}

TEST_CASE("every rule is reached by the generated cohorts") {
    std::vector<bool> seen(static_cast<size_t>(Rule::AtCapacity) + 1);
    for (unsigned seed = 1; seed <= 300; ++seed) {
        Records records = generated_cohort(seed);
        for (const auto& a : records.people)
            for (const auto& b : records.people)
                for (PairKind kind : {PairKind::Classic, PairKind::Reverse, PairKind::Peer})
                    for (Rule r : broken_rules(records, a, b, {kind, true, false})) seen[static_cast<size_t>(r)] = true;
    }
    for (size_t r = 1; r < seen.size(); ++r) {
        INFO("rule " << r << " (" << rule_count_label(static_cast<Rule>(r)) << ")");
        CHECK(seen[r]);
    }
}

TEST_CASE("rules are reported in Rule order, each in its one wording") {
    Records r;
    r.settings.matching.exclude_same_organisation = true;
    r.settings.matching.max_timezone_difference = 3;
    Person boss, lee;
    boss.id = "dana-white";
    boss.add_role(Role::Mentor);
    boss.organisation = "Acme";
    boss.timezone = "Asia/Tokyo";
    boss.languages = {"en"};
    boss.avoids = {"lee-kim"};
    lee.id = "lee-kim";
    lee.add_role(Role::Mentee);
    lee.organisation = "Acme";
    lee.timezone = "Europe/Paris";
    lee.languages = {"fr"};
    lee.manager = "dana-white";
    r.people = {boss, lee};
    Pair closed;
    closed.mentor = boss.id;
    closed.mentee = lee.id;
    closed.status = PairStatus::Closed;
    r.pairs = {closed};
    CHECK(pair_rule_violations(r, boss, lee, {}) ==
          std::vector<std::string>{"dana-white is the manager of lee-kim", "dana-white avoids lee-kim",
                                   "no common language", "same organisation (Acme)",
                                   "time zones 8 h apart (limit 3 h)", "they were paired before (a closed pair)"});
    CHECK(broken_rules(r, boss, lee, {PairKind::Classic, true, true}).back() == Rule::TimezoneTooFar);
    // The other way round: roles, and the mentor reporting to the mentee.
    CHECK(pair_rule_violations(r, lee, boss, {PairKind::Classic, false, false}).front() == "lee-kim is not a mentor");
    CHECK(broken_rules(r, lee, boss, {PairKind::Peer, false, false}).front() == Rule::ReportsToMentee);
    CHECK(broken_rules(r, boss, boss, {}) == std::vector<Rule>{Rule::SamePerson});
}

TEST_CASE("time zones are compared on the one reference day, 2026-01-15") {
    // 2026-01-15 is day 20468 since 1970-01-01.
    CHECK(kRuleReferenceDay == (2026 - 1970) * 365 + 14 + 14);
    RuleSettings s;
    CHECK_FALSE(timezones_too_far(0, 600, s));  // no limit set
    s.max_timezone_minutes = 120;
    CHECK_FALSE(timezones_too_far(60, -60, s));
    CHECK(timezones_too_far(-60, 61, s));
}

TEST_CASE("no algorithm proposes a pair that contradicts its kind or covers none of the wanted skills") {
    int proposed = 0;
    for (unsigned seed = 1; seed <= 60; ++seed) {
        Records records = generated_cohort(seed);
        const MatchingSettings& m = records.settings.matching;
        for (PairKind kind : {PairKind::Classic, PairKind::Reverse, PairKind::Peer})
            for (const char* algorithm : {"optimal", "stable", "greedy"}) {
                MatchOptions options;
                options.kind = kind;
                options.algorithm = algorithm;
                for (const auto& pair : run_match(records, options).pairs) {
                    const Person& mentor = *records.person(pair.mentor);
                    const Person& mentee = *records.person(pair.mentee);
                    INFO("seed " << seed << " " << algorithm << ": " << pair.mentor << " for " << pair.mentee);
                    if (kind == PairKind::Reverse) {
                        REQUIRE((mentor.seniority && mentee.seniority));
                        CHECK(*mentee.seniority - *mentor.seniority >= m.reverse_min_gap);
                    } else if (kind == PairKind::Peer) {
                        REQUIRE((mentor.seniority && mentee.seniority));
                        CHECK(std::abs(*mentee.seniority - *mentor.seniority) <= m.peer_max_gap);
                    } else if (m.classic_min_gap && mentor.seniority && mentee.seniority) {
                        CHECK(*mentor.seniority - *mentee.seniority >= *m.classic_min_gap);
                    }
                    if (m.min_skills > 0 && !mentee.wants.empty()) CHECK(covered_skills(mentor, mentee) > 0);
                    ++proposed;
                }
            }
    }
    CHECK(proposed > 500);
}

TEST_CASE("the bitset tally of unmatched reasons is the pair-by-pair one") {
    const PairKind kinds[] = {PairKind::Classic, PairKind::Reverse, PairKind::Peer};
    int mentees = 0, multiword = 0, with_table = 0, one_mentor = 0;
    std::vector<int> reached(static_cast<size_t>(Rule::AtCapacity) + 1);
    for (unsigned seed = 1; seed <= 400; ++seed) {
        // Every fourth cohort spans several words of mentors (64 a word).
        Records records = generated_cohort(seed, seed % 4 == 0 ? 60 + static_cast<int>(seed % 150) : 0);
        std::mt19937 rng(seed * 31u + 7u);
        records.settings.matching.min_skills = std::uniform_int_distribution<int>(-1, 4)(rng);
        if (seed % 9 == 0)  // many wanted skills: counts of several bits
            for (auto& p : records.people)
                for (int s = 0; s < 12; ++s) {
                    if (chance(rng, 40)) p.wants.push_back({"s" + std::to_string(s), Priority::Medium});
                    if (chance(rng, 40)) p.offers.push_back({"s" + std::to_string(s), 1});
                }
        MatchOptions options;
        options.kind = kinds[seed % 3];
        options.allow_repeat = seed % 5 == 0;
        if (seed % 7 == 0) options.cohort = "spring";
        detail::CompiledCohort cohort(records, options);
        // Places left: the mentors' own, or some taken (as after a match).
        std::vector<int> room = cohort.free_capacities();
        if (seed % 2)
            for (int& r : room) r -= std::uniform_int_distribution<int>(0, 2)(rng);
        // Seed by seed, with the tables of bitsets per value and without.
        const size_t table_bytes = seed % 3 == 1 ? 0 : size_t{1} << 20;
        const detail::RuleBitsets bitsets(cohort, room, table_bytes);
        multiword += cohort.mentor_count() > 64;
        with_table += table_bytes > 0;
        one_mentor += cohort.mentor_count() == 1;
        for (int i = 0; i < cohort.mentee_count(); ++i) {
            const detail::ExclusionTally expected = detail::tally_by_pairs(cohort, i, room);
            const detail::ExclusionTally got = bitsets.tally(i);
            INFO("seed " << seed << ", mentee " << cohort.mentee(i).id << " of " << cohort.mentor_count() << " mentors");
            CHECK(got.mentors == expected.mentors);
            CHECK(got.compatible == expected.compatible);
            CHECK(got.with_room == expected.with_room);
            CHECK(got.speakers == expected.speakers);
            CHECK(got.only == expected.only);
            CHECK(static_cast<int>(got.only_rule) == static_cast<int>(expected.only_rule));
            for (size_t r = 0; r < expected.by_rule.size(); ++r) {
                INFO("rule " << rule_count_label(static_cast<Rule>(r)));
                CHECK(got.by_rule[r] == expected.by_rule[r]);
                reached[r] += expected.by_rule[r] > 0;
            }
            CHECK(got == expected);
            ++mentees;
        }
    }
    // The cohorts must exercise every rule a tally counts, on one word and several.
    CHECK(mentees > 3000);
    CHECK(multiword > 20);
    CHECK(with_table > 100);
    CHECK(one_mentor > 0);
    for (Rule r : {Rule::SamePerson, Rule::Manager, Rule::ManagementChain, Rule::ReportsToMentee, Rule::MenteeAvoids,
                   Rule::MentorAvoids, Rule::NoCommonLanguage, Rule::SameOrganisation, Rule::SameTeam,
                   Rule::TimezoneTooFar, Rule::SeniorityUnknown, Rule::NotSenior, Rule::NotJunior, Rule::NotPeers,
                   Rule::NoSkillsFit, Rule::PairedBefore}) {
        INFO("rule " << rule_count_label(r));
        CHECK(reached[static_cast<size_t>(r)] > 0);
    }
}
