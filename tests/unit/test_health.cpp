// The relationship's health: check-in periods, the response rate, attention
// and the rules of new check-ins and closing reviews (journal/health.hpp).

#include <doctest/doctest.h>

#include "french.hpp"

#include "mentor/journal/health.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/store/layout.hpp"

using namespace mentor;

namespace {

Date d(const char* text) { return *parse_iso_date(text); }

Pair active_pair(const char* started = "2026-01-05") {
    Pair p;
    p.mentor = "ann";
    p.mentee = "bo";
    p.status = PairStatus::Active;
    p.started = started;
    return p;
}

Session session(const char* date) {
    Session s;
    s.pair = "ann--bo";
    s.date = date;
    s.file = date;
    return s;
}

CheckIn answer(const char* date, Role by, Fit fit) {
    CheckIn c;
    c.pair = "ann--bo";
    c.date = date;
    c.by = by;
    c.fit = fit;
    c.file = std::string(date) + (by == Role::Mentor ? "-checkin-mentor" : "-checkin-mentee");
    return c;
}

}  // namespace

TEST_CASE("check-ins are due from the first session, then every every_days per side") {
    Settings settings;
    settings.checkin_every_days = 30;
    Journal j;
    const Pair pair = active_pair();
    CHECK(checkins_due(pair, j, settings, d("2026-02-01")).empty());  // no session yet
    j.sessions.push_back(session("2026-01-10"));
    auto due = checkins_due(pair, j, settings, d("2026-01-10"));
    REQUIRE(due.size() == 2);
    CHECK(due[0].side == Role::Mentor);
    CHECK(due[0].due == d("2026-01-10"));
    CHECK_FALSE(due[0].overdue);  // due today
    due = checkins_due(pair, j, settings, d("2026-01-20"));
    CHECK(due[1].overdue);
    j.checkins.push_back(answer("2026-01-15", Role::Mentee, Fit::Good));
    due = checkins_due(pair, j, settings, d("2026-01-20"));
    CHECK(due[0].overdue);
    CHECK(due[1].due == d("2026-02-09"));
    CHECK_FALSE(due[1].overdue);
    // The next period starts 30 days after the first session.
    due = checkins_due(pair, j, settings, d("2026-02-10"));
    CHECK(due[1].due == d("2026-02-09"));
    CHECK(due[1].overdue);
    // Paused and closed pairs owe none.
    Pair paused = pair;
    paused.status = PairStatus::Paused;
    CHECK(checkins_due(paused, j, settings, d("2026-02-10")).empty());
}

TEST_CASE("the response rate counts periods due and answered, both sides") {
    Settings settings;
    settings.checkin_every_days = 30;
    Journal j;
    Pair pair = active_pair();
    CHECK(checkin_response(pair, j, settings, d("2026-03-01")).due == 0);
    j.sessions.push_back(session("2026-01-10"));
    // 2026-01-10, 02-09, 03-11: three periods by 03-11, two by 03-10.
    CHECK(checkin_response(pair, j, settings, d("2026-03-10")).due == 4);
    CHECK(checkin_response(pair, j, settings, d("2026-03-11")).due == 6);
    j.checkins.push_back(answer("2026-01-12", Role::Mentor, Fit::Good));
    j.checkins.push_back(answer("2026-01-20", Role::Mentor, Fit::Good));  // same period: once
    j.checkins.push_back(answer("2026-02-10", Role::Mentee, Fit::Unsure));
    auto r = checkin_response(pair, j, settings, d("2026-03-10"));
    CHECK(r.due == 4);
    CHECK(r.answered == 2);
    CHECK(checkin_response(pair, j, settings, d("2026-01-31")).answered == 1);  // as of a date
    // A closed pair stops owing at its end.
    pair.status = PairStatus::Closed;
    pair.ended = "2026-02-01";
    CHECK(checkin_response(pair, j, settings, d("2026-12-01")).due == 2);
}

TEST_CASE("a poor answer, or two unsure in a row from one side, needs attention") {
    Journal j;
    CHECK_FALSE(needs_attention(j, d("2026-03-01")).needed);
    j.checkins.push_back(answer("2026-01-12", Role::Mentor, Fit::Unsure));
    j.checkins.push_back(answer("2026-01-20", Role::Mentee, Fit::Unsure));
    CHECK_FALSE(needs_attention(j, d("2026-03-01")).needed);  // one unsure from each side
    j.checkins.push_back(answer("2026-02-12", Role::Mentor, Fit::Unsure));
    auto a = needs_attention(j, d("2026-03-01"));
    CHECK(a.needed);
    CHECK(a.side == Role::Mentor);
    CHECK(a.why == "unsure twice in a row (mentor, 2026-02-12)");
    CHECK_FALSE(needs_attention(j, d("2026-02-01")).needed);  // as of a date
    j.checkins.push_back(answer("2026-02-20", Role::Mentor, Fit::Good));
    CHECK_FALSE(needs_attention(j, d("2026-03-01")).needed);  // a good answer clears it
    j.checkins.push_back(answer("2026-02-25", Role::Mentee, Fit::Poor));
    a = needs_attention(j, d("2026-03-01"));
    CHECK(a.side == Role::Mentee);
    CHECK(a.why == "poor fit (mentee, 2026-02-25)");
    CHECK(last_checkin(j, Role::Mentee, d("2026-03-01"))->fit == Fit::Poor);
    // `why` is the JSON's English; the words of a view follow the language.
    CHECK(a.fit == Fit::Poor);
    CHECK(a.date == "2026-02-25");
    CHECK(fit_concern_text(a.fit, a.side, d("2026-02-25")) == "poor fit (mentee, 2026-02-25)");
    {
        FrenchCatalogue fr;
        CHECK(needs_attention(j, d("2026-03-01")).why == "poor fit (mentee, 2026-02-25)");
        CHECK(fit_concern_text(a.fit, a.side, d("2026-02-25")) == "mauvaise entente (mentoré·e, 25/02/2026)");
        CHECK(fit_concern_text(Fit::Unsure, Role::Mentor, d("2026-02-12")) == "entente incertaine deux fois de suite (mentor, 12/02/2026)");
    }
    CHECK(last_checkin(j, Role::Mentee, d("2026-01-01")) == nullptr);
}

TEST_CASE("check-in rules: closed, not started, before the start, future, twice a day") {
    Journal j;
    Pair pair = active_pair();
    const Date today = d("2026-03-01");
    CHECK_FALSE(checkin_problem(pair, j, answer("2026-02-01", Role::Mentor, Fit::Good), today));
    CHECK(checkin_problem(pair, j, answer("2026-03-02", Role::Mentor, Fit::Good), today)->find("future") != std::string::npos);
    CHECK(checkin_problem(pair, j, answer("2026-01-01", Role::Mentor, Fit::Good), today)->find("before pair ann--bo started") !=
          std::string::npos);
    j.checkins.push_back(answer("2026-02-01", Role::Mentor, Fit::Good));
    CHECK(checkin_problem(pair, j, answer("2026-02-01", Role::Mentor, Fit::Poor), today)->find("one a day per side") !=
          std::string::npos);
    CHECK_FALSE(checkin_problem(pair, j, answer("2026-02-01", Role::Mentee, Fit::Poor), today));
    Pair proposed = pair;
    proposed.status = PairStatus::Proposed;
    proposed.started.clear();
    CHECK(checkin_problem(proposed, j, answer("2026-02-02", Role::Mentor, Fit::Good), today)->find("has not started") !=
          std::string::npos);
    Pair closed = pair;
    closed.status = PairStatus::Closed;
    closed.ended = "2026-02-10";
    CHECK(checkin_problem(closed, j, answer("2026-02-10", Role::Mentor, Fit::Good), today)->find("closed") != std::string::npos);
    CHECK_FALSE(checkin_problem(closed, j, answer("2026-02-09", Role::Mentee, Fit::Good), today));  // before it ended
    closed.started.clear();
    closed.reason = ClosingReason::NoChemistry;
    CHECK(checkin_problem(closed, j, answer("2026-02-12", Role::Mentor, Fit::Good), today)->find("declined") != std::string::npos);
    FrenchCatalogue fr;
    CHECK(*checkin_problem(closed, j, answer("2026-02-12", Role::Mentor, Fit::Good), today) ==
          "le binôme ann--bo est refusé (terminé le mardi 10 février 2026) ; il ne prend pas de point d'étape");
    CHECK(*checkin_problem(pair, j, answer("2026-02-01", Role::Mentor, Fit::Poor), today) ==
          "côté mentor, ann--bo a déjà répondu à un point d'étape le dimanche 1 février 2026 (" + j.checkins[0].file +
              ") : un par jour et par côté");
    CHECK(*checkin_problem(proposed, j, answer("2026-02-02", Role::Mentor, Fit::Good), today) ==
          "le binôme ann--bo n'a pas commencé (il est proposé) ; les points d'étape commencent avec lui");
}

TEST_CASE("closing reviews: a closed pair, from its end, one per side") {
    Journal j;
    Pair pair = active_pair();
    Closing c;
    c.pair = "ann--bo";
    c.by = Role::Mentor;
    c.date = "2026-03-01";
    c.file = "2026-03-01-closing-mentor";
    CHECK(closing_problem(pair, j, c)->find("is active") != std::string::npos);
    pair.status = PairStatus::Closed;
    pair.ended = "2026-03-01";
    CHECK_FALSE(closing_problem(pair, j, c));
    Closing early = c;
    early.date = "2026-02-28";
    early.file = "2026-02-28-closing-mentor";
    CHECK(closing_problem(pair, j, early)->find("before pair ann--bo ended") != std::string::npos);
    j.closings.push_back(c);
    Closing again = c;
    again.date = "2026-03-05";
    again.file = "2026-03-05-closing-mentor";
    CHECK(closing_problem(pair, j, again)->find("already wrote") != std::string::npos);
    Closing mentee = again;
    mentee.by = Role::Mentee;
    mentee.file = "2026-03-05-closing-mentee";
    CHECK_FALSE(closing_problem(pair, j, mentee));
}

TEST_CASE("check-in and closing files: names with the side, canonical round trip") {
    CHECK(layout::checkin_stem("2026-03-05", Role::Mentee) == "2026-03-05-checkin-mentee");
    CHECK(layout::closing_stem("2026-06-30", Role::Mentor) == "2026-06-30-closing-mentor");
    auto stem = layout::parse_entry_stem("2026-03-05-checkin-mentor");
    REQUIRE(stem);
    CHECK(stem->kind == layout::EntryKind::CheckIn);
    CHECK(stem->side == Role::Mentor);
    CHECK(layout::parse_entry_stem("2026-03-05-closing-mentee")->kind == layout::EntryKind::Closing);
    CHECK_FALSE(layout::parse_entry_stem("2026-03-05-checkin"));
    CHECK_FALSE(layout::parse_session_stem("2026-03-05-checkin-mentee"));

    const std::string text = "date: 2026-03-05\nby: mentee\nfit: unsure\nrating: 3\ncomment: a few words\nmood: ok\n";
    Diagnostics d;
    auto c = read_checkin(yaml::parse(text, "x"), "x", "ann--bo", "2026-03-05-checkin-mentee", d);
    REQUIRE(c);
    CHECK(d.empty());
    CHECK(c->fit == Fit::Unsure);
    CHECK(yaml::emit(write_checkin(*c)) == text);  // unknown keys kept, byte for byte
    Diagnostics bad;
    CHECK_FALSE(read_checkin(yaml::parse("date: 2026-03-05\nby: coach\nfit: good\n", "y"), "y", "ann--bo",
                             "2026-03-05-checkin-mentee", bad));
    CHECK_FALSE(bad.empty());

    const std::string closing = "date: 2026-06-30\nby: mentor\ngoals: not-met\nreview: we stop here\n";
    Diagnostics e;
    auto r = read_closing(yaml::parse(closing, "z"), "z", "ann--bo", "2026-06-30-closing-mentor", e);
    REQUIRE(r);
    CHECK(r->goals == GoalsAssessment::NotMet);
    CHECK(yaml::emit(write_closing(*r)) == closing);
}
