// Bugs found by the fuzz harnesses (tests/fuzz), pinned where a readable test
// says more than the saved input in tests/fuzz/regressions/.

#include <doctest/doctest.h>

#include "mentor/core/date.hpp"
#include "mentor/core/error.hpp"
#include "mentor/formats/csv.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/records/record_io.hpp"

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

TEST_CASE("fuzz: a key over 1024 characters is written as an explicit key, and reads back") {
    // libyaml reads a key written "key: value" only up to 1024 characters: an
    // explicit "? key" of 1100, or a long skill in a list of wants (skills are
    // keys when written), was written in a form that did not read back.
    const std::string key(1100, 'k');
    const std::string out = mentor::yaml::emit(mentor::yaml::parse("? " + key + "\n: v\nshort: [x]\n", "t.yaml"));
    CHECK(out == "? " + key + "\n: v\nshort: [x]\n");
    const auto back = mentor::yaml::parse(out, "t.yaml");
    CHECK(back.find(key)->scalar() == "v");

    mentor::Diagnostics d;
    auto person = mentor::read_person(mentor::yaml::parse("id: ana\nwants: [" + key + "]\n", "p.yaml"), "p.yaml", d);
    REQUIRE(person);
    const std::string written = mentor::yaml::emit(mentor::write_person(*person));
    CHECK(written.find("wants:\n  ? " + key + "\n  : medium\n") != std::string::npos);
    auto again = mentor::read_person(mentor::yaml::parse(written, "p.yaml"), "p.yaml", d);
    REQUIRE(again);
    CHECK(again->wants == person->wants);
}
