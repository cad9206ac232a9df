// The store's and the formats' messages in French, and what must not change
// with the language: a check that reads an error's words is a check that
// breaks once the words are translated.
#include <doctest/doctest.h>

#include <fstream>

#include "french.hpp"
#include "mentor/formats/age.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/store/layout.hpp"
#include "mentor/store/pair_lookup.hpp"
#include "mentor/store/store.hpp"
#include "temp_dir.hpp"

using namespace mentor;

namespace {

std::string message_of(const auto& call) {
    try {
        call();
    } catch (const Error& e) {
        return e.what();
    }
    return "(no error)";
}

// Ana mentors Ben (active) and Cy (paused); Dee has no pair.
Records program() {
    Records r;
    for (const char* id : {"ana", "ben", "cy", "dee"}) r.people.emplace_back().id = id;
    for (auto [mentee, status] : {std::pair{"ben", PairStatus::Active}, std::pair{"cy", PairStatus::Paused}}) {
        Pair& p = r.pairs.emplace_back();
        p.mentor = "ana";
        p.mentee = mentee;
        p.status = status;
    }
    return r;
}

}  // namespace

TEST_CASE("an input over its limit names that limit in every language, a pipe's or a file's") {
    test::TempDir dir;
    const auto big = dir.path / "notes.txt";
    std::ofstream(big) << std::string((3u << 20) + 5, 'x');
    const auto read = [&] { read_input_file(big.string(), 1u << 20, "a session's notes"); };
    CHECK(message_of(read) == big.string() + ": too large (3 MiB or more); the limit for a session's notes is 1 MiB");
    FrenchCatalogue french;
    // The reader once told this case by the English words of yaml::too_large.
    CHECK(message_of(read) == big.string() + ": trop volumineux (3 Mio ou plus) ; la limite pour a session's notes est de 1 Mio");
    CHECK(message_of([&] { read_file(dir.path, "notes"); }) == "notes: lecture impossible : c'est un dossier");
}

TEST_CASE("the YAML parser's errors in French keep libyaml's own words") {
    FrenchCatalogue french;
    CHECK(message_of([] { yaml::parse("a: 1\na: 2\n", "x.yaml"); }) == "x.yaml:2:1: clé 'a' en double");
    CHECK(message_of([] { yaml::parse("a: !!binary x\n", "x.yaml"); }) ==
          "x.yaml:1:4: les étiquettes YAML ne sont pas permises dans les fiches ('tag:yaml.org,2002:binary' trouvée)");
    CHECK(message_of([] { yaml::parse("a: [1\n", "x.yaml"); }) ==
          "x.yaml:2:1: YAML invalide : while parsing a flow sequence: did not find expected ',' or ']'");
    CHECK(message_of([] { yaml::parse(std::string(40, 'x'), "x.yaml", yaml::ParseLimits{16}); }) ==
          "x.yaml: fichier trop volumineux (0 Mio) ; les fiches sont limitées à 0 Mio");
}

TEST_CASE("a name that would lead outside the records directory is refused in French, naming what it is not") {
    FrenchCatalogue french;
    CHECK(message_of([] { layout::person_path("../x"); }) ==
          "\"../x\" n'est pas un identifiant de personne valide ; nom de fichier hors du dossier de données refusé");
    CHECK(message_of([] { layout::pair_path("ana"); }) ==
          "\"ana\" n'est pas un identifiant de binôme valide ; nom de fichier hors du dossier de données refusé");
    CHECK(message_of([] { layout::entry_path("ana--ben", "../x"); }) ==
          "\"../x\" n'est pas un nom d'entrée de journal valide ; nom de fichier hors du dossier de données refusé");
}

TEST_CASE("pair lookup: the pairs a person is in, with their status, in English and in French") {
    const Records r = program();
    CHECK(message_of([&] { resolve_pair(r, "ana"); }) ==
          "person 'ana' is in several pairs; name one: ana--ben (active), ana--cy (paused)");
    CHECK(message_of([&] { resolve_pair(r, "dee"); }) ==
          "person 'dee' has no pair that is not closed (see `mentor list pairs`)");
    FrenchCatalogue french;
    CHECK(message_of([&] { resolve_pair(r, "ana"); }) ==
          "la personne 'ana' fait partie de plusieurs binômes ; nommez-en un : ana--ben (actif), ana--cy (en pause)");
    CHECK(message_of([&] { resolve_pair(r, "ana--"); }) ==
          "'ana--' désigne plusieurs binômes : ana--ben (actif), ana--cy (en pause)");
    CHECK(message_of([&] { resolve_pair(r, "zzzzzzzz"); }) ==
          "aucun binôme ni personne 'zzzzzzzz' (voir `mentor list pairs`)");
    CHECK(message_of([&] { resolve_person(r, "zzzzzzzz"); }) ==
          "aucune personne d'id 'zzzzzzzz' (voir `mentor list people`)");
    CHECK(resolve_pair(r, "ana--b").id() == "ana--ben");
}

TEST_CASE("age's errors in French; what age writes does not change") {
    FrenchCatalogue french;
    CHECK(message_of([] { age::encrypt("x", {}); }) == "age : aucun destinataire pour qui chiffrer");
    CHECK(message_of([] { age::decrypt("not age\n", {}, "s.age"); }) ==
          "s.age: pas un fichier age (pas d'en-tête age-encryption.org/v1)");
    CHECK(message_of([] { age::dearmor("-----BEGIN AGE ENCRYPTED FILE-----\n-----END AGE ENCRYPTED FILE-----\n", "s.age"); }) ==
          "s.age: armure age invalide : elle ne contient rien");
    const std::string armored = age::armor("abc");
    CHECK(armored.starts_with("-----BEGIN AGE ENCRYPTED FILE-----\n"));
}
