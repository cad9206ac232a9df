#include <doctest/doctest.h>

#include "french.hpp"
#include "mentor/core/i18n.hpp"

using namespace mentor;

TEST_CASE("without a catalogue, messages, dates and numbers are the English source") {
    const Date d = Date::from_ymd(2027, 1, 4);
    CHECK(language() == "en");
    CHECK(std::string(tr("no such pair")) == "no such pair");
    CHECK(date_long(d) == "2027-01-04");
    CHECK(date_cell(d) == "2027-01-04");
    CHECK(month_short(2027, 1) == "Jan 2027");
    CHECK(month_long(2027, 5) == "May 2027");
    CHECK(weekday_short(d) == "Mon");
    CHECK(decimal(0.5764, 2) == "0.58");
    CHECK(percent(58) == "58%");
    CHECK(percent_of(0.583) == "58%");
    CHECK(trnf("{} pair", "{} pairs", 1, 1) == "1 pair");
    CHECK(trnf("{} pair", "{} pairs", 3, 3) == "3 pairs");
}

TEST_CASE("in French, dates say the day and month in words and numbers take a decimal comma") {
    FrenchCatalogue french;
    const Date d = Date::from_ymd(2027, 1, 4);
    CHECK(language() == "fr");
    CHECK(date_long(d) == "lundi 4 janvier 2027");
    CHECK(date_cell(d) == "04/01/2027");
    CHECK(date_cell(std::string_view("2027-01-04")) == "04/01/2027");
    CHECK(date_cell(std::string_view("")) == "");
    CHECK(date_long(std::string_view("not a date")) == "not a date");
    CHECK(month_short(2027, 1) == "janv. 2027");
    CHECK(month_long(2027, 5) == "mai 2027");
    CHECK(weekday_short(d) == "lun.");
    CHECK(weekday_long(Date::from_ymd(2027, 1, 10)) == "dimanche");
    CHECK(decimal(0.5764, 2) == "0,58");
    CHECK(decimal(12.0, 0) == "12");
    CHECK(percent(58) == "58 %");
}

TEST_CASE("a translation whose placeholders do not fit falls back to the source") {
    // No catalogue has this message: the source is formatted.
    CHECK(trf("{} of {}", 2, 8) == "2 of 8");
    // A source with a placeholder the arguments lack is a bug of the caller:
    // it throws, as fmt::format would.
    CHECK_THROWS(trf("{} and {}", 1));
}

TEST_CASE("EnglishMessages speaks English for its scope, in French too") {
    FrenchCatalogue french;
    const Date d = Date::from_ymd(2027, 1, 4);
    {
        EnglishMessages english;
        CHECK(language() == "en");
        CHECK(date_long(d) == "2027-01-04");
        CHECK(decimal(0.5, 1) == "0.5");
        CHECK(std::string(tr("mentor: error: {}")) == "mentor: error: {}");
    }
    CHECK(language() == "fr");
    CHECK(date_long(d) == "lundi 4 janvier 2027");
}
