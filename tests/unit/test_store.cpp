// The store: finding the directory, loading with diagnostics, and writes
// that are all or nothing.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <map>

#include "mentor/store/init.hpp"
#include "mentor/store/lock.hpp"
#include "mentor/store/recovery.hpp"
#include "mentor/store/store.hpp"

namespace fs = std::filesystem;
using namespace mentor;

namespace {

// A fresh records directory under the system's temporary folder.
struct TempRecords {
    fs::path root;
    TempRecords() {
        char pattern[] = "/tmp/mentor-store-test.XXXXXX";
        root = ::mkdtemp(pattern);
        init_records_dir(root, "test");
    }
    ~TempRecords() { fs::remove_all(root); }
    void put(const std::string& rel, const std::string& content) const {
        fs::create_directories((root / rel).parent_path());
        std::ofstream(root / rel) << content;
    }
    std::string get(const std::string& rel) const { return read_file(root / rel, rel); }
    // Every file in the directory, temporary ones included.
    std::vector<std::string> files() const {
        std::vector<std::string> out;
        for (const auto& e : fs::recursive_directory_iterator(root))
            if (e.is_regular_file()) out.push_back(fs::relative(e.path(), root).string());
        std::sort(out.begin(), out.end());
        return out;
    }
};

}  // namespace

TEST_CASE("find_records_dir: flag, environment, ancestors, and a hint to init") {
    TempRecords t;
    fs::create_directories(t.root / "people" / "deep");
    CHECK(find_records_dir(std::nullopt, std::nullopt, t.root / "people" / "deep") == t.root);
    CHECK(find_records_dir(t.root.string(), std::nullopt, "/") == fs::absolute(t.root));
    CHECK(find_records_dir(std::nullopt, t.root.string(), "/") == fs::absolute(t.root));
    CHECK_THROWS_WITH_AS(find_records_dir(std::nullopt, std::nullopt, "/"), doctest::Contains("mentor init"), Error);
    CHECK_THROWS_WITH_AS(find_records_dir((t.root / "people").string(), std::nullopt, "/"),
                         doctest::Contains("no mentor.yaml in"), Error);
}

TEST_CASE("loading reports every bad file and keeps the good ones") {
    TempRecords t;
    t.put("people/ana.yaml", "id: ana\nname: Ana\nroles: [mentee]\n");
    t.put("people/bob.yaml", "id: bob\nname: [\n");
    t.put("people/cy.yaml", "id: cy\nseniority: old\n");
    t.put("people/not-me.yaml", "id: someone\n");
    t.put("pairs/ana--bob.yaml", "mentor: ana\nmentee: cy\n");
    t.put("people/notes.txt", "hello");
    Records r = Store(t.root).load();
    REQUIRE(r.people.size() == 3);  // ana, cy (with its error), not-me (id fixed to the file name)
    CHECK(r.person("ana"));
    CHECK(r.person("not-me"));
    CHECK(r.person_id_taken("bob"));  // a broken file still holds its id
    std::vector<std::string> files;
    for (const auto& d : r.diagnostics) files.push_back(d.where.file);
    CHECK(std::count(files.begin(), files.end(), "people/bob.yaml") == 1);
    CHECK(std::count(files.begin(), files.end(), "people/cy.yaml") == 1);
    CHECK(std::count(files.begin(), files.end(), "people/not-me.yaml") == 1);
    CHECK(std::count(files.begin(), files.end(), "pairs/ana--bob.yaml") == 1);
    CHECK(std::count(files.begin(), files.end(), "people/notes.txt") == 1);
    CHECK(has_errors(r.diagnostics));
}

TEST_CASE("loading many files in parallel gives them sorted by id") {
    TempRecords t;
    for (int i = 0; i < 500; ++i) t.put("people/p" + std::to_string(i) + ".yaml", "id: p" + std::to_string(i) + "\nroles: [mentee]\n");
    t.put("people/a.yaml", "id: a\n");
    t.put("people/a-2.yaml", "id: a-2\n");
    Records r = Store(t.root).load();
    CHECK(r.diagnostics.empty());
    REQUIRE(r.people.size() == 502);
    CHECK(std::is_sorted(r.people.begin(), r.people.end(), [](const Person& x, const Person& y) { return x.id < y.id; }));
    CHECK(r.person("a-2"));
    CHECK(r.person("p499"));
}

TEST_CASE("writes are all or nothing and leave no temporary file") {
    TempRecords t;
    Store store(t.root);
    t.put("people/old.yaml", "id: old\n");
    auto before = t.files();
    // The third file cannot be written: its folder is a regular file.
    t.put("blocker", "x");
    before = t.files();
    CHECK_THROWS_AS(store.write({{"people/old.yaml", "id: old\nname: New\n"},
                                 {"people/new.yaml", "id: new\n"},
                                 {"blocker/x.yaml", "boom\n"}}),
                    Error);
    CHECK(t.files() == before);
    CHECK(t.get("people/old.yaml") == "id: old\n");

    // A rename that fails half-way puts back what was already renamed.
    fs::create_directories(t.root / "people" / "dir.yaml" / "inside");
    CHECK_THROWS_AS(store.write({{"people/old.yaml", "id: old\nname: New\n"},
                                 {"people/new.yaml", "id: new\n"},
                                 {"people/dir.yaml", "id: dir\n"}}),
                    Error);
    CHECK(t.get("people/old.yaml") == "id: old\n");
    CHECK_FALSE(fs::exists(t.root / "people" / "new.yaml"));
    CHECK(t.files() == before);

    store.write({{"people/old.yaml", "id: old\nname: New\n"}, {"people/new.yaml", "id: new\n"}});
    CHECK(t.get("people/old.yaml") == "id: old\nname: New\n");
    CHECK(t.get("people/new.yaml") == "id: new\n");
}

TEST_CASE("writes never leave the directory or follow a symbolic link") {
    TempRecords t;
    Store store(t.root);
    CHECK_THROWS_WITH_AS(store.write({{"../escape.yaml", "x"}}), doctest::Contains("outside the records directory"), Error);
    CHECK_THROWS_AS(store.write({{"/etc/x.yaml", "x"}}), Error);
    char outside_pattern[] = "/tmp/mentor-outside.XXXXXX";
    fs::path outside = ::mkdtemp(outside_pattern);
    fs::create_symlink(outside, t.root / "people" / "link");
    CHECK_THROWS_WITH_AS(store.write({{"people/link/x.yaml", "x"}}), doctest::Contains("symbolic link"), Error);
    fs::create_symlink(outside / "target.yaml", t.root / "people" / "sneaky.yaml");
    CHECK_THROWS_WITH_AS(store.write({{"people/sneaky.yaml", "x"}}), doctest::Contains("symbolic link"), Error);
    CHECK(fs::is_empty(outside));
    fs::remove_all(outside);
}

TEST_CASE("a rewrite keeps the file's mode") {
    TempRecords t;
    Store store(t.root);
    store.write({{"journal/a--b/2026-01-01.yaml", "date: 2026-01-01\n"}});
    fs::permissions(t.root / "journal/a--b/2026-01-01.yaml", fs::perms::owner_read | fs::perms::owner_write);
    store.write({{"journal/a--b/2026-01-01.yaml", "date: 2026-01-01\nrating: 4\n"}});
    auto perms = fs::status(t.root / "journal/a--b/2026-01-01.yaml").permissions();
    CHECK((perms & fs::perms::group_read) == fs::perms::none);
    CHECK((perms & fs::perms::others_read) == fs::perms::none);
}

TEST_CASE("init refuses to overwrite a program's settings") {
    TempRecords t;
    std::string before = t.get("mentor.yaml");
    CHECK_THROWS_WITH_AS(init_records_dir(t.root, "again"), doctest::Contains("already exists"), Error);
    CHECK(t.get("mentor.yaml") == before);
    Settings s = Store(t.root).load_settings();
    CHECK(s.program == "test");
    CHECK(s.default_capacity == 2);
}

TEST_CASE("a write of several files leaves no journal, and recovery finishes or rolls back one left") {
    TempRecords t;
    Store store(t.root);
    store.write({{"people/a.yaml", "id: a\n"}, {"people/b.yaml", "id: b\n"}});
    CHECK(!fs::exists(t.root / layout::kWriteJournalName));
    CHECK(recover_interrupted_write(t.root).empty());  // nothing to do
    CHECK(find_interrupted_write(t.root).empty());

    // Killed after its journal: finished.
    t.put("people/.a.yaml.tmp-AAAAAA", "id: a\nname: new\n");
    t.put("people/.c.yaml.tmp-BBBBBB", "id: c\n");
    t.put(layout::kWriteJournalName, "mentor write journal 1\n1\t644\tpeople/a.yaml\tpeople/.a.yaml.tmp-AAAAAA\t\n"
                             "0\t600\tpeople/c.yaml\tpeople/.c.yaml.tmp-BBBBBB\t\n");
    CHECK(find_interrupted_write(t.root).size() == 3);  // the journal and two temporary files
    CHECK(recover_interrupted_write(t.root) == "finished an interrupted write of 2 files");
    CHECK(t.get("people/a.yaml") == "id: a\nname: new\n");
    CHECK(t.get("people/c.yaml") == "id: c\n");
    CHECK((fs::status(t.root / "people/c.yaml").permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(find_interrupted_write(t.root).empty());

    // Killed while undoing: rolled back.
    CHECK(::link((t.root / "people/a.yaml").c_str(), (t.root / "people/.a.yaml.tmp-CCCCCC.old").c_str()) == 0);
    t.put("people/.a.yaml.tmp-DDDDDD", "");  // a stray copy of an unfinished write
    fs::remove(t.root / "people/a.yaml");
    t.put("people/a.yaml", "id: a\nname: newer\n");
    t.put("people/d.yaml", "id: d\n");
    t.put(layout::kUndoJournalName, "mentor write journal 1\n1\t644\tpeople/a.yaml\tpeople/.a.yaml.tmp-CCCCCC\tpeople/.a.yaml.tmp-CCCCCC.old\n"
                            "0\t644\tpeople/d.yaml\tpeople/.d.yaml.tmp-EEEEEE\t\n");
    CHECK(recover_interrupted_write(t.root) ==
          "rolled back an interrupted write of 2 files; removed 1 temporary file left by an interrupted write");
    CHECK(t.get("people/a.yaml") == "id: a\nname: new\n");
    CHECK(!fs::exists(t.root / "people/d.yaml"));
    CHECK(find_interrupted_write(t.root).empty());

    // A journal it cannot trust changes nothing.
    t.put(layout::kWriteJournalName, "mentor write journal 1\n1\t644\t../outside\tpeople/.x.tmp-AAAAAA\t\n");
    CHECK_THROWS_WITH(recover_interrupted_write(t.root),
                      doctest::Contains("the journal of an interrupted write is damaged"));
    CHECK(fs::exists(t.root / layout::kWriteJournalName));
}

TEST_CASE("the lock file marks a write in progress; only a marked directory is swept for temporary files") {
    TempRecords t;
    t.put(std::string(layout::kLockFile), "");
    Store store(t.root);
    store.write({{"people/a.yaml", "id: a\n"}});
    CHECK(fs::file_size(t.root / layout::kLockFile) == 0);  // a finished write clears its mark

    // A temporary file with no mark (a power cut can lose one): left to validate, never to every command.
    t.put("people/.b.yaml.tmp-CCCCCC", "id: b\n");
    CHECK(recover_interrupted_write(t.root).empty());
    CHECK(find_interrupted_write(t.root).size() == 1);

    // A write killed between its first temporary file and its last: marked, so swept.
    mark_write_in_progress(t.root);
    CHECK(fs::file_size(t.root / layout::kLockFile) == 1);
    CHECK(recover_interrupted_write(t.root).find("removed 1 temporary file") != std::string::npos);
    CHECK(!fs::exists(t.root / "people/.b.yaml.tmp-CCCCCC"));
    CHECK(fs::file_size(t.root / layout::kLockFile) == 0);
    CHECK(find_interrupted_write(t.root).empty());
}

TEST_CASE("a folder handle lists names with their types, again from the start, and says why it cannot open") {
    TempRecords t;
    t.put("f/a.yaml", "x");
    t.put("f/.hidden", "");
    fs::create_directory(t.root / "f" / "sub");
    fs::create_symlink("a.yaml", t.root / "f" / "link.yaml");
    // More names than one listing call returns, to cross its buffer.
    for (int i = 0; i < 1500; ++i) t.put("f/entry-with-a-long-name-" + std::to_string(i) + ".yaml", "");
    FolderHandle dir(t.root / "f");
    REQUIRE(dir.fd() >= 0);
    CHECK_FALSE(dir.error());
    for (int pass = 0; pass < 2; ++pass) {
        std::error_code ec;
        auto entries = dir.entries(ec);
        CHECK_FALSE(ec);
        CHECK(entries.size() == 1504);
        std::map<std::string, FolderEntry::Type> types;
        for (const auto& e : entries) types[e.name] = e.type;
        CHECK(types.size() == 1504);  // no name twice, no "." or ".."
        CHECK(types.at("a.yaml") == FolderEntry::Type::File);
        CHECK(types.at(".hidden") == FolderEntry::Type::File);
        CHECK(types.at("sub") == FolderEntry::Type::Other);
        CHECK(types.at("link.yaml") == FolderEntry::Type::Link);
        CHECK(types.at("entry-with-a-long-name-1499.yaml") == FolderEntry::Type::File);
    }
    CHECK(read_file_at(dir.fd(), "a.yaml", "f/a.yaml") == "x");

    FolderHandle missing(t.root / "nothing");
    CHECK(missing.fd() < 0);
    CHECK(missing.error() == std::errc::no_such_file_or_directory);
    std::error_code ec;
    CHECK(missing.entries(ec).empty());
    FolderHandle file(t.root / "f" / "a.yaml");
    CHECK(file.error() == std::errc::not_a_directory);
    fs::create_directory_symlink("f", t.root / "g");
    FolderHandle link(t.root / "g");
    CHECK(link.fd() < 0);
    CHECK(link.error() == std::errc::too_many_symbolic_link_levels);
}
