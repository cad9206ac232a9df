#include "mentor/report/report.hpp"

#include <doctest/doctest.h>

#include <string>

#include "mentor/plan/plan.hpp"
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
    CHECK(!r.unmatched[0].reasons.english.empty());
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

TEST_CASE("report: as_of is --until, else today, never after today") {
    ReportOptions o = at_today();
    CHECK(o.as_of() == kToday);
    o.until = day("2026-02-14");
    CHECK(o.as_of() == day("2026-02-14"));
    o.until = day("2026-12-31");  // what has not happened yet is not counted
    CHECK(o.as_of() == kToday);
    CHECK(o.in_period(day("2026-06-01")));
    CHECK(!o.counts(day("2026-06-01")));
}

TEST_CASE("report: sessions after the report's date count nowhere") {
    Plan plan = weekly_plan("ann--bob");
    Journal journal;
    Session s1 = session("2026-01-05", 4);
    s1.actions = {{"2026-01-05.1", Role::Mentee, "read", "2026-01-20"}};
    Session s2 = session("2026-01-26", 1);
    s2.done = {"2026-01-05.1"};
    journal.sessions = {s1, s2};
    ReportOptions o = at_today();
    o.until = day("2026-01-21");
    PairFigures f = pair_figures(pair("ann", "bob"), &plan, journal, Settings{}, o);
    CHECK(f.sessions() == 1);
    CHECK(f.rated == 1);
    CHECK(f.rating_sum == 4);
    CHECK(f.last_session == day("2026-01-05"));
    CHECK(f.days_since_contact == 16);
    CHECK(f.planned_due == 3);  // 01-05, 01-12, 01-19
    CHECK(f.held_slots == 1);
    CHECK(f.next_session == day("2026-01-26"));
    // Done on 01-26, after the report's date: overdue on 01-21.
    CHECK(f.mentee_actions.overdue == 1);
    CHECK(f.mentee_actions.done == 0);
    // The pair report shows the journal of that day too.
    Records records;
    PairReport r = build_pair_report(records, pair("ann", "bob"), plan, journal, o);
    REQUIRE(r.journal.size() == 1);
    REQUIRE(r.actions.size() == 1);
    CHECK(r.actions[0].status == ActionStatus::Overdue);
}

TEST_CASE("report: a pair's status as of a day comes from its dates") {
    Pair p = pair("ann", "bob", PairStatus::Closed);
    p.created = "2026-01-02";
    p.started = "2026-01-05";
    p.ended = "2026-02-20";
    CHECK(!status_as_of(p, day("2026-01-01")));
    CHECK(status_as_of(p, day("2026-01-03")) == PairStatus::Proposed);
    CHECK(status_as_of(p, day("2026-01-05")) == PairStatus::Active);
    CHECK(status_as_of(p, day("2026-02-19")) == PairStatus::Active);
    CHECK(status_as_of(p, day("2026-02-20")) == PairStatus::Closed);
    // Recorded after it started: it existed from its start.
    Pair late = pair("ann", "bob");
    late.created = "2026-03-01";
    CHECK(status_as_of(late, day("2026-02-01")) == PairStatus::Active);
    CHECK(!status_as_of(late, day("2026-01-01")));
    // A pair without dates keeps its status.
    Pair bare = pair("ann", "bob", PairStatus::Paused);
    bare.started.clear();
    CHECK(status_as_of(bare, day("2020-01-01")) == PairStatus::Paused);
}

TEST_CASE("report: goals as of a day follow goal_state") {
    Plan plan = weekly_plan("ann--bob");
    plan.goals = {Goal{"g1", "a", "", "2026-02-01", GoalStatus::Achieved, "2026-02-10", yaml::Node::map()},
                  Goal{"g2", "b", "", "", GoalStatus::Dropped, "2026-01-15", yaml::Node::map()}};
    ReportOptions o = at_today();
    o.until = day("2026-02-05");  // g1 achieved later: overdue then; g2 already dropped
    PairFigures f = pair_figures(pair("ann", "bob"), &plan, Journal{}, Settings{}, o);
    CHECK(f.goals_overdue == 1);
    CHECK(f.goals_achieved == 0);
    CHECK(f.goals_dropped == 1);
    CHECK(goal_state(plan.goals[0], day("2026-01-20")) == GoalState::Open);
    CHECK(goal_state(plan.goals[0], day("2026-02-10")) == GoalState::Achieved);
}

TEST_CASE("report: an active pair past its last planned session is 'schedule ended'") {
    Plan plan = weekly_plan("ann--bob");  // last planned 2026-02-23
    Journal journal;
    journal.sessions = {session("2026-02-23")};
    ReportOptions o = at_today();
    o.today = day("2026-03-09");  // 14 days after: not yet
    CHECK(pair_figures(pair("ann", "bob"), &plan, journal, Settings{}, o).risk == Risk::None);
    o.today = day("2026-03-10");
    PairFigures f = pair_figures(pair("ann", "bob"), &plan, journal, Settings{}, o);
    CHECK(f.risk == Risk::ScheduleEnded);
    CHECK(to_string(f.risk) == "schedule ended");
    CHECK(pair_figures(pair("ann", "bob", PairStatus::Closed), &plan, journal, Settings{}, o).risk == Risk::None);
}

TEST_CASE("report: sessions by month cover the whole period, quiet months as 0") {
    PairFigures f;
    f.session_dates = {day("2026-01-20")};
    f.start = day("2025-12-01");
    ReportOptions o = at_today();
    CHECK(sessions_by_month({f}, o) ==
          std::map<std::string, int>{{"2025-12", 0}, {"2026-01", 1}, {"2026-02", 0}, {"2026-03", 0}});
    o.since = day("2025-10-15");
    o.until = day("2026-01-31");
    CHECK(sessions_by_month({f}, o) ==
          std::map<std::string, int>{{"2025-10", 0}, {"2025-11", 0}, {"2025-12", 0}, {"2026-01", 1}});
    CHECK(sessions_by_month({}, at_today()).empty());
}

TEST_CASE("report: load bands and the problems that leave records out") {
    CHECK(load_band({"a", 3, 2}) == LoadBand::Over);
    CHECK(load_band({"a", 2, 2}) == LoadBand::At);
    CHECK(load_band({"a", 2, 3}) == LoadBand::Under);
    CHECK(load_band({"a", 1, 3}) == LoadBand::FarUnder);
    CHECK(load_band({"a", 0, 1}) == LoadBand::FarUnder);
    Diagnostics d = {Diagnostic{{"people/x.yaml", 3, 1}, Severity::Error, "bad"},
                     Diagnostic{{"people/y.yaml", 1, 1}, Severity::Warning, "unknown key"}};
    auto problems = report_problems(d);
    REQUIRE(problems.size() == 1);  // a warning loses no data
    CHECK(problems[0].file == "people/x.yaml");
    CHECK(problems[0].line == 3);
    CHECK(problems[0].message == "bad");
}

TEST_CASE("report: every format names the records left out") {
    Records records;
    records.people = {person("ann", Role::Mentor)};
    CohortReport r = build_cohort_report(records, "c1", {}, at_today());
    r.problems = {{"people/bob.yaml", 2, "invalid YAML"}};
    for (Format f : {Format::Text, Format::Markdown, Format::Json, Format::Csv, Format::Html}) {
        CAPTURE(to_string(f));
        CHECK(render_report(r, f).find("people/bob.yaml") != std::string::npos);
    }
    r.problems.clear();
    CHECK(render_report(r, Format::Text).find("incomplete") == std::string::npos);
}

TEST_CASE("report: small groups stay anonymous, by the one rule group_figure") {
    CHECK(group_figure(4, 5).withheld);
    CHECK_FALSE(group_figure(5, 5).withheld);
    CHECK(group_figure(0, 1).withheld);
    CHECK(withheld_text(7) == "fewer than 7 pairs");
    // A cohort's average rating is withheld below min_group rated pairs.
    CohortReport r;
    r.min_group = 3;
    for (int i = 0; i < 3; ++i) {
        PairFigures f;
        f.id = "p" + std::to_string(i);
        if (i < 2) f.rating_sum = 4, f.rated = 1;
        r.pairs.push_back(f);
    }
    CHECK(r.rating_group().pairs == 2);
    CHECK(r.rating_group().withheld);
    r.pairs[2].rating_sum = 5, r.pairs[2].rated = 1;
    CHECK_FALSE(r.rating_group().withheld);
}

TEST_CASE("report: health figures from pair figures, as of the report's date") {
    Settings settings;
    settings.early_months = 6;
    ReportOptions o = at_today();
    Journal journal;
    journal.pair = "ann--bob";
    journal.sessions = {session("2026-01-12")};
    CheckIn poor;
    poor.pair = "ann--bob";
    poor.date = "2026-02-01";
    poor.by = Role::Mentee;
    poor.fit = Fit::Poor;
    poor.file = "2026-02-01-checkin-mentee";
    journal.checkins = {poor};
    PairFigures open = pair_figures(pair("ann", "bob"), nullptr, journal, settings, o);
    CHECK(open.needs_attention);
    CHECK(open.last_fit(Role::Mentee) == Fit::Poor);
    CHECK_FALSE(open.last_fit(Role::Mentor));
    CHECK(open.checkin_response.answered == 1);
    // Closed three months after its start: closed early, with a reason, without a review.
    Pair closed = pair("ann", "bob", PairStatus::Closed);
    closed.ended = "2026-02-20";
    closed.reason = ClosingReason::NoChemistry;
    PairFigures early = pair_figures(closed, nullptr, journal, settings, o);
    CHECK(early.closed_early);
    CHECK_FALSE(early.needs_attention);  // a closed pair is history
    CHECK(early.reason == ClosingReason::NoChemistry);
    CHECK(early.closing_reviews == 0);
    // As of a day before it closed it was still open.
    ReportOptions before = o;
    before.until = day("2026-02-10");
    CHECK_FALSE(pair_figures(closed, nullptr, journal, settings, before).closed_early);
    // A declined pair never started: not closed early, not "without a review".
    Pair declined = closed;
    declined.started.clear();
    PairFigures d = pair_figures(declined, nullptr, Journal{}, settings, o);
    CHECK(d.declined);
    CHECK_FALSE(d.closed_early);
    CohortReport r;
    r.pairs = {open, early, d};
    CHECK(r.started() == 2);
    CHECK(r.closed_early().size() == 1);
    CHECK(*r.closed_early_rate() == doctest::Approx(0.5));
    CHECK(r.closing_reasons().at(ClosingReason::NoChemistry) == 2);
    CHECK(r.reasons_group().pairs == 2);
    REQUIRE(r.without_review().size() == 1);
    CHECK(r.without_review()[0]->id == "ann--bob");
    CHECK(r.needing_attention().size() == 1);
    CHECK(r.fit_distribution().at(Fit::Poor) == 2);  // the open and the closed pair share the journal here
    CHECK(r.fit_group().pairs == 2);
}
