// validate_records: the checks across records (a session's goals and done
// actions) and the unknown keys of every level, each with its line.
#include "mentor/validate/validate.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

using namespace mentor;

namespace {

struct Program {
    fs::path root;
    Program() {
        std::string pattern = (fs::temp_directory_path() / "mentor-validate-XXXXXX").string();
        root = ::mkdtemp(pattern.data());
        for (const char* folder : {"people", "pairs", "plans", "journal/ann--bob"}) fs::create_directories(root / folder);
        put("mentor.yaml", "schema: 1\nextra_keys:\n  session: [mood]\n");
        put("people/ann.yaml", "id: ann\nname: Ann\nroles: [mentor]\n");
        put("people/bob.yaml", "id: bob\nname: Bob\nroles: [mentee]\n");
        put("pairs/ann--bob.yaml", "mentor: ann\nmentee: bob\nstatus: active\n");
        put("plans/ann--bob.yaml", "agreement:\n  start: 2026-03-02\ngoals:\n  - id: g1\n    title: Speak\n");
        put("journal/ann--bob/2026-03-02.yaml",
            "date: 2026-03-02\nactions:\n  - owner: mentee\n    text: Draft\ngoals: [g1]\nmood: fine\n");
    }
    ~Program() { fs::remove_all(root); }
    void put(const std::string& path, const std::string& text) { std::ofstream(root / path) << text; }

    std::vector<std::string> problems() const {
        Store store(root);
        Records records = store.load();
        Diagnostics all = records.diagnostics;
        // A day after every session of the fixtures: no "session in the future" warning.
        Diagnostics cross = validate_records(records, root, Date::from_ymd(2030, 1, 1));
        all.insert(all.end(), cross.begin(), cross.end());
        sort_diagnostics(all);
        std::vector<std::string> out;
        for (const auto& d : all) out.push_back(d.str());
        return out;
    }
};

}  // namespace

TEST_CASE("validate: a clean program, with a key declared in extra_keys, has no problem") {
    Program p;
    CHECK(p.problems().empty());
}

TEST_CASE("validate: a session's goals and done must name the plan's goals and the journal's actions") {
    Program p;
    p.put("journal/ann--bob/2026-03-16.yaml", "date: 2026-03-16\ndone: [2026-03-02.1, 2026-03-02.7]\ngoals: [g2]\n");
    CHECK(p.problems() == std::vector<std::string>{
                              "journal/ann--bob/2026-03-16.yaml:2:7: error: 'done' names '2026-03-02.7', which is no "
                              "action agreed in the journal of ann--bob",
                              "journal/ann--bob/2026-03-16.yaml:3:8: error: 'goals' names 'g2', which is no goal of the "
                              "plan of ann--bob",
                          });
    fs::remove(p.root / "plans/ann--bob.yaml");
    CHECK(p.problems().size() == 3);  // no plan: no goal at all (g1 of the first session too)
}

TEST_CASE("validate: unknown keys at every level are warnings with the closest key") {
    Program p;
    p.put("people/bob.yaml", "id: bob\nname: Bob\nroles: [mentee]\nsenority: 3\navailability:\n  hours: 4\n");
    p.put("pairs/ann--bob.yaml", "mentor: ann\nmentee: bob\nstatus: active\nmatch:\n  scor: 0.5\n");
    p.put("plans/ann--bob.yaml", "agreement:\n  start: 2026-03-02\n  lenght: 60\ngoals:\n  - id: g1\n    titel: Speak\n");
    p.put("journal/ann--bob/2026-03-02.yaml", "date: 2026-03-02\nactions:\n  - owner: mentee\n    text: Draft\n    deu: 2026-04-01\n");
    CHECK(p.problems() == std::vector<std::string>{
                              "journal/ann--bob/2026-03-02.yaml:5:5: warning: unknown key 'deu'; did you mean 'due'?",
                              "pairs/ann--bob.yaml:5:3: warning: unknown key 'scor'; did you mean 'score'?",
                              "people/bob.yaml:4:1: warning: unknown key 'senority'; did you mean 'seniority'?",
                              "people/bob.yaml:6:3: warning: unknown key 'hours'; did you mean 'hours_per_month'?",
                              "plans/ann--bob.yaml:3:3: warning: unknown key 'lenght'; did you mean 'length'?",
                              "plans/ann--bob.yaml:6:5: warning: unknown key 'titel'; did you mean 'title'?",
                          });
}
