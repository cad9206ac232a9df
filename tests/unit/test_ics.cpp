#include <doctest/doctest.h>

#include "mentor/formats/ics.hpp"

using namespace mentor;

TEST_CASE("ics: TEXT escaping") {
    CHECK(ics_escape_text("a,b;c\\d\ne\r\n") == "a\\,b\\;c\\\\d\\ne\\n");
}

TEST_CASE("ics: folding at 75 octets without splitting UTF-8") {
    std::string short_line(75, 'x');
    CHECK(ics_fold(short_line) == short_line + "\r\n");
    std::string long_line(160, 'y');
    std::string folded = ics_fold(long_line);
    CHECK(folded == std::string(75, 'y') + "\r\n " + std::string(74, 'y') + "\r\n " + std::string(11, 'y') + "\r\n");
    // 74 ASCII bytes then "é" (2 bytes): the cut goes before the é, not inside it.
    std::string accented = std::string(74, 'a') + "é" + "z";
    CHECK(ics_fold(accented) == std::string(74, 'a') + "\r\n é" + "z\r\n");
    for (size_t start = 0, end; (end = folded.find("\r\n", start)) != std::string::npos; start = end + 2)
        CHECK(end - start <= 75);
}

TEST_CASE("ics: a calendar in a time zone has a VTIMEZONE and local times") {
    CalendarEvent e;
    e.uid = "a--b-1@mentor";
    e.date = *parse_iso_date("2026-03-30");
    e.start_minute = 23 * 60 + 30;
    e.length = 60;
    e.timezone = "Europe/Paris";
    e.summary = "Mentoring session: A with B";
    e.stamp = *parse_iso_date("2026-03-02");
    std::string cal = render_calendar("test", {e});
    CHECK(cal.find("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n") != std::string::npos);
    // The switch to summer time on 2026-03-29 at 01:00 UTC is in the range.
    CHECK(cal.find("DTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST") != std::string::npos);
    CHECK(cal.find("DTSTART;TZID=Europe/Paris:20260330T233000\r\n") != std::string::npos);
    CHECK(cal.find("DTEND;TZID=Europe/Paris:20260331T003000\r\n") != std::string::npos);
    CHECK(cal.find("DTSTAMP:20260302T000000Z\r\n") != std::string::npos);
    e.timezone = "";
    std::string utc = render_calendar("test", {e});
    CHECK(utc.find("VTIMEZONE") == std::string::npos);
    CHECK(utc.find("DTSTART:20260330T233000Z\r\n") != std::string::npos);
}

TEST_CASE("ics: a zone without transitions still has one observance") {
    auto lines = vtimezone_lines("Asia/Tokyo", *parse_iso_date("2026-03-02"), *parse_iso_date("2026-12-01"));
    REQUIRE(lines.size() == 9);
    CHECK(lines[2] == "BEGIN:STANDARD");
    CHECK(lines[4] == "TZOFFSETFROM:+0900");
    CHECK(vtimezone_lines("Nowhere/Atlantis", *parse_iso_date("2026-03-02"), *parse_iso_date("2026-03-03")).empty());
}
