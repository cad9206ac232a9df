// The YAML model: parsing with positions, refusals, and the canonical writer,
// cross-checked against an independent YAML implementation (yaml-cpp).
#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include "mentor/core/error.hpp"
#include "mentor/formats/yaml.hpp"

using mentor::yaml::Node;
namespace y = mentor::yaml;

namespace {

// Every scalar string read by yaml-cpp from our output equals the original.
void check_independent_read(const Node& ours, const YAML::Node& theirs) {
    switch (ours.kind()) {
        case Node::Kind::Null:
            CHECK(theirs.IsNull());
            break;
        case Node::Kind::Scalar:
            REQUIRE(theirs.IsScalar());
            CHECK(theirs.Scalar() == ours.scalar());
            break;
        case Node::Kind::Sequence:
            REQUIRE(theirs.IsSequence());
            REQUIRE(theirs.size() == ours.items().size());
            for (size_t i = 0; i < ours.items().size(); ++i) check_independent_read(ours.items()[i], theirs[i]);
            break;
        case Node::Kind::Map:
            REQUIRE(theirs.IsMap());
            REQUIRE(theirs.size() == ours.entries().size());
            for (const auto& [k, v] : ours.entries()) check_independent_read(v, theirs[k]);
            break;
    }
}

std::string round_trip(const std::string& text) { return y::emit(y::parse(text, "t.yaml")); }

}  // namespace

TEST_CASE("parse gives scalars, maps in file order and positions") {
    Node doc = y::parse("id: ana\nname: \"Ana\"\nlist:\n  - 1\n  - two\nempty:\n", "t.yaml");
    REQUIRE(doc.is_map());
    REQUIRE(doc.entries().size() == 4);
    CHECK(doc.entries()[0].first == "id");
    CHECK(doc.find("id")->scalar() == "ana");
    CHECK_FALSE(doc.find("id")->is_text());
    CHECK(doc.find("name")->is_text());
    CHECK(doc.find("list")->items()[1].scalar() == "two");
    CHECK(doc.find("list")->items()[1].mark.line == 5);
    CHECK(doc.find("list")->items()[1].mark.column == 5);
    CHECK(doc.find("name")->key_mark.line == 2);
    CHECK(doc.find("empty")->is_null());
    CHECK(doc.find("missing") == nullptr);
}

TEST_CASE("parse refuses what records never need, with file, line and column") {
    auto error_of = [](const std::string& text) {
        try {
            y::parse(text, "people/x.yaml");
        } catch (const mentor::Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(error_of("a: 1\na: 2\n") == "people/x.yaml:2:1: duplicate key 'a'");
    CHECK(error_of("a: &x 1\nb: *x\n").find("anchors and aliases are not allowed") != std::string::npos);
    CHECK(error_of("a: !!python/object 1\n").find("tags are not allowed") != std::string::npos);
    CHECK(error_of("a: 1\n---\nb: 2\n").find("only one YAML document") != std::string::npos);
    CHECK(error_of("a: [1, 2\n").rfind("people/x.yaml:", 0) == 0);
    CHECK(error_of("a: b: c\n").find("invalid YAML") != std::string::npos);
    CHECK(error_of("? [a]\n: 1\n").find("map keys must be plain text") != std::string::npos);
    std::string deep(200, '[');
    CHECK(error_of(deep).find("nested too deeply") != std::string::npos);
    y::ParseLimits tiny;
    tiny.max_bytes = 4;
    CHECK_THROWS_WITH_AS(y::parse("a: 12345\n", "f.yaml", tiny), doctest::Contains("too large"), mentor::Error);
}

TEST_CASE("an alias bomb is refused at the first alias") {
    std::string bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n";
    CHECK_THROWS_AS(y::parse(bomb, "bomb.yaml"), mentor::Error);
}

TEST_CASE("empty documents are null") {
    CHECK(y::parse("", "e.yaml").is_null());
    CHECK(y::parse("# only a comment\n", "e.yaml").is_null());
}

TEST_CASE("canonical form is stable: emit(parse(emit(x))) == emit(x)") {
    const char* canonical[] = {
        "id: elodie-dupre\nname: Élodie Dupré\nroles: [mentor, mentee]\nseniority: 12\n",
        "offers:\n  - skill: leadership\n    level: 5\n  - skill: public speaking\n    level: 4\n",
        "notes: |\n  First line.\n\n  Third line.\n",
        "notes: |-\n  two lines,\n  no final newline\n",
        "notes: single line stays plain\n",
        "notes: |+\n  two final newlines\n\n",
        "a: {}\nb: []\nc: null\n",
        "nested:\n  deeper:\n    x: \"1\"\n    z: 1\n    \"y\": 2\n",
        "list:\n  - [a, b]\n  -\n    - |-\n      multi\n      line\n",
        "quoted: \"yes\"\nkey with space: v\n\"123\": number-like key\n",
    };
    for (const char* text : canonical) {
        CAPTURE(text);
        CHECK(round_trip(text) == text);
    }
}

TEST_CASE("text that would change type or break syntax is quoted") {
    Node doc = Node::map();
    const char* tricky[] = {"true", "no", "null", "~", "123", "1.5", "-1", "2026-11-23", "a: b", "a #b",
                            "- x", "[x]", "{x}", "#x", "&x", "*x", "!x", "|x", ">x", "'x", "\"x",
                            "%x", "@x", "`x", "---", "...", " lead", "trail ", "tab\there", "ends:",
                            "", "=", "<<", ".inf", "-.Inf", ".NaN", "0x1F", "1e3", "1_000", "12:30", "2026-11-23T10:00:00Z", "line\r\nbreak", "\x01", "nel\xc2\x85", "ls\xe2\x80\xa8", "bom\xef\xbb\xbf"};
    int i = 0;
    for (const char* t : tricky) doc.set("k" + std::to_string(i++), Node::text(t));
    std::string out = y::emit(doc);
    Node back = y::parse(out, "t.yaml");
    check_independent_read(doc, YAML::Load(out));
    for (const auto& [k, v] : doc.entries()) {
        CAPTURE(v.scalar());
        REQUIRE(back.find(k)->is_scalar());
        CHECK(back.find(k)->scalar() == v.scalar());
    }
}

TEST_CASE("multi-line text becomes a literal block only when it reads back exactly") {
    Node doc = Node::map();
    doc.set("plain", Node::text("Line one.\nLine two.\n"));
    doc.set("trailing_space", Node::text("x \ny\n"));
    doc.set("leading_space", Node::text("  indented\nnext\n"));
    doc.set("blank_lines", Node::text("\n\na\n\n\n"));
    doc.set("unicode", Node::text("Café ☕\n日本語\n"));
    std::string out = y::emit(doc);
    CHECK(out.find("plain: |\n  Line one.\n  Line two.\n") != std::string::npos);
    CHECK(out.find("trailing_space: \"x \\ny\\n\"") != std::string::npos);
    check_independent_read(doc, YAML::Load(out));
    Node back = y::parse(out, "t.yaml");
    for (const auto& [k, v] : doc.entries()) CHECK(back.find(k)->scalar() == v.scalar());
    CHECK(out.find(" \n") == std::string::npos);
}

TEST_CASE("long or unusual scalar lists go to block style") {
    Node doc = Node::map();
    Node longlist = Node::sequence();
    for (int i = 0; i < 30; ++i) longlist.push_back(Node::text("item-" + std::to_string(i)));
    doc.set("long", longlist);
    Node odd = Node::sequence();
    odd.push_back(Node::text("a, b"));
    odd.push_back(Node::text("multi\nline"));
    doc.set("odd", odd);
    std::string out = y::emit(doc);
    CHECK(out.find("long:\n  - item-0\n") != std::string::npos);
    check_independent_read(doc, YAML::Load(out));
    CHECK(y::emit(y::parse(out, "t.yaml")) == out);
}

TEST_CASE("digit-led text with other letters stays bare") {
    Node doc = Node::map();
    doc.set("cohort", Node::text("2026-spring"));
    doc.set("date_like", Node::text("2026-03-02"));
    CHECK(y::emit(doc) == "cohort: 2026-spring\ndate_like: \"2026-03-02\"\n");
}

TEST_CASE("flow lists quote items that need it") {
    Node doc = Node::map();
    Node list = Node::sequence();
    list.push_back(Node::text("a, b"));
    list.push_back(Node::text("yes"));
    list.push_back(Node::text("plain"));
    doc.set("l", list);
    CHECK(y::emit(doc) == "l: [\"a, b\", \"yes\", plain]\n");
}
