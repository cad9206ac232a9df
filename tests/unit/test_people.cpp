#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "mentor/core/error.hpp"
#include "mentor/core/ids.hpp"
#include "mentor/formats/csv.hpp"
#include "mentor/records/people.hpp"

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
