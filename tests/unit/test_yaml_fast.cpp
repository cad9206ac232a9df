// The fast reader of canonical YAML (src/formats/yaml_fast.cpp) against
// libyaml: on every input, it either declines or gives the very tree libyaml
// gives (kinds, styles, bytes, order and marks). A wrong tree would be a
// silent data bug, so the inputs are many: the repository's YAML files, a
// generated program, emitted random trees, and mutations of all of these.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "formats/yaml_read.hpp"
#include "mentor/core/error.hpp"
#include "mentor/formats/yaml.hpp"
#include "temp_dir.hpp"

using mentor::yaml::Node;
namespace y = mentor::yaml;
namespace d = mentor::yaml::detail;
namespace fs = std::filesystem;

namespace {

enum class Outcome { Declined, Agreed, Differed };

// Runs both readers on `text`; on a difference, says what it is.
Outcome compare(const std::string& text, const y::ParseLimits& limits = {}) {
    std::optional<Node> fast = d::parse_canonical(text, d::bounded_limits(limits, text.size()));
    if (!fast) return Outcome::Declined;
    std::string diff;
    try {
        diff = d::first_difference(*fast, d::parse_libyaml(text, "t.yaml", limits));
    } catch (const mentor::Error& e) {
        diff = std::string("libyaml refuses it: ") + e.what();
    }
    if (diff.empty()) return Outcome::Agreed;
    FAIL_CHECK("fast reader differs from libyaml: " << diff << "\n--- text:\n" << text);
    return Outcome::Differed;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// With `records_only`, without mentor.yaml: `init` writes it with comments.
std::vector<std::string> yaml_files_under(const fs::path& root, bool records_only = false) {
    std::vector<std::string> texts;
    for (const auto& entry : fs::recursive_directory_iterator(root))
        if (entry.is_regular_file() && entry.path().extension() == ".yaml" &&
            !(records_only && entry.path().filename() == "mentor.yaml"))
            texts.push_back(read_file(entry.path()));
    return texts;
}

// Random trees, made of the strings that trip readers up.
class Trees {
public:
    explicit Trees(uint32_t seed) : rng_(seed) {}

    Node document() {
        Node root = Node::map();
        int keys = 1 + pick(6);
        for (int i = 0; i < keys; ++i) add(root, value(0));
        return root;
    }

    std::string text() {
        static const char* const pieces[] = {
            "", "a", "ana", "Zoë", "日本語", "😀", "null", "~", "Null", "NULL", "true", "yes", "No", "on", "y", "1",
            "-1", "0x1F", "1e3", "1_000", "3.14", ".inf", "2026-03-09", "12:30", "2026-03-09T10:00:00Z", "- a", "-x",
            "a: b", "a:b", "a #b", "a#b", "#c", " lead", "trail ", "  ", "'", "''", "\"", "\\", "\\n", "[x]", "{y}", ",",
            "?", "? x", ":", "|", ">", "&a", "*a", "!t", "!!str", "%", "@", "`", "---", "...", "=", "<<", "\x01", "\x7f",
            "\t", "\n", "\n\n", "\r", "\r\n", "\xc2\x85", "\xc2\xa0", "\xe2\x80\xa8", "\xe2\x80\xa9", "\xef\xbb\xbf",
            "é\nü", "line one\nline two", "  indented\nnext", "x\n  y\n", "http://x.y/z?q=1", "a, b", "[", "]", "}", "{",
        };
        constexpr size_t kPieces = sizeof pieces / sizeof pieces[0];
        std::string s;
        int n = pick(4);
        for (int i = 0; i < n; ++i) s += pieces[pick(kPieces)];
        if (pick(3) == 0) s += std::string(1 + pick(3), "abc xyz"[pick(7)]);
        return s;
    }

private:
    std::mt19937 rng_;

    int pick(size_t n) { return static_cast<int>(rng_() % n); }

    void add(Node& map, Node v) {
        std::string key = text();
        for (const auto& e : map.entries())
            if (e.first == key) return;  // a tree has no duplicate keys
        map.set(std::move(key), std::move(v));
    }

    Node scalar() {
        switch (pick(5)) {
            case 0: return Node::null();
            case 1: return Node::plain(text());
            default: return Node::text(text());
        }
    }

    Node value(int depth) {
        int kind = depth > 3 ? 0 : pick(8);
        if (kind <= 3) return scalar();
        if (kind == 4) {  // a list of scalars (flow when short)
            Node list = Node::sequence();
            for (int i = pick(6); i > 0; --i) list.push_back(scalar());
            return list;
        }
        if (kind == 5) {  // a list of maps or lists
            Node list = Node::sequence();
            for (int i = 1 + pick(3); i > 0; --i) list.push_back(value(depth + 1));
            return list;
        }
        Node map = Node::map();
        for (int i = pick(4); i > 0; --i) add(map, value(depth + 1));
        return map;
    }
};

// Small edits of a canonical text: the fast reader must decline or agree.
// Returns how many of the edited texts it read (and libyaml read the same).
int mutate_and_compare(const std::string& text, std::mt19937& rng, int rounds) {
    int agreed = 0;
    static const std::string alphabet = std::string(" \n\t\r:-#'\"[]{},|>&*!%@`\\~?.0x") + "\xc3\xa9\xe2\x80\xa8\xef\xbb\xbf";
    for (int r = 0; r < rounds; ++r) {
        std::string m = text;
        for (int edits = 1 + static_cast<int>(rng() % 3); edits > 0 && !m.empty(); --edits) {
            size_t at = rng() % m.size();
            char c = alphabet[rng() % alphabet.size()];
            switch (rng() % 3) {
                case 0: m.erase(at, 1); break;
                case 1: m.insert(at, 1, c); break;
                default: m[at] = c; break;
            }
        }
        agreed += compare(m) == Outcome::Agreed;
    }
    return agreed;
}

}  // namespace

TEST_CASE("fast YAML reader: hand-picked canonical and near-canonical texts") {
    // Accepted: the tree is libyaml's.
    for (const char* text : {
             "id: ana\nname: \"Ana\"\nlist:\n  - 1\n  - two\n",
             "a: [x, \"y z\", null, ~]\nb: []\nc: {}\nd: null\n",
             "notes: |\n  one\n\n  two\n    indented\nafter: x\n",
             "keep: |+\n  a\n\n\nstrip: |-\n  b\nclip: |\n  c\n\n",
             "- a: 1\n  b:\n    - x\n    - y: 2\n      z: [3]\n- plain\n- \"q\"\n-\n  - nested\n",
             "\"quoted key\": 'it''s'\nesc: \"a\\\"b\\\\c\\n\\t\\x01\\u00e9\\L\\P\\uFEFF\\0\"\n",
             "nom: Zoë\nville: 日本語 😀\nclé: \"é\"\n",
             "text: |\n  tab\there\n", "text: |\n  a\n  \tb\n",
             "url: http://x.y/z?q=1#f\ntime: 12:30\nneg: -1\n",
         }) {
        CAPTURE(text);
        CHECK(compare(text) == Outcome::Agreed);
    }
    // Declined: outside the subset, or refused by libyaml (which then says why).
    for (const char* text : {
             "", "\n", "plain scalar document\n", "a: 1", "a: 1\r\n", "\xef\xbb\xbf" "a: 1\n", "a:  1\n", "a: 1 \n",
             "a:\tb\n", "\ta: 1\n", "a: 1 # comment\n", "# comment\na: 1\n", "---\na: 1\n", "a: &x 1\nb: *x\n",
             "a: !!str 1\n", "a: {b: c}\n", "a: \"multi\n  line\"\n", "a: \"\\e\"\n", "a: \"\\ud800\"\n", "a: 1\na: 2\n",
             "a:\n   b: 1\n", "a:\n- b\n", "a: b\n  c\n", "a: b\n\nc: d\n", "a: >\n  folded\n", "a: |2\n  x\n",
             "a:\n", "a: [b,c]\n", "a: [b, c] # x\n", "a: [b: c]\n", "- - a\n", "a: b: c\n", "a: x:\n", "? a\n: b\n",
             "a: \xff\n", "a: \xc3\n", "a: \xc2\x85\n", "a: \xe2\x80\xa8\n", "a: \x01\n", "a: |\n\n", "a: |\n   x\n  y\n", "a: |\n  \tx\n",
             "a:\n  b: |\n    x\n  \ty\n",
             "\"a\":b\n", "a: 'x' y\n", "  a: 1\n", "a: 1\n  b: 2\n", "- a\nb: 1\n", "a: -\n", "a: - b\n", "...\n",
         }) {
        CAPTURE(text);
        CHECK(compare(text) == Outcome::Declined);
    }
}

TEST_CASE("fast YAML reader: a bad byte anywhere in a line is found (the check reads 8 bytes at a time)") {
    const std::string line = "key: abcdefghijklmnopqrstuvwxyz0123456789";
    CHECK(compare(line + "\n") == Outcome::Agreed);
    for (const char* bad : {"\x01", "\x1f", "\x7f", "\t", "\r", "\xc2\x85", "\xff", " \n"}) {
        for (size_t at = 5; at < line.size(); ++at) {
            CAPTURE(at);
            CHECK(compare(line.substr(0, at) + bad + line.substr(at) + "\n") == Outcome::Declined);
        }
    }
}

TEST_CASE("fast YAML reader: marks count characters, as libyaml does") {
    std::optional<Node> doc = d::parse_canonical("é日😀: [ü, \"ß\"]\n", {});
    REQUIRE(doc);
    const Node& list = doc->entries()[0].second;
    CHECK(list.mark.column == 6);  // after 3 characters (9 bytes) and ": "
    CHECK(list.items()[1].mark.column == 10);
    CHECK(compare("é日😀: [ü, \"ß\"]\n") == Outcome::Agreed);
    // A long list's marks are counted on from item to item: each must still
    // be the column of its own first character.
    const std::string line = "k: [é, 日本, \"😀 x\", plain, 'ü', ß, \"a, b\", z]\n";
    doc = d::parse_canonical(line, {});
    REQUIRE(doc);
    const std::vector<int> columns{5, 8, 12, 19, 26, 31, 34, 42};
    REQUIRE(doc->entries()[0].second.items().size() == columns.size());
    for (size_t i = 0; i < columns.size(); ++i) CHECK(doc->entries()[0].second.items()[i].mark.column == columns[i]);
    CHECK(compare(line) == Outcome::Agreed);
}

TEST_CASE("fast YAML reader: limits are libyaml's, and past them it declines") {
    y::ParseLimits shallow;
    shallow.max_depth = 2;
    CHECK(compare("a:\n  b: 1\n", shallow) == Outcome::Agreed);
    CHECK(compare("a:\n  b:\n    c: 1\n", shallow) == Outcome::Declined);
    CHECK(compare("a: [[x]]\n", shallow) == Outcome::Declined);
    y::ParseLimits few;
    few.max_nodes = 4;  // the map, two keys, and one value
    CHECK(compare("a: 1\n", few) == Outcome::Agreed);
    CHECK(compare("a: 1\nb: 2\n", few) == Outcome::Declined);
    CHECK_THROWS_AS(y::parse("a: 1\nb: 2\n", "t.yaml", few), mentor::Error);
}

TEST_CASE("fast YAML reader: the repository's YAML files, and their mutations") {
    std::mt19937 rng(7);
    int agreed = 0;
    int files = 0;
    int mutants_read = 0;
    for (const char* dir : {"tests", "examples"}) {
        for (const std::string& text : yaml_files_under(fs::path(MENTOR_SOURCE_DIR) / dir)) {
            ++files;
            agreed += compare(text) == Outcome::Agreed;
            mutants_read += mutate_and_compare(text, rng, 8);
        }
    }
    MESSAGE(agreed << " of " << files << " files, " << mutants_read << " of " << 8 * files << " edited files read fast");
    CHECK(files > 100);
    CHECK(agreed > files / 2);  // the shipped records are canonical
    CHECK(mutants_read > files);  // the edits also reach the reader's paths, not only its declines
}

TEST_CASE("fast YAML reader: a generated program, every file, and truncations") {
    mentor::test::TempDir dir("mentor-yaml-fast");
    fs::path program = dir.path / "program";
    std::string command = std::string(MENTOR_GEN_RECORDS) + " " + program.string() + " 200 --pairs 40 >/dev/null";
    REQUIRE(std::system(command.c_str()) == 0);
    std::vector<std::string> texts = yaml_files_under(program, true);
    REQUIRE(texts.size() == 240);
    // More files: MENTOR_YAML_CORPUS=DIR (e.g. the program bench_report keeps),
    // whose records the tool wrote: every one must be read fast.
    if (const char* extra = std::getenv("MENTOR_YAML_CORPUS"))
        for (std::string& text : yaml_files_under(extra, true)) texts.push_back(std::move(text));
    for (const std::string& text : texts) CHECK(compare(text) == Outcome::Agreed);
    // Every prefix of a few files: a truncated file is read or declined, never misread.
    for (size_t f = 0; f < texts.size(); f += 40)
        for (size_t n = 0; n < texts[f].size(); ++n) compare(texts[f].substr(0, n));
}

TEST_CASE("fast YAML reader: emitted random trees are read fast, and as libyaml reads them") {
    Trees trees(20261202);
    std::mt19937 rng(11);
    int declined = 0;
    int mutants_read = 0;
    for (int i = 0; i < 3000; ++i) {
        const std::string text = y::emit(trees.document());
        Outcome outcome = compare(text);
        if (outcome == Outcome::Declined) {
            ++declined;
            // The speed must not be lost silently: say which text was declined.
            FAIL_CHECK("the fast reader declines the emitter's output:\n" << text);
        }
        if (i % 10 == 0) mutants_read += mutate_and_compare(text, rng, 20);
    }
    CHECK(declined == 0);
    MESSAGE(mutants_read << " of 6000 edited texts read fast");
    CHECK(mutants_read > 600);
}
