#include "mentor/journal/journal.hpp"

#include <sys/stat.h>

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "french.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/journal/words.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/store/store.hpp"

using namespace mentor;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

const Date kToday = day("2026-03-02");

// A fresh empty folder under the system's temporary directory, removed at the end.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "mentor-journal-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { fs::remove_all(path); }
};

Session session_on(const std::string& date, const std::string& file) {
    Session s;
    s.pair = "ann--bob";
    s.date = date;
    s.file = file;
    return s;
}

Action action(const std::string& id, const std::string& text, const std::string& due = "") {
    Action a;
    a.id = id;
    a.text = text;
    a.due = due;
    return a;
}

Journal sample_journal() {
    Journal j;
    j.pair = "ann--bob";
    Session first = session_on("2026-02-02", "2026-02-02");
    first.actions = {action("2026-02-02.1", "Read the book", "2026-02-10"), action("2026-02-02.2", "Draft a plan", "2026-03-20")};
    Session second = session_on("2026-02-16", "2026-02-16");
    second.done = {"2026-02-02.2"};
    second.actions = {action("2026-02-16.1", "Call the team")};
    j.sessions = {first, second};
    return j;
}

ErrorKind kind_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.kind();
    }
    FAIL("no error thrown");
    return ErrorKind::Data;
}

}  // namespace

TEST_CASE("a session round-trips byte for byte, unknown keys kept last") {
    std::string text =
        "date: 2026-03-02\nduration: 45\nmode: remote\nprivate: true\nrating: 4\ntopics: [delegation, feedback]\n"
        "goals: [g1]\nactions:\n  - id: \"2026-03-02.1\"\n    owner: mentee\n    text: Draft the plan\n    due: 2026-03-09\n"
        "done: [\"2026-02-16.1\"]\nnotes: |\n  First line.\n  Second line.\nmood: calm\n";
    Diagnostics d;
    auto s = read_session(yaml::parse(text, "x.yaml"), "x.yaml", "ann--bob", "2026-03-02", d);
    REQUIRE(s);
    CHECK(d.empty());
    CHECK(s->duration == 45);
    CHECK(s->is_private);
    CHECK(s->actions.at(0).owner == Role::Mentee);
    CHECK(s->notes == "First line.\nSecond line.\n");
    CHECK(yaml::emit(write_session(*s)) == text);
}

TEST_CASE("bad session fields are all reported with their lines") {
    std::string text = "duration: long\nrating: 9\nactions:\n  - owner: boss\n";
    Diagnostics d;
    auto s = read_session(yaml::parse(text, "x.yaml"), "x.yaml", "ann--bob", "2026-03-02", d);
    REQUIRE(s);
    CHECK(d.size() == 5);  // duration, rating, owner, missing text, missing date
    CHECK(d.at(0).where.line == 1);
}

TEST_CASE("action specs") {
    Action a = parse_action_spec("mentee: Draft the plan due 2026-03-09", kToday);
    CHECK(a.owner == Role::Mentee);
    CHECK(a.text == "Draft the plan");
    CHECK(a.due == "2026-03-09");
    CHECK(parse_action_spec("Mentor: Send the article [due +1w]", kToday).due == "2026-03-09");
    CHECK(parse_action_spec("mentor: Check the due diligence", kToday).text == "Check the due diligence");
    CHECK(parse_action_spec("mentee: x", kToday).due.empty());
    for (const char* bad : {"Draft the plan", "boss: do it", "mentee:", "mentee: do it due 2026-02-30", "mentee: due +1w"})
        CHECK_MESSAGE(kind_of([&] { parse_action_spec(bad, kToday); }) == ErrorKind::Usage, bad);
}

TEST_CASE("action status is derived from the journal") {
    auto states = action_states(sample_journal(), kToday);
    REQUIRE(states.size() == 3);
    CHECK(states[0].status == ActionStatus::Overdue);
    CHECK(states[1].status == ActionStatus::Done);
    CHECK(states[1].done_in == "2026-02-16");
    CHECK(states[2].status == ActionStatus::Open);
}

TEST_CASE("actions are named by id or unambiguous prefix") {
    auto states = action_states(sample_journal(), kToday);
    CHECK(resolve_action(states, "2026-02-16.1").action.id == "2026-02-16.1");
    CHECK(resolve_action(states, "2026-02-16").action.id == "2026-02-16.1");
    // Both 2026-02-02 actions match, but only one is still open.
    CHECK(resolve_action(states, "2026-02-02").action.id == "2026-02-02.1");
    CHECK(kind_of([&] { resolve_action(states, "2026-02"); }) == ErrorKind::Data);
    CHECK(kind_of([&] { resolve_action(states, "2025"); }) == ErrorKind::Data);
}

TEST_CASE("building a session checks every value") {
    Journal j = sample_journal();
    SessionDraft d;
    d.date = "yesterday";
    d.actions = {"mentee: Practise the talk due +1w"};
    d.done = {"2026-02-02.1"};
    d.topics = {"talks", "talks"};
    Session s = build_session(d, j, nullptr, kToday);
    CHECK(s.date == "2026-03-01");
    CHECK(s.file == "2026-03-01");
    CHECK(s.actions.at(0).id == "2026-03-01.1");
    CHECK(s.done == std::vector<std::string>{"2026-02-02.1"});
    CHECK(s.topics.size() == 1);

    auto usage = [&](auto change) {
        SessionDraft bad;
        change(bad);
        return kind_of([&] { build_session(bad, j, nullptr, kToday); });
    };
    CHECK(usage([](SessionDraft& b) { b.date = "tomorrow"; }) == ErrorKind::Usage);
    CHECK(usage([](SessionDraft& b) { b.date = "2026-13-01"; }) == ErrorKind::Usage);
    CHECK(usage([](SessionDraft& b) { b.rating = 6; }) == ErrorKind::Usage);
    CHECK(usage([](SessionDraft& b) { b.duration = -5; }) == ErrorKind::Usage);
    CHECK(usage([](SessionDraft& b) { b.mode = "carrier pigeon"; }) == ErrorKind::Usage);
    CHECK(usage([](SessionDraft& b) { b.actions = {"nobody: x"}; }) == ErrorKind::Usage);
    CHECK(usage([](SessionDraft& b) { b.goals = {"g1"}; }) == ErrorKind::Data);
    CHECK(usage([](SessionDraft& b) { b.done = {"2026-02-02.2"}; }) == ErrorKind::Data);  // already done
    CHECK(usage([](SessionDraft& b) { b.done = {"9999"}; }) == ErrorKind::Data);

    Plan plan;
    plan.goals.push_back(Goal{"g1", "Delegate", "", "", GoalStatus::Open, "", yaml::Node::map()});
    SessionDraft with_goal;
    with_goal.goals = {"g1"};
    CHECK(build_session(with_goal, j, &plan, kToday).goals.size() == 1);
    with_goal.goals = {"g2"};
    CHECK(kind_of([&] { build_session(with_goal, j, &plan, kToday); }) == ErrorKind::Data);
}

TEST_CASE("session files are created exclusively, mode 0600, numbered per day") {
    TempDir dir;
    Session s = session_on("2026-03-02", "");
    s.actions = {action("", "Draft the plan")};
    CHECK(create_session(dir.path, s, 1) == "journal/ann--bob/2026-03-02.yaml");
    CHECK(s.actions[0].id == "2026-03-02.1");
    Session t = session_on("2026-03-02", "");
    t.actions = {action("", "Other")};
    // Starting from a stale guess still finds the next free name.
    CHECK(create_session(dir.path, t, 1) == "journal/ann--bob/2026-03-02-2.yaml");
    CHECK(t.actions[0].id == "2026-03-02-2.1");
    struct stat st {};
    REQUIRE(::stat((dir.path / "journal/ann--bob/2026-03-02-2.yaml").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    Journal j = load_journal(dir.path, "ann--bob");
    CHECK(j.diagnostics.empty());
    REQUIRE(j.sessions.size() == 2);
    CHECK(j.sessions[1].file == "2026-03-02-2");
    CHECK(j.next_number("2026-03-02") == 3);
    CHECK(j.next_number("2026-03-03") == 1);
    CHECK(load_journal(dir.path, "nobody--here").sessions.empty());
}

TEST_CASE("journal loading reports stray and broken files") {
    TempDir dir;
    fs::create_directories(dir.path / "journal/ann--bob");
    std::ofstream(dir.path / "journal/ann--bob/2026-03-02.yaml") << "date: [\n";
    std::ofstream(dir.path / "journal/ann--bob/notes.txt") << "hello\n";
    std::ofstream(dir.path / "journal/ann--bob/2026-03-01.yaml") << "date: 2026-02-01\n";
    auto journals = load_journals(dir.path, {"ann--bob"});
    REQUIRE(journals.size() == 1);
    CHECK(journals[0].diagnostics.size() == 3);
    CHECK(journals[0].sessions.size() == 1);
}

TEST_CASE("the editor template reads back what it shows") {
    SessionDraft d;
    d.date = "2026-03-01";
    d.duration = 45;
    d.mode = "in-person";
    d.topics = {"feedback: hard", "delegation"};
    d.actions = {"mentee: Draft the plan due +1w"};
    d.rating = 4;
    d.notes = "Line one.\n\n# not a comment here\n";
    auto states = action_states(sample_journal(), kToday);
    std::string text = session_template("ann--bob", d, nullptr, states);
    CHECK(text.find("2026-02-02.1  mentee  Read the book (due 2026-02-10, overdue)") != std::string::npos);
    auto back = read_session_template(text);
    REQUIRE(back);
    CHECK(back->date == d.date);
    CHECK(back->duration == 45);
    CHECK(back->mode == d.mode);
    CHECK(back->topics == d.topics);
    CHECK(back->actions == d.actions);
    CHECK(back->rating == 4);
    CHECK(back->notes == d.notes);
    CHECK(!read_session_template("# only a comment\n\n"));
    CHECK(!read_session_template(""));
    CHECK(kind_of([] { read_session_template("duration: [\n"); }) == ErrorKind::Usage);
    CHECK(kind_of([] { read_session_template("colour: blue\n"); }) == ErrorKind::Usage);
}

TEST_CASE("the editor template in French: comments translated, keys and record unchanged") {
    SessionDraft d;
    d.date = "2026-03-01";
    d.duration = 45;
    d.mode = "in-person";
    d.actions = {"mentee: Draft the plan due +1w"};
    d.notes = "Une ligne.\n";
    auto states = action_states(sample_journal(), kToday);
    const std::string english = session_template("ann--bob", d, nullptr, states);
    std::string french;
    std::optional<SessionDraft> back;
    {
        FrenchCatalogue fr;
        french = session_template("ann--bob", d, nullptr, states);
        back = read_session_template(french);
        CHECK_THROWS_WITH_AS(read_session_template("colour: blue\n"),
                             doctest::Contains("champ inconnu 'colour' (attendu : date, duration"), Error);
    }
    CHECK(french != english);
    CHECK(french.find("# Nouvelle séance de ann--bob.") == 0);
    CHECK(french.find("2026-02-02.1  mentoré·e  Read the book (échéance 10/02/2026, en retard)") != std::string::npos);
    // The YAML between the comments is the same bytes in both languages.
    auto fields = [](const std::string& t) {
        std::string out;
        for (size_t pos = 0; pos < t.size();) {
            size_t end = t.find('\n', pos);
            if (t[pos] != '#') out += t.substr(pos, end - pos + 1);
            pos = end + 1;
        }
        return out;
    };
    CHECK(fields(french) == fields(english));
    REQUIRE(back);
    CHECK(back->mode == "in-person");
    CHECK(back->actions == d.actions);
    CHECK(back->notes == d.notes);
    // A template saved in French reads back in English too (a shared editor
    // file, another locale): either marker ends the fields.
    auto again = read_session_template(french);
    REQUIRE(again);
    CHECK(again->notes == d.notes);
}

TEST_CASE("the journal's words: English tokens, French views") {
    CHECK(std::string(role_word(Role::Mentee)) == "mentee");
    CHECK(std::string(status_word(ActionStatus::Overdue)) == "overdue");
    CHECK(mode_word("carrier-pigeon") == "carrier-pigeon");
    FrenchCatalogue fr;
    CHECK(std::string(role_word(Role::Mentee)) == "mentoré·e");
    CHECK(std::string(status_word(ActionStatus::Done)) == "faite");
    CHECK(std::string(change_word(FollowUpChange::Redated)) == "reportée");
    CHECK(std::string(pair_status_word(PairStatus::Closed)) == "clôturé");
    CHECK(mode_word("phone") == "au téléphone");
    CHECK(mode_word("carrier-pigeon") == "carrier-pigeon");  // a value no schema knows: as written
    // The machine formats keep the tokens.
    CHECK(to_string(ActionStatus::Done) == "done");
    const Journal j = sample_journal();
    auto states = action_states(j, kToday);
    const std::string json = render_actions(states, Format::Json, kToday, false);
    CHECK(json.find("\"status\": \"overdue\"") != std::string::npos);
    CHECK(json.find("en retard") == std::string::npos);
    const std::string text = render_actions(states, Format::Text, kToday, false);
    CHECK(text.find("en retard") != std::string::npos);
    CHECK(text.find("10/02/2026") != std::string::npos);
}

TEST_CASE("listing filters and renders newest first") {
    Journal j = sample_journal();
    j.sessions[0].notes = "We talked about Delegation.\n";
    JournalFilter f;
    auto all = select_sessions(j, f);
    REQUIRE(all.size() == 2);
    CHECK(all[0]->file == "2026-02-16");
    f.grep = "delegation";
    CHECK(select_sessions(j, f).size() == 1);
    f = {};
    f.since = day("2026-02-10");
    CHECK(select_sessions(j, f).size() == 1);
    f = {};
    f.until = day("2026-02-10");
    CHECK(select_sessions(j, f).size() == 1);
    std::string text = render_journal("ann--bob", all, Format::Text, false);
    CHECK(text.find("journal of ann--bob: 2 sessions") == 0);
    CHECK(render_journal("ann--bob", all, Format::Json, false).find("\"notes\": \"We talked about Delegation.\\n\"") !=
          std::string::npos);
    auto states = action_states(j, kToday);
    states[0].is_private = true;
    std::string hidden = render_actions(states, Format::Text, kToday, true);
    CHECK(hidden.find("(private)") != std::string::npos);
    CHECK(hidden.find("Read the book") == std::string::npos);
    CHECK(render_actions({}, Format::Text, kToday, false) == "no actions\n");
}

TEST_CASE("held_session_dates reads the names the journal reads as sessions, and no others") {
    TempDir dir;
    fs::create_directories(dir.path / "journal/ann--bob");
    for (const char* name : {"2026-03-02.yaml", "2026-03-02-2.yaml", "2026-03-05-3.yaml",
                             // not sessions: a stray suffix, a bad number, a temporary copy, a bad day
                             "2026-03-06-notes.yaml", "2026-03-07-1.yaml", ".2026-03-08.yaml.tmp-AbC123",
                             "2026-02-30.yaml", "2026-03-09.yml"})
        std::ofstream(dir.path / "journal/ann--bob" / name) << "date: " << std::string(name).substr(0, 10) << "\n";
    std::set<Date> held = held_session_dates(Store(dir.path), "ann--bob");
    CHECK(held == std::set<Date>{day("2026-03-02"), day("2026-03-05")});
    Journal j = load_journal(dir.path, "ann--bob");
    std::set<Date> logged;
    for (const auto& s : j.sessions) logged.insert(*parse_iso_date(s.date));
    CHECK(logged == held);
    CHECK(held_session_dates(Store(dir.path), "nobody--here").empty());
}

TEST_CASE("a private session's content only with include_private, in every format and search") {
    Journal j = sample_journal();
    j.sessions[0].notes = "We talked about Delegation.\n";
    j.sessions[0].is_private = true;
    JournalFilter f;
    auto all = select_sessions(j, f);
    for (Format format : {Format::Text, Format::Markdown, Format::Json}) {
        CHECK(render_journal("ann--bob", all, format, false).find("Delegation") == std::string::npos);
        CHECK(render_journal("ann--bob", all, format, true).find("Delegation") != std::string::npos);
    }
    CHECK(render_journal("ann--bob", all, Format::Text, false).find("content withheld") != std::string::npos);
    CHECK(render_journal("ann--bob", all, Format::Json, false).find("\"withheld\": true") != std::string::npos);
    f.grep = "delegation";  // a search must not tell what a private session holds
    CHECK(select_sessions(j, f).empty());
    f.include_private = true;
    CHECK(select_sessions(j, f).size() == 1);
}
