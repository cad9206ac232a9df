#pragma once
// Shared by the date and schedule tests.
#include <doctest/doctest.h>

#include "mentor/core/date.hpp"

/// A date the test knows to be valid, written as YYYY-MM-DD.
inline mentor::Date iso(const char* text) {
    const auto date = mentor::parse_iso_date(text);
    REQUIRE_MESSAGE(date.has_value(), text);
    return *date;
}
