#include "mentor/core/date.hpp"

#include "mentor/core/error.hpp"

#include <doctest/doctest.h>

#include "date_helpers.hpp"

#include <cstdlib>
#include <set>
#include <sstream>

using mentor::Date;
using mentor::Error;
using mentor::ErrorKind;

namespace {

/// The Error thrown by f; fails the test when f does not throw one.
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

const Date kToday = Date::from_ymd(2026, 1, 31);  // a Saturday, at a month end

}  // namespace

TEST_CASE("Date: construction, fields and text") {
    const Date d = Date::from_ymd(2026, 3, 7);
    CHECK(d.year() == 2026);
    CHECK(d.month() == 3);
    CHECK(d.day() == 7);
    CHECK(d.str() == "2026-03-07");
    CHECK(Date::from_ymd(1, 2, 3).str() == "0001-02-03");
    CHECK(Date::from_ymd(9999, 12, 31) == Date::max());
    CHECK(Date::from_ymd(1, 1, 1) == Date::min());
    CHECK(Date{}.str() == "1970-01-01");

    std::ostringstream out;
    out << d;
    CHECK(out.str() == "2026-03-07");
}

TEST_CASE("Date: leap years") {
    CHECK(Date::from_ymd(2024, 2, 29).str() == "2024-02-29");
    CHECK(Date::from_ymd(2000, 2, 29).str() == "2000-02-29");  // divisible by 400
    CHECK_THROWS_AS(Date::from_ymd(2023, 2, 29), Error);
    CHECK_THROWS_AS(Date::from_ymd(2100, 2, 29), Error);  // divisible by 100, not 400
    CHECK(error_of([] { Date::from_ymd(2023, 2, 29); }).message() ==
          "2023-02-29 does not exist (February 2023 has 28 days)");
}

TEST_CASE("Date: impossible days are refused with a reason") {
    CHECK(error_of([] { Date::from_ymd(2026, 4, 31); }).message() ==
          "2026-04-31 does not exist (April 2026 has 30 days)");
    CHECK(error_of([] { Date::from_ymd(2026, 13, 1); }).message() ==
          "2026-13-01 does not exist (there is no month 13)");
    CHECK(error_of([] { Date::from_ymd(2026, 0, 1); }).message() ==
          "2026-00-01 does not exist (there is no month 0)");
    CHECK(error_of([] { Date::from_ymd(2026, 1, 0); }).message() ==
          "2026-01-00 does not exist (January 2026 has 31 days)");
    CHECK(error_of([] { Date::from_ymd(0, 1, 1); }).message() ==
          "0000-01-01 does not exist (years run from 0001 to 9999)");
    CHECK_THROWS_AS(Date::from_ymd(10000, 1, 1), Error);
    CHECK(error_of([] { Date::from_ymd(2026, 2, 30); }).kind() == ErrorKind::Data);
}

TEST_CASE("Date: weekdays") {
    using namespace std::chrono;
    CHECK(Date::from_ymd(2026, 1, 1).weekday() == Thursday);
    CHECK(Date::from_ymd(2024, 2, 29).weekday() == Thursday);
    CHECK(Date::from_ymd(2026, 1, 3).is_weekend());   // Saturday
    CHECK(Date::from_ymd(2026, 1, 4).is_weekend());   // Sunday
    CHECK(!Date::from_ymd(2026, 1, 5).is_weekend());  // Monday
    CHECK(!Date::from_ymd(2026, 1, 2).is_weekend());  // Friday
}

TEST_CASE("Date: adding days and days_between") {
    CHECK((iso("2025-12-31") + 1).str() == "2026-01-01");
    CHECK((iso("2026-01-01") - 1).str() == "2025-12-31");
    CHECK((iso("2024-02-28") + 1).str() == "2024-02-29");
    CHECK((iso("2023-02-28") + 1).str() == "2023-03-01");
    CHECK(iso("2024-03-01").add_days(-1).str() == "2024-02-29");
    CHECK(iso("2026-01-01").add_days(365).str() == "2027-01-01");
    CHECK(iso("2024-01-01").add_days(366).str() == "2025-01-01");

    CHECK(mentor::days_between(iso("2024-02-28"), iso("2024-03-01")) == 2);
    CHECK(mentor::days_between(iso("2023-02-28"), iso("2023-03-01")) == 1);
    CHECK(mentor::days_between(iso("2026-03-01"), iso("2026-02-01")) == -28);
    CHECK(mentor::days_between(iso("2026-05-05"), iso("2026-05-05")) == 0);
}

TEST_CASE("Date: adding months clamps to the month end") {
    CHECK(iso("2026-01-31").add_months(1).str() == "2026-02-28");
    CHECK(iso("2024-01-31").add_months(1).str() == "2024-02-29");
    CHECK(iso("2024-03-31").add_months(-1).str() == "2024-02-29");
    CHECK(iso("2026-03-31").add_months(1).str() == "2026-04-30");
    CHECK(iso("2026-12-15").add_months(1).str() == "2027-01-15");
    CHECK(iso("2026-01-15").add_months(-1).str() == "2025-12-15");
    CHECK(iso("2024-02-29").add_months(12).str() == "2025-02-28");
    CHECK(iso("2026-05-10").add_months(0).str() == "2026-05-10");
}

TEST_CASE("Date: ordering") {
    CHECK(iso("2026-01-01") < iso("2026-01-02"));
    CHECK(iso("2025-12-31") < iso("2026-01-01"));
    CHECK(iso("2026-01-01") == Date::from_ymd(2026, 1, 1));
    CHECK(iso("2026-01-02") != iso("2026-01-01"));
    CHECK(iso("2026-01-02") >= iso("2026-01-01"));
    const std::set<Date> dates{iso("2026-03-01"), iso("2026-01-01"), iso("2026-02-01"), iso("2026-01-01")};
    REQUIRE(dates.size() == 3);
    CHECK(dates.begin()->str() == "2026-01-01");
    CHECK(dates.rbegin()->str() == "2026-03-01");
}

TEST_CASE("parse_iso_date is strict") {
    CHECK(mentor::parse_iso_date("2026-02-28") == Date::from_ymd(2026, 2, 28));
    CHECK(mentor::parse_iso_date("2024-02-29") == Date::from_ymd(2024, 2, 29));
    CHECK(mentor::parse_iso_date("9999-12-31") == Date::max());

    for (const char* bad : {"2026-02-30", "2023-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
                            "0000-01-01", "2026-2-3", "2026-02-3", "2026-2-03", "26-02-03", "2026-02-03x",
                            "2026-02-03 ", " 2026-02-03", "2026/02/03", "20260203", "2026-02-0a", "+2026-02-03",
                            "2026-02--3", "", "today", "2026-02-03T10:00"}) {
        CAPTURE(bad);
        CHECK_FALSE(mentor::parse_iso_date(bad).has_value());
    }
}

TEST_CASE("parse_date: ISO dates and keywords") {
    CHECK(mentor::parse_date("2026-03-10", kToday).str() == "2026-03-10");
    CHECK(mentor::parse_date("today", kToday) == kToday);
    CHECK(mentor::parse_date("tomorrow", kToday).str() == "2026-02-01");
    CHECK(mentor::parse_date("yesterday", kToday).str() == "2026-01-30");
    CHECK(mentor::parse_date("tomorrow", iso("2024-02-28")).str() == "2024-02-29");
    CHECK(mentor::parse_date("yesterday", iso("2026-01-01")).str() == "2025-12-31");
}

TEST_CASE("parse_date: relative forms") {
    CHECK(mentor::parse_date("+10d", kToday).str() == "2026-02-10");
    CHECK(mentor::parse_date("-3d", kToday).str() == "2026-01-28");
    CHECK(mentor::parse_date("+0d", kToday) == kToday);
    CHECK(mentor::parse_date("+2w", kToday).str() == "2026-02-14");
    CHECK(mentor::parse_date("-2w", kToday).str() == "2026-01-17");
    CHECK(mentor::parse_date("+1m", kToday).str() == "2026-02-28");  // clamped
    CHECK(mentor::parse_date("+1m", iso("2024-01-31")).str() == "2024-02-29");
    CHECK(mentor::parse_date("-1m", iso("2026-03-31")).str() == "2026-02-28");
    CHECK(mentor::parse_date("+12m", kToday).str() == "2027-01-31");
    CHECK(mentor::parse_date("+365d", iso("2024-01-01")).str() == "2024-12-31");
    CHECK(mentor::parse_date("+99999d", kToday).year() == 2299);
}

TEST_CASE("parse_date: bad values name the value and the accepted forms") {
    const std::string forms = "expected YYYY-MM-DD, today, tomorrow, yesterday or +Nd/+Nw/+Nm (e.g. +2w, -3d)";
    for (const char* bad : {"", "Today", " today", "today ", "now", "next week", "2026-2-3", "2026-02-03x",
                            "2026/02/03", "+2", "2w", "+2x", "+w", "+d", "++2d", "+-2d", "+2 d", "+ 2d", "+2dd",
                            "+2W", "+123456d", "+1.5w", "3 days"}) {
        CAPTURE(bad);
        const Error e = error_of([&] { mentor::parse_date(bad, kToday); });
        CHECK(e.kind() == ErrorKind::Usage);
        CHECK(e.message() == "invalid date '" + std::string(bad) + "': " + forms);
    }
}

TEST_CASE("parse_date: impossible calendar dates say so") {
    const Error e = error_of([] { mentor::parse_date("2026-02-30", kToday); });
    CHECK(e.kind() == ErrorKind::Usage);
    CHECK(e.message() == "invalid date '2026-02-30': 2026-02-30 does not exist (February 2026 has 28 days)");

    CHECK(error_of([] { mentor::parse_date("2023-02-29", kToday); }).message() ==
          "invalid date '2023-02-29': 2023-02-29 does not exist (February 2023 has 28 days)");
    CHECK(error_of([] { mentor::parse_date("2026-13-01", kToday); }).message() ==
          "invalid date '2026-13-01': 2026-13-01 does not exist (there is no month 13)");
}

TEST_CASE("parse_date: results outside the calendar range are refused") {
    const Error e = error_of([] { mentor::parse_date("+99999m", kToday); });
    CHECK(e.kind() == ErrorKind::Usage);
    CHECK(e.message() == "invalid date '+99999m': +99999m from 2026-01-31 falls outside 0001-01-01 to 9999-12-31");
    CHECK_THROWS_AS(mentor::parse_date("-99999m", kToday), Error);
}

TEST_CASE("resolve_today: override, then MENTOR_TODAY, then the system date") {
    const Date system = iso("2026-06-15");
    CHECK(mentor::resolve_today(std::nullopt, nullptr, system) == system);
    CHECK(mentor::resolve_today(std::nullopt, "", system) == system);  // empty counts as unset
    CHECK(mentor::resolve_today(std::nullopt, "2026-01-05", system).str() == "2026-01-05");
    CHECK(mentor::resolve_today(std::nullopt, "+1w", system).str() == "2026-06-22");
    CHECK(mentor::resolve_today(std::string("2025-12-01"), "2026-01-05", system).str() == "2025-12-01");
    CHECK(mentor::resolve_today(std::string("yesterday"), "2026-01-05", system).str() == "2026-06-14");
}

TEST_CASE("resolve_today: bad values name their source") {
    const Date system = iso("2026-06-15");
    const Error env = error_of([&] { mentor::resolve_today(std::nullopt, "someday", system); });
    CHECK(env.kind() == ErrorKind::Usage);
    CHECK(env.message().rfind("MENTOR_TODAY: invalid date 'someday': expected YYYY-MM-DD", 0) == 0);

    const Error env_impossible = error_of([&] { mentor::resolve_today(std::nullopt, "2026-02-30", system); });
    CHECK(env_impossible.message() ==
          "MENTOR_TODAY: invalid date '2026-02-30': 2026-02-30 does not exist (February 2026 has 28 days)");

    const Error opt = error_of([&] { mentor::resolve_today(std::string("soon"), nullptr, system, "--today"); });
    CHECK(opt.kind() == ErrorKind::Usage);
    CHECK(opt.message().rfind("--today: invalid date 'soon':", 0) == 0);

    const Error bare = error_of([&] { mentor::resolve_today(std::string("soon"), nullptr, system); });
    CHECK(bare.message().rfind("invalid date 'soon':", 0) == 0);

    // A bad environment value does not matter when an override is given.
    CHECK(mentor::resolve_today(std::string("2026-01-01"), "garbage", system).str() == "2026-01-01");
}

TEST_CASE("today_from_environment reads MENTOR_TODAY") {
    const char* saved = std::getenv("MENTOR_TODAY");
    const std::optional<std::string> previous = saved ? std::optional<std::string>(saved) : std::nullopt;

    ::setenv("MENTOR_TODAY", "2030-07-04", 1);
    CHECK(mentor::today_from_environment(std::nullopt).str() == "2030-07-04");
    CHECK(mentor::today_from_environment(std::string("2031-01-02")).str() == "2031-01-02");
    ::setenv("MENTOR_TODAY", "2030-02-30", 1);
    CHECK(error_of([] { mentor::today_from_environment(std::nullopt); }).message().rfind("MENTOR_TODAY: ", 0) == 0);
    ::unsetenv("MENTOR_TODAY");
    CHECK(mentor::today_from_environment(std::nullopt) == mentor::system_today());

    if (previous) ::setenv("MENTOR_TODAY", previous->c_str(), 1);
}
