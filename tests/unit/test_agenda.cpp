#include "mentor/agenda/agenda.hpp"

#include <doctest/doctest.h>

#include "french.hpp"

#include <string>

#include "mentor/agenda/mail.hpp"

using namespace mentor;

namespace {

Date day(const char* text) { return *parse_iso_date(text); }

Records two_people() {
    Records r;
    for (auto [id, name] : {std::pair{"ann", "Ann Lee"}, std::pair{"bob", "Bob Ray"}}) {
        Person p;
        p.id = id;
        p.name = name;
        p.email = std::string(id) + "@example.org";
        r.people.push_back(p);
    }
    Pair p;
    p.mentor = "ann";
    p.mentee = "bob";
    p.status = PairStatus::Active;
    p.started = "2026-02-02";
    r.pairs.push_back(p);
    r.settings.program = "Prog";
    r.settings.email = "prog@example.org";
    return r;
}

// Weekly on Mondays from 2026-02-02, a goal due in the window and one later.
Plan plan_of() {
    Plan plan;
    plan.pair = "ann--bob";
    plan.agreement.start = "2026-02-02";
    plan.agreement.cadence = "weekly";
    plan.agreement.time = "10:00";
    for (const char* d : {"2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23", "2026-03-02", "2026-03-09"})
        plan.schedule.push_back(d);
    Goal g1{"g1", "Secret goal title", "criterion", "2026-03-05", GoalStatus::Open, "", yaml::Node::map()};
    Goal g2{"g2", "Later goal", "", "2026-06-01", GoalStatus::Open, "", yaml::Node::map()};
    plan.goals = {g1, g2};
    return plan;
}

// Sessions every Monday up to 2026-02-23, an action agreed on the last one.
Journal journal_of() {
    Journal j;
    j.pair = "ann--bob";
    for (const char* d : {"2026-02-02", "2026-02-09", "2026-02-16", "2026-02-23"}) {
        Session s;
        s.pair = "ann--bob";
        s.date = s.file = d;
        s.notes = "secret notes";
        j.sessions.push_back(s);
    }
    Action a;
    a.id = "2026-02-23.1";
    a.owner = Role::Mentee;
    a.text = "Secret action text";
    a.due = "2026-02-27";
    j.sessions.back().actions.push_back(a);
    Action undated = a;
    undated.id = "2026-02-23.2";
    undated.due = "";
    j.sessions.back().actions.push_back(undated);
    return j;
}

}  // namespace

TEST_CASE("agenda: collect_items gives each kind, in order, within the window") {
    Records r = two_people();
    Plan plan = plan_of();
    AgendaWindow w{day("2026-03-02"), 7};
    auto items = collect_items(r, r.pairs[0], &plan, journal_of(), w);
    REQUIRE(items.size() == 5);
    CHECK(items[0].kind == ItemKind::Session);  // 2026-03-02, the next; 03-09 is past the window
    CHECK(items[0].date == day("2026-03-02"));
    CHECK(items[0].status == "next");
    CHECK(items[0].time == "10:00");
    CHECK(items[0].number == 5);
    CHECK(items[1].kind == ItemKind::Action);  // overdue; the undated action is not listed
    CHECK(items[1].status == "overdue");
    CHECK(items[1].owner_name == "Bob Ray");
    CHECK(items[1].text == "Secret action text");
    CHECK(items[2].kind == ItemKind::Goal);  // g1 only: g2 is due after the window
    CHECK(items[2].id == "g1");
    // Both sides owe the check-in of the period that began with the first
    // session (2026-02-02, every 30 days): overdue, the mentor's first.
    for (int i : {3, 4}) {
        CHECK(items[i].kind == ItemKind::Checkin);
        CHECK(items[i].date == day("2026-02-02"));
        CHECK(items[i].status == "overdue");
    }
    CHECK(items[3].owner == Role::Mentor);
    CHECK(items[3].owner_name == "Ann Lee");
    CHECK(items[4].owner == Role::Mentee);
}

TEST_CASE("agenda: answered check-ins are no longer due, and a poor fit needs attention without showing the answer to the coordinator") {
    Records r = two_people();
    Plan plan = plan_of();
    Journal j = journal_of();
    for (Role side : {Role::Mentor, Role::Mentee}) {
        CheckIn c;
        c.pair = "ann--bob";
        c.date = "2026-02-20";
        c.by = side;
        c.fit = side == Role::Mentee ? Fit::Poor : Fit::Good;
        c.comment = "Secret comment";
        j.checkins.push_back(c);
    }
    AgendaWindow w{day("2026-03-02"), 7};
    auto items = collect_items(r, r.pairs[0], &plan, j, w);
    int checkins = 0;
    const AgendaItem* concern = nullptr;
    for (const auto& i : items) {
        if (i.kind == ItemKind::Checkin) {
            ++checkins;  // the next period's, which starts in the window
            CHECK(i.date == day("2026-03-04"));
            CHECK(i.status == "due");
        }
        if (i.kind == ItemKind::Attention && i.fit_concern) concern = &i;
    }
    CHECK(checkins == 2);
    REQUIRE(concern != nullptr);
    CHECK(concern->owner == Role::Mentee);
    CHECK(concern->date == day("2026-02-20"));
    CHECK(concern->status.find("poor") != std::string::npos);

    const ProgramAgenda program = program_agenda(r, {PairItems{{"ann--bob", "ann", "bob", "Ann Lee", "Bob Ray", PairStatus::Active}, items}}, w);
    REQUIRE(program.pairs.size() == 1);
    CHECK(program.pairs[0].fit_concern);
    for (Format f : {Format::Text, Format::Markdown, Format::Json}) {
        const std::string out = render_agenda(program, f);
        CHECK(out.find("poor") == std::string::npos);
        CHECK(out.find("Secret") == std::string::npos);
    }
    CHECK(render_agenda(program, Format::Json).find("\"checkin_concern\": true") != std::string::npos);

    // In French: the pair's own agenda words the concern, the JSON keeps its
    // English tokens, and the coordinator still sees the flag alone.
    const PairItems pair{{"ann--bob", "ann", "bob", "Ann Lee", "Bob Ray", PairStatus::Active}, items};
    const Agenda own = pair_agenda(pair, w);
    const std::string json = render_agenda(own, Format::Json), program_json = render_agenda(program, Format::Json);
    const std::string english = render_agenda(own, Format::Text);
    FrenchCatalogue fr;
    const std::string text = render_agenda(own, Format::Text);
    CHECK(text.find("mauvaise entente (mentoré·e, 20/02/2026)") != std::string::npos);
    CHECK(text.find("Points d'étape à faire (2)") != std::string::npos);
    CHECK(text.find("04/03/2026  ann--bob  mentoré·e (Bob Ray)  à faire") != std::string::npos);
    CHECK(english.find("poor fit (mentee, 2026-02-20)") != std::string::npos);
    CHECK(render_agenda(own, Format::Json) == json);
    CHECK(render_agenda(program, Format::Json) == program_json);
    const std::string coordinator = render_agenda(program, Format::Text);
    CHECK(coordinator.find("points d'étape") != std::string::npos);
    CHECK(coordinator.find("mauvaise") == std::string::npos);
}

TEST_CASE("agenda: a silent pair needs attention by the cohort report's rule") {
    Records r = two_people();
    Plan plan = plan_of();
    plan.schedule.push_back("2026-04-20");  // the schedule has not ended
    AgendaWindow w{day("2026-04-01"), 3};
    auto items = collect_items(r, r.pairs[0], &plan, journal_of(), w);
    REQUIRE(!items.empty());
    const AgendaItem& last = items.back();
    CHECK(last.kind == ItemKind::Attention);
    CHECK(last.status == "inactive");  // 37 days > twice 7
    CHECK(last.date == day("2026-02-23"));
    CHECK(last.days == 37);
    // In the past, the later sessions had not happened: before the first session, nothing is due.
    CHECK(collect_items(r, r.pairs[0], &plan, journal_of(), {day("2026-01-20"), 3}).empty());
}

TEST_CASE("agenda: the program's view keeps counts, never a text") {
    Records r = two_people();
    Plan plan = plan_of();
    AgendaWindow w{day("2026-03-02"), 7};
    std::vector<PairItems> pairs = {{{"ann--bob", "ann", "bob", "Ann Lee", "Bob Ray", PairStatus::Active},
                                     collect_items(r, r.pairs[0], &plan, journal_of(), w)}};
    ProgramAgenda p = program_agenda(r, pairs, w);
    REQUIRE(p.pairs.size() == 1);
    CHECK(p.pairs[0].sessions == 1);
    CHECK(p.pairs[0].actions_overdue.mentee == 1);
    CHECK(p.pairs[0].goals_due == 1);
    for (Format f : {Format::Text, Format::Markdown, Format::Json}) {
        std::string out = render_agenda(p, f);
        CHECK(out.find("Secret") == std::string::npos);
        CHECK(out.find("ann--bob") != std::string::npos);
    }
    CHECK_THROWS(render_agenda(p, Format::Csv));
    // The person's own agenda holds the texts, and so does their draft; nobody else's.
    Agenda bob = person_agenda(r.people[1], pairs, w);
    CHECK(render_agenda(bob, Format::Text).find("Secret action text") != std::string::npos);
    AgendaDraft d = agenda_draft(r.settings, r.people[1], bob, {});
    CHECK(d.file == "bob.eml");
    CHECK(d.content.find("To: Bob Ray <bob@example.org>\r\n") != std::string::npos);
    CHECK(d.content.find("secret notes") == std::string::npos);
    Person carl;
    carl.id = "carl";
    CHECK(person_agenda(carl, pairs, w).empty());
}
