// The age v1 file: header (X25519 stanzas, HMAC) and STREAM payload.
// https://age-encryption.org/v1 (C2SP age): every length, label and nonce
// below is the spec's; nothing here is a construction of our own.

#include "mentor/formats/age.hpp"

#include <sodium.h>

#include "formats/age_detail.hpp"
#include "mentor/core/i18n.hpp"

namespace mentor::age {

using namespace detail;

namespace {

constexpr std::string_view kVersionLine = "age-encryption.org/v1";
constexpr std::string_view kX25519Info = "age-encryption.org/v1/X25519";
constexpr std::size_t kFileKeySize = 16;
constexpr std::size_t kChunkSize = 64 * 1024;
constexpr std::size_t kTagSize = crypto_aead_chacha20poly1305_IETF_ABYTES;
constexpr std::size_t kNonceSize = 16;  // the payload's HKDF salt
constexpr std::size_t kColumns = 64;    // stanza body lines

Bytes concat(const Key& a, const Key& b) {
    Bytes out(a.begin(), a.end());
    out.insert(out.end(), b.begin(), b.end());
    return out;
}

Bytes seal(const Bytes& key, const std::uint8_t* nonce, const std::uint8_t* data, std::size_t size) {
    Bytes out(size + kTagSize);
    unsigned long long written = 0;
    crypto_aead_chacha20poly1305_ietf_encrypt(out.data(), &written, data, size, nullptr, 0, nullptr, nonce, key.data());
    out.resize(written);
    return out;
}

std::optional<Bytes> open(const Bytes& key, const std::uint8_t* nonce, const std::uint8_t* data, std::size_t size) {
    if (size < kTagSize) return std::nullopt;
    Bytes out(size - kTagSize);
    unsigned long long written = 0;
    if (crypto_aead_chacha20poly1305_ietf_decrypt(out.data(), &written, nullptr, data, size, nullptr, 0, nonce,
                                                  key.data()) != 0)
        return std::nullopt;
    out.resize(written);
    return out;
}

// The STREAM nonce: an 11-byte big-endian chunk counter, then 1 for the last chunk.
std::array<std::uint8_t, 12> stream_nonce(std::uint64_t counter, bool last) {
    std::array<std::uint8_t, 12> n{};
    for (int i = 10; i >= 3; --i, counter >>= 8) n[i] = static_cast<std::uint8_t>(counter & 0xff);
    n[11] = last ? 1 : 0;
    return n;
}

Bytes header_mac(const Bytes& file_key, std::string_view header) {
    const Bytes key = hkdf(file_key, {}, "header", 32);
    Bytes mac(crypto_auth_hmacsha256_BYTES);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key.data(), key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const std::uint8_t*>(header.data()), header.size());
    crypto_auth_hmacsha256_final(&state, mac.data());
    return mac;
}

Key decode_key(const std::string& recipient) {
    const auto data = is_recipient(recipient) ? bech32_decode(recipient, kRecipientHrp) : std::nullopt;
    // TRANSLATORS: {} is what was given as a recipient.
    if (!data) throw Error(trf("not an age X25519 recipient: \"{}\" (expected age1...)", recipient));
    Key out;
    std::copy(data->begin(), data->end(), out.begin());
    return out;
}

std::string x25519_stanza(const Bytes& file_key, const std::string& recipient) {
    const Key their = decode_key(recipient);
    Key ephemeral;
    randombytes_buf(ephemeral.data(), ephemeral.size());
    const Key share = x25519_base(ephemeral);
    const auto shared = x25519(ephemeral, their);
    sodium_memzero(ephemeral.data(), ephemeral.size());
    if (!shared) throw Error(trf("not a usable age X25519 recipient: \"{}\"", recipient));
    const Bytes wrap = hkdf(Bytes(shared->begin(), shared->end()), concat(share, their), kX25519Info, 32);
    const std::uint8_t zero[12] = {};
    const Bytes body = seal(wrap, zero, file_key.data(), file_key.size());
    // 32 bytes are 43 base64 characters: one body line, shorter than 64.
    return "-> X25519 " + base64_raw(share.data(), share.size()) + "\n" + base64_raw(body.data(), body.size()) + "\n";
}

// ---- decryption ----------------------------------------------------------

struct Stanza {
    std::vector<std::string> args;  ///< the type first
    Bytes body;
};

struct Header {
    std::vector<Stanza> stanzas;
    std::string_view covered;  ///< the bytes the MAC covers, up to and including "---"
    Bytes mac;
    std::string_view payload;
};

class HeaderParser {
public:
    HeaderParser(std::string_view data, const std::string& file) : data_(data), file_(file) {}

    Header parse() {
        if (line() != kVersionLine) fail(tr("not an age file (no age-encryption.org/v1 header)"));
        Header h;
        while (true) {
            const size_t start = pos_;
            const std::string_view l = line();
            if (l.substr(0, 3) == "-> ") {
                h.stanzas.push_back(stanza(l.substr(3)));
            } else if (l.substr(0, 3) == "---") {
                if (l.size() < 4 || l[3] != ' ') fail(tr("bad age header: the MAC line must be \"--- <MAC>\""));
                auto mac = unbase64_raw(l.substr(4));
                if (!mac || mac->size() != 32) fail(tr("bad age header: the MAC is not 32 bytes of canonical base64"));
                h.covered = data_.substr(0, start + 3);
                h.mac = std::move(*mac);
                h.payload = data_.substr(pos_);
                return h;
            } else {
                fail(tr("bad age header: expected a stanza \"-> ...\" or the MAC line \"--- ...\""));
            }
        }
    }

    [[noreturn]] void fail(const std::string& message) const { throw Error(Location{file_}, message); }

private:
    std::string_view line() {
        const size_t end = data_.find('\n', pos_);
        if (end == std::string_view::npos) fail(tr("truncated age header (it ends before its MAC line)"));
        const std::string_view l = data_.substr(pos_, end - pos_);
        pos_ = end + 1;
        return l;
    }

    Stanza stanza(std::string_view rest) {
        Stanza s;
        while (true) {
            const size_t sp = rest.find(' ');
            const std::string_view arg = rest.substr(0, sp);
            if (arg.empty()) fail(tr("bad age header: an empty stanza argument"));
            for (char c : arg)
                if (c < 33 || c > 126) fail(tr("bad age header: a stanza argument with a character that is not printable ASCII"));
            s.args.emplace_back(arg);
            if (sp == std::string_view::npos) break;
            rest = rest.substr(sp + 1);
        }
        std::string text;
        while (true) {
            const std::string_view l = line();
            if (l.size() > kColumns) fail(tr("bad age header: a stanza body line longer than 64 columns"));
            text += l;
            if (l.size() < kColumns) break;
        }
        auto body = unbase64_raw(text);
        if (!body) fail(tr("bad age header: a stanza body that is not canonical base64"));
        s.body = std::move(*body);
        return s;
    }

    std::string_view data_;
    const std::string& file_;
    size_t pos_ = 0;
};

std::optional<Bytes> unwrap_x25519(const Stanza& s, const std::vector<Identity>& identities, const HeaderParser& p) {
    if (s.args.size() != 2) p.fail(tr("bad age header: an X25519 stanza takes exactly one argument"));
    const auto share_bytes = unbase64_raw(s.args[1]);
    if (!share_bytes || share_bytes->size() != 32) p.fail(tr("bad age header: an X25519 share is not 32 bytes of canonical base64"));
    if (s.body.size() != kFileKeySize + kTagSize) p.fail(tr("bad age header: an X25519 stanza body is not 32 bytes"));
    Key share;
    std::copy(share_bytes->begin(), share_bytes->end(), share.begin());
    for (const auto& id : identities) {
        const auto shared = x25519(id.secret, share);
        if (!shared) p.fail(tr("bad age header: an X25519 share is a low-order point"));
        const Key ours = x25519_base(id.secret);
        const Bytes wrap = hkdf(Bytes(shared->begin(), shared->end()), concat(share, ours), kX25519Info, 32);
        const std::uint8_t zero[12] = {};
        if (auto key = open(wrap, zero, s.body.data(), s.body.size())) return key;
    }
    return std::nullopt;
}

std::string decrypt_payload(std::string_view payload, const Bytes& file_key, const HeaderParser& p) {
    if (payload.size() < kNonceSize) p.fail(tr("truncated age payload (no nonce)"));
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(payload.data());
    const Bytes key = hkdf(file_key, Bytes(bytes, bytes + kNonceSize), "payload", 32);
    std::string_view rest = payload.substr(kNonceSize);
    if (rest.empty()) p.fail(tr("truncated age payload (no chunk)"));
    std::string out;
    for (std::uint64_t counter = 0; !rest.empty(); ++counter) {
        const size_t size = std::min(rest.size(), kChunkSize + kTagSize);
        const bool last = size == rest.size();
        if (last && size == kTagSize && counter > 0) p.fail(tr("bad age payload: an empty last chunk after a full one"));
        const auto nonce = stream_nonce(counter, last);
        const auto chunk = open(key, nonce.data(), reinterpret_cast<const std::uint8_t*>(rest.data()), size);
        if (!chunk)
            p.fail(last ? tr("age payload does not authenticate (tampered or truncated)")
                        : tr("age payload does not authenticate (tampered)"));
        out.append(chunk->begin(), chunk->end());
        rest = rest.substr(size);
    }
    return out;
}

}  // namespace

std::string encrypt(std::string_view plaintext, const std::vector<std::string>& recipients) {
    init_sodium();
    if (recipients.empty()) throw Error(tr("age: no recipient to encrypt to"));
    Bytes file_key(kFileKeySize);
    randombytes_buf(file_key.data(), file_key.size());
    std::string out = std::string(kVersionLine) + "\n";
    for (const auto& r : recipients) out += x25519_stanza(file_key, r);
    out += "---";
    const Bytes mac = header_mac(file_key, out);
    out += " " + base64_raw(mac.data(), mac.size()) + "\n";

    std::uint8_t nonce[kNonceSize];
    randombytes_buf(nonce, sizeof nonce);
    out.append(reinterpret_cast<const char*>(nonce), sizeof nonce);
    const Bytes key = hkdf(file_key, Bytes(nonce, nonce + kNonceSize), "payload", 32);
    const auto* data = reinterpret_cast<const std::uint8_t*>(plaintext.data());
    std::size_t done = 0;
    std::uint64_t counter = 0;
    do {
        const std::size_t size = std::min(plaintext.size() - done, kChunkSize);
        const bool last = done + size == plaintext.size();
        const auto n = stream_nonce(counter++, last);
        const Bytes chunk = seal(key, n.data(), data + done, size);
        out.append(reinterpret_cast<const char*>(chunk.data()), chunk.size());
        done += size;
    } while (done < plaintext.size());
    sodium_memzero(file_key.data(), file_key.size());
    return out;
}

std::string encrypt_armored(std::string_view plaintext, const std::vector<std::string>& recipients) {
    return armor(encrypt(plaintext, recipients));
}

std::string decrypt(std::string_view ciphertext, const std::vector<Identity>& identities, const std::string& file) {
    init_sodium();
    std::string binary;
    if (is_armored(ciphertext)) {
        binary = dearmor(ciphertext, file);
        ciphertext = binary;
    }
    HeaderParser parser(ciphertext, file);
    const Header h = parser.parse();
    std::optional<Bytes> file_key;
    for (const auto& s : h.stanzas) {
        if (s.args[0] != "X25519") continue;  // other recipient types: not ours to open
        auto key = unwrap_x25519(s, identities, parser);
        if (key && !file_key) file_key = std::move(key);
    }
    if (!file_key) throw NoIdentity(Location{file}, tr("no identity of yours opens this age message (it is sealed to other recipients)"));
    const Bytes mac = header_mac(*file_key, h.covered);
    if (sodium_memcmp(mac.data(), h.mac.data(), mac.size()) != 0)
        parser.fail(tr("the age header MAC does not match (the header was tampered with)"));
    return decrypt_payload(h.payload, *file_key, parser);
}

}  // namespace mentor::age
