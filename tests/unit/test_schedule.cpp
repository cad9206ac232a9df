#include "mentor/plan/schedule.hpp"

#include "mentor/core/error.hpp"

#include <doctest/doctest.h>

#include "date_helpers.hpp"

#include <string>
#include <vector>

using mentor::Cadence;
using mentor::Date;
using mentor::Error;
using mentor::ErrorKind;
using mentor::ScheduleLimit;

namespace {

/// Dates as "YYYY-MM-DD" strings, so failures print readably.
std::vector<std::string> texts(const std::vector<Date>& dates) {
    std::vector<std::string> out;
    for (const Date& d : dates) out.push_back(d.str());
    return out;
}

template <typename F>
Error error_of(F f) {
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    FAIL("expected a mentor::Error");
    return Error("unreachable");
}

const std::set<Date> kNoHolidays;

}  // namespace

TEST_CASE("parse_cadence: accepted forms and canonical spelling") {
    CHECK(mentor::parse_cadence("weekly") == Cadence::weekly());
    CHECK(mentor::parse_cadence("biweekly") == Cadence::biweekly());
    CHECK(mentor::parse_cadence("monthly") == Cadence::monthly());
    CHECK(mentor::parse_cadence("every:10d") == Cadence::every_n_days(10));
    CHECK(mentor::parse_cadence("every:1d") == Cadence::every_n_days(1));
    CHECK(mentor::parse_cadence("every:365d") == Cadence::every_n_days(365));
    CHECK(mentor::parse_cadence("every:3w") == Cadence::every_n_days(21));
    CHECK(mentor::parse_cadence("every:52w") == Cadence::every_n_days(364));
    CHECK(mentor::parse_cadence("every:010d") == Cadence::every_n_days(10));

    for (const char* text : {"weekly", "biweekly", "monthly", "every:10d", "every:1d", "every:365d"})
        CHECK(mentor::parse_cadence(text).str() == text);
    CHECK(mentor::parse_cadence("every:2w").str() == "every:14d");

    CHECK(Cadence::weekly().nominal_days() == 7);
    CHECK(Cadence::biweekly().nominal_days() == 14);
    CHECK(Cadence::monthly().nominal_days() == 30);
    CHECK(Cadence::every_n_days(10).nominal_days() == 10);
    CHECK(mentor::parse_cadence("every:2w").kind == Cadence::EveryNDays);
}

TEST_CASE("parse_cadence: bad forms name the value and the accepted forms") {
    const std::string forms =
        "expected weekly, biweekly, monthly, every:Nd (N days, 1 to 365) or every:Nw (N weeks, 1 to 52), "
        "e.g. every:10d";
    for (const char* bad : {"", "Weekly", "WEEKLY", " weekly", "weekly ", "fortnightly", "daily", "every",
                            "every:", "every:d", "every:w", "every:10", "every:10m", "every:10days", "every:-1d",
                            "every:+1d", "every 10 days", "every:1 0d", "every:1.5w", "every:1000d", "every10d",
                            "every::10d", "10d"}) {
        CAPTURE(bad);
        const Error e = error_of([&] { mentor::parse_cadence(bad); });
        CHECK(e.kind() == ErrorKind::Usage);
        CHECK(e.message() == "invalid cadence '" + std::string(bad) + "': " + forms);
    }
}

TEST_CASE("parse_cadence: N out of range") {
    CHECK(error_of([] { mentor::parse_cadence("every:0d"); }).message() ==
          "invalid cadence 'every:0d': the number of days must be from 1 to 365");
    CHECK(error_of([] { mentor::parse_cadence("every:366d"); }).message() ==
          "invalid cadence 'every:366d': the number of days must be from 1 to 365");
    CHECK(error_of([] { mentor::parse_cadence("every:0w"); }).message() ==
          "invalid cadence 'every:0w': the number of weeks must be from 1 to 52");
    CHECK(error_of([] { mentor::parse_cadence("every:53w"); }).kind() == ErrorKind::Usage);
}

TEST_CASE("working days") {
    const std::set<Date> holidays{iso("2026-01-01"), iso("2026-01-02")};
    CHECK_FALSE(mentor::is_working_day(iso("2026-01-01"), holidays));
    CHECK_FALSE(mentor::is_working_day(iso("2026-01-03"), holidays));
    CHECK(mentor::is_working_day(iso("2026-01-05"), holidays));
    CHECK(mentor::next_working_day(iso("2026-01-01"), holidays).str() == "2026-01-05");
    CHECK(mentor::next_working_day(iso("2026-01-06"), holidays).str() == "2026-01-06");
    CHECK(mentor::next_working_day(iso("2026-01-01"), kNoHolidays).str() == "2026-01-01");
}

TEST_CASE("weekly, biweekly and every:N step from the start") {
    CHECK(texts(mentor::generate_schedule(iso("2026-01-05"), Cadence::weekly(), ScheduleLimit::sessions(4),
                                          kNoHolidays)) ==
          std::vector<std::string>{"2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"});
    CHECK(texts(mentor::generate_schedule(iso("2026-01-05"), Cadence::biweekly(), ScheduleLimit::sessions(3),
                                          kNoHolidays)) ==
          std::vector<std::string>{"2026-01-05", "2026-01-19", "2026-02-02"});
    // Every 10 days from a Monday: Thu 15th, Sun 25th -> Mon 26th, then Wed 4th (nominal, unshifted).
    CHECK(texts(mentor::generate_schedule(iso("2026-01-05"), Cadence::every_n_days(10), ScheduleLimit::sessions(4),
                                          kNoHolidays)) ==
          std::vector<std::string>{"2026-01-05", "2026-01-15", "2026-01-26", "2026-02-04"});
    // Across the leap day.
    CHECK(texts(mentor::generate_schedule(iso("2024-02-22"), Cadence::weekly(), ScheduleLimit::sessions(2),
                                          kNoHolidays)) == std::vector<std::string>{"2024-02-22", "2024-02-29"});
}

TEST_CASE("monthly keeps the weekday position: 2nd Tuesday") {
    const auto dates = mentor::generate_schedule(iso("2026-01-13"), Cadence::monthly(), ScheduleLimit::sessions(6),
                                                 kNoHolidays);
    CHECK(texts(dates) == std::vector<std::string>{"2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14",
                                                   "2026-05-12", "2026-06-09"});
    for (const Date& d : dates) CHECK(d.weekday() == std::chrono::Tuesday);
}

TEST_CASE("monthly crosses the year end") {
    // 2026-12-08 is the 2nd Tuesday of December.
    CHECK(texts(mentor::generate_schedule(iso("2026-12-08"), Cadence::monthly(), ScheduleLimit::sessions(3),
                                          kNoHolidays)) ==
          std::vector<std::string>{"2026-12-08", "2027-01-12", "2027-02-09"});
}

TEST_CASE("monthly from a 5th weekday falls back to the last one") {
    // 2026-01-29 is the 5th Thursday; February and March have four, April five, May four.
    CHECK(texts(mentor::generate_schedule(iso("2026-01-29"), Cadence::monthly(), ScheduleLimit::sessions(5),
                                          kNoHolidays)) ==
          std::vector<std::string>{"2026-01-29", "2026-02-26", "2026-03-26", "2026-04-30", "2026-05-28"});
    // 2026-03-31 is the 5th Tuesday.
    CHECK(texts(mentor::generate_schedule(iso("2026-03-31"), Cadence::monthly(), ScheduleLimit::sessions(4),
                                          kNoHolidays)) ==
          std::vector<std::string>{"2026-03-31", "2026-04-28", "2026-05-26", "2026-06-30"});
}

TEST_CASE("monthly 4th weekday stays the 4th, not the last") {
    // 2026-01-22 is the 4th Thursday; April 2026 has five Thursdays, the 4th is the 23rd.
    CHECK(texts(mentor::nominal_schedule(iso("2026-01-22"), Cadence::monthly(), ScheduleLimit::sessions(4))) ==
          std::vector<std::string>{"2026-01-22", "2026-02-26", "2026-03-26", "2026-04-23"});
}

TEST_CASE("weekend dates move to Monday without shifting the next ones") {
    // Weekly from a Saturday: every nominal date is a Saturday, every session the Monday after.
    CHECK(texts(mentor::generate_schedule(iso("2026-01-03"), Cadence::weekly(), ScheduleLimit::sessions(3),
                                          kNoHolidays)) ==
          std::vector<std::string>{"2026-01-05", "2026-01-12", "2026-01-19"});
    // Monthly from the 1st Saturday: the position is computed on the nominal Saturdays.
    CHECK(texts(mentor::generate_schedule(iso("2026-01-03"), Cadence::monthly(), ScheduleLimit::sessions(3),
                                          kNoHolidays)) ==
          std::vector<std::string>{"2026-01-05", "2026-02-09", "2026-03-09"});
    CHECK(texts(mentor::nominal_schedule(iso("2026-01-03"), Cadence::monthly(), ScheduleLimit::sessions(3))) ==
          std::vector<std::string>{"2026-01-03", "2026-02-07", "2026-03-07"});
}

TEST_CASE("holidays move a session to the next working day") {
    const std::set<Date> holidays{iso("2026-01-09"), iso("2026-01-12")};
    // Fridays: the 9th is a holiday, the weekend follows, Monday the 12th is a holiday too.
    CHECK(texts(mentor::generate_schedule(iso("2026-01-02"), Cadence::weekly(), ScheduleLimit::sessions(3),
                                          holidays)) ==
          std::vector<std::string>{"2026-01-02", "2026-01-13", "2026-01-16"});
    // The start date itself moves.
    CHECK(texts(mentor::generate_schedule(iso("2026-01-09"), Cadence::weekly(), ScheduleLimit::sessions(2),
                                          holidays)) ==
          std::vector<std::string>{"2026-01-13", "2026-01-16"});
}

TEST_CASE("a move that reaches the next nominal date keeps one date per slot") {
    // The whole week of the 12th is off: its session lands on Monday the 19th,
    // which is the next nominal date, so that slot takes Tuesday the 20th.
    const std::set<Date> holidays{iso("2026-01-12"), iso("2026-01-13"), iso("2026-01-14"), iso("2026-01-15"),
                                  iso("2026-01-16")};
    CHECK(texts(mentor::generate_schedule(iso("2026-01-05"), Cadence::weekly(), ScheduleLimit::sessions(4),
                                          holidays)) ==
          std::vector<std::string>{"2026-01-05", "2026-01-19", "2026-01-20", "2026-01-26"});
    // Daily sessions over a weekend: four slots, four distinct, increasing dates.
    CHECK(texts(mentor::generate_schedule(iso("2026-01-02"), Cadence::every_n_days(1), ScheduleLimit::sessions(4),
                                          kNoHolidays)) ==
          std::vector<std::string>{"2026-01-02", "2026-01-05", "2026-01-06", "2026-01-07"});
}

TEST_CASE("an end date limit is inclusive and applies to nominal dates") {
    CHECK(texts(mentor::generate_schedule(iso("2026-01-05"), Cadence::weekly(),
                                          ScheduleLimit::until(iso("2026-02-02")), kNoHolidays)) ==
          std::vector<std::string>{"2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26", "2026-02-02"});
    CHECK(mentor::generate_schedule(iso("2026-01-05"), Cadence::weekly(), ScheduleLimit::until(iso("2026-02-01")),
                                    kNoHolidays)
              .size() == 4);
    CHECK(mentor::generate_schedule(iso("2026-01-05"), Cadence::weekly(), ScheduleLimit::until(iso("2026-01-05")),
                                    kNoHolidays)
              .size() == 1);
    CHECK(mentor::generate_schedule(iso("2026-01-05"), Cadence::weekly(), ScheduleLimit::until(iso("2026-01-04")),
                                    kNoHolidays)
              .empty());
    // The nominal Saturday the 10th is within the end; its session moves past it.
    CHECK(texts(mentor::generate_schedule(iso("2026-01-03"), Cadence::weekly(),
                                          ScheduleLimit::until(iso("2026-01-10")), kNoHolidays)) ==
          std::vector<std::string>{"2026-01-05", "2026-01-12"});
    // Monthly until the end of June from the 2nd Tuesday.
    CHECK(mentor::generate_schedule(iso("2026-01-13"), Cadence::monthly(), ScheduleLimit::until(iso("2026-06-30")),
                                    kNoHolidays)
              .size() == 6);
}

TEST_CASE("a count limit") {
    CHECK(mentor::generate_schedule(iso("2026-01-05"), Cadence::biweekly(), ScheduleLimit::sessions(12),
                                    kNoHolidays)
              .size() == 12);
    CHECK(mentor::generate_schedule(iso("2026-01-05"), Cadence::weekly(), ScheduleLimit::sessions(0), kNoHolidays)
              .empty());
    const Error e = error_of([] {
        mentor::generate_schedule(iso("2026-01-05"), Cadence::weekly(), ScheduleLimit::sessions(-1), kNoHolidays);
    });
    CHECK(e.kind() == ErrorKind::Usage);
    CHECK(e.message() == "the number of sessions must be 0 or more, got -1");
}

TEST_CASE("at most 1000 sessions") {
    CHECK(mentor::generate_schedule(iso("2026-01-01"), Cadence::every_n_days(1), ScheduleLimit::sessions(1000),
                                    kNoHolidays)
              .size() == 1000);
    const Error count = error_of([] {
        mentor::generate_schedule(iso("2026-01-01"), Cadence::weekly(), ScheduleLimit::sessions(1001), kNoHolidays);
    });
    CHECK(count.kind() == ErrorKind::Usage);
    CHECK(count.message() == "a schedule of 1001 sessions is too long (at most 1000)");

    const Date start = iso("2026-01-01");
    CHECK(mentor::nominal_schedule(start, Cadence::every_n_days(1), ScheduleLimit::until(start + 999)).size() ==
          1000);
    const Error until = error_of([&] {
        mentor::generate_schedule(start, Cadence::every_n_days(1), ScheduleLimit::until(start + 1000), kNoHolidays);
    });
    CHECK(until.kind() == ErrorKind::Usage);
    CHECK(until.message() ==
          "a schedule from 2026-01-01 every:1d until 2028-09-27 would have more than 1000 sessions; "
          "choose a nearer end or a longer cadence");
}

TEST_CASE("a cadence built by hand is still checked") {
    CHECK_THROWS_AS(mentor::nominal_schedule(iso("2026-01-01"), Cadence::every_n_days(0),
                                             ScheduleLimit::until(iso("2026-02-01"))),
                    Error);
}

TEST_CASE("generated schedules are strictly increasing working days") {
    const std::set<Date> holidays{iso("2026-05-01"), iso("2026-05-08"), iso("2026-05-14"), iso("2026-05-25"),
                                  iso("2026-07-14"), iso("2026-08-15"), iso("2026-11-11"), iso("2026-12-25")};
    for (const Cadence& cadence : {Cadence::weekly(), Cadence::biweekly(), Cadence::monthly(),
                                   Cadence::every_n_days(1), Cadence::every_n_days(3), Cadence::every_n_days(10)}) {
        CAPTURE(cadence.str());
        const auto dates = mentor::generate_schedule(iso("2026-04-30"), cadence,
                                                     ScheduleLimit::until(iso("2026-12-31")), holidays);
        const auto nominal = mentor::nominal_schedule(iso("2026-04-30"), cadence,
                                                      ScheduleLimit::until(iso("2026-12-31")));
        REQUIRE(dates.size() == nominal.size());
        for (std::size_t i = 0; i < dates.size(); ++i) {
            CHECK(mentor::is_working_day(dates[i], holidays));
            CHECK(dates[i] >= nominal[i]);
            if (i > 0) CHECK(dates[i - 1] < dates[i]);
        }
    }
}

TEST_CASE("regenerate_future keeps past dates and regenerates the rest") {
    // Ten weekly Mondays from 2026-01-05; on Tuesday 2026-01-20 the pair goes biweekly.
    const auto old = mentor::generate_schedule(iso("2026-01-05"), Cadence::weekly(), ScheduleLimit::sessions(10),
                                               kNoHolidays);
    const auto next = mentor::regenerate_future(old, iso("2026-01-20"), std::nullopt, Cadence::biweekly(),
                                                ScheduleLimit::sessions(10), kNoHolidays);
    // Three held, seven left, from the next planned session (Monday the 26th).
    CHECK(texts(next) == std::vector<std::string>{"2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26",
                                                  "2026-02-09", "2026-02-23", "2026-03-09", "2026-03-23",
                                                  "2026-04-06", "2026-04-20"});
}

TEST_CASE("regenerate_future with a new start and an end date") {
    const auto old = mentor::generate_schedule(iso("2026-01-05"), Cadence::weekly(), ScheduleLimit::sessions(10),
                                               kNoHolidays);
    const std::set<Date> holidays{iso("2026-05-05")};
    const auto next = mentor::regenerate_future(old, iso("2026-01-20"), iso("2026-02-03"), Cadence::monthly(),
                                                ScheduleLimit::until(iso("2026-06-30")), holidays);
    // First Tuesdays; the May one is a holiday and moves to Wednesday.
    CHECK(texts(next) == std::vector<std::string>{"2026-01-05", "2026-01-12", "2026-01-19", "2026-02-03",
                                                  "2026-03-03", "2026-04-07", "2026-05-06", "2026-06-02"});
}

TEST_CASE("regenerate_future: a session planned today is regenerated, not kept") {
    const std::vector<Date> old{iso("2026-01-05"), iso("2026-01-12"), iso("2026-01-19"), iso("2026-01-26")};
    const auto next = mentor::regenerate_future(old, iso("2026-01-19"), std::nullopt, Cadence::every_n_days(3),
                                                ScheduleLimit::sessions(5), kNoHolidays);
    CHECK(texts(next) ==
          std::vector<std::string>{"2026-01-05", "2026-01-12", "2026-01-19", "2026-01-22", "2026-01-26"});
}

TEST_CASE("regenerate_future: edge cases") {
    const std::vector<Date> unsorted{iso("2026-01-19"), iso("2026-01-05"), iso("2026-01-12"), iso("2026-02-02")};

    SUBCASE("past dates come back sorted, untouched") {
        const auto next = mentor::regenerate_future(unsorted, iso("2026-01-20"), std::nullopt, Cadence::weekly(),
                                                    ScheduleLimit::sessions(4), kNoHolidays);
        CHECK(texts(next) == std::vector<std::string>{"2026-01-05", "2026-01-12", "2026-01-19", "2026-02-02"});
    }
    SUBCASE("no future dates left: start from today") {
        const auto next = mentor::regenerate_future(unsorted, iso("2026-03-04"), std::nullopt, Cadence::weekly(),
                                                    ScheduleLimit::sessions(6), kNoHolidays);
        CHECK(texts(next) == std::vector<std::string>{"2026-01-05", "2026-01-12", "2026-01-19", "2026-02-02",
                                                      "2026-03-04", "2026-03-11"});
    }
    SUBCASE("the count is already used up") {
        const auto next = mentor::regenerate_future(unsorted, iso("2026-03-04"), std::nullopt, Cadence::weekly(),
                                                    ScheduleLimit::sessions(2), kNoHolidays);
        CHECK(next.size() == 4);
    }
    SUBCASE("the end date has passed") {
        const auto next = mentor::regenerate_future(unsorted, iso("2026-03-04"), std::nullopt, Cadence::weekly(),
                                                    ScheduleLimit::until(iso("2026-03-01")), kNoHolidays);
        CHECK(next.size() == 4);
    }
    SUBCASE("an empty old schedule") {
        const auto next = mentor::regenerate_future({}, iso("2026-03-04"), std::nullopt, Cadence::weekly(),
                                                    ScheduleLimit::sessions(2), kNoHolidays);
        CHECK(texts(next) == std::vector<std::string>{"2026-03-04", "2026-03-11"});
    }
    SUBCASE("a new start in the past is refused") {
        const Error e = error_of([&] {
            mentor::regenerate_future(unsorted, iso("2026-01-20"), iso("2026-01-13"), Cadence::weekly(),
                                      ScheduleLimit::sessions(4), kNoHolidays);
        });
        CHECK(e.kind() == ErrorKind::Usage);
        CHECK(e.message() ==
              "the new schedule cannot start on 2026-01-13, before today (2026-01-20): past sessions are kept as "
              "they are");
    }
    SUBCASE("a negative count is still refused") {
        CHECK_THROWS_AS(mentor::regenerate_future(unsorted, iso("2026-01-20"), std::nullopt, Cadence::weekly(),
                                                  ScheduleLimit::sessions(-1), kNoHolidays),
                        Error);
    }
}

TEST_CASE("a schedule that would run past 9999-12-31 is refused, never wrapped to year 0000") {
    const Date start = Date::from_ymd(9999, 12, 20);
    CHECK_THROWS_WITH_AS(generate_schedule(start, Cadence::weekly(), ScheduleLimit::sessions(10), {}),
                         doctest::Contains("would run past 9999-12-31"), mentor::Error);
    CHECK(generate_schedule(start, Cadence::weekly(), ScheduleLimit::sessions(2), {}).back() <= Date::max());
}
