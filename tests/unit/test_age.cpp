// The age v1 format: keys, round trips, known vectors (C2SP CCTV testkit,
// and keys checked against Debian's age-keygen), and every tamper case.

#include "mentor/formats/age.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace age = mentor::age;

namespace {

// CCTV testkit "armor": file key 59454c4c4f57205355424d4152494e45, payload "age".
constexpr const char* kVectorIdentity = "AGE-SECRET-KEY-1XMWWC06LY3EE5RYTXM9MFLAZ2U56JJJ36S0MYPDRWSVLUL66MV4QX3S7F6";
constexpr const char* kVectorArmor =
    "-----BEGIN AGE ENCRYPTED FILE-----\n"
    "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBURWlGMHlwcXIrYnB2Y3FY\n"
    "TnlDVkpwTDdPdXdQZFZ3UEw3S1FFYkZET0NjCkVtRUNBRWNLTituL1ZzOVNiV2lW\n"
    "K0h1MHIrRThSNzdEZFdZeWQ4M253N1UKLS0tIFZuKzU0anFpaVVDRStXWmNFVlkz\n"
    "ZjFzcUhqbHUvejFMQ1EvVDdYbTdxSTAK7s9ix86RtDMnTmjU8vkTTLdMW/73vqpS\n"
    "yPC8DpksHoMx+2Y=\n"
    "-----END AGE ENCRYPTED FILE-----\n";

age::Identity vector_identity() { return age::parse_identity(kVectorIdentity, {"test"}); }

/// The message of the error decrypt throws; fails the test when it throws none.
std::string decrypt_error(std::string_view ciphertext, const std::vector<age::Identity>& ids) {
    try {
        const std::string plain = age::decrypt(ciphertext, ids, "journal/a--b/2026-03-02.yaml");
        FAIL("expected an error, got plaintext of " << plain.size() << " bytes");
    } catch (const mentor::Error& e) {
        CHECK(e.where().file == "journal/a--b/2026-03-02.yaml");
        return e.message();
    }
    return {};
}

}  // namespace

TEST_CASE("age keys match age-keygen's") {
    // age-keygen -y on the testkit identity prints this recipient.
    CHECK(vector_identity().recipient() == "age1w3tyke4gev25vaxxsvcgqu4484rf6ejpmavs57p6yz6lhy2sfs5swrvwyn");
    CHECK(vector_identity().encoded() == kVectorIdentity);
    CHECK(age::is_recipient("age1w3tyke4gev25vaxxsvcgqu4484rf6ejpmavs57p6yz6lhy2sfs5swrvwyn"));
    // A changed character breaks the checksum; upper case and other prefixes are refused.
    CHECK_FALSE(age::is_recipient("age1w3tyke4gev25vaxxsvcgqu4484rf6ejpmavs57p6yz6lhy2sfs5swrvwyq"));
    CHECK_FALSE(age::is_recipient("AGE1W3TYKE4GEV25VAXXSVCGQU4484RF6EJPMAVS57P6YZ6LHY2SFS5SWRVWYN"));
    CHECK_FALSE(age::is_recipient("age1"));
    CHECK_FALSE(age::is_recipient(""));
    CHECK_FALSE(age::is_recipient(kVectorIdentity));
    CHECK_THROWS_AS(age::parse_identity("AGE-SECRET-KEY-1XMWWC06LY3EE5RYTXM9MFLAZ2U56JJJ36S0MYPDRWSVLUL66MV4QX3S7F7", {"t"}),
                    mentor::Error);
}

TEST_CASE("an identity file reads back what identity_file_text writes") {
    const auto id = age::Identity::generate();
    const std::string text = age::identity_file_text(id, "2026-12-01T23:00:00Z");
    CHECK(text.rfind("# created: 2026-12-01T23:00:00Z\n# public key: age1", 0) == 0);
    const auto ids = age::parse_identity_file(text, "identity.txt");
    REQUIRE(ids.size() == 1);
    CHECK(ids[0].secret == id.secret);
    try {
        age::parse_identity_file("# only a comment\n\nnot-a-key\n", "identity.txt");
        FAIL("expected an error");
    } catch (const mentor::Error& e) {
        CHECK(e.where().str() == "identity.txt:3");
    }
    CHECK_THROWS_AS(age::parse_identity_file("# nothing\n", "identity.txt"), mentor::Error);
}

TEST_CASE("the testkit vector decrypts; damaged forms of it do not") {
    const std::vector<age::Identity> ids = {vector_identity()};
    CHECK(age::decrypt(kVectorArmor, ids, "v") == "age");
    // Whitespace around the armor and CRLF are allowed.
    std::string crlf;
    for (char c : std::string(kVectorArmor)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    CHECK(age::decrypt("\n  " + crlf + "\n\n", ids, "v") == "age");

    const std::string armor = kVectorArmor;
    CHECK(decrypt_error(armor + "garbage\n", ids).find("bad age armor") == 0);
    CHECK(decrypt_error(armor.substr(0, armor.size() - 20), ids).find("bad age armor") == 0);
    std::string no_padding = armor;
    no_padding.erase(no_padding.find("2Y=") + 2, 1);
    CHECK(decrypt_error(no_padding, ids).find("bad age armor") == 0);
    std::string bad_char = armor;
    bad_char[40] = '*';
    CHECK(decrypt_error(bad_char, ids).find("bad age armor") == 0);
    std::string long_line = armor;
    long_line.erase(long_line.find("Y3FY\n") + 4, 1);
    CHECK(decrypt_error(long_line, ids).find("bad age armor") == 0);
    CHECK(decrypt_error("-----BEGIN AGE ENCRYPTED FILE-----\n-----END AGE ENCRYPTED FILE-----\n", ids)
              .find("bad age armor") == 0);
}

TEST_CASE("round trip to two recipients, armored and binary, of every size around a chunk") {
    const auto a = age::Identity::generate(), b = age::Identity::generate(), c = age::Identity::generate();
    const std::vector<std::string> to = {a.recipient(), b.recipient()};
    for (std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{65535}, std::size_t{65536},
                             std::size_t{65537}, std::size_t{2 * 65536}}) {
        const std::string plain(size, 'x');
        const std::string sealed = age::encrypt_armored(plain, to);
        CHECK(age::is_armored(sealed));
        CHECK(age::decrypt(sealed, {a}, "f") == plain);
        CHECK(age::decrypt(sealed, {b}, "f") == plain);
        CHECK(age::decrypt(age::encrypt(plain, to), {c, b}, "f") == plain);
        CHECK(decrypt_error(sealed, {c}).find("no identity of yours") == 0);
    }
    CHECK_THROWS_AS(age::encrypt("x", {}), mentor::Error);
    CHECK_THROWS_AS(age::encrypt("x", {"age1nope"}), mentor::Error);
}

TEST_CASE("every tamper of a binary age file is refused, with no plaintext") {
    const auto a = age::Identity::generate();
    const std::string plain = std::string(65536, 'n') + "the end";  // two chunks
    const std::string file = age::encrypt(plain, {a.recipient()});
    const std::size_t mac_line = file.find("\n--- ");
    const std::size_t payload = file.find('\n', mac_line + 1) + 1;

    std::string header = file;
    header[header.find("X25519 ") + 9] ^= 1;  // the share
    CHECK(!decrypt_error(header, {a}).empty());
    std::string body = file;
    body[file.find('\n', file.find("-> ")) + 3] ^= 1;  // the wrapped key
    CHECK(!decrypt_error(body, {a}).empty());
    std::string mac = file;
    mac[mac_line + 6] = mac[mac_line + 6] == 'A' ? 'B' : 'A';
    CHECK(!decrypt_error(mac, {a}).empty());
    std::string version = file;
    version[4] = 'X';
    CHECK(decrypt_error(version, {a}).find("not an age file") == 0);
    std::string nonce = file;
    nonce[payload] ^= 1;
    CHECK(decrypt_error(nonce, {a}).find("age payload does not authenticate") == 0);
    std::string chunk = file;
    chunk[payload + 100] ^= 1;
    CHECK(decrypt_error(chunk, {a}).find("age payload does not authenticate") == 0);
    std::string last = file;
    last[last.size() - 1] ^= 1;
    CHECK(decrypt_error(last, {a}).find("age payload does not authenticate") == 0);
    // Truncated: in the header, before any chunk, after the first chunk, in the last.
    CHECK(decrypt_error(file.substr(0, mac_line), {a}).find("truncated age header") == 0);
    CHECK(decrypt_error(file.substr(0, payload + 10), {a}).find("truncated age payload") == 0);
    CHECK(decrypt_error(file.substr(0, payload + 16 + 65536 + 16), {a}).find("age payload does not authenticate") == 0);
    CHECK(decrypt_error(file.substr(0, file.size() - 3), {a}).find("age payload does not authenticate") == 0);
    // Extra bytes after the last chunk make it a non-last chunk of the wrong size.
    CHECK(!decrypt_error(file + "x", {a}).empty());
    // An X25519 stanza with an extra argument is refused, as the testkit says.
    std::string extra = file;
    extra.insert(extra.find('\n', extra.find("-> X25519")), " 1234");
    CHECK(decrypt_error(extra, {a}).find("bad age header") == 0);
}

TEST_CASE("an empty last chunk after a full one is refused") {
    // Hand-made with the right keys would need the file key; instead check
    // that a file of exactly one full chunk has no empty chunk after it, and
    // that appending one empty (tag-only) chunk is refused.
    const auto a = age::Identity::generate();
    const std::string file = age::encrypt(std::string(65536, 'z'), {a.recipient()});
    const std::size_t payload = file.find('\n', file.find("\n--- ") + 1) + 1;
    CHECK(file.size() - payload == 16 + 65536 + 16);
    CHECK(!decrypt_error(file + std::string(16, '\0'), {a}).empty());
}
