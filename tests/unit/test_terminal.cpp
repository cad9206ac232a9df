#include <doctest/doctest.h>

#include "mentor/core/terminal.hpp"

using mentor::terminal_safe;
using mentor::TerminalFilter;

TEST_CASE("terminal_safe shows control characters instead of sending them") {
    CHECK(terminal_safe("Ann \x1b[2JLee") == "Ann \\u001b[2JLee");
    CHECK(terminal_safe("\x1b]0;owned\a") == "\\u001b]0;owned\\u0007");
    CHECK(terminal_safe("a\x7f" "b") == "a\\u007fb");
    CHECK(terminal_safe("csi \xC2\x9B" "31m") == "csi \\u009b31m");  // U+009B, the one-byte CSI
    CHECK(terminal_safe(std::string_view("a\b\f\v\0z", 6)) == "a\\u0008\\u000c\\u000b\\u0000z");
}

TEST_CASE("terminal_safe keeps what a view needs") {
    CHECK(terminal_safe("line\n\tindented\n") == "line\n\tindented\n");
    CHECK(terminal_safe("BEGIN:VCALENDAR\r\nEND\r\n") == "BEGIN:VCALENDAR\r\nEND\r\n");  // iCalendar's CRLF
    CHECK(terminal_safe("over\rwrite") == "over\\u000dwrite");
    CHECK(terminal_safe("end\r") == "end\\u000d");
    CHECK(terminal_safe("Élodie Dupré · ½ ✓") == "Élodie Dupré · ½ ✓");  // C2 starts ordinary letters too
    CHECK(terminal_safe("\xC2") == "\xC2");
    CHECK(terminal_safe("\x1b[1mbold\x1b[0m") == "\x1b[1mbold\x1b[0m");  // mentor's own --color
    CHECK(terminal_safe("\x1b[1") == "\\u001b[1");
    CHECK(terminal_safe("\x1b[1;31m") == "\\u001b[1;31m");
    CHECK(terminal_safe("\x1b\x1b[0m") == "\\u001b\x1b[0m");
}

TEST_CASE("TerminalFilter holds a byte that depends on the next piece") {
    TerminalFilter filter;
    std::string out;
    filter.feed("a\r", out);
    filter.feed("\nb\xC2", out);
    filter.feed("\x9b", out);
    filter.feed("\xC2", out);
    filter.feed("\xBD", out);
    filter.finish(out);
    CHECK(out == "a\r\nb\\u009b\xC2\xBD");
}
