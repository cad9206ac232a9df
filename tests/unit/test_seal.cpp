// Sealing a record's content (records/seal.hpp) and a pair's journal
// (journal/seal.hpp): what is sealed comes from the schema's content flags;
// a sealed session reads, opens and reseals; damage is refused.

#include "mentor/records/seal.hpp"

#include <doctest/doctest.h>

#include "french.hpp"

#include <filesystem>
#include <fstream>

#include "mentor/journal/journal.hpp"
#include "mentor/journal/seal.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "temp_dir.hpp"

using namespace mentor;
namespace fs = std::filesystem;

namespace {

using test::TempDir;

Session sample() {
    Session s;
    s.pair = "ann--bob";
    s.date = "2026-03-02";
    s.file = "2026-03-02";
    s.duration = 45;
    s.rating = 4;
    s.topics = {"career", "secret topic"};
    s.notes = "secret notes\n";
    s.goals = {"g1"};
    Action a;
    a.id = "2026-03-02.1";
    a.owner = Role::Mentee;
    a.text = "secret action";
    a.due = "2026-03-09";
    s.actions = {a};
    return s;
}

}  // namespace

TEST_CASE("content fields are those the schema marks, and nothing else") {
    std::vector<std::string> content;
    for (const auto* record : schema::all())
        for (const auto& f : record->fields)
            if (f.content) content.push_back(std::string(record->kind) + "." + std::string(f.key));
    CHECK(content == std::vector<std::string>{"pair.review", "session.topics", "session.notes", "followup.reason", "followup.note",
                                              "checkin.comment", "closing.review", "action.text"});
}

TEST_CASE("a sealed session keeps its metadata in clear and reads back whole") {
    const auto id = age::Identity::generate();
    const yaml::Node sealed = seal_content(write_session(sample()), schema::session(), {id.recipient()});
    const std::string text = yaml::emit(sealed);
    CHECK(text.find("secret") == std::string::npos);
    for (const char* clear : {"date: 2026-03-02", "duration: 45", "rating: 4", "goals: [g1]", "owner: mentee",
                              "due: 2026-03-09", "-----BEGIN AGE ENCRYPTED FILE-----"})
        CHECK_MESSAGE(text.find(clear) != std::string::npos, clear);
    // It reads as a session (validate is clean) with its content unknown...
    Diagnostics d;
    auto read = read_session(yaml::parse(text, "f"), "f", "ann--bob", "2026-03-02", d);
    CHECK(d.empty());
    REQUIRE(read);
    CHECK(read->notes.empty());
    CHECK(!read->sealed.empty());
    // ...and opens to the same file as the session written in clear.
    const yaml::Node opened = unseal_content(yaml::parse(text, "f"), schema::session(), {id}, "f");
    auto back = read_session(opened, "f", "ann--bob", "2026-03-02", d);
    REQUIRE(back);
    CHECK(yaml::emit(write_session(*back)) == yaml::emit(write_session(sample())));
    // Nothing to seal to, or nothing to seal: unchanged.
    CHECK(yaml::emit(seal_content(write_session(sample()), schema::session(), {})) == yaml::emit(write_session(sample())));
    Session bare;
    bare.date = "2026-03-02";
    bare.duration = 30;
    CHECK(yaml::emit(seal_content(write_session(bare), schema::session(), {id.recipient()})) == yaml::emit(write_session(bare)));
}

TEST_CASE("unsealing refuses a message that does not fit its record") {
    const auto id = age::Identity::generate();
    auto with_content = [&](const std::string& plain) {
        yaml::Node doc = yaml::Node::map();
        doc.set("date", yaml::Node::plain("2026-03-02"));
        doc.set(kSealedKey, yaml::Node::text(age::encrypt_armored(plain, {id.recipient()})));
        return doc;
    };
    CHECK_THROWS_WITH_AS(unseal_content(with_content("duration: 5\n"), schema::session(), {id}, "f"),
                         "f: the sealed content does not fit its record: 'duration' is not a content field", Error);
    CHECK_THROWS_AS(unseal_content(with_content("actions: [{text: x}]\n"), schema::session(), {id}, "f"), Error);
    CHECK_THROWS_AS(unseal_content(with_content("- a list\n"), schema::session(), {id}, "f"), Error);
    CHECK_THROWS_AS(unseal_content(with_content("notes: x\n"), schema::session(), {age::Identity::generate()}, "f"),
                    age::NoIdentity);
}

TEST_CASE("a journal opens with a recipient's identity, shows (sealed) to others, and reseals") {
    TempDir dir;
    const auto ann = age::Identity::generate(), bob = age::Identity::generate(), eve = age::Identity::generate();
    Session s = sample();
    create_session(dir.path, s, 1, {ann.recipient(), bob.recipient()});

    Journal for_eve = load_journal(dir.path, "ann--bob");
    const auto sealed = unseal_journal(for_eve, {eve});
    CHECK(sealed.sealed == 1);
    CHECK(sealed.opened == 0);
    CHECK(sealed.problems.empty());
    CHECK(for_eve.sessions.at(0).notes == kSealedPlaceholder);
    CHECK(for_eve.sessions.at(0).actions.at(0).text == kSealedPlaceholder);
    Records records;
    Person a, b;
    a.id = "ann";
    a.recipient = ann.recipient();
    b.id = "bob";
    records.people = {a, b};
    Pair ab;
    ab.mentor = "ann";
    ab.mentee = "bob";
    records.pairs = {ab};
    CHECK(sealed_warning(sealed, records, "ann--bob") ==
          "1 of 1 sealed entries of ann--bob show as (sealed): they open with ann's (" + ann.recipient() +
              ") identity, not yours");
    {
        FrenchCatalogue fr;
        CHECK(sealed_warning(sealed, records, "ann--bob") ==
              "1 sur 1 entrées scellées de ann--bob s'affichent comme (sealed) : elles s'ouvrent avec l'identité de ann (" +
                  ann.recipient() + "), pas la vôtre");
    }

    Journal for_bob = load_journal(dir.path, "ann--bob");
    CHECK(unseal_journal(for_bob, {bob}).all_opened());
    CHECK(for_bob.sessions.at(0).notes == "secret notes\n");
    CHECK(for_bob.sessions.at(0).actions.at(0).text == "secret action");

    Pair pair;
    pair.mentor = "ann";
    pair.mentee = "bob";
    CHECK_THROWS_AS(reseal_journal(dir.path, pair, {ann.recipient(), eve.recipient()}, {eve}), Error);
    CHECK_THROWS_AS(reseal_journal(dir.path, pair, {}, {ann}), Error);
    const auto files = reseal_journal(dir.path, pair, {ann.recipient(), eve.recipient()}, {ann});
    REQUIRE(files.size() == 1);
    CHECK(files[0].path == "journal/ann--bob/2026-03-02.yaml");
    CHECK(files[0].content.find("secret") == std::string::npos);
    std::ofstream(dir.path / files[0].path) << files[0].content;
    Journal again = load_journal(dir.path, "ann--bob");
    CHECK(unseal_journal(again, {eve}).all_opened());
    Journal old_key = load_journal(dir.path, "ann--bob");
    CHECK(unseal_journal(old_key, {bob}).opened == 0);
}

TEST_CASE("seal_recipients: both people's, unless one has none or mentor.yaml says journal: seal: false") {
    Records records;
    Person ann, bob;
    ann.id = "ann";
    bob.id = "bob";
    ann.recipient = age::Identity::generate().recipient();
    records.people = {ann, bob};
    Pair pair;
    pair.mentor = "ann";
    pair.mentee = "bob";
    CHECK(seal_recipients(records, pair).empty());
    records.people[1].recipient = age::Identity::generate().recipient();
    CHECK(seal_recipients(records, pair).size() == 2);
    records.settings.seal = false;
    CHECK(seal_recipients(records, pair).empty());
}
