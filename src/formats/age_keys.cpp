// age keys: bech32 (BIP 173) recipients "age1..." and identities
// "AGE-SECRET-KEY-1...", and age-keygen's identity file.

#include <sodium.h>

#include "formats/age_detail.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/core/error.hpp"
#include "mentor/formats/age.hpp"

namespace mentor::age {

namespace detail {
namespace {

constexpr std::string_view kCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

std::uint32_t polymod(const Bytes& values) {
    static constexpr std::uint32_t kGenerator[] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    std::uint32_t chk = 1;
    for (std::uint8_t v : values) {
        const std::uint32_t top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i)
            if ((top >> i) & 1) chk ^= kGenerator[i];
    }
    return chk;
}

Bytes expand_hrp(std::string_view hrp) {
    Bytes out;
    for (char c : hrp) out.push_back(static_cast<std::uint8_t>(c) >> 5);
    out.push_back(0);
    for (char c : hrp) out.push_back(static_cast<std::uint8_t>(c) & 31);
    return out;
}

// Regroups bits; from 8 to 5 pads, from 5 to 8 refuses leftover bits.
std::optional<Bytes> convert_bits(const Bytes& in, int from, int to, bool pad) {
    std::uint32_t acc = 0;
    int bits = 0;
    Bytes out;
    const std::uint32_t max = (1u << to) - 1;
    for (std::uint8_t v : in) {
        acc = (acc << from) | v;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out.push_back(static_cast<std::uint8_t>((acc >> bits) & max));
        }
    }
    if (pad) {
        if (bits > 0) out.push_back(static_cast<std::uint8_t>((acc << (to - bits)) & max));
    } else if (bits >= from || ((acc << (to - bits)) & max) != 0) {
        return std::nullopt;
    }
    return out;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string bech32_encode(std::string_view hrp, const Bytes& data) {
    const Bytes values = *convert_bits(data, 8, 5, true);
    Bytes check = expand_hrp(hrp);
    check.insert(check.end(), values.begin(), values.end());
    check.insert(check.end(), 6, 0);
    const std::uint32_t mod = polymod(check) ^ 1;
    std::string out(hrp);
    out += '1';
    for (std::uint8_t v : values) out += kCharset[v];
    for (int i = 0; i < 6; ++i) out += kCharset[(mod >> (5 * (5 - i))) & 31];
    return out;
}

std::optional<Bytes> bech32_decode(std::string_view text, std::string_view hrp) {
    bool has_lower = false, has_upper = false;
    for (char c : text) {
        if (c < 33 || c > 126) return std::nullopt;
        has_lower |= c >= 'a' && c <= 'z';
        has_upper |= c >= 'A' && c <= 'Z';
    }
    if (has_lower && has_upper) return std::nullopt;
    std::string s;
    for (char c : text) s += lower(c);
    const size_t sep = s.rfind('1');
    if (sep == std::string::npos || sep + 7 > s.size() || s.substr(0, sep) != hrp) return std::nullopt;
    Bytes values;
    for (size_t i = sep + 1; i < s.size(); ++i) {
        const size_t v = kCharset.find(s[i]);
        if (v == std::string_view::npos) return std::nullopt;
        values.push_back(static_cast<std::uint8_t>(v));
    }
    Bytes check = expand_hrp(hrp);
    check.insert(check.end(), values.begin(), values.end());
    if (polymod(check) != 1) return std::nullopt;
    values.resize(values.size() - 6);
    return convert_bits(values, 5, 8, false);
}

}  // namespace detail

using namespace detail;

Identity Identity::generate() {
    init_sodium();
    Identity id;
    randombytes_buf(id.secret.data(), id.secret.size());
    return id;
}

std::string Identity::recipient() const {
    const Key pub = x25519_base(secret);
    return bech32_encode(kRecipientHrp, Bytes(pub.begin(), pub.end()));
}

std::string Identity::encoded() const {
    std::string s = bech32_encode(kIdentityHrp, Bytes(secret.begin(), secret.end()));
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

Identity parse_identity(std::string_view text, const Location& where) {
    const auto data = bech32_decode(text, kIdentityHrp);
    if (!data || data->size() != 32)
        throw Error(where, tr("not an age X25519 identity (expected AGE-SECRET-KEY-1... as age-keygen writes it)"));
    Identity id;
    std::copy(data->begin(), data->end(), id.secret.begin());
    return id;
}

std::vector<Identity> parse_identity_file(std::string_view text, const std::string& file) {
    std::vector<Identity> out;
    int number = 0;
    while (!text.empty()) {
        const size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') continue;
        out.push_back(parse_identity(line, Location{file, number}));
    }
    if (out.empty()) throw Error(Location{file}, tr("no age identity in the file (expected a line AGE-SECRET-KEY-1...)"));

    return out;
}

std::string identity_file_text(const Identity& identity, std::string_view created) {
    return "# created: " + std::string(created) + "\n# public key: " + identity.recipient() + "\n" +
           identity.encoded() + "\n";
}

bool is_recipient(std::string_view text) {
    for (char c : text)
        if (c >= 'A' && c <= 'Z') return false;  // age writes and expects lower case
    const auto data = bech32_decode(text, kRecipientHrp);
    return data && data->size() == 32;
}

}  // namespace mentor::age
