#pragma once
// The pieces of the age format shared by its files: bech32 (BIP 173, used
// for keys), HKDF-SHA256 (RFC 5869, built on libsodium's HMAC-SHA256 since
// 1.0.18 has none), base64 without padding as the header writes it, and the
// X25519 share. Private to src/formats/age*.cpp.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mentor::age::detail {

using Bytes = std::vector<std::uint8_t>;
using Key = std::array<std::uint8_t, 32>;

/// sodium_init, once; throws if libsodium cannot start.
void init_sodium();

/// bech32 of `data` under `hrp`, lower case.
std::string bech32_encode(std::string_view hrp, const Bytes& data);
/// The data of a bech32 string whose hrp is `hrp` (compared case-blind), or
/// nullopt: mixed case, a bad character, a bad checksum, bad padding.
std::optional<Bytes> bech32_decode(std::string_view text, std::string_view hrp);

/// HKDF-SHA256: extract with `salt`, expand `info` to `length` bytes.
Bytes hkdf(const Bytes& ikm, const Bytes& salt, std::string_view info, std::size_t length);

/// Base64 (standard alphabet) without padding, as in stanzas and the MAC.
std::string base64_raw(const std::uint8_t* data, std::size_t size);
/// Decoded strict base64 without padding (canonical: re-encoding gives the
/// same text), or nullopt.
std::optional<Bytes> unbase64_raw(std::string_view text);

/// X25519(scalar, point); nullopt for an all-zero result (a low-order point).
std::optional<Key> x25519(const Key& scalar, const Key& point);
/// X25519(scalar, basepoint): the public key.
Key x25519_base(const Key& scalar);

inline constexpr std::string_view kRecipientHrp = "age";
inline constexpr std::string_view kIdentityHrp = "age-secret-key-";

}  // namespace mentor::age::detail
