// French input: the aliases declared in the schema (records/spelling.hpp),
// French cadences and relative dates, French spreadsheet headers, and CSV
// output laid out for a spreadsheet.

#include <doctest/doctest.h>

#include <string>

#include "mentor/core/date.hpp"
#include "mentor/core/error.hpp"
#include "mentor/formats/csv.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/records/cadence.hpp"
#include "mentor/records/people.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "mentor/records/spelling.hpp"

using namespace mentor;

namespace {

std::string spelled(const schema::Field& field, std::string_view value) { return schema::canonical(field, value); }

// The person `csv` (one row) imports as, or the import's error.
Person imported(const std::string& csv) {
    const ImportResult result = import_people(Records{}, parse_csv(csv, "in.csv"), "in.csv", false);
    REQUIRE(result.updates.size() == 1);
    return result.updates.front().person;
}

std::string import_error(const std::string& csv) {
    try {
        import_people(Records{}, parse_csv(csv, "in.csv"), "in.csv", false);
    } catch (const Error& e) {
        return e.message();
    }
    return "";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("spelling: day names in French and English, any case, with or without a final dot") {
    const auto& days = schema::availability().at("days");
    const char* const week[][4] = {
        {"mon", "lun", "lundi", "Monday"}, {"tue", "mar", "MARDI", "tues"}, {"wed", "mer.", "Mercredi", "WED"},
        {"thu", "jeu", "jeudi", "thurs"},  {"fri", "ven", "Vendredi", "fri"}, {"sat", "sam.", "samedi", "Saturday"},
        {"sun", "dim", "Dimanche", "sunday"},
    };
    for (const auto& day : week)
        for (int i = 1; i < 4; ++i) CHECK_MESSAGE(spelled(days, day[i]) == day[0], day[i]);
    // Not a day: left as typed, so that the usual check refuses it in its words.
    CHECK(spelled(days, "lundimatin") == "lundimatin");
    CHECK(schema::problem(days, spelled(days, "lundimatin")) ==
          "'availability: days' takes mon, tue, wed, thu, fri, sat or sun, got \"lundimatin\"");
}

TEST_CASE("spelling: priorities, roles, modes and fits") {
    const auto& wants = schema::person().at("wants");
    CHECK(spelled(wants, "haute") == "high");
    CHECK(spelled(wants, "Moyenne") == "medium");
    CHECK(spelled(wants, "basse") == "low");
    CHECK(spelled(wants, "urgente") == "urgente");
    const auto& owner = schema::action().at("owner");
    for (const char* mentee : {"mentoré·e", "mentoré", "mentorée", "Mentoree", "MENTORÉ·E"})
        CHECK_MESSAGE(spelled(owner, mentee) == "mentee", mentee);
    CHECK(spelled(owner, "mentor") == "mentor");
    CHECK(spelled(owner, "les deux") == "les deux");  // an action has one owner
    CHECK(spelled(schema::person().at("roles"), "les deux") == "both");
    const auto& mode = schema::agreement().at("mode");
    CHECK(spelled(mode, "à distance") == "remote");
    CHECK(spelled(mode, "A distance") == "remote");
    CHECK(spelled(mode, "en présence") == "in-person");
    CHECK(spelled(mode, "présentiel") == "in-person");
    CHECK(spelled(mode, "téléphone") == "phone");
    CHECK(spelled(schema::session().at("mode"), "au téléphone") == "phone");
    CHECK(spelled(schema::availability().at("mode"), "indifférent") == "any");
    CHECK(spelled(mode, "indifférent") == "indifférent");  // an agreement has a mode, not "any"
    const auto& fit = schema::checkin().at("fit");
    CHECK(spelled(fit, "bonne") == "good");
    CHECK(spelled(fit, "Incertaine") == "unsure");
    CHECK(spelled(fit, "mauvaise") == "poor");
    CHECK(schema::problem(fit, spelled(fit, "moyenne")) == "'fit' must be good, unsure or poor, got \"moyenne\"");
    const auto& kind = schema::pair().at("kind");
    CHECK(spelled(kind, "classique") == "classic");
    CHECK(spelled(kind, "mentorat inversé") == "reverse");
    CHECK(spelled(kind, "entre pairs") == "peer");
    const auto& status = schema::pair().at("status");
    CHECK(spelled(status, "proposé") == "proposed");
    CHECK(spelled(status, "Actif") == "active");
    CHECK(spelled(status, "en pause") == "paused");
    CHECK(spelled(status, "clôturé") == "closed");
    CHECK(spelled(status, "annulé") == "annulé");
    const auto& reason = schema::pair().at("reason");
    CHECK(spelled(reason, "terminé") == "completed");
    CHECK(spelled(reason, "Objectifs atteints") == "goals-met");
    CHECK(spelled(reason, "pas d’entente") == "no-chemistry");
    CHECK(spelled(reason, "autre") == "other");
    const auto& assessment = schema::closing().at("goals");
    CHECK(spelled(assessment, "en partie") == "partly");
    CHECK(spelled(assessment, "non atteints") == "not-met");
    // A value with no alias is never folded: names and notes stay as typed.
    CHECK(spelled(schema::person().at("name"), "Lundi") == "Lundi");
}

TEST_CASE("spelling: the YAML readers keep the canonical value of a French word") {
    Diagnostics d;
    const Person p = *read_person(yaml::parse("id: ann\nname: Ann\nroles: [mentoré·e]\navailability:\n  days: [lundi, Jeu.]\n"
                                             "  mode: à distance\nwants:\n  python: haute\n", "ann.yaml"),
                                 "people/ann.yaml", d);
    CHECK(d.empty());
    CHECK(p.has_role(Role::Mentee));
    CHECK(p.availability.days == std::vector<std::string>{"mon", "thu"});
    CHECK(p.availability.mode == "remote");
    REQUIRE(p.wants.size() == 1);
    CHECK(p.wants[0].priority == Priority::High);
    // and writes them back in English: the file is the same bytes as an English one
    CHECK(yaml::emit(write_person(p)) ==
          yaml::emit(write_person(*read_person(yaml::parse("id: ann\nname: Ann\nroles: [mentee]\navailability:\n"
                                                          "  days: [mon, thu]\n  mode: remote\nwants:\n  python: high\n",
                                                          "ann.yaml"),
                                              "people/ann.yaml", d))));
}

TEST_CASE("cadence: French words, read as the English cadence") {
    CHECK(parse_cadence("hebdomadaire") == Cadence::weekly());
    CHECK(parse_cadence("Hebdomadaire") == Cadence::weekly());
    CHECK(parse_cadence("bimensuelle") == Cadence::biweekly());
    CHECK(parse_cadence("toutes les deux semaines") == Cadence::biweekly());
    CHECK(parse_cadence("toutes les 2 semaines") == Cadence::biweekly());
    CHECK(parse_cadence("mensuelle") == Cadence::monthly());
    CHECK(parse_cadence("mensuel") == Cadence::monthly());
    CHECK(parse_cadence("tous les 10 jours") == Cadence::every_n_days(10));
    CHECK(parse_cadence("toutes les 3 semaines") == Cadence::every_n_days(21));
    CHECK(canonical_cadence("tous les 10 jours") == "every:10d");
    CHECK(canonical_cadence("hebdomadaire") == "weekly");
    CHECK(canonical_cadence("every:2w") == "every:2w");  // English stays as written
    CHECK(canonical_cadence("hebdo") == "hebdo");
    CHECK_THROWS_WITH_AS(parse_cadence("tous les 400 jours"),
                         "invalid cadence 'tous les 400 jours': the number of days must be from 1 to 365", Error);
    CHECK_THROWS_WITH_AS(parse_cadence("hebdo"),
                         "invalid cadence 'hebdo': expected weekly, biweekly, monthly, every:Nd (N days, 1 to 365) or "
                         "every:Nw (N weeks, 1 to 52), e.g. every:10d",
                         Error);
    // the plan reader keeps the English spelling
    CHECK(spelled(schema::agreement().at("cadence"), "toutes les deux semaines") == "biweekly");
}

TEST_CASE("dates: French relative words and units") {
    const Date today = Date::from_ymd(2026, 3, 2);
    CHECK(parse_date("aujourd'hui", today) == today);
    CHECK(parse_date("aujourd\u2019hui", today) == today);
    CHECK(parse_date("demain", today) == today + 1);
    CHECK(parse_date("hier", today) == today - 1);
    CHECK(parse_date("+3j", today) == today + 3);
    CHECK(parse_date("-3j", today) == today - 3);
    CHECK(parse_date("+2s", today) == today + 14);
    CHECK(parse_date("+1m", today) == Date::from_ymd(2026, 4, 2));
    CHECK_THROWS_WITH_AS(parse_date("après-demain", today),
                         "invalid date 'après-demain': expected YYYY-MM-DD, today, tomorrow, yesterday or +Nd/+Nw/+Nm "
                         "(e.g. +2w, -3d)",
                         Error);
    CHECK_THROWS_AS(parse_date("+2x", today), Error);
    CHECK_THROWS_AS(parse_date("Demain ", today), Error);
}

TEST_CASE("import: French spreadsheet headers, without case or accents") {
    const Person p = imported(
        "Nom;Prénom;Courriel;Rôles;Entreprise;Équipe;Intitulé de poste;Ancienneté;Langues;Fuseau horaire;Cohorte;"
        "Capacité;Compétences offertes;Besoins;Centres d'intérêt;Heures par mois;Disponibilités;Mode\n"
        "Roux;Léa;lea@example.org;les deux;Lumen;Data;Analyste;4;fr|en;Europe/Paris;2026-spring;2;sql:4;"
        "python:haute;échecs;6;lun|Jeudi;à distance\n");
    CHECK(p.name == "Léa Roux");
    CHECK(p.id == "lea-roux");
    CHECK(p.email == "lea@example.org");
    CHECK(p.has_role(Role::Mentor));
    CHECK(p.has_role(Role::Mentee));
    CHECK(p.organisation == "Lumen");
    CHECK(p.team == "Data");
    CHECK(p.title == "Analyste");
    CHECK(p.seniority == 4);
    CHECK(p.timezone == "Europe/Paris");
    CHECK(p.capacity == 2);
    CHECK(p.availability.days == std::vector<std::string>{"mon", "thu"});
    CHECK(p.availability.mode == "remote");
    CHECK(p.availability.hours_per_month == 6);
    CHECK(imported("COURRIEL,prenom,nom\nx@example.org,Léa,Roux\n").name == "Léa Roux");
    CHECK(imported("Mél;Prénom\nl@example.org;Léa\n").email == "l@example.org");
    CHECK(import_error("Courriel;E-mail\nx@example.org;y@example.org\n") ==
          "columns 'Courriel' and 'E-mail' both name the field 'email': keep one");
    CHECK(imported("Nom;Service;Poste\nRoux;Data;Analyste\n").name == "Roux");
    CHECK(imported("Nom complet;Responsable;Jours\nLéa Roux;Ann Lee;mar.\n").manager == "Ann Lee");
}

TEST_CASE("import: a header that is no field names the closest one") {
    const std::string message = import_error("Nom;Courriell\nRoux;x@example.org\n");
    CHECK(contains(message, "unknown column 'Courriell' (known: id, name, email,"));
    CHECK(contains(message, "; did you mean courriel?"));
}

TEST_CASE("csv: output restyled for a spreadsheet") {
    const std::string plain = csv_line({"name", "note"}) + csv_line({"Léa; Roux", "a,b"}) + csv_line({""}) + "\n" +
                              csv_line({"figure", "value"}) + csv_line({"line\nbreak", "say \"hi\""});
    CHECK(restyle_csv(plain, CsvStyle{}) == plain);
    CHECK(restyle_csv(plain, CsvStyle{';', false, false}) ==
          "name;note\n\"Léa; Roux\";\"a,b\"\n\"\"\n\nfigure;value\n\"line\nbreak\";\"say \"\"hi\"\"\"\n");
    CHECK(restyle_csv(plain, CsvStyle::excel()) ==
          "\xEF\xBB\xBFname;note\r\n\"Léa; Roux\";\"a,b\"\r\n\"\"\r\n\r\nfigure;value\r\n\"line\nbreak\";\"say \"\"hi\"\"\"\r\n");
    CHECK(restyle_csv("a,b\nx\ty,z\n", CsvStyle{'\t', false, false}) == "a\tb\n\"x\ty\"\tz\n");
    // read back, the Excel style gives the same table
    const CsvTable back = parse_csv(restyle_csv(plain.substr(0, plain.find("\"\"\n")), CsvStyle::excel()), "out.csv");
    CHECK(back.separator == ';');
    CHECK(back.header == std::vector<std::string>{"name", "note"});
    REQUIRE(back.rows.size() == 1);
    CHECK(back.rows[0].cells == std::vector<std::string>{"Léa; Roux", "a,b"});
}
