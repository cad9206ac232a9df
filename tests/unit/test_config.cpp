// The user's config.yaml: where it is, what it may say, and the messages
// for what it may not. Also the "did you mean" suggestions.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "mentor/core/suggest.hpp"
#include "mentor/store/config.hpp"

namespace fs = std::filesystem;
using namespace mentor;

namespace {
struct TempConfig {
    fs::path dir, file;
    TempConfig() {
        char pattern[] = "/tmp/mentor-config-test.XXXXXX";
        dir = ::mkdtemp(pattern);
        file = dir / "config.yaml";
    }
    ~TempConfig() { fs::remove_all(dir); }
    UserConfig read(const std::string& text) const {
        std::ofstream(file) << text;
        return read_user_config(file, "/home/ada");
    }
};
}  // namespace

TEST_CASE("the config file is found per the XDG base directory spec") {
    CHECK(user_config_path("/x/conf", "/home/ada") == fs::path("/x/conf/mentor/config.yaml"));
    CHECK(user_config_path(nullptr, "/home/ada") == fs::path("/home/ada/.config/mentor/config.yaml"));
    CHECK(user_config_path("relative", "/home/ada") == fs::path("/home/ada/.config/mentor/config.yaml"));
    CHECK(user_config_path("", "/home/ada") == fs::path("/home/ada/.config/mentor/config.yaml"));
    CHECK(user_config_path(nullptr, nullptr).empty());
    CHECK(user_config_path(nullptr, "").empty());
    // The age identity lives beside it, by the same rule.
    CHECK(user_identity_path("/x/conf", "/home/ada") == fs::path("/x/conf/mentor/identity.txt"));
    CHECK(user_identity_path("relative", "/home/ada") == fs::path("/home/ada/.config/mentor/identity.txt"));
    CHECK(user_identity_path(nullptr, nullptr).empty());
}

TEST_CASE("a missing config is an empty one") {
    TempConfig t;
    UserConfig c = read_user_config(t.dir / "absent.yaml", "/home/ada");
    CHECK(c.path.empty());
    CHECK_FALSE(c.dir);
    CHECK_FALSE(c.autocommit);
    CHECK(read_user_config({}, nullptr).path.empty());
}

TEST_CASE("every setting is read, ~/ is the home folder") {
    TempConfig t;
    UserConfig c = t.read("dir: ~/mentoring\neditor: nano -w\ncolor: never\nautocommit: true\n");
    CHECK(c.path == t.file);
    REQUIRE(c.dir);
    CHECK(*c.dir == fs::path("/home/ada/mentoring"));
    CHECK(c.editor == std::optional<std::string>("nano -w"));
    CHECK(c.color == std::optional<std::string>("never"));
    CHECK(c.autocommit == std::optional<bool>(true));
    CHECK(c.warnings.empty());
    CHECK(*t.read("dir: /srv/records\n").dir == fs::path("/srv/records"));
    CHECK_FALSE(t.read("").dir);
    CHECK_FALSE(t.read("# only a comment\n").dir);
}

TEST_CASE("bad values are errors with file, line and column; unknown keys are warnings") {
    TempConfig t;
    const std::string f = t.file.string();
    CHECK_THROWS_WITH_AS(t.read("dir: records\n"), doctest::Contains((f + ":1:6: 'dir' must be an absolute path").c_str()), Error);
    CHECK_THROWS_WITH_AS(t.read("editor: vi\ncolor: red\n"), doctest::Contains((f + ":2:8: 'color' must be auto, always or never").c_str()), Error);
    CHECK_THROWS_WITH_AS(t.read("autocommit: perhaps\n"), doctest::Contains((f + ":1:13:").c_str()), Error);
    CHECK_THROWS_WITH_AS(t.read("- dir\n"), doctest::Contains(f.c_str()), Error);
    CHECK_THROWS_WITH_AS(t.read("dir: [\n"), doctest::Contains(f.c_str()), Error);
    UserConfig c = t.read("colour: never\ncolor: auto\n");
    REQUIRE(c.warnings.size() == 1);
    CHECK(c.warnings[0].str().find("unknown setting 'colour'") != std::string::npos);
    CHECK(c.color == std::optional<std::string>("auto"));
}

TEST_CASE("did you mean: near names only, closest first") {
    const std::vector<std::string> ids = {"alice-martin", "alicia-marin", "bob-stone", "list", "log"};
    CHECK(edit_distance("lsit", "list") == 1);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(closest_ids("alice-martn", ids, 3) == std::vector<std::string>{"alice-martin", "alicia-marin"});
    CHECK(closest_ids("bob", ids, 1) == std::vector<std::string>{"bob-stone"});  // contains it: nearest
    CHECK(closest_ids("zzzzzz", ids, 3).empty());
    CHECK(did_you_mean("lsit", ids) == "; did you mean list?");
    CHECK(did_you_mean("qqqqqqqq", ids).empty());
    CHECK(closest_ids(std::string(5000, 'a'), ids, 3).empty());
}
