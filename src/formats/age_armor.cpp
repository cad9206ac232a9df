// The age ASCII armor (C2SP age, "ASCII armor"): a strict subset of PEM.

#include <sodium.h>

#include "formats/age_detail.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/formats/age.hpp"

namespace mentor::age {

namespace {

constexpr std::string_view kBegin = "-----BEGIN AGE ENCRYPTED FILE-----";
constexpr std::string_view kEnd = "-----END AGE ENCRYPTED FILE-----";
constexpr std::size_t kBytesPerLine = 48;  // 64 base64 columns

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

}  // namespace

bool is_armored(std::string_view text) { return trim(text).substr(0, kBegin.size()) == kBegin; }

std::string armor(std::string_view binary) {
    detail::init_sodium();
    std::string out = std::string(kBegin) + "\n";
    const auto* data = reinterpret_cast<const unsigned char*>(binary.data());
    for (std::size_t i = 0; i < binary.size(); i += kBytesPerLine) {
        const std::size_t n = std::min(kBytesPerLine, binary.size() - i);
        std::string line(sodium_base64_encoded_len(n, sodium_base64_VARIANT_ORIGINAL), '\0');
        sodium_bin2base64(line.data(), line.size(), data + i, n, sodium_base64_VARIANT_ORIGINAL);
        line.pop_back();  // NUL
        out += line + "\n";
    }
    return out + std::string(kEnd) + "\n";
}

std::string dearmor(std::string_view text, const std::string& file) {
    detail::init_sodium();
    const auto fail = [&](const std::string& why) -> std::string {
        // TRANSLATORS: {} says what is wrong ("its base64 is not valid").
        throw Error(Location{file}, trf("bad age armor: {}", why));
    };
    // Whitespace around the armor and CRLF line ends are allowed.
    std::string body;
    const std::string_view t = trim(text);
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] == '\r' && i + 1 < t.size() && t[i + 1] == '\n') continue;
        body += t[i];
    }
    if (body.substr(0, kBegin.size()) != kBegin || body[kBegin.size()] != '\n')
        return fail(trf("it does not start with {}", kBegin));
    if (body.size() < kEnd.size() || body.substr(body.size() - kEnd.size()) != kEnd)
        return fail(trf("it does not end with {} (truncated?)", kEnd));
    const std::size_t start = kBegin.size() + 1;
    if (body.size() < start + kEnd.size() + 1) return fail(tr("it holds nothing"));
    const std::string base64 = body.substr(start, body.size() - kEnd.size() - start);
    std::string joined;
    for (char c : base64)
        if (c != '\n') joined += c;
    std::string binary(joined.size() / 4 * 3 + 3, '\0');
    size_t size = 0;
    const char* end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(binary.data()), binary.size(), joined.data(), joined.size(),
                          nullptr, &size, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != joined.data() + joined.size())
        return fail(tr("its base64 is not valid"));
    binary.resize(size);
    // Strict: 64-column lines, padding, canonical bits: exactly what armor() writes.
    if (armor(binary) != body + "\n") return fail(tr("its lines are not 64 columns of canonical, padded base64"));

    return binary;
}

}  // namespace mentor::age
