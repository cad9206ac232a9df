// Matching and plans in French: the sentences people read follow the
// catalogue, while the English that JSON, YAML, CSV and the pair files keep
// does not change with the language.

#include <doctest/doctest.h>

#include "french.hpp"
#include "mentor/core/error.hpp"
#include "mentor/matching/matching.hpp"
#include "mentor/matching/rules.hpp"
#include "mentor/matching/unmatched.hpp"
#include "mentor/plan/attention.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/words.hpp"

using namespace mentor;

namespace {

Person person(const char* id, Role role, std::vector<std::string> languages) {
    Person p;
    p.id = id;
    p.add_role(role);
    p.languages = std::move(languages);
    return p;
}

// A manager who avoids their report, across eight time zones.
Records conflicted() {
    Records r;
    r.settings.matching.exclude_same_organisation = true;
    r.settings.matching.max_timezone_difference = 3;
    Person boss = person("dana-white", Role::Mentor, {"en"});
    boss.organisation = "Acme";
    boss.timezone = "Asia/Tokyo";
    boss.avoids = {"lee-kim"};
    Person lee = person("lee-kim", Role::Mentee, {"fr"});
    lee.organisation = "Acme";
    lee.timezone = "Europe/Paris";
    lee.manager = "dana-white";
    r.people = {boss, lee};
    return r;
}

}  // namespace

TEST_CASE("in French, the pairing rules are worded in French; English is still there for machine formats") {
    Records r = conflicted();
    const Person& boss = r.people[0];
    const Person& lee = r.people[1];
    const std::vector<std::string> english = {"dana-white is the manager of lee-kim", "dana-white avoids lee-kim",
                                              "no common language", "same organisation (Acme)",
                                              "time zones 8 h apart (limit 3 h)"};
    CHECK(pair_rule_violations(r, boss, lee, {}) == english);
    FrenchCatalogue french;
    CHECK(pair_rule_violations(r, boss, lee, {}) ==
          std::vector<std::string>{"dana-white est responsable de lee-kim", "dana-white évite lee-kim", "aucune langue commune",
                                   "même organisation (Acme)", "fuseaux horaires à 8 h d'écart (limite : 3 h)"});
    std::vector<std::string> machine;
    for (Rule rule : broken_rules(r, boss, lee, {})) machine.push_back(rule_text(rule, r, boss, lee, Wording::english()));
    CHECK(machine == english);
    CHECK(rule_count_label(Rule::NoCommonLanguage) == "sans langue commune");
    CHECK(rule_count_label(Rule::NoCommonLanguage, Wording::english()) == "no common language");
    // Years agree with their number; the mentee's own seniority is a bare number.
    Person junior = person("tom-becker", Role::Mentor, {"fr"});
    junior.seniority = 1;
    Person senior = person("sylvie-arnaud", Role::Mentee, {"fr"});
    senior.seniority = 32;
    r.people = {junior, senior};
    CHECK(rule_text(Rule::NotSenior, r, junior, senior) ==
          "tom-becker a 1 an d'ancienneté, sylvie-arnaud 32 : un mentor classique a au moins autant d'ancienneté");
}

TEST_CASE("unmatched reasons: in English, and in the user's language from the same pass") {
    Records r;
    r.people = {person("ana-lima", Role::Mentee, {"pt"}), person("jean-roux", Role::Mentor, {"fr"})};
    FrenchCatalogue french;
    auto unmatched = unmatched_mentees(r, "");
    REQUIRE(unmatched.size() == 1);
    CHECK(unmatched[0].reasons.english == std::vector<std::string>{"no mentor speaks pt"});
    CHECK(unmatched[0].reasons.translated == std::vector<std::string>{"aucun mentor ne parle pt"});
    // match keeps both: the English for JSON and the pair files, French for text.
    MatchResult m = run_match(r, MatchOptions{});
    REQUIRE(m.unmatched.size() == 1);
    CHECK(m.unmatched[0].reasons.english == unmatched[0].reasons.english);
    CHECK(m.unmatched[0].reasons.shown() == unmatched[0].reasons.shown());
}

TEST_CASE("a proposed pair's reasons are English in its file and French in the table") {
    Records r;
    Person mentor = person("jean-roux", Role::Mentor, {"fr"});
    mentor.offers = {Offer{"leadership", 4}};
    Person mentee = person("ana-lima", Role::Mentee, {"fr"});
    mentee.wants = {Want{"leadership", Priority::High}};
    r.people = {mentee, mentor};
    FrenchCatalogue french;
    MatchResult m = run_match(r, MatchOptions{});
    REQUIRE(m.pairs.size() == 1);
    CHECK(m.pairs[0].reasons.english.front() == "covers leadership (high) at level 4");
    CHECK(m.pairs[0].reasons.shown().front() == "couvre leadership (haute) au niveau 4");
    const auto files = proposed_pair_files(r, m, "2026-03-01", PairKind::Classic);
    REQUIRE(files.size() == 1);
    CHECK(files[0].content.find("covers leadership (high) at level 4") != std::string::npos);
    CHECK(files[0].content.find("couvre") == std::string::npos);
    CHECK(render_match(m, Format::Text, false).find("0,") != std::string::npos);  // a decimal comma
    CHECK(render_match(m, Format::Json, false).find("\"score\": 0.") != std::string::npos);
}

TEST_CASE("in French, a plan change tells what it did, and refuses in French") {
    Pair pair;
    pair.mentor = "alice";
    pair.mentee = "bob";
    Settings settings;
    settings.default_cadence = "biweekly";
    settings.default_sessions = 4;
    PlanChange change;
    change.start = Date::from_ymd(2026, 3, 9);
    FrenchCatalogue french;
    PlanUpdate u = apply_plan_change(pair, std::nullopt, change, settings, {}, Date::from_ymd(2026, 3, 2));
    CHECK(u.notes == std::vector<std::string>{"accord fixé : 4 séances prévues à partir du lundi 9 mars 2026",
                                              "le binôme alice--bob est maintenant actif (démarré le lundi 9 mars 2026)"});
    CHECK(u.plan.agreement.start == "2026-03-09");  // the record keeps ISO dates
    PlanChange pause;
    pause.lifecycle = Lifecycle::Pause;
    try {
        apply_plan_change(pair, std::nullopt, pause, settings, {}, Date::from_ymd(2026, 3, 2));
        FAIL("a proposed pair was paused");
    } catch (const Error& e) {
        CHECK(e.message() == "impossible de mettre en pause le binôme alice--bob : seul un binôme actif peut être mis en pause "
                             "(statut : proposed)");
    }
    pair.status = PairStatus::Closed;
    pair.ended = "2026-06-10";
    CHECK_THROWS_WITH(require_not_closed(pair, "x"), "le binôme alice--bob est clôturé (terminé le mercredi 10 juin 2026) ; x");
}

TEST_CASE("statuses are words in text and values in JSON") {
    FrenchCatalogue french;
    CHECK(slot_status_text(SlotStatus::Held) == "tenue");
    CHECK(to_string(SlotStatus::Held) == "held");
    CHECK(goal_state_text(GoalState::Overdue) == "en retard");
    CHECK(to_string(GoalState::Overdue) == "overdue");
    CHECK(std::string(pair_status_word(PairStatus::Paused)) == "en pause");
    CHECK(std::string(risk_text(Risk::NoFirstSession)) == "aucune première séance");
    CHECK(to_string(Risk::NoFirstSession) == "no first session");
}
