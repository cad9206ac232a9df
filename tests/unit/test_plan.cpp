#include <doctest/doctest.h>

#include "mentor/core/error.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/record_io.hpp"

using namespace mentor;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

Pair proposed_pair() {
    Pair p;
    p.mentor = "alice";
    p.mentee = "bob";
    p.created = "2026-02-20";
    return p;
}

Settings settings() {
    Settings s;
    s.default_cadence = "biweekly";
    s.default_sessions = 4;
    s.holidays = {"2026-04-06"};
    return s;
}

PlanChange start_on(const char* date) {
    PlanChange c;
    c.start = day(date);
    return c;
}

// How a change is refused (usage or data error), or nullopt when it is accepted.
std::optional<ErrorKind> refusal(const Pair& pair, const std::optional<Plan>& plan, const PlanChange& change,
                                 const char* today, const std::set<Date>& held = {}) {
    try {
        apply_plan_change(pair, plan, change, settings(), held, day(today));
    } catch (const Error& e) {
        return e.kind();
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("plan: a first agreement takes the defaults and activates a proposed pair") {
    auto u = apply_plan_change(proposed_pair(), std::nullopt, start_on("2026-03-09"), settings(), {}, day("2026-03-02"));
    CHECK(u.plan_changed);
    CHECK(u.pair_changed);
    CHECK(u.pair.status == PairStatus::Active);
    CHECK(u.pair.started == "2026-03-09");
    CHECK(u.plan.agreement.cadence == "biweekly");
    CHECK(u.plan.agreement.time == "09:00");
    CHECK(u.plan.agreement.sessions == 4);
    CHECK(!u.plan.agreement.confidentiality.empty());
    // 2026-04-06 is a holiday: that session moves to the next working day.
    CHECK(u.plan.schedule == std::vector<std::string>{"2026-03-09", "2026-03-23", "2026-04-07", "2026-04-20"});
    CHECK(u.plan.updated == "2026-03-02");
}

TEST_CASE("plan: goals alone keep a pair proposed, with ids g1, g2 never reused") {
    PlanChange c;
    c.goals = {{"Speak at a meetup", "one talk given", "2026-06-30"}, {"Negotiate", "", ""}};
    auto u = apply_plan_change(proposed_pair(), std::nullopt, c, settings(), {}, day("2026-03-02"));
    CHECK(u.pair.status == PairStatus::Proposed);
    CHECK(!u.pair_changed);
    REQUIRE(u.plan.goals.size() == 2);
    CHECK(u.plan.goals[1].id == "g2");
    PlanChange more;
    more.goals = {{"Third", "", ""}};
    more.drop = {"g1"};
    auto v = apply_plan_change(u.pair, u.plan, more, settings(), {}, day("2026-03-05"));
    CHECK(v.plan.goals[2].id == "g3");
    CHECK(v.plan.goals[0].status == GoalStatus::Dropped);
    CHECK(v.plan.goals[0].closed == "2026-03-05");
    PlanChange again;
    again.achieve = {"g1"};
    CHECK(refusal(v.pair, v.plan, again, "2026-03-06") == ErrorKind::Data);
    PlanChange unknown;
    unknown.achieve = {"g9"};
    CHECK(refusal(v.pair, v.plan, unknown, "2026-03-06") == ErrorKind::Usage);
}

TEST_CASE("plan: a cadence change keeps past and held sessions") {
    auto u = apply_plan_change(proposed_pair(), std::nullopt, start_on("2026-03-02"), settings(), {}, day("2026-03-02"));
    CHECK(u.plan.schedule.front() == "2026-03-02");
    PlanChange weekly;
    weekly.cadence = parse_cadence("weekly");
    // On 2026-03-16 (held that morning), the sessions of 03-02 and 03-16 stay;
    // the rest goes weekly from the next planned one (03-30), 04-06 is a holiday.
    std::set<Date> held = {day("2026-03-02"), day("2026-03-16")};
    auto v = apply_plan_change(u.pair, u.plan, weekly, settings(), held, day("2026-03-16"));
    CHECK(v.plan.schedule == std::vector<std::string>{"2026-03-02", "2026-03-16", "2026-03-30", "2026-04-07"});
    CHECK(v.plan.agreement.start == "2026-03-02");
}

TEST_CASE("plan: bad values are usage errors") {
    PlanChange zero = start_on("2026-03-09");
    zero.sessions = 0;
    CHECK(refusal(proposed_pair(), std::nullopt, zero, "2026-03-02") == ErrorKind::Usage);
    PlanChange backwards = start_on("2026-03-09");
    backwards.until = day("2026-03-01");
    CHECK(refusal(proposed_pair(), std::nullopt, backwards, "2026-03-02") == ErrorKind::Usage);
    PlanChange time = start_on("2026-03-09");
    time.time = "25:00";
    CHECK(refusal(proposed_pair(), std::nullopt, time, "2026-03-02") == ErrorKind::Usage);
    PlanChange review;
    review.lifecycle = Lifecycle::Close;
    CHECK(refusal(proposed_pair(), std::nullopt, review, "2026-03-02") == ErrorKind::Usage);
}

TEST_CASE("plan: lifecycle pause, resume, close, and refusals") {
    auto today = day("2026-03-02");
    auto u = apply_plan_change(proposed_pair(), std::nullopt, start_on("2026-03-02"), settings(), {}, today);
    PlanChange pause;
    pause.lifecycle = Lifecycle::Pause;
    std::set<Date> held = {day("2026-03-02")};
    auto p = apply_plan_change(u.pair, u.plan, pause, settings(), held, day("2026-03-20"));
    CHECK(p.pair.status == PairStatus::Paused);
    CHECK(p.plan.schedule == std::vector<std::string>{"2026-03-02", "2026-03-16"});
    CHECK(refusal(p.pair, p.plan, pause, "2026-03-21", held) == ErrorKind::Data);
    PlanChange cadence;
    cadence.cadence = parse_cadence("weekly");
    CHECK(refusal(p.pair, p.plan, cadence, "2026-03-21", held) == ErrorKind::Data);
    PlanChange resume;
    resume.lifecycle = Lifecycle::Resume;
    auto r = apply_plan_change(p.pair, p.plan, resume, settings(), held, day("2026-05-04"));
    CHECK(r.pair.status == PairStatus::Active);
    // Two of four sessions are past: two more from the day of resuming.
    CHECK(r.plan.schedule == std::vector<std::string>{"2026-03-02", "2026-03-16", "2026-05-04", "2026-05-18"});
    PlanChange close;
    close.lifecycle = Lifecycle::Close;
    CHECK(refusal(r.pair, r.plan, close, "2026-05-10", held) == ErrorKind::Usage);  // no --reason
    close.reason = ClosingReason::GoalsMet;
    close.review = "Good progress.";
    CHECK(refusal(r.pair, r.plan, close, "2026-05-10", held) == ErrorKind::Usage);  // a review is one side's
    close.by = Role::Mentor;
    close.goals_assessment = GoalsAssessment::Partly;
    auto c = apply_plan_change(r.pair, r.plan, close, settings(), held, day("2026-05-10"));
    CHECK(c.pair.status == PairStatus::Closed);
    CHECK(c.pair.ended == "2026-05-10");
    CHECK(c.pair.reason == ClosingReason::GoalsMet);
    CHECK(c.pair.review.empty());
    REQUIRE(c.closing);
    CHECK(c.closing->file == "2026-05-10-closing-mentor");
    CHECK(c.closing->review == "Good progress.");
    CHECK(c.closing->goals == GoalsAssessment::Partly);
    CHECK(c.plan.schedule.back() == "2026-05-04");
    CHECK(refusal(c.pair, c.plan, cadence, "2026-05-11", held) == ErrorKind::Data);
    // Closed: the other side's review only, with no new reason.
    PlanChange mentee;
    mentee.lifecycle = Lifecycle::Close;
    mentee.by = Role::Mentee;
    mentee.review = "Thanks.";
    auto m = apply_plan_change(c.pair, c.plan, mentee, settings(), held, day("2026-05-12"));
    CHECK_FALSE(m.pair_changed);
    CHECK(m.closing->file == "2026-05-12-closing-mentee");
    mentee.reason = ClosingReason::Other;
    CHECK(refusal(c.pair, c.plan, mentee, "2026-05-12", held) == ErrorKind::Data);
    mentee.reason.reset();
    mentee.by.reset();
    mentee.review.clear();
    CHECK(refusal(c.pair, c.plan, mentee, "2026-05-12", held) == ErrorKind::Data);  // closing twice
}

TEST_CASE("plan: a proposed pair is declined, never closed; an active one closed, never declined") {
    PlanChange decline;
    decline.lifecycle = Lifecycle::Decline;
    decline.reason = ClosingReason::NoChemistry;
    auto d = apply_plan_change(proposed_pair(), std::nullopt, decline, settings(), {}, day("2026-03-02"));
    CHECK(d.pair.status == PairStatus::Closed);
    CHECK(d.pair.started.empty());
    CHECK(d.pair.ended == "2026-03-02");
    CHECK(d.pair.reason == ClosingReason::NoChemistry);
    CHECK_FALSE(d.closing);
    PlanChange close = decline;
    close.lifecycle = Lifecycle::Close;
    CHECK(refusal(proposed_pair(), std::nullopt, close, "2026-03-02", {}) == ErrorKind::Data);
    auto u = apply_plan_change(proposed_pair(), std::nullopt, start_on("2026-03-02"), settings(), {}, day("2026-03-02"));
    CHECK(refusal(u.pair, u.plan, decline, "2026-03-03", {}) == ErrorKind::Data);
}

TEST_CASE("plan: the file round-trips byte for byte and keeps unknown keys") {
    const std::string text =
        "agreement:\n"
        "  start: 2026-03-09\n"
        "  cadence: monthly\n"
        "  time: \"18:30\"\n"
        "  length: 45\n"
        "  sessions: 6\n"
        "  mode: remote\n"
        "  confidentiality: Between us.\n"
        "  rules: [Phones off]\n"
        "  room: B12\n"
        "goals:\n"
        "  - id: g1\n"
        "    title: Public speaking\n"
        "    criterion: one talk\n"
        "    due: 2026-06-30\n"
        "    status: achieved\n"
        "    closed: 2026-05-01\n"
        "schedule: [2026-03-09, 2026-04-13]\n"
        "updated: 2026-03-02\n"
        "custom: kept\n";
    Diagnostics d;
    auto plan = read_plan(yaml::parse(text, "plans/a--b.yaml"), "plans/a--b.yaml", "a--b", d);
    REQUIRE(plan);
    CHECK(d.empty());
    CHECK(plan->agreement.time == "18:30");
    CHECK(yaml::emit(write_plan(*plan)) == text);
}

TEST_CASE("plan: a bad plan file reports every problem with its line") {
    const std::string text =
        "agreement:\n"
        "  start: 2026-02-30\n"
        "  time: noon\n"
        "  cadence: yearly\n"
        "goals:\n"
        "  - title: no id\n"
        "    status: finished\n";
    Diagnostics d;
    read_plan(yaml::parse(text, "plans/a--b.yaml"), "plans/a--b.yaml", "a--b", d);
    CHECK(d.size() == 5);  // start, time, cadence, status, missing id (a bad start is not also "missing")
    for (const auto& x : d) CHECK(x.where.line > 0);
}

TEST_CASE("plan: schedule status marks held, missed and the next session") {
    Pair pair = proposed_pair();
    pair.status = PairStatus::Active;
    Plan plan;
    plan.schedule = {"2026-03-02", "2026-03-16", "2026-03-30", "2026-04-13"};
    auto s = schedule_status(pair, plan, {day("2026-03-02")}, day("2026-03-20"));
    REQUIRE(s.size() == 4);
    CHECK(s[0].second == SlotStatus::Held);
    CHECK(s[1].second == SlotStatus::Missed);
    CHECK(s[2].second == SlotStatus::Next);
    CHECK(s[3].second == SlotStatus::Planned);
}

TEST_CASE("plan: times of day") {
    CHECK(is_time_of_day("00:00"));
    CHECK(is_time_of_day("23:59"));
    CHECK_FALSE(is_time_of_day("24:00"));
    CHECK_FALSE(is_time_of_day("9:00"));
    CHECK_FALSE(is_time_of_day("09:60"));
}

TEST_CASE("plan: a session held a day late counts for its slot, once") {
    Pair pair = proposed_pair();
    pair.status = PairStatus::Active;
    Plan plan;
    plan.schedule = {"2026-03-02", "2026-03-16", "2026-03-30"};
    auto s = schedule_status(pair, plan, {day("2026-03-17")}, day("2026-03-20"));
    CHECK(s[0].second == SlotStatus::Missed);
    CHECK(s[1].second == SlotStatus::Held);
    CHECK(s[2].second == SlotStatus::Next);
}

TEST_CASE("plan: moving the start before the first session moves the whole schedule") {
    auto u = apply_plan_change(proposed_pair(), std::nullopt, start_on("2026-03-09"), settings(), {}, day("2026-03-02"));
    auto v = apply_plan_change(u.pair, u.plan, start_on("2026-03-16"), settings(), {}, day("2026-03-03"));
    CHECK(v.plan.agreement.start == "2026-03-16");
    CHECK(v.pair.started == "2026-03-16");
    CHECK(v.plan.schedule.front() == "2026-03-16");
    CHECK(v.plan.schedule.size() == 4);
}
