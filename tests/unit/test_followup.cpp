// Follow-ups of actions: their file names, their files, and the derivation
// of an action's state from sessions and follow-ups in date order.

#include <sys/stat.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "mentor/formats/yaml.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/store/layout.hpp"

using namespace mentor;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

Journal agreed_on_feb_2() {
    Journal j;
    j.pair = "ann--bob";
    Session s;
    s.pair = j.pair;
    s.date = s.file = "2026-02-02";
    Action a;
    a.id = "2026-02-02.1";
    a.text = "Read the book";
    a.due = "2026-02-10";
    s.actions = {a};
    j.sessions = {s};
    return j;
}

FollowUp followup(const std::string& date, FollowUpChange change, int number = 1, const std::string& due = "") {
    FollowUp f;
    f.pair = "ann--bob";
    f.date = date;
    f.file = layout::followup_stem(date, number);
    f.action = "2026-02-02.1";
    f.change = change;
    f.due = due;
    return f;
}

ActionState state_on(const Journal& j, const char* on) {
    return action_state(j, j.sessions.front(), j.sessions.front().actions.front(), day(on));
}

}  // namespace

TEST_CASE("follow-up file names are neither sessions nor numbers") {
    CHECK(layout::followup_stem("2026-03-02", 1) == "2026-03-02-followup");
    CHECK(layout::followup_stem("2026-03-02", 3) == "2026-03-02-followup-3");
    CHECK(layout::parse_followup_stem("2026-03-02-followup-2")->number == 2);
    CHECK_FALSE(layout::parse_session_stem("2026-03-02-followup"));
    CHECK_FALSE(layout::parse_followup_stem("2026-03-02-2"));
    CHECK_FALSE(layout::parse_followup_stem("2026-03-02-followup-1"));
    CHECK_FALSE(layout::parse_followup_stem("2026-03-02-followups"));
}

TEST_CASE("a follow-up round-trips, and a bad one is reported") {
    FollowUp f = followup("2026-03-02", FollowUpChange::Redated, 1, "2026-03-20");
    f.note = "busy month";
    std::string text = yaml::emit(write_followup(f));
    CHECK(text == "date: 2026-03-02\naction: \"2026-02-02.1\"\nchange: redated\ndue: 2026-03-20\nnote: busy month\n");
    Diagnostics d;
    auto back = read_followup(yaml::parse(text, "f.yaml"), "f.yaml", "ann--bob", f.file, d);
    REQUIRE(back);
    CHECK(d.empty());
    CHECK(yaml::emit(write_followup(*back)) == text);
    Diagnostics bad;
    CHECK_FALSE(read_followup(yaml::parse("date: 2026-03-02\naction: x\nchange: finished\n", "f.yaml"), "f.yaml",
                              "ann--bob", f.file, bad));
    CHECK_FALSE(bad.empty());
    Diagnostics no_due;
    read_followup(yaml::parse("date: 2026-03-02\naction: x\nchange: redated\n", "f.yaml"), "f.yaml", "ann--bob", f.file,
                  no_due);
    CHECK_FALSE(no_due.empty());
}

TEST_CASE("an action's state on a day: follow-ups in date order, sessions first on a day") {
    Journal j = agreed_on_feb_2();
    j.followups = {followup("2026-02-05", FollowUpChange::Redated, 1, "2026-02-28"),
                   followup("2026-02-20", FollowUpChange::Cancelled), followup("2026-02-25", FollowUpChange::Reopened)};
    CHECK(state_on(j, "2026-02-04").action.due == "2026-02-10");  // the re-dating of 02-05 is not yet
    CHECK(state_on(j, "2026-02-12").status == ActionStatus::Open);  // past 02-10, but re-dated to 02-28
    CHECK(state_on(j, "2026-02-12").action.due == "2026-02-28");
    CHECK(state_on(j, "2026-02-21").status == ActionStatus::Cancelled);
    CHECK(state_on(j, "2026-03-02").status == ActionStatus::Overdue);
    CHECK(state_on(j, "2026-03-02").history.size() == 3);
    CHECK(state_on(j, "2026-03-02").problems.empty());
}

TEST_CASE("the rules: done twice, before agreed, re-opened when open") {
    Journal j = agreed_on_feb_2();
    Session done = j.sessions.front();
    done.date = done.file = "2026-02-09";
    done.actions.clear();
    done.done = {"2026-02-02.1"};
    j.sessions.push_back(done);
    // The same day: the session applies first, the follow-up is done twice.
    j.followups = {followup("2026-02-09", FollowUpChange::Done), followup("2026-02-01", FollowUpChange::Cancelled, 1)};
    j.followups[1].file = "2026-02-01-followup";
    auto s = state_on(j, "2026-03-02");
    CHECK(s.status == ActionStatus::Done);
    CHECK(s.done_in == "2026-02-09");
    REQUIRE(s.problems.size() == 2);
    CHECK(s.problems[0].in == "2026-02-01-followup");
    CHECK(s.problems[0].message.find("agreed on 2026-02-02") != std::string::npos);
    CHECK(s.problems[1].in == "2026-02-09-followup");
    CHECK(s.problems[1].message.find("already done") != std::string::npos);

    Journal open = agreed_on_feb_2();
    Journal with = open;
    with.followups = {followup("2026-02-03", FollowUpChange::Reopened)};
    auto why = new_problem(open, with, "2026-02-03-followup", day("2026-03-02"));
    REQUIRE(why);
    CHECK(why->find("nothing to re-open") != std::string::npos);
    with.followups = {followup("2026-02-03", FollowUpChange::Done)};
    CHECK_FALSE(new_problem(open, with, "2026-02-03-followup", day("2026-03-02")));
}

TEST_CASE("an action is named by its ending") {
    Journal j = agreed_on_feb_2();
    auto states = action_states(j, day("2026-03-02"));
    CHECK(resolve_action(states, ".1").action.id == "2026-02-02.1");
    CHECK_THROWS_AS(resolve_action(states, ".2"), Error);
}

TEST_CASE("follow-ups are loaded beside sessions, never as sessions") {
    std::string pattern = (fs::temp_directory_path() / "mentor-followup-XXXXXX").string();
    fs::path root = ::mkdtemp(pattern.data());
    Journal j = agreed_on_feb_2();
    Session s = j.sessions.front();
    create_session(root, s, 1);
    FollowUp f = followup("2026-02-03", FollowUpChange::Done);
    CHECK(create_followup(root, f, 1) == "journal/ann--bob/2026-02-03-followup.yaml");
    FollowUp g = followup("2026-02-03", FollowUpChange::Reopened);
    CHECK(create_followup(root, g, 1) == "journal/ann--bob/2026-02-03-followup-2.yaml");
    Journal loaded = load_journal(root, "ann--bob");
    CHECK(loaded.diagnostics.empty());
    CHECK(loaded.sessions.size() == 1);
    CHECK(loaded.followups.size() == 2);
    CHECK(loaded.next_number("2026-02-03") == 1);
    CHECK(loaded.next_followup_number("2026-02-03") == 3);
    fs::remove_all(root);
}
