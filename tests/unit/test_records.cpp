// Records: canonical round trips (every file in examples/), unknown keys,
// field errors with positions, ids and slugs.
#include <doctest/doctest.h>

#include <filesystem>

#include "mentor/core/ids.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/store/layout.hpp"
#include "mentor/store/store.hpp"

namespace fs = std::filesystem;
using namespace mentor;

namespace {

std::string rewrite(const std::string& folder, const std::string& text, const std::string& name, Diagnostics& d) {
    yaml::Node doc = yaml::parse(text, name);
    std::string stem = fs::path(name).stem().string();
    if (folder == "people") return yaml::emit(write_person(*read_person(doc, name, d)));
    if (folder == "pairs") return yaml::emit(write_pair(*read_pair(doc, name, d)));
    if (folder == "plans") return yaml::emit(write_plan(*read_plan(doc, name, stem, d)));
    if (folder == "journal") {
        std::string pair = fs::path(name).parent_path().filename().string();
        switch (layout::parse_entry_stem(stem)->kind) {
            case layout::EntryKind::CheckIn: return yaml::emit(write_checkin(*read_checkin(doc, name, pair, stem, d)));
            case layout::EntryKind::Closing: return yaml::emit(write_closing(*read_closing(doc, name, pair, stem, d)));
            case layout::EntryKind::FollowUp: return yaml::emit(write_followup(*read_followup(doc, name, pair, stem, d)));
            case layout::EntryKind::Session: break;
        }
        return yaml::emit(write_session(*read_session(doc, name, pair, stem, d)));
    }
    return yaml::emit(doc);
}

}  // namespace

TEST_CASE("every record in examples/ is written back byte for byte") {
    int files = 0;
    for (const char* example : {"cohort", "program"}) {
    fs::path root = fs::path(MENTOR_SOURCE_DIR) / "examples" / example;
    REQUIRE(fs::exists(root / "mentor.yaml"));
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".yaml" || entry.path().filename() == "mentor.yaml")
            continue;
        std::string rel = fs::relative(entry.path(), root).string();
        std::string folder = rel.substr(0, rel.find('/'));
        CAPTURE(rel);
        std::string text = read_file(entry.path(), rel);
        Diagnostics d;
        CHECK(rewrite(folder, text, rel, d) == text);
        CHECK(d.empty());
        ++files;
    }
    }
    CHECK(files >= 2 * 57 + 42 * 2 + 100);
}

TEST_CASE("unknown keys survive a rewrite, after the known ones, in their order") {
    std::string text =
        "id: ana\nname: Ana\nroles: [mentee]\nactive: true\nzeta: 1\nalpha:\n  nested: [x, y]\n";
    Diagnostics d;
    auto p = read_person(yaml::parse(text, "people/ana.yaml"), "people/ana.yaml", d);
    REQUIRE(p);
    CHECK(d.empty());
    p->team = "Data";
    CHECK(yaml::emit(write_person(*p)) ==
          "id: ana\nname: Ana\nroles: [mentee]\nactive: true\nteam: Data\nzeta: 1\nalpha:\n  nested: [x, y]\n");
}

TEST_CASE("a person file with many bad fields reports each, with line and column") {
    std::string text =
        "id: bob\nroles: [boss]\nseniority: lots\nlanguages: [french]\noffers:\n  python: 9\n"
        "wants:\n  go: urgent\nactive: maybe\nemail: nope\navailability: {mode: telepathy}\n";
    Diagnostics d;
    auto p = read_person(yaml::parse(text, "people/bob.yaml"), "people/bob.yaml", d);
    REQUIRE(p);
    sort_diagnostics(d);
    REQUIRE(d.size() == 8);
    CHECK(d[0].str() == "people/bob.yaml:2:9: error: 'roles' takes mentor or mentee, got \"boss\"");
    CHECK(d[1].str() == "people/bob.yaml:3:12: error: 'seniority' must be a whole number from 0 to 80, got \"lots\"");
    CHECK(d[2].str().find("people/bob.yaml:4:13: error: 'languages' takes two-letter") == 0);
    CHECK(d[3].str() == "people/bob.yaml:6:11: error: 'offers: python' must be a whole number from 1 to 5, got \"9\"");
    CHECK(d[4].str() == "people/bob.yaml:8:7: error: 'wants: go' must be high, medium or low, got \"urgent\"");
    CHECK(d[5].str() == "people/bob.yaml:9:9: error: 'active' must be true or false, got \"maybe\"");
    CHECK(d[6].str().find("people/bob.yaml:10:8: error: 'email' must be an address") == 0);
    CHECK(d[7].str().find("'availability: mode' must be remote, in-person or any") != std::string::npos);
}

TEST_CASE("a quoted number is not a number") {
    Diagnostics d;
    auto p = read_person(yaml::parse("id: x\ncapacity: \"3\"\n", "people/x.yaml"), "people/x.yaml", d);
    REQUIRE(d.size() == 1);
    CHECK(d[0].message.find("'capacity' must be a whole number") == 0);
}

TEST_CASE("pairs: enums, dates and required members") {
    Diagnostics d;
    auto p = read_pair(yaml::parse("mentor: a\nkind: classical\nstatus: done\ncreated: 2026-02-30\n", "pairs/a--b.yaml"),
                       "pairs/a--b.yaml", d);
    REQUIRE(p);
    sort_diagnostics(d);
    REQUIRE(d.size() == 4);
    CHECK(d[0].message == "missing 'mentee' (the mentee's person id)");
    CHECK(d[1].message == "'kind' must be classic, reverse or peer, got \"classical\"");
    CHECK(d[2].message == "'status' must be proposed, active, paused or closed, got \"done\"");
    CHECK(d[3].message == "'created' must be a date YYYY-MM-DD, got \"2026-02-30\"");
}

TEST_CASE("settings: defaults, weights, and a newer schema") {
    Diagnostics d;
    Settings s = read_settings(yaml::parse("schema: 1\ndefaults: {capacity: 4}\nmatching:\n  weights: {skills: 70}\n  colour: blue\n",
                                           "mentor.yaml"),
                               "mentor.yaml", d);
    CHECK(s.default_capacity == 4);
    CHECK(s.matching.weights.skills == 70);
    CHECK(s.matching.weights.interests == 10);
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::Warning);
    d.clear();
    read_settings(yaml::parse("schema: 2\n", "mentor.yaml"), "mentor.yaml", d);
    REQUIRE(d.size() == 1);
    CHECK(d[0].message.find("newer than this mentor understands") != std::string::npos);
}

TEST_CASE("slugs transliterate accented Latin letters") {
    CHECK(slugify("Élodie Dupré") == "elodie-dupre");
    CHECK(slugify("François Garçon") == "francois-garcon");
    CHECK(slugify("Anaïs Cœur") == "anais-coeur");
    CHECK(slugify("Jürgen Weiß") == "jurgen-weiss");
    CHECK(slugify("Søren Ødegaard") == "soren-odegaard");
    CHECK(slugify("Æsa Łukasz") == "aesa-lukasz");
    CHECK(slugify("Ștefan Țurcanu") == "stefan-turcanu");
    CHECK(slugify("e\xcc\x81lise") == "elise");  // combining acute accent
    CHECK(slugify("  James  O'Brien -- Jr. ") == "james-o-brien-jr");
    CHECK(slugify("李小龙") == "");
    CHECK(slugify("\xff\xfe bad bytes") == "bad-bytes");
    CHECK(slugify(std::string(300, 'a')).size() == 64);
}

TEST_CASE("ids: valid slugs only, never a path") {
    CHECK(is_valid_id("jean-martin"));
    CHECK(is_valid_id("a"));
    CHECK(is_valid_id("0x"));
    CHECK(is_valid_id(std::string(64, 'a')));
    for (const char* bad : {"", "../x", "a/b", ".hidden", "-a", "a-", "a--b", "A", "a b", "é", "a.yaml"}) {
        CAPTURE(bad);
        CHECK_FALSE(is_valid_id(bad));
    }
    CHECK_FALSE(is_valid_id(std::string(65, 'a')));
    CHECK(split_pair_id("ana--bob")->first == "ana");
    CHECK_FALSE(split_pair_id("ana---bob"));
    CHECK_FALSE(split_pair_id("../x--bob"));
    CHECK_THROWS_AS(require_valid_id("../x", "person id"), Error);
}

TEST_CASE("collision suffixes stay within 64 characters") {
    auto taken = [](const std::string& id) { return id == "ana" || id == "ana-2"; };
    CHECK(unique_id("ana", taken) == "ana-3");
    CHECK(unique_id("bob", taken) == "bob");
    std::string long_id(64, 'b');
    std::string next = unique_id(long_id, [&](const std::string& id) { return id == long_id; });
    CHECK(next.size() == 64);
    CHECK(next.substr(62) == "-2");
}
