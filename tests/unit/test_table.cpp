#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "mentor/core/unicode.hpp"
#include "mentor/formats/table.hpp"

using namespace mentor;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

TEST_CASE("render_text aligns by display width") {
    Table t({"name", "sessions"});
    t.set_align(1, Align::Right);
    t.add_row({"\u00C9lodie", "3"});        // Élodie
    t.add_row({"\u674E\u5C0F\u9F99", "12"});  // 李小龙
    t.add_row({"Rene\u0301e", "7"});        // Renée, decomposed
    t.add_row({"Bob", "100"});

    const std::string expected =
        "name    sessions\n"
        "\u2500\u2500\u2500\u2500\u2500\u2500  \u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\n"
        "\u00C9lodie         3\n"
        "\u674E\u5C0F\u9F99        12\n"
        "Rene\u0301e          7\n"
        "Bob          100\n";
    CHECK(t.render_text() == expected);

    // Every line has the same display width here, as the last column is right-aligned.
    for (const auto& line : lines_of(t.render_text())) CHECK(display_width(line) == 16);
}

TEST_CASE("render_text: no trailing spaces, every line ends with a newline") {
    Table t({"pair", "status", "notes"});
    t.add_row({"a--b", "active", ""});
    t.add_row({"long-mentor--x", "", "short"});
    t.add_row({"c"});  // completed with empty cells
    const std::string out = t.render_text();
    REQUIRE(!out.empty());
    CHECK(out.back() == '\n');
    CHECK(out.find(" \n") == std::string::npos);
    CHECK(lines_of(out).size() == 5);
    CHECK(out ==
          "pair            status  notes\n"
          "\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500"
          "  \u2500\u2500\u2500\u2500\u2500\u2500  \u2500\u2500\u2500\u2500\u2500\n"
          "a--b            active\n"
          "long-mentor--x          short\n"
          "c\n");
}

TEST_CASE("render_text ascii rule and no ANSI unless color") {
    Table t({"a", "bb"});
    t.add_row({"xyz", "1"});
    TextStyle ascii;
    ascii.ascii = true;
    const std::string plain = t.render_text(ascii);
    CHECK(plain ==
          "a    bb\n"
          "---  --\n"
          "xyz  1\n");
    CHECK(plain.find('\x1b') == std::string::npos);
    CHECK(t.render_text().find('\x1b') == std::string::npos);

    TextStyle color;
    color.color = true;
    color.ascii = true;
    CHECK(t.render_text(color) ==
          "\x1b[1ma    bb\x1b[0m\n"
          "---  --\n"
          "xyz  1\n");
}

TEST_CASE("render_text keeps data from breaking the layout") {
    Table t({"who", "note"});
    t.add_row({"evil\x1b[2J", "two\nlines\tand tab"});
    const std::string out = t.render_text();
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(lines_of(out).size() == 3);
    CHECK(out.find("evil\uFFFD[2J  two lines and tab\n") != std::string::npos);
}

TEST_CASE("render_text max_column_width cuts long cells") {
    Table t({"name", "n"});
    t.set_align(1, Align::Right);
    t.add_row({"\u00C9lodie Dupr\u00E9", "1"});
    TextStyle style;
    style.ascii = true;
    style.max_column_width = 5;
    CHECK(t.render_text(style) ==
          "name   n\n"
          "-----  -\n"
          "\u00C9lod\u2026  1\n");
}

TEST_CASE("render_text: header only, empty columns, no columns") {
    Table header_only({"a", "b"});
    TextStyle ascii;
    ascii.ascii = true;
    CHECK(header_only.render_text(ascii) == "a  b\n-  -\n");

    Table blank({"", "x"});
    blank.add_row({"", ""});
    CHECK(blank.render_text(ascii) == "   x\n-  -\n\n");

    Table none({});
    CHECK(none.render_text() == "");
    CHECK(none.render_markdown() == "");
}

TEST_CASE("Table misuse") {
    Table t({"a", "b"});
    CHECK_THROWS_AS(t.set_align(2, Align::Right), std::out_of_range);
    CHECK_THROWS_AS(t.add_row({"1", "2", "3"}), std::invalid_argument);
    CHECK(t.row_count() == 0);
    t.add_row({"1"});
    CHECK(t.row_count() == 1);
    CHECK(t.column_count() == 2);
}

TEST_CASE("render_markdown") {
    Table t({"name", "score"});
    t.set_align(1, Align::Right);
    t.add_row({"\u00C9lodie", "0.5"});
    t.add_row({"a|b", "1"});
    t.add_row({"line one\nline two", ""});
    CHECK(t.render_markdown() ==
          "| name | score |\n"
          "|---|--:|\n"
          "| \u00C9lodie | 0.5 |\n"
          "| a\\|b | 1 |\n"
          "| line one line two |  |\n");
}

TEST_CASE("render_markdown escapes headers too and handles CRLF") {
    Table t({"x|y"});
    t.add_row({"a\r\nb"});
    CHECK(t.render_markdown() ==
          "| x\\|y |\n"
          "|---|\n"
          "| a b |\n");
}

TEST_CASE("bar") {
    CHECK(bar(0, 10, 10) == "");
    CHECK(bar(-1, 10, 10) == "");
    CHECK(bar(5, 0, 10) == "");
    CHECK(bar(5, 10, 0) == "");
    CHECK(bar(std::nan(""), 10, 10) == "");
    CHECK(bar(1, std::nan(""), 10) == "");

    CHECK(bar(10, 10, 4) == "\u2588\u2588\u2588\u2588");
    CHECK(bar(20, 10, 4) == "\u2588\u2588\u2588\u2588");  // clamped to full width
    CHECK(bar(std::numeric_limits<double>::infinity(), 10, 3) == "\u2588\u2588\u2588");
    CHECK(bar(5, 10, 4) == "\u2588\u2588");
    CHECK(bar(1, 8, 1) == "\u258F");     // one eighth
    CHECK(bar(3, 8, 1) == "\u258D");     // three eighths
    CHECK(bar(7, 8, 1) == "\u2589");     // seven eighths
    CHECK(bar(9, 16, 2) == "\u2588\u258F");
    CHECK(bar(0.0001, 1000, 10) == "\u258F");  // tiny but visible
    CHECK(bar(1, std::numeric_limits<double>::infinity(), 5) == "\u258F");

    // Never wider than asked, and monotonic in value.
    int previous = 0;
    for (int v = 0; v <= 40; ++v) {
        const std::string b = bar(v, 40, 5);
        CAPTURE(v);
        CHECK(display_width(b) <= 5);
        const int w8 = static_cast<int>(b.size());  // every block glyph is 3 bytes
        CHECK(w8 >= previous);
        previous = w8;
    }
    CHECK(bar(3.3, 7.1, 9) == bar(3.3, 7.1, 9));
}
