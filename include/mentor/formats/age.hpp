#pragma once
/// The age v1 file format (https://age-encryption.org/v1, the C2SP age
/// spec), for X25519 recipients, with its ASCII armor: what `age -r R -a`
/// writes and `age -d -i IDENTITY` reads. It knows nothing of mentoring.
///
/// The primitives come from libsodium (X25519, ChaCha20-Poly1305 IETF,
/// HMAC-SHA256 under HKDF); this module only lays them out as the spec says.
/// Decryption is strict and all-or-nothing: it returns the whole plaintext
/// or throws mentor::Error naming `file`, never a part of the plaintext.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/core/error.hpp"

namespace mentor::age {

/// An X25519 identity: the secret scalar (AGE-SECRET-KEY-1...).
struct Identity {
    std::array<std::uint8_t, 32> secret{};

    /// A new random identity.
    static Identity generate();
    /// Its public recipient, "age1...".
    std::string recipient() const;
    /// "AGE-SECRET-KEY-1...", upper case as age-keygen writes it.
    std::string encoded() const;
};

/// The identity in "AGE-SECRET-KEY-1..." (either case, a valid bech32
/// checksum), or throws mentor::Error at `where` (the file and line).
Identity parse_identity(std::string_view text, const Location& where);

/// Every identity of an identity file (age-keygen's format: "#" comments,
/// blank lines, one AGE-SECRET-KEY-1... per line); `file` names it in errors.
std::vector<Identity> parse_identity_file(std::string_view text, const std::string& file);

/// The identity file age-keygen writes: "# created: <created>", "# public
/// key: age1...", the secret key line.
std::string identity_file_text(const Identity& identity, std::string_view created);

/// True when `text` is a valid "age1..." X25519 recipient (lower case, a
/// valid bech32 checksum, 32 bytes).
bool is_recipient(std::string_view text);

/// `plaintext` encrypted to every recipient (a fresh file key, one X25519
/// stanza each), ASCII-armored. Throws mentor::Error for a bad recipient or
/// an empty list.
std::string encrypt_armored(std::string_view plaintext, const std::vector<std::string>& recipients);
/// The same, unarmored (the binary age file).
std::string encrypt(std::string_view plaintext, const std::vector<std::string>& recipients);

/// What decrypt throws when the message is sound but none of the identities
/// is one of its recipients: the caller may show it as sealed, not broken.
class NoIdentity : public Error {
public:
    using Error::Error;
};

/// The plaintext of an age file, armored or not, opened with one of
/// `identities`. Throws mentor::Error naming `file`: not an age file, a bad
/// armor or header, no identity matches (NoIdentity), the header MAC or a payload chunk
/// fails to authenticate, the payload is truncated.
std::string decrypt(std::string_view ciphertext, const std::vector<Identity>& identities, const std::string& file);

/// True when `text` starts (after whitespace) with the armor's begin line.
bool is_armored(std::string_view text);

/// The ASCII armor: "-----BEGIN AGE ENCRYPTED FILE-----", padded base64 in
/// 64-column lines, the end line, a final newline.
std::string armor(std::string_view binary);
/// The binary file inside an armor; leading and trailing whitespace and CRLF
/// line ends are allowed, everything else is strict. Throws mentor::Error.
std::string dearmor(std::string_view text, const std::string& file);

}  // namespace mentor::age
