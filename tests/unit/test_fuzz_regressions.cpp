// Bugs found by the fuzz harnesses (tests/fuzz), pinned where a readable test
// says more than the saved input in tests/fuzz/regressions/.

#include <doctest/doctest.h>

#include "mentor/date.hpp"
#include "mentor/error.hpp"
#include "mentor/journal.hpp"

using mentor::Date;

TEST_CASE("fuzz: date keywords stay within 0001-01-01..9999-12-31") {
    // "tomorrow" on the last day used to give year 10000, written 0000-01-01.
    CHECK_THROWS_WITH_AS(mentor::parse_date("tomorrow", Date::max()),
                         "invalid date 'tomorrow': tomorrow from 9999-12-31 falls outside 0001-01-01 to 9999-12-31",
                         mentor::Error);
    CHECK_THROWS_AS(mentor::parse_date("yesterday", Date::min()), mentor::Error);
    CHECK(mentor::parse_date("today", Date::max()) == Date::max());
    CHECK(mentor::parse_date("yesterday", Date::max()).str() == "9999-12-30");
    // An action's due date goes through parse_date: refused, not written as 0000-01-01.
    CHECK_THROWS_AS(mentor::parse_action_spec("mentee: x due tomorrow", Date::max()), mentor::Error);
}
