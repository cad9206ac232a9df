// The three-way merge of YAML documents by field, and of record files.

#include <doctest/doctest.h>

#include "mentor/formats/yaml.hpp"
#include "mentor/formats/yaml_merge.hpp"
#include "mentor/store/merge.hpp"

using namespace mentor;

namespace {

yaml::MergeResult merge(const char* base, const char* ours, const char* theirs) {
    return yaml::merge3(yaml::parse(base, "base"), yaml::parse(ours, "ours"), yaml::parse(theirs, "theirs"));
}

std::string text(const yaml::MergeResult& r) { return yaml::emit(r.merged); }

}  // namespace

TEST_CASE("merge3: different fields merge, even on adjacent lines") {
    auto r = merge("name: Ann\ntitle: Dev\nteam: A\n", "name: Ann\ntitle: Lead\nteam: A\n", "name: Ann\ntitle: Dev\nteam: B\n");
    CHECK(r.conflicts.empty());
    CHECK(text(r) == "name: Ann\ntitle: Lead\nteam: B\n");
}

TEST_CASE("merge3: lists both sides extended become the union; removals hold") {
    auto r = merge("cohorts: [a, b]\n", "cohorts: [a, b, c]\n", "cohorts: [a, d]\n");
    CHECK(r.conflicts.empty());
    CHECK(text(r) == "cohorts: [a, c, d]\n");  // b removed by theirs, c and d added
    auto same = merge("l: [a]\n", "l: [a, x]\n", "l: [a, x]\n");
    CHECK(text(same) == "l: [a, x]\n");
}

TEST_CASE("merge3: lists of maps with ids merge item by item") {
    auto r = merge("goals:\n  - id: g1\n    status: open\n",
                   "goals:\n  - id: g1\n    status: achieved\n",
                   "goals:\n  - id: g1\n    status: open\n  - id: g2\n    status: open\n");
    CHECK(r.conflicts.empty());
    CHECK(text(r) == "goals:\n  - id: g1\n    status: achieved\n  - id: g2\n    status: open\n");
    auto both = merge("goals:\n  - id: g1\n    status: open\n", "goals:\n  - id: g1\n    status: achieved\n",
                      "goals:\n  - id: g1\n    status: dropped\n");
    REQUIRE(both.conflicts.size() == 1);
    CHECK(both.conflicts[0].field == "goals[g1].status");
}

TEST_CASE("merge3: the same field changed both ways is a conflict that keeps ours") {
    auto r = merge("title: Dev\nteam: A\n", "title: Lead\nteam: A\n", "title: Manager\nteam: C\n");
    REQUIRE(r.conflicts.size() == 1);
    CHECK(r.conflicts[0].field == "title");
    CHECK(r.conflicts[0].ours == "Lead");
    CHECK(r.conflicts[0].theirs == "Manager");
    CHECK(text(r) == "title: Lead\nteam: C\n");
}

TEST_CASE("merge3: unknown keys survive; a key deleted on one side is deleted") {
    auto r = merge("a: 1\nb: 2\n", "a: 1\nb: 2\nmine: x\n", "a: 1\nyours: y\n");
    CHECK(r.conflicts.empty());
    CHECK(text(r) == "a: 1\nmine: x\nyours: y\n");
    // Deleted on one side while changed on the other: a conflict, ours (deleted) kept.
    auto d = merge("a: 1\nb: 2\n", "a: 1\n", "a: 1\nb: 3\n");
    REQUIRE(d.conflicts.size() == 1);
    CHECK(d.conflicts[0].ours == "(absent)");
    CHECK(text(d) == "a: 1\n");
}

TEST_CASE("merge_record: the merge in the record's canonical order, unknown keys kept") {
    const std::string base = "id: ann\nname: Ann\nroles: [mentor]\nlanguages: [en]\n";
    const std::string ours = "id: ann\nname: Ann\nroles: [mentor]\nlanguages: [en, fr]\n";
    const std::string theirs = "id: ann\nname: Ann\nroles: [mentor]\nlanguages: [en, de]\nfavourite: tea\n";
    RecordMerge m = merge_record(base, ours, theirs, "records/people/ann.yaml");
    CHECK(m.conflicts.empty());
    CHECK(m.text.find("languages: [de, en, fr]\n") != std::string::npos);  // the writer's order
    CHECK(m.text.find("favourite: tea\n") != std::string::npos);
    // Not YAML: an error naming the file, for git's own conflict.
    CHECK_THROWS_WITH_AS(merge_record(base, "id: [", theirs, "people/ann.yaml"), doctest::Contains("people/ann.yaml"), Error);
}
