#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "mentor/core/error.hpp"
#include "mentor/core/ids.hpp"
#include "mentor/formats/csv.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/records/people.hpp"
#include "mentor/records/record_io.hpp"

using namespace mentor;

namespace {

Records with_people(std::vector<std::pair<std::string, std::string>> names_and_emails) {
    Records records;
    for (auto& [name, email] : names_and_emails) {
        Person p;
        p.name = name;
        p.email = email;
        p.id = slugify(name);
        records.people.push_back(p);
        records.person_file_ids.push_back(p.id);
    }
    return records;
}

std::string import_error(const Records& records, const std::string& csv, bool update = false) {
    try {
        import_people(records, parse_csv(csv, "people.csv"), "people.csv", update);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("import: two rows with one e-mail or one id name both lines") {
    Records none;
    std::string e = import_error(none, "name,email\nAna,ana@example.org\nBob,bob@example.org\nAna B,ANA@example.org\n");
    CHECK(contains(e, "nothing was imported"));
    CHECK(contains(e, "people.csv:4: same e-mail as line 2 (ANA@example.org)"));
    e = import_error(none, "id,name\nana,Ana\nana,Ana Two\n");
    CHECK(contains(e, "people.csv:3: same id as line 2 (ana)"));
    // Distinct people of one name are two people, as before.
    auto result = import_people(none, parse_csv("name,email\nAna,a1@x.org\nAna,a2@x.org\n", "people.csv"), "people.csv");
    REQUIRE(result.updates.size() == 2);
    CHECK(result.updates[0].person.id == "ana");
    CHECK(result.updates[1].person.id == "ana-2");
}

TEST_CASE("import: an e-mail of someone of another name needs allow_update") {
    Records records = with_people({{"Hugo Blanc", "hugo@x.org"}});
    const std::string csv = "name,email\nAnne Other,hugo@x.org\n";
    std::string e = import_error(records, csv);
    CHECK(contains(e, "people.csv:2: e-mail hugo@x.org belongs to hugo-blanc (Hugo Blanc), not \"Anne Other\""));
    CHECK(import_error(records, csv, true).empty());
    auto result = import_people(records, parse_csv(csv, "people.csv"), "people.csv", true);
    REQUIRE(result.updates.size() == 1);
    CHECK(result.updates[0].person.id == "hugo-blanc");
    CHECK(result.updates[0].person.name == "Anne Other");
    CHECK_FALSE(result.updates[0].created);
    // The same name, but for case and accents, is a re-import: an update.
    auto again = import_people(records, parse_csv("name,email,title\nHUGO BLANC,hugo@x.org,CTO\n", "f"), "f");
    REQUIRE(again.updates.size() == 1);
    CHECK(again.updates[0].person.id == "hugo-blanc");
}

TEST_CASE("add_person: a name someone has is refused unless an id or allow_update") {
    Records records = with_people({{"Élodie Dupré", "elodie@x.org"}});
    const std::vector<RawField> fields = {{"name if new", "Elodie Dupre"}};
    try {
        add_person(records, fields, {Role::Mentee}, Location{}, ErrorKind::Usage);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::Data);
        CHECK(contains(e.what(), "already exists (elodie-dupre)"));
        CHECK(contains(e.what(), "--update to update elodie-dupre"));
    }
    auto updated = add_person(records, fields, {Role::Mentee}, Location{}, ErrorKind::Usage, true);
    CHECK(updated.person.id == "elodie-dupre");
    CHECK_FALSE(updated.created);
    CHECK(updated.person.has_role(Role::Mentee));
    auto other = add_person(records, {{"name if new", "Elodie Dupre"}, {"id", "elodie-2"}}, {}, Location{}, ErrorKind::Usage);
    CHECK(other.created);
    CHECK(other.person.id == "elodie-2");
    // The e-mail of someone recorded is that person, whatever the NAME.
    auto by_mail = add_person(records, {{"name if new", "Whoever"}, {"email", "ELODIE@x.org"}}, {Role::Mentor},
                              Location{}, ErrorKind::Usage);
    CHECK(by_mail.person.id == "elodie-dupre");
    CHECK(by_mail.person.name == "Élodie Dupré");
}

TEST_CASE("ManagerIndex resolves ids, e-mails and unambiguous names like resolve_manager") {
    Records records = with_people({{"Ivy Chen", "ivy1@x.org"}, {"Ivy Chen", "ivy2@x.org"}, {"Joe Park", "Joe@X.org"}});
    records.people[1].id = "ivy-chen-2";
    std::vector<const Person*> people;
    for (const auto& p : records.people) people.push_back(&p);
    const ManagerIndex index(people);
    for (const char* value : {"ivy-chen", "joe@x.org", "JOE PARK", "Ivy Chen", "ivy2@x.org", "nobody", ""}) {
        CAPTURE(value);
        CHECK(index.resolve(value) == resolve_manager(value, people));
    }
    CHECK(index.resolve("joe@x.org") == "joe-park");
    CHECK(index.resolve("joe park") == "joe-park");
    CHECK(index.resolve("Ivy Chen") == "Ivy Chen");  // two people: stays as written
    CHECK(index.resolve("ivy2@x.org") == "ivy-chen-2");
    CHECK(index.resolve("nobody") == "nobody");
}

namespace {

// Records holding what an import wrote, as the next command loads them.
Records after_import(Records records, const ImportResult& result) {
    for (const auto& u : result.updates) {
        std::erase_if(records.people, [&](const Person& p) { return p.id == u.person.id; });
        records.people.push_back(u.person);
        records.person_file_ids.push_back(u.person.id);
    }
    std::sort(records.people.begin(), records.people.end(), [](const Person& a, const Person& b) { return a.id < b.id; });
    std::sort(records.person_file_ids.begin(), records.person_file_ids.end());
    records.person_file_ids.erase(std::unique(records.person_file_ids.begin(), records.person_file_ids.end()),
                                  records.person_file_ids.end());
    return records;
}

std::string manager_of(const ImportResult& result, const std::string& id) {
    for (const auto& u : result.updates)
        if (u.person.id == id) return u.person.manager;
    return "(not imported)";
}

}  // namespace

TEST_CASE("import: a manager given by id, e-mail or name, in the directory or in the file") {
    Records records = with_people({{"Hugo Blanc", "hugo@x.org"}, {"Ivy Chen", "ivy1@x.org"}, {"Ivy Chen", "ivy2@x.org"}});
    records.people[2].id = records.person_file_ids[2] = "ivy-chen-2";
    const std::string csv =
        "name,email,manager\n"
        "Ann Lee,ann@x.org,hugo-blanc\n"   // an id in the directory
        "Bob Ray,bob@x.org,HUGO@X.ORG\n"   // an e-mail, any case
        "Cid Moe,cid@x.org,hugo blanc\n"   // a name, any case
        "Dan Fox,dan@x.org,Ann Lee\n"      // a name given earlier in the file
        "Eve Poe,eve@x.org,gus@x.org\n"    // an e-mail given later in the file
        "Gus Tan,gus@x.org,\n"
        "Fay Ng,fay@x.org,Ivy Chen\n"      // two people of that name: as written
        "Hal Roe,hal@x.org,nobody\n";      // nobody: as written
    auto result = import_people(records, parse_csv(csv, "people.csv"), "people.csv");
    REQUIRE(result.updates.size() == 8);
    CHECK(manager_of(result, "ann-lee") == "hugo-blanc");
    CHECK(manager_of(result, "bob-ray") == "hugo-blanc");
    CHECK(manager_of(result, "cid-moe") == "hugo-blanc");
    CHECK(manager_of(result, "dan-fox") == "ann-lee");
    CHECK(manager_of(result, "eve-poe") == "gus-tan");
    CHECK(manager_of(result, "fay-ng") == "Ivy Chen");
    CHECK(manager_of(result, "hal-roe") == "nobody");
}

TEST_CASE("import: one person on two rows, by id on one and by e-mail on the other, is refused") {
    Records records = with_people({{"Hugo Blanc", "hugo@x.org"}});
    std::string e = import_error(records, "id,name,email,title\nhugo-blanc,Hugo Blanc,,CTO\n,Hugo Blanc,hugo@x.org,CEO\n");
    CHECK(contains(e, "1 bad row in people.csv; nothing was imported"));
    CHECK(contains(e, "people.csv:3: same person as line 2 (hugo-blanc)"));
    // An id and an e-mail of two different people on one row.
    records = with_people({{"Hugo Blanc", "hugo@x.org"}, {"Ivy Chen", "ivy@x.org"}});
    e = import_error(records, "id,name,email\nhugo-blanc,Hugo Blanc,ivy@x.org\n");
    CHECK(contains(e, "id 'hugo-blanc' and email ivy@x.org belong to two different people (hugo-blanc and ivy-chen)"));
}

TEST_CASE("import: the same file again changes nothing, byte for byte") {
    Records records = with_people({{"Hugo Blanc", "hugo@x.org"}});
    const std::string csv =
        "name,email,manager,roles,offers,languages\n"
        "Ann Lee,ann@x.org,Hugo Blanc,mentor,leadership:5|writing:3,fr|EN\n"
        "Bob Ray,bob@x.org,ann@x.org,mentee,,en\n"
        "Hugo Blanc,hugo@x.org,,mentor,,de\n";
    auto first = import_people(records, parse_csv(csv, "people.csv"), "people.csv");
    REQUIRE(first.updates.size() == 3);
    for (const auto& u : first.updates) CHECK(u.file == yaml::emit(write_person(u.person)));
    Records after = after_import(records, first);
    auto second = import_people(after, parse_csv(csv, "people.csv"), "people.csv");
    CHECK(second.updates.empty());
    CHECK(second.unchanged == 3);
    // One cell changed: that person alone.
    std::string changed = csv;
    changed.replace(changed.find("mentee,,en"), 10, "mentee,,es");
    auto third = import_people(after, parse_csv(changed, "people.csv"), "people.csv");
    REQUIRE(third.updates.size() == 1);
    CHECK(third.updates[0].person.id == "bob-ray");
    CHECK_FALSE(third.updates[0].created);
    CHECK(third.unchanged == 2);
}

TEST_CASE("import: a file read row by row gives what its parsed table gives") {
    Records records = with_people({{"Hugo Blanc", "hugo@x.org"}});
    const std::string csv =
        "name,email,manager,team,notes\n"
        "Ana Lima,ana@x.org,hugo@x.org,Ops,\"two\nlines\"\n"
        "\n"
        "HUGO BLANC,hugo@x.org,,Tech,\n"
        "Bo Ray,bo@x.org,Ana Lima,,\n";
    const auto table = import_people(records, parse_csv(csv, "p.csv"), "p.csv");
    const auto rows = import_people(records, CsvRows(csv, "p.csv"), "p.csv");
    CHECK(rows.unchanged == table.unchanged);
    REQUIRE(rows.updates.size() == 3);
    REQUIRE(rows.updates.size() == table.updates.size());
    for (size_t i = 0; i < rows.updates.size(); ++i) {
        CHECK(rows.updates[i].person.id == table.updates[i].person.id);
        CHECK(rows.updates[i].created == table.updates[i].created);
        CHECK(rows.updates[i].file == table.updates[i].file);
    }
    CHECK(rows.updates[2].person.manager == "ana-lima");
    CHECK_THROWS_WITH_AS(import_people(records, CsvRows("name,email\nA,a@x.org\nB,a@x.org\n", "p.csv"), "p.csv"),
                         doctest::Contains("p.csv:3: same e-mail as line 2"), Error);
}
