// libsodium under the age format: HKDF, base64, X25519. See age_detail.hpp.

#include <sodium.h>

#include <stdexcept>

#include "formats/age_detail.hpp"
#include "mentor/core/i18n.hpp"

namespace mentor::age::detail {

void init_sodium() {
    static const int status = sodium_init();
    // 1: already initialised elsewhere; -1: no usable randomness source.
    if (status < 0) throw std::runtime_error(tr("libsodium could not be initialised"));
}

namespace {

Key hmac(const Bytes& key, const std::uint8_t* data, std::size_t size, const Bytes& more = {}) {
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key.data(), key.size());
    crypto_auth_hmacsha256_update(&state, data, size);
    if (!more.empty()) crypto_auth_hmacsha256_update(&state, more.data(), more.size());
    Key out;
    crypto_auth_hmacsha256_final(&state, out.data());
    sodium_memzero(&state, sizeof state);
    return out;
}

}  // namespace

Bytes hkdf(const Bytes& ikm, const Bytes& salt, std::string_view info, std::size_t length) {
    init_sodium();
    // RFC 5869 §2.2: an absent salt is HashLen zero bytes.
    const Bytes real_salt = salt.empty() ? Bytes(32, 0) : salt;
    const Key prk_array = hmac(real_salt, ikm.data(), ikm.size());
    const Bytes prk(prk_array.begin(), prk_array.end());
    // §2.3: T(i) = HMAC(PRK, T(i-1) | info | i).
    Bytes out, previous;
    for (std::uint8_t i = 1; out.size() < length; ++i) {
        Bytes message = previous;
        message.insert(message.end(), info.begin(), info.end());
        message.push_back(i);
        const Key t = hmac(prk, message.data(), message.size());
        previous.assign(t.begin(), t.end());
        out.insert(out.end(), t.begin(), t.end());
    }
    out.resize(length);
    return out;
}

std::string base64_raw(const std::uint8_t* data, std::size_t size) {
    const int variant = sodium_base64_VARIANT_ORIGINAL_NO_PADDING;
    std::string out(sodium_base64_encoded_len(size, variant), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, variant);
    out.resize(out.size() - 1);  // the terminating NUL
    return out;
}

std::optional<Bytes> unbase64_raw(std::string_view text) {
    init_sodium();
    Bytes out(text.size() * 3 / 4 + 3);
    size_t size = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &size, &end,
                          sodium_base64_VARIANT_ORIGINAL_NO_PADDING) != 0 ||
        end != text.data() + text.size())
        return std::nullopt;
    out.resize(size);
    // Canonical only: unused bits set, or a stray length, re-encode differently.
    if (base64_raw(out.data(), out.size()) != text) return std::nullopt;
    return out;
}

std::optional<Key> x25519(const Key& scalar, const Key& point) {
    init_sodium();
    Key out;
    // libsodium refuses (returns -1) when the result is all zeros.
    if (crypto_scalarmult(out.data(), scalar.data(), point.data()) != 0) return std::nullopt;
    return out;
}

Key x25519_base(const Key& scalar) {
    init_sodium();
    Key out;
    crypto_scalarmult_base(out.data(), scalar.data());
    return out;
}

}  // namespace mentor::age::detail
