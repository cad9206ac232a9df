// Bugs found by the fuzz harnesses (tests/fuzz), pinned where a readable test
// says more than the saved input in tests/fuzz/regressions/.

#include <doctest/doctest.h>

#include "mentor/csv.hpp"
#include "mentor/date.hpp"
#include "mentor/error.hpp"
#include "mentor/journal.hpp"
#include "mentor/yaml.hpp"

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

TEST_CASE("fuzz: a CSV cell that starts with a BOM is written quoted, and reads back") {
    // First in a file, the BOM was taken for the file's own and dropped.
    const std::string bom = "\xEF\xBB\xBF";
    CHECK(mentor::csv_escape(bom + "name") == "\"" + bom + "name\"");
    const auto table = mentor::parse_csv(mentor::csv_line({bom + "name", "email"}), "t.csv");
    CHECK(table.header == std::vector<std::string>{bom + "name", "email"});
}

TEST_CASE("fuzz: a list item holding \":?\" is quoted in flow style, and reads back") {
    // libyaml refuses "[a:?]"; a person whose interests held it became unreadable.
    mentor::yaml::Node doc = mentor::yaml::Node::map();
    mentor::yaml::Node list = mentor::yaml::Node::sequence();
    list.push_back(mentor::yaml::Node::plain("a:?"));
    doc.set("interests", list);
    const std::string out = mentor::yaml::emit(doc);
    CHECK(out == "interests: [\"a:?\"]\n");
    CHECK(mentor::yaml::parse(out, "t.yaml").find("interests")->items().at(0).scalar() == "a:?");
}

TEST_CASE("fuzz: map keys are limited to 200 bytes, so that every key read is written back readable") {
    // libyaml reads a key written "key: value" only up to 1024 characters; an
    // explicit "? key" of 1100 was read, then written in a form it refused.
    CHECK_THROWS_WITH_AS(mentor::yaml::parse("? " + std::string(1100, 'k') + "\n: v\n", "t.yaml"),
                         "t.yaml:1:3: map key is too long (1100 bytes; at most 200)", mentor::Error);
    CHECK_THROWS_AS(mentor::yaml::parse(std::string(201, 'k') + ": v\n", "t.yaml"), mentor::Error);
    // The longest key, each byte escaped as \x01 when written, still reads back.
    std::string escaped;
    for (int i = 0; i < 200; ++i) escaped += "\\x01";
    const auto doc = mentor::yaml::parse("\"" + escaped + "\": v\n", "t.yaml");
    const std::string out = mentor::yaml::emit(doc);
    CHECK(out.size() > 800);
    CHECK(mentor::yaml::emit(mentor::yaml::parse(out, "t.yaml")) == out);
}
