#include "mentor/report/report.hpp"

#include <doctest/doctest.h>

#include <string>

#include "mentor/plan/schedule.hpp"

using namespace mentor;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

const Date kToday = day("2026-03-02");

Person person(const std::string& id, Role role, std::vector<std::string> cohorts = {"c1"}) {
    Person p;
    p.id = id;
    p.name = id;
    p.roles = {role};
    p.cohorts = std::move(cohorts);
    p.languages = {"en"};
    return p;
}

Pair pair(const std::string& mentor, const std::string& mentee, PairStatus status = PairStatus::Active) {
    Pair p;
    p.mentor = mentor;
    p.mentee = mentee;
    p.cohort = "c1";
    p.status = status;
    p.started = "2026-01-05";
    return p;
}

// A weekly plan from 2026-01-05: eight Mondays, the last on 2026-02-23.
Plan weekly_plan(const std::string& pair_id) {
    Plan plan;
    plan.pair = pair_id;
    plan.agreement.start = "2026-01-05";
    plan.agreement.cadence = "weekly";
    plan.agreement.length = 45;
    for (Date d : generate_schedule(day("2026-01-05"), Cadence::weekly(), ScheduleLimit::sessions(8), {}))
        plan.schedule.push_back(d.str());
    return plan;
}

Session session(const std::string& date, std::optional<int> rating = std::nullopt) {
    Session s;
    s.pair = "ann--bob";
    s.date = date;
    s.file = date;
    s.rating = rating;
    return s;
}

ReportOptions at_today() {
    ReportOptions o;
    o.today = kToday;
    return o;
}

}  // namespace

TEST_CASE("report: pair figures count sessions, hours, ratings and adherence") {
    Plan plan = weekly_plan("ann--bob");
    Journal journal;
    journal.pair = "ann--bob";
    journal.sessions = {session("2026-01-05", 4), session("2026-01-12", 2), session("2026-01-20")};
    journal.sessions[2].duration = 90;
    PairFigures f = pair_figures(pair("ann", "bob"), &plan, journal, Settings{}, at_today());
    CHECK(f.sessions() == 3);
    CHECK(f.minutes == 45 + 45 + 90);  // a session without a duration counts the agreed length
    CHECK(f.planned == 8);
    CHECK(f.planned_due == 8);  // every planned Monday is before today
    CHECK(f.held_slots == 3);   // 01-20 is a Tuesday: it still honours the 01-19 slot
    REQUIRE(f.adherence());
    CHECK(*f.adherence() == doctest::Approx(3.0 / 8));
    REQUIRE(f.average_rating());
    CHECK(*f.average_rating() == doctest::Approx(3.0));
    CHECK(f.last_session == day("2026-01-20"));
    CHECK(f.days_since_contact == 41);
    CHECK(f.cadence_days == 7);
    CHECK(f.risk == Risk::Inactive);  // 41 days > 2 x 7
    CHECK(f.end == day("2026-02-23"));
    CHECK(!f.next_session);
}

TEST_CASE("report: a pair without a first session two weeks after its start is at risk") {
    Plan plan = weekly_plan("ann--bob");
    Journal empty;
    PairFigures f = pair_figures(pair("ann", "bob"), &plan, empty, Settings{}, at_today());
    CHECK(f.risk == Risk::NoFirstSession);
    CHECK(f.days_since_contact == days_between(day("2026-01-05"), kToday));

    ReportOptions early = at_today();
    early.today = day("2026-01-12");  // one week in: still within the grace period
    CHECK(pair_figures(pair("ann", "bob"), &plan, empty, Settings{}, early).risk == Risk::None);

    // Only active pairs can be at risk.
    CHECK(pair_figures(pair("ann", "bob", PairStatus::Paused), &plan, empty, Settings{}, at_today()).risk == Risk::None);
}

TEST_CASE("report: a pair meeting at its rhythm is not at risk") {
    Plan plan = weekly_plan("ann--bob");
    Journal journal;
    journal.sessions = {session("2026-02-20")};
    CHECK(pair_figures(pair("ann", "bob"), &plan, journal, Settings{}, at_today()).risk == Risk::None);
}

TEST_CASE("report: the period limits sessions and planned dates, not the status as of today") {
    Plan plan = weekly_plan("ann--bob");
    Journal journal;
    journal.sessions = {session("2026-01-05", 5), session("2026-02-02", 1)};
    ReportOptions o = at_today();
    o.since = day("2026-02-01");
    PairFigures f = pair_figures(pair("ann", "bob"), &plan, journal, Settings{}, o);
    CHECK(f.sessions() == 1);
    CHECK(f.planned == 4);  // 02-02, 02-09, 02-16, 02-23
    CHECK(f.held_slots == 1);
    CHECK(*f.average_rating() == doctest::Approx(1.0));
    CHECK(f.last_session == day("2026-02-02"));
}

TEST_CASE("report: goals and actions by status and owner") {
    Plan plan = weekly_plan("ann--bob");
    Goal g1{"g1", "a", "", "2026-02-01", GoalStatus::Open, "", yaml::Node::map()};
    Goal g2{"g2", "b", "", "2026-12-01", GoalStatus::Open, "", yaml::Node::map()};
    Goal g3{"g3", "c", "", "", GoalStatus::Achieved, "2026-02-01", yaml::Node::map()};
    plan.goals = {g1, g2, g3};
    Journal journal;
    Session s1 = session("2026-01-05");
    s1.actions = {{"2026-01-05.1", Role::Mentee, "read", "2026-01-10"}, {"2026-01-05.2", Role::Mentor, "intro", ""},
                  {"2026-01-05.3", Role::Mentee, "write", "2026-12-01"}};
    Session s2 = session("2026-01-12");
    s2.done = {"2026-01-05.2"};
    journal.sessions = {s1, s2};
    PairFigures f = pair_figures(pair("ann", "bob"), &plan, journal, Settings{}, at_today());
    CHECK(f.goals_overdue == 1);
    CHECK(f.goals_open == 1);
    CHECK(f.goals_achieved == 1);
    CHECK(f.mentor_actions.done == 1);
    CHECK(f.mentee_actions.overdue == 1);
    CHECK(f.mentee_actions.open == 1);
    CHECK(f.actions().total() == 3);
}

TEST_CASE("report: cohort participants, match rate, loads and closings") {
    Records records;
    records.settings.default_capacity = 2;
    records.people = {person("ann", Role::Mentor), person("bob", Role::Mentee), person("cat", Role::Mentee),
                      person("dan", Role::Mentee, {"c2"})};
    records.people.push_back(person("eve", Role::Mentee));
    records.people.back().active = false;
    records.pairs = {pair("ann", "bob")};

    Plan plan = weekly_plan("ann--bob");
    Journal journal;
    journal.sessions = {session("2026-01-05", 4), session("2026-02-23", 5)};
    ReportOptions o = at_today();
    o.today = day("2026-02-10");
    std::vector<PairFigures> figures = {pair_figures(records.pairs[0], &plan, journal, records.settings, o)};
    CohortReport r = build_cohort_report(records, "c1", figures, o);
    CHECK(r.people == 3);
    CHECK(r.inactive == 1);
    CHECK(r.mentors == 1);
    CHECK(r.mentees == 2);
    CHECK(r.mentees_matched == 1);
    CHECK(*r.match_rate() == doctest::Approx(0.5));
    REQUIRE(r.unmatched.size() == 1);
    CHECK(r.unmatched[0].id == "cat");
    CHECK(!r.unmatched[0].reasons.empty());
    REQUIRE(r.mentor_load.size() == 1);
    CHECK(r.mentor_load[0].load == 1);
    CHECK(r.mentor_load[0].capacity == 2);
    CHECK(r.pairs_by_status.at(PairStatus::Active) == 1);
    CHECK(r.pairs_by_status.at(PairStatus::Closed) == 0);
    // The session dated 02-23 has not happened on 02-10: it counts nowhere,
    // and February shows as a quiet month.
    CHECK(r.sessions_by_month == std::map<std::string, int>{{"2026-01", 1}, {"2026-02", 0}});
    CHECK(r.sessions() == 1);
    REQUIRE(r.closing_soon().size() == 1);  // the last planned date, 02-23, is 13 days away
    CHECK(r.at_risk().size() == 1);        // 36 days without a session on a weekly rhythm
    CHECK(*r.average_rating() == doctest::Approx(4.0));
}

TEST_CASE("report: cohort pairs are those of the cohort, or without one when the mentee is in it") {
    Records records;
    records.people = {person("ann", Role::Mentor), person("bob", Role::Mentee), person("cat", Role::Mentee, {"c2"})};
    records.pairs = {pair("ann", "bob"), pair("ann", "cat")};
    records.pairs[0].cohort = "";
    records.pairs[1].cohort = "c2";
    CHECK(cohort_pairs(records, "c1").size() == 1);
    CHECK(cohort_pairs(records, "c2").size() == 1);
    CHECK(cohort_pairs(records, "").size() == 2);
}

TEST_CASE("report: percent_text rounds and shows a dash without a value") {
    CHECK(percent_text(0.875) == "88%");
    CHECK(percent_text(std::nullopt) == "–");
}
