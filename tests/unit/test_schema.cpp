// The schema: one field table per record, checked the same way by every path
// (YAML reader, CSV import, flags), refused by the writers, with the same words.
#include <doctest/doctest.h>

#include <optional>
#include <set>

#include "french.hpp"
#include "mentor/core/ids.hpp"
#include "mentor/core/suggest.hpp"
#include "mentor/records/people.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"

using namespace mentor;

namespace {

// The first error the YAML reader reports for a person with `yaml` added.
std::optional<std::string> yaml_problem(const std::string& yaml) {
    Diagnostics d;
    read_person(yaml::parse("id: ann\nname: Ann\n" + yaml + "\n", "people/ann.yaml"), "people/ann.yaml", d);
    for (const auto& x : d)
        if (x.severity == Severity::Error) {
            CHECK(x.where.line > 0);
            return x.message;
        }
    return std::nullopt;
}

// The error of a one-row CSV import, without its "file:line: " prefix.
std::optional<std::string> csv_problem(const std::string& field, const std::string& value) {
    CsvTable table;
    table.header = {"name"};
    CsvRow row{2, {"Ann"}};
    if (field == "name") {
        row.cells = {value};
    } else {
        table.header.push_back(field);
        row.cells.push_back(value);
    }
    table.rows.push_back(row);
    try {
        import_people(Records{}, table, "in.csv");
        return std::nullopt;
    } catch (const Error& e) {
        const std::string all = e.message(), prefix = "\n  in.csv:2: ";
        auto at = all.find(prefix);
        REQUIRE(at != std::string::npos);
        return all.substr(at + prefix.size());
    }
}

// The error of `mentor add --FIELD VALUE`.
std::optional<std::string> flag_problem(const std::string& field, const std::string& value) {
    try {
        add_person(Records{}, {{"name if new", "Ann"}, {field, value}}, {}, Location{"command line"}, ErrorKind::Usage);
        return std::nullopt;
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::Usage);
        return e.message();
    }
}

struct Case {
    const char* field;
    const char* value;  ///< as typed in a CSV cell or a flag
    const char* yaml;   ///< the same value in a person file
    bool accepted;
};

// Every person field, with values each path must accept or refuse alike.
const Case kCases[] = {
    {"id", "ann", "", true},
    {"name", "Ann Lee", "", true},
    {"email", "ann@example.org", "email: ann@example.org", true},
    {"email", "nope", "email: nope", false},
    {"email", "a b@example.org", "email: a b@example.org", false},
    {"email", "@example.org", "email: \"@example.org\"", false},
    {"roles", "mentor", "roles: [mentor]", true},
    {"roles", "mentor|mentee", "roles: [mentor, mentee]", true},
    {"roles", "boss", "roles: [boss]", false},
    {"organisation", "Lumen", "organisation: Lumen", true},
    {"team", "Data", "team: Data", true},
    {"manager", "bob", "manager: bob", true},
    {"title", "Engineer", "title: Engineer", true},
    {"seniority", "0", "seniority: 0", true},
    {"seniority", "80", "seniority: 80", true},
    {"seniority", "81", "seniority: 81", false},
    {"seniority", "lots", "seniority: lots", false},
    {"seniority", "-1", "seniority: -1", false},
    {"languages", "en|fr", "languages: [en, fr]", true},
    {"languages", "english", "languages: [english]", false},
    {"languages", "e1", "languages: [e1]", false},
    {"location", "Lyon", "location: Lyon", true},
    {"cohorts", "2026-spring", "cohorts: [2026-spring]", true},
    {"capacity", "100", "capacity: 100", true},
    {"capacity", "101", "capacity: 101", false},
    {"offers", "python:5|go:1", "offers: {python: 5, go: 1}", true},
    {"offers", "python:9", "offers: {python: 9}", false},
    {"offers", "python:0", "offers: {python: 0}", false},
    {"wants", "python:high", "wants: {python: high}", true},
    {"wants", "python:urgent", "wants: {python: urgent}", false},
    {"interests", "jazz|chess", "interests: [jazz, chess]", true},
    {"hours_per_month", "200", "availability: {hours_per_month: 200}", true},
    {"hours_per_month", "201", "availability: {hours_per_month: 201}", false},
    {"days", "mon|sun", "availability: {days: [mon, sun]}", true},
    {"days", "som", "availability: {days: [som]}", false},
    {"mode", "remote", "availability: {mode: remote}", true},
    {"mode", "telepathy", "availability: {mode: telepathy}", false},
    {"prefers", "bob|cy", "prefers: [bob, cy]", true},
    {"prefers", "Not An Id", "prefers: [Not An Id]", false},
    {"avoids", "bob", "avoids: [bob]", true},
    {"avoids", "bob_x", "avoids: [bob_x]", false},
    {"active", "false", "active: false", true},
    {"active", "maybe", "active: maybe", false},
    {"notes", "Met at the offsite.", "notes: Met at the offsite.", true},
    {"recipient", "age1w3tyke4gev25vaxxsvcgqu4484rf6ejpmavs57p6yz6lhy2sfs5swrvwyn",
     "recipient: age1w3tyke4gev25vaxxsvcgqu4484rf6ejpmavs57p6yz6lhy2sfs5swrvwyn", true},
    {"recipient", "age1w3tyke4gev25vaxxsvcgqu4484rf6ejpmavs57p6yz6lhy2sfs5swrvwyq",
     "recipient: age1w3tyke4gev25vaxxsvcgqu4484rf6ejpmavs57p6yz6lhy2sfs5swrvwyq", false},
};

}  // namespace

TEST_CASE("schema: every person field is accepted or refused alike by the file, the CSV import and the flags") {
    std::set<std::string> covered;
    for (const auto& c : kCases) {
        CAPTURE(c.field);
        CAPTURE(c.value);
        covered.insert(c.field);
        const auto from_csv = csv_problem(c.field, c.value);
        const auto from_flag = flag_problem(c.field, c.value);
        CHECK(from_csv.has_value() == !c.accepted);
        CHECK(from_csv == from_flag);
        if (*c.yaml) {
            const auto from_yaml = yaml_problem(c.yaml);
            CHECK(from_yaml.has_value() == !c.accepted);
            CHECK(from_yaml == from_csv);
        }
    }
    // No field is left out of the table.
    for (const auto& name : person_field_names())
        if (name != "timezone") CHECK_MESSAGE(covered.count(name), name);
}

TEST_CASE("schema: in French, the file, the CSV import and the flags refuse a value with the same French words") {
    FrenchCatalogue french;
    for (const auto& c : kCases) {
        if (c.accepted) continue;
        CAPTURE(c.field);
        CAPTURE(c.value);
        const auto from_csv = csv_problem(c.field, c.value);
        REQUIRE(from_csv.has_value());
        CHECK(from_csv == flag_problem(c.field, c.value));
        if (*c.yaml) CHECK(yaml_problem(c.yaml) == from_csv);
        // The constraint in French; the field's name and the value as typed.
        CHECK((from_csv->find("' doit être ") != std::string::npos || from_csv->find("' attend ") != std::string::npos));
        CHECK(from_csv->find(", et non \"") != std::string::npos);
        CHECK(from_csv->find(" must be ") == std::string::npos);
        CHECK(from_csv->find(", got ") == std::string::npos);
    }
}

TEST_CASE("schema: the French wording of each kind of constraint keeps keys and allowed values as typed") {
    auto yaml_in_french = [](const std::string& yaml) {
        FrenchCatalogue french;
        return yaml_problem(yaml).value_or("(accepted)");
    };
    CHECK(yaml_in_french("seniority: lots") == "'seniority' doit être un nombre entier de 0 à 80, et non \"lots\"");
    CHECK(yaml_in_french("availability: {mode: telepathy}") ==
          "'availability: mode' doit être remote, in-person ou any, et non \"telepathy\"");
    CHECK(yaml_in_french("languages: [english]") ==
          "'languages' attend des codes ISO 639-1 à deux lettres comme en ou fr, et non \"english\"");
    CHECK(yaml_in_french("active: [yes]") == "'active' doit être true ou false, et non une liste");
    CHECK(yaml_in_french("seniority: {a: 1}") == "'seniority' doit être un nombre entier de 0 à 80, et non une table");
    CHECK(yaml_in_french("email: nope") == "'email' doit être une adresse comme name@example.org, et non \"nope\"");
    CHECK(yaml_in_french("avoids: [Not An Id]") ==
          "'avoids' attend des identifiants de personne comme jean-martin, et non \"Not An Id\"");
    // Outside the scope, the same message is English again.
    CHECK(yaml_problem("seniority: lots") == "'seniority' must be a whole number from 0 to 80, got \"lots\"");

    FrenchCatalogue french;
    const auto& session = schema::session();
    CHECK(schema::problem(session.at("date"), "2026-02-30") == "'date' doit être une date AAAA-MM-JJ, et non \"2026-02-30\"");
    CHECK(schema::problem(session.at("rating"), "9") == "'rating' doit être un nombre entier de 1 à 5, et non \"9\"");
    CHECK(schema::problem(schema::match().at("score"), "2") == "'match: score' doit être un nombre de 0 à 1, et non \"2\"");
    CHECK(schema::refused(session.at("topics"), "une valeur vide") == "'topics' attend du texte, et non une valeur vide");
}

TEST_CASE("schema: in French, a missing field, an unknown key and a bad id say so in French") {
    FrenchCatalogue french;
    Diagnostics d;
    const std::string file = "journal/ann--bob/2026-03-10.yaml";
    read_session(yaml::parse("rating: 3\n", file), file, "ann--bob", "2026-03-10", d);
    REQUIRE(d.size() == 1);
    CHECK(d[0].str() == file + ":1:1: erreur : champ 'date' manquant (date attendue : 2026-03-10)");
    d.clear();
    read_plan(yaml::parse("goals:\n  - title: x\n", "plans/ann--bob.yaml"), "plans/ann--bob.yaml", "ann--bob", d);
    REQUIRE(d.size() == 1);
    CHECK(d[0].message == "champ 'goals: id' manquant (g1, g2, ... : stable, jamais réutilisé)");
    d.clear();
    Person p = *read_person(yaml::parse("id: ann\nsenority: 3\nbadge: gold\n", "people/ann.yaml"), "people/ann.yaml", d);
    report_unknown_keys(p.extra, schema::person(), {}, "people/ann.yaml", d);
    REQUIRE(d.size() == 2);
    CHECK(d[0].str() == "people/ann.yaml:2:1: avertissement : clé inconnue 'senority' ; vouliez-vous dire 'seniority' ?");
    CHECK(d[1].message == "clé inconnue 'badge'");
    CHECK(did_you_mean("jean-martn", {"jean-martin", "anna"}) == " ; vouliez-vous dire jean-martin ?");
    CHECK_THROWS_WITH_AS(require_valid_id("Jean Martin", "l'identifiant"),
                         "l'identifiant 'Jean Martin' n'est pas un identifiant valide : utilisez de 1 à 64 lettres minuscules, "
                         "chiffres et tirets simples, en commençant par une lettre ou un chiffre (par ex. jean-martin)",
                         Error);
    // What reports show of a closing reason; files keep the value as typed.
    CHECK(closing_reason_text(ClosingReason::NoChemistry) == "pas d'entente");
    CHECK(to_string(ClosingReason::NoChemistry) == "no-chemistry");
}

TEST_CASE("schema: the CSV and flag path normalise friendlier spellings, then check like the file") {
    CHECK(!flag_problem("roles", "Both"));
    CHECK(!flag_problem("days", "Monday|TUE"));
    CHECK(!flag_problem("languages", "EN"));
    CHECK(!flag_problem("active", "yes"));
    CHECK(!flag_problem("wants", "python:High"));
    CHECK(flag_problem("timezone", "Mars/Olympus") ==
          "'timezone' must be an IANA time zone name such as Europe/Paris, got \"Mars/Olympus\"");
    CHECK(!flag_problem("timezone", "Europe/Paris"));
    CHECK(flag_problem("emial", "a@b.org") == "unknown field 'emial'; did you mean email?");
}

TEST_CASE("schema: person_field_names and the unknown-column message come from the schema") {
    const auto& names = person_field_names();
    for (const auto& f : schema::person().fields)
        if (!f.nested) CHECK(std::find(names.begin(), names.end(), std::string(f.key)) != names.end());
    CsvTable table;
    table.header = {"name", "shoe size"};
    try {
        import_people(Records{}, table, "in.csv");
        FAIL("an unknown column was accepted");
    } catch (const Error& e) {
        std::string known;
        for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
        CHECK(e.message() == "unknown column 'shoe size' (known: " + known + ")");
    }
}

TEST_CASE("schema: every field has a description, and nested fields point at their table") {
    for (const auto* record : schema::all())
        for (const auto& f : record->fields) {
            CAPTURE(f.label);
            CHECK(!f.description.empty());
            CHECK((f.nested != nullptr) == (f.type == schema::Type::MapList || (f.type == schema::Type::Map && f.key != "extra_keys")));
            if (f.type == schema::Type::Enum) CHECK(!f.values.empty());
            if (f.type == schema::Type::Integer) CHECK(f.min <= f.max);
        }
}

TEST_CASE("schema: dates are years 0001 to 9999 with a real day") {
    CHECK(schema::is_date("0001-01-01"));
    CHECK(schema::is_date("9999-12-31"));
    CHECK(!schema::is_date("0000-12-31"));
    CHECK(!schema::is_date("2026-02-30"));
    CHECK(!schema::is_date("10000-01-01"));
}

namespace {

// A record read from `text` (which must read cleanly), changed by `spoil`,
// is refused by its writer with `message`; `spoilt`, the same value in a
// file, is reported by the reader with `message` and its line.
struct WriteCase {
    const char* kind;
    const char* spoilt;   ///< the file with the forbidden value
    const char* message;  ///< in both the writer's refusal and the reader's diagnostic
    int line;
};

const WriteCase kWriteCases[] = {
    {"person", "id: ann\nseniority: 81\n", "'seniority' must be a whole number from 0 to 80, got \"81\"", 2},
    {"person", "id: ann\nlanguages: [en, english]\n", "'languages' takes two-letter ISO 639-1 codes such as en or fr, got \"english\"", 2},
    {"pair", "mentor: ann\nmentee: bob\nmatch:\n  score: 2\n", "'match: score' must be a number from 0 to 1, got \"2\"", 4},
    {"pair", "mentor: ann\nmentee: bob\nmatch:\n  algorithm: lottery\n", "'match: algorithm' must be optimal, stable, greedy or manual", 4},
    {"pair", "mentor: ann\nmentee: bob\nstatus: finished\n", "'status' must be proposed, active, paused or closed", 3},
    {"plan", "agreement:\n  start: 2026-03-02\n  sessions: 6\n  until: 2026-09-01\n", "cannot both be set", 4},
    {"plan", "agreement:\n  start: 2026-03-02\n  mode: telepathy\n", "'agreement: mode' must be remote, in-person or phone", 3},
    {"plan", "schedule: [2026-03-02, 0000-03-09]\n", "'schedule' takes dates YYYY-MM-DD, got \"0000-03-09\"", 1},
    {"plan", "agreement:\n  start: 2026-03-02\n  cadence: every:0d\n", "invalid cadence 'every:0d'", 3},
    {"session", "date: 2026-03-02\nmode: smoke-signals\n", "'mode' must be remote, in-person or phone, got \"smoke-signals\"", 2},
    {"session", "date: 2026-03-02\nduration: 0\n", "'duration' must be a whole number from 1 to 1440, got \"0\"", 2},
    {"session", "date: 2026-03-02\nactions:\n  - owner: boss\n    text: x\n", "'actions: owner' must be mentor or mentee", 3},
};

Diagnostics read_as(const std::string& kind, const yaml::Node& doc) {
    Diagnostics d;
    if (kind == "person") read_person(doc, "f.yaml", d);
    if (kind == "pair") read_pair(doc, "f.yaml", d);
    if (kind == "plan") read_plan(doc, "f.yaml", "ann--bob", d);
    if (kind == "session") read_session(doc, "f.yaml", "ann--bob", "2026-03-02", d);
    return d;
}

// The writer sees the forbidden value as the reader left it in the struct
// when it is kept (sessions and until) or as code would set it.
std::string write_spoilt(const WriteCase& c) {
    const std::string kind = c.kind, message = c.message;
    try {
        if (kind == "person") {
            Person p;
            p.id = "ann";
            if (message.find("seniority") != std::string::npos) p.seniority = 81;
            else p.languages = {"en", "english"};
            write_person(p);
        } else if (kind == "pair") {
            Pair p;
            p.mentor = "ann", p.mentee = "bob";
            if (message.find("score") != std::string::npos) p.match.score = "2";
            else p.match.algorithm = "lottery";
            write_pair(p);
        } else if (kind == "plan") {
            Plan p;
            p.pair = "ann--bob";
            p.agreement.start = "2026-03-02";
            if (message.find("both") != std::string::npos) p.agreement.sessions = 6, p.agreement.until = "2026-09-01";
            else if (message.find("mode") != std::string::npos) p.agreement.mode = "telepathy";
            else if (message.find("schedule") != std::string::npos) p.schedule = {"2026-03-02", "0000-03-09"};
            else p.agreement.cadence = "every:0d";
            write_plan(p);
        } else {
            Session s;
            s.pair = "ann--bob", s.file = s.date = "2026-03-02";
            if (message.find("'mode'") != std::string::npos) s.mode = "smoke-signals";
            else s.duration = 0;
            write_session(s);
        }
    } catch (const Error& e) {
        return e.message();
    }
    return "";
}

}  // namespace

TEST_CASE("schema: each forbidden value is refused by its writer and reported by its reader with its line") {
    for (const auto& c : kWriteCases) {
        const std::string spoilt = c.spoilt;
        CAPTURE(spoilt);
        Diagnostics d = read_as(c.kind, yaml::parse(c.spoilt, "f.yaml"));
        REQUIRE(has_errors(d));
        CHECK(d.front().message.find(c.message) != std::string::npos);
        CHECK(d.front().where.line == c.line);
        // A C++ enum (status, owner) cannot hold a forbidden value: only the
        // reader has something to refuse there.
        const std::string message = c.message;
        if (message.find("status") != std::string::npos || message.find("owner") != std::string::npos) continue;
        const std::string refused = write_spoilt(c);
        CAPTURE(refused);
        CHECK(refused.find("cannot write ") == 0);
        CHECK(refused.find(c.message) != std::string::npos);
    }
}

TEST_CASE("schema: writers refuse invalid UTF-8 and records over the size limit") {
    Session s;
    s.pair = "ann--bob", s.file = s.date = "2026-03-02";
    s.notes = "caf\xC3";
    CHECK_THROWS_WITH(write_session(s), doctest::Contains("'notes' is not valid UTF-8"));
    s.notes = std::string(yaml::ParseLimits{}.max_bytes, 'x');
    CHECK_THROWS_WITH(write_session(s), doctest::Contains("records are limited to 16 MiB"));
    Person p;
    p.id = "ann";
    p.offers = {Offer{"caf\xE9", 3}};
    CHECK_THROWS_WITH(write_person(p), doctest::Contains("'offers: caf"));
    p.offers.clear();
    // The limit is on the bytes written: notes just under it, plus the keys, are over.
    p.notes = std::string(yaml::ParseLimits{}.max_bytes - 10, 'x');
    CHECK_THROWS_WITH(write_person(p), doctest::Contains("records are limited"));
    p.notes = std::string(yaml::ParseLimits{}.max_bytes - 100, 'x');
    CHECK(yaml::emit(write_person(p)).size() <= yaml::ParseLimits{}.max_bytes);
    p.notes = "fine";
    CHECK(yaml::emit(write_person(p)).find("notes: fine") != std::string::npos);
}

TEST_CASE("schema: unknown keys are warnings naming the closest key, unless extra_keys lists them") {
    Diagnostics d;
    auto p = read_person(yaml::parse("id: ann\nsenority: 3\nbadge: gold\navailability:\n  dayz: [mon]\n", "f.yaml"),
                         "f.yaml", d);
    REQUIRE(p);
    CHECK(d.empty());  // kept, not errors: the reader does not judge them
    CHECK(yaml::emit(write_person(*p)).find("  dayz: [mon]") != std::string::npos);
    ExtraKeys extra{{"person", {"badge"}}};
    report_unknown_keys(p->extra, schema::person(), extra, "f.yaml", d);
    report_unknown_keys(p->availability.extra, schema::availability(), extra, "f.yaml", d);
    REQUIRE(d.size() == 2);
    CHECK(d[0].str() == "f.yaml:2:1: warning: unknown key 'senority'; did you mean 'seniority'?");
    CHECK(d[1].str() == "f.yaml:5:3: warning: unknown key 'dayz'; did you mean 'days'?");
}

TEST_CASE("schema: mentor.yaml reports unknown keys at every level and reads extra_keys and the matching gaps") {
    Diagnostics d;
    Settings s = read_settings(
        yaml::parse("schema: 1\nskils: 3\nmatching:\n  algoritm: optimal\n  peer_max_gap: 5\n  weights:\n    skils: 3\n"
                    "extra_keys:\n  person: [badge]\n  persn: [x]\ndefaults:\n  cadence: every:0d\n",
                    "mentor.yaml"),
        "mentor.yaml", d);
    sort_diagnostics(d);
    CHECK(s.matching.peer_max_gap == 5);
    CHECK(s.matching.reverse_min_gap == 1);
    CHECK(s.matching.classic_min_gap == 0);
    CHECK(s.matching.min_skills == 1);
    CHECK(s.extra_keys.at("person") == std::vector<std::string>{"badge"});
    std::vector<std::string> got;
    for (const auto& x : d) got.push_back(x.str());
    CHECK(got == std::vector<std::string>{
                     "mentor.yaml:2:1: warning: unknown key 'skils'",
                     "mentor.yaml:4:3: warning: unknown key 'algoritm'; did you mean 'algorithm'?",
                     "mentor.yaml:7:5: warning: unknown key 'skils'; did you mean 'skills'?",
                     "mentor.yaml:10:10: warning: unknown record kind 'persn' in 'extra_keys'; did you mean 'person'?",
                     "mentor.yaml:12:12: error: 'defaults: cadence': invalid cadence 'every:0d': the number of days must be from 1 to 365",
                 });
}

TEST_CASE("schema: a plan read with both sessions and until keeps the sessions, so that it can be written") {
    Diagnostics d;
    auto plan = read_plan(yaml::parse("agreement:\n  start: 2026-03-02\n  sessions: 6\n  until: 2026-09-01\n", "p.yaml"),
                          "p.yaml", "ann--bob", d);
    REQUIRE(plan);
    CHECK(has_errors(d));
    CHECK(plan->agreement.sessions == 6);
    CHECK(plan->agreement.until.empty());
    CHECK(yaml::emit(write_plan(*plan)).find("sessions: 6") != std::string::npos);
}
