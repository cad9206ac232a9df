#include <doctest/doctest.h>

#include <stdlib.h>

#include <string>

#include "mentor/core/error.hpp"
#include "mentor/store/layout.hpp"

using namespace mentor;
namespace L = mentor::layout;

TEST_CASE("layout: the path of each record kind from its id") {
    CHECK(L::person_path("ana-lopez") == "people/ana-lopez.yaml");
    CHECK(L::pair_path("ana--bob") == "pairs/ana--bob.yaml");
    CHECK(L::plan_path("ana--bob") == "plans/ana--bob.yaml");
    CHECK(L::journal_folder("ana--bob") == "journal/ana--bob");
    CHECK(L::session_path("ann--bob", "2026-03-02-2") == "journal/ann--bob/2026-03-02-2.yaml");
    CHECK(L::path(L::Kind::Person, "x") == L::person_path("x"));
    CHECK(L::folder(L::Kind::Plan) == "plans");
    CHECK(L::kFolders.size() == 4);
}

TEST_CASE("layout: no path leaves the records directory") {
    for (const char* bad : {"../x", "a/b", ".hidden", "", "Upper", "a b", "-a", "a--b", "/etc/passwd", ".."})
        CHECK_THROWS_AS_MESSAGE(L::person_path(bad), Error, bad);
    for (const char* bad : {"ana", "../x--bob", "ana--", "--bob", "ana--bob/..", "ana--../bob", "ana---bob"}) {
        CHECK_THROWS_AS_MESSAGE(L::pair_path(bad), Error, bad);
        CHECK_THROWS_AS_MESSAGE(L::plan_path(bad), Error, bad);
        CHECK_THROWS_AS_MESSAGE(L::journal_folder(bad), Error, bad);
    }
    CHECK_THROWS_AS(L::session_path("ana--bob", "../../people/x"), Error);
    CHECK_THROWS_AS(L::session_path("ana--bob", "2026-03-02/../x"), Error);
    CHECK_THROWS_AS(L::session_path("../x", "2026-03-02"), Error);
    try {
        L::person_path("../x");
    } catch (const Error& e) {
        CHECK(std::string(e.what()).find("\"../x\" is not a valid person id") != std::string::npos);
    }
}

TEST_CASE("layout: recognising a record file name") {
    CHECK(L::record_stem("ana.yaml") == "ana");
    CHECK(L::record_stem("ana--bob.yaml") == "ana--bob");
    // Not records: other extensions, no stem, hidden names (temporary files, .gitkeep).
    for (const char* not_record : {"ana.yml", "ana.yaml~", ".yaml", "yaml", "", ".gitkeep", ".ana.yaml.tmp-AbC123", ".ana.yaml"})
        CHECK_MESSAGE(!L::record_stem(not_record), not_record);
    // The stem is handed back as it is: the caller reports a badly named file.
    CHECK(L::record_stem("Bad Name.yaml") == "Bad Name");
    CHECK(L::file_name("ana") == "ana.yaml");
    CHECK(L::is_hidden(".mentor.lock"));
    CHECK(L::is_hidden(std::string(L::kKeepFile)));
    CHECK_FALSE(L::is_hidden("ana.yaml"));
}

TEST_CASE("layout: session file stems") {
    CHECK(L::session_stem("2026-03-02", 1) == "2026-03-02");
    CHECK(L::session_stem("2026-03-02", 3) == "2026-03-02-3");
    auto s = L::parse_session_stem("2026-03-02-12");
    REQUIRE(s);
    CHECK(s->date == "2026-03-02");
    CHECK(s->number == 12);
    CHECK(s->kind == L::EntryKind::Session);
    CHECK(L::parse_session_stem("2026-03-02")->number == 1);
    for (const char* bad : {"2026-03-02-1", "2026-03-02-02", "2026-02-30", "notes", "2026-03-02-", "2026-03-02-x",
                            "2026-03-02.yaml", "2026-3-02", "2026-03-02-2-3", "2026-03-02--2", "2026-03-02-99999999999",
                            "", "2026-03-02 ", "x2026-03-02"})
        CHECK_MESSAGE(!L::parse_session_stem(bad), bad);
    // Every stem it writes, it reads back.
    for (int n : {1, 2, 9, 10, 999}) {
        auto back = L::parse_session_stem(L::session_stem("2024-02-29", n));
        REQUIRE(back);
        CHECK(back->date == "2024-02-29");
        CHECK(back->number == n);
    }
}

TEST_CASE("layout: the tool's own files") {
    CHECK(L::kSettingsFile == "mentor.yaml");
    CHECK(L::kLockFile == ".mentor.lock");
    std::string pattern = L::temporary_pattern("ana.yaml");
    CHECK(pattern == ".ana.yaml.tmp-XXXXXX");
    CHECK(L::is_hidden(pattern));  // listings skip a temporary file
    CHECK_FALSE(L::record_stem(pattern));
}

TEST_CASE("layout: the id a record file is named for") {
    CHECK(L::record_id(L::Kind::Person, "ana.yaml") == "ana");
    CHECK(L::record_id(L::Kind::Pair, "ana--bob.yaml") == "ana--bob");
    CHECK(L::record_id(L::Kind::Plan, "ana--bob.yaml") == "ana--bob");
    CHECK_FALSE(L::record_id(L::Kind::Person, "ana--bob.yaml"));  // a pair id is no person id
    CHECK_FALSE(L::record_id(L::Kind::Pair, "ana.yaml"));
    for (const char* bad : {"Bad Name.yaml", "ana.yml", ".ana.yaml", "ana-.yaml", ".gitkeep", ""})
        CHECK_MESSAGE(!L::record_id(L::Kind::Person, bad), bad);
    // What a path is built from, a file name gives back.
    std::string file = L::person_path("jean-martin");
    CHECK(L::record_id(L::Kind::Person, file.substr(file.find('/') + 1)) == "jean-martin");
}

// MENTOR_ENTRY_SUFFIX set for one test, put back as the runner had it.
struct SuffixPin {
    explicit SuffixPin(const char* value) {
        if (value) ::setenv("MENTOR_ENTRY_SUFFIX", value, 1);
        else ::unsetenv("MENTOR_ENTRY_SUFFIX");
    }
    ~SuffixPin() { ::setenv("MENTOR_ENTRY_SUFFIX", "none", 1); }
};

TEST_CASE("layout: entry names with a suffix, which two clones never share") {
    auto s = L::parse_session_stem("2026-03-02-k7qm4");
    REQUIRE(s);
    CHECK(s->number == 1);
    CHECK(s->suffix == "k7qm4");
    auto t = L::parse_session_stem("2026-03-02-2-23456");  // an all-digit suffix is still no N: it has 5 characters
    REQUIRE(t);
    CHECK(t->number == 2);
    CHECK(t->suffix == "23456");
    CHECK(L::parse_session_stem("2026-03-02-23456")->suffix == "23456");
    CHECK(L::parse_session_stem("2026-03-02-234")->number == 234);
    auto f = L::parse_followup_stem("2026-03-02-followup-3-abcd5");
    REQUIRE(f);
    CHECK(f->number == 3);
    CHECK(f->suffix == "abcd5");
    CHECK(L::entry_stem(L::EntryKind::FollowUp, "2026-03-02", 3, {}, "abcd5") == "2026-03-02-followup-3-abcd5");
    for (const char* bad : {"2026-03-02-k7qm", "2026-03-02-k7qm44", "2026-03-02-K7QM4", "2026-03-02-k7q14", "2026-03-02-notes", "2026-03-02-k7qm1",
                            "2026-03-02-k7qm4-2", "2026-03-02-k7qm4-abcd5", "2026-03-02-followup-abcd5-2", "2026-03-02-1-k7qm4", "2026-03-02-1000"})
        CHECK_MESSAGE(!L::parse_session_stem(bad), bad);
    CHECK_FALSE(L::parse_session_stem("2026-03-02-followup-abcd5"));
}

TEST_CASE("layout: entries of one day in the order of N, then the suffix") {
    auto order = [](const char* a, const char* b) {
        return L::entry_before(*L::parse_entry_stem(a), *L::parse_entry_stem(b));
    };
    CHECK(order("2026-03-02", "2026-03-02-k7qm4"));
    CHECK(order("2026-03-02-abcd5", "2026-03-02-k7qm4"));
    CHECK(order("2026-03-02-zzzz9", "2026-03-02-2"));
    CHECK(order("2026-03-02-2", "2026-03-02-2-aaaa2"));
    CHECK(order("2026-03-02-9-zzzz9", "2026-03-02-10"));
    CHECK(order("2026-03-01-10", "2026-03-02"));
    CHECK_FALSE(order("2026-03-02-k7qm4", "2026-03-02-k7qm4"));
}

TEST_CASE("layout: a new entry's name: its place, then a suffix of the writer and the moment") {
    {
        SuffixPin unpinned(nullptr);
        std::string a = L::new_entry_stem(L::EntryKind::Session, "2026-03-02", 1, 0);
        auto parsed = L::parse_session_stem(a);
        REQUIRE(parsed);
        CHECK(parsed->suffix.size() == L::kSuffixLength);
        // One process walks one sequence: the same attempt, the same name; the next, another.
        CHECK(L::new_entry_stem(L::EntryKind::Session, "2026-03-02", 1, 0) == a);
        CHECK(L::new_entry_stem(L::EntryKind::Session, "2026-03-02", 1, 1) != a);
        CHECK(L::parse_followup_stem(L::new_entry_stem(L::EntryKind::FollowUp, "2026-03-02", 2, 0))->number == 2);
    }
    {
        SuffixPin pinned("k7qm4");
        CHECK(L::new_entry_stem(L::EntryKind::Session, "2026-03-02", 1, 0) == "2026-03-02-k7qm4");
        CHECK(L::new_entry_stem(L::EntryKind::Session, "2026-03-02", 2, 0) == "2026-03-02-2-k7qm4");
        std::string retry = L::new_entry_stem(L::EntryKind::Session, "2026-03-02", 1, 1);
        CHECK(retry != "2026-03-02-k7qm4");
        CHECK(L::parse_session_stem(retry)->number == 1);
    }
    {
        SuffixPin none("none");
        CHECK(L::new_entry_stem(L::EntryKind::Session, "2026-03-02", 1, 0) == "2026-03-02");
        CHECK(L::new_entry_stem(L::EntryKind::Session, "2026-03-02", 1, 2) == "2026-03-02-3");
        CHECK(L::new_entry_stem(L::EntryKind::FollowUp, "2026-03-02", 2, 0) == "2026-03-02-followup-2");
    }
}

TEST_CASE("layout: what a file is, from the end of its path (git's %P)") {
    using W = L::RecordAt::What;
    auto person = L::record_at("program/people/ann.yaml");
    REQUIRE(person);
    CHECK(person->what == W::Person);
    CHECK(person->id == "ann");
    CHECK(L::record_at("pairs/ann--bob.yaml")->what == W::Pair);
    CHECK(L::record_at("plans/ann--bob.yaml")->what == W::Plan);
    auto entry = L::record_at("x/journal/ann--bob/2026-03-02-followup-k7qm4.yaml");
    REQUIRE(entry);
    CHECK(entry->what == W::Entry);
    CHECK(entry->id == "ann--bob");
    CHECK(entry->stem == "2026-03-02-followup-k7qm4");
    CHECK(entry->entry == L::EntryKind::FollowUp);
    for (const char* other : {"mentor.yaml", "people/Ann.yaml", "pairs/ann.yaml", "journal/ann--bob/notes.yaml",
                              "elsewhere/ann--bob/2026-03-02.yaml", "people/ann.yml", "people/.gitkeep", ""})
        CHECK_MESSAGE(!L::record_at(other), other);
}
