#include "mentor/core/ids.hpp"

#include <cstdint>
#include <utility>

#include "mentor/core/error.hpp"

namespace mentor {
namespace {

bool is_slug_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

// Decodes one UTF-8 sequence at s[i]; returns the code point (or 0xFFFD for
// a bad byte) and advances i.
uint32_t next_code_point(std::string_view s, size_t& i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
    if (extra < 0) {
        ++i;
        return 0xFFFD;
    }
    uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        if (i + k >= s.size() || (byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    i += extra + 1;
    return cp;
}

// Latin-1 Supplement and Latin Extended-A letters to ASCII. Index: cp - 0xC0.
// Lower-case spelling; "" means "not a letter" (× ÷).
const char* const kLatin1[] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF
};

const char* const kLatinExtA[] = {
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",      // 100-10F
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",      // 110-11F
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",      // 120-12F
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",    // 130-13F
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",      // 140-14F
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",    // 150-15F
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",      // 160-16F
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",      // 170-17F
};

// ASCII spelling of a code point, or nullptr when it has none (a separator).
const char* transliterate(uint32_t cp, char* ascii) {
    if (cp < 0x80) {
        char c = static_cast<char>(cp);
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            ascii[0] = c;
            ascii[1] = '\0';
            return ascii;
        }
        return nullptr;
    }
    if (cp >= 0xC0 && cp <= 0xFF) return *kLatin1[cp - 0xC0] ? kLatin1[cp - 0xC0] : nullptr;
    if (cp >= 0x100 && cp <= 0x17F) return kLatinExtA[cp - 0x100];
    switch (cp) {
        case 0x1E9E: return "ss";  // capital sharp s
        case 0x0218: case 0x0219: return "s";  // s with comma below (Romanian)
        case 0x021A: case 0x021B: return "t";
        default: return nullptr;
    }
}

bool is_combining_mark(uint32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

}  // namespace

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > kMaxIdLength) return false;
    if (id.front() == '-' || id.back() == '-') return false;
    for (char c : id)
        if (!is_slug_char(c)) return false;
    return id.find("--") == std::string_view::npos;
}

std::optional<std::pair<std::string, std::string>> split_pair_id(std::string_view id) {
    size_t sep = id.find("--");
    if (sep == std::string_view::npos) return std::nullopt;
    std::string_view mentor = id.substr(0, sep), mentee = id.substr(sep + 2);
    if (!is_valid_id(mentor) || !is_valid_id(mentee)) return std::nullopt;
    return std::make_pair(std::string(mentor), std::string(mentee));
}

bool is_valid_pair_id(std::string_view id) { return split_pair_id(id).has_value(); }

void require_valid_id(std::string_view id, std::string_view what) {
    if (is_valid_id(id)) return;
    std::string shown(id.substr(0, 80));
    throw usage_error(std::string(what) + " '" + shown +
                      "' is not a valid id: use 1 to 64 lower-case letters, digits and single dashes, "
                      "starting with a letter or digit (e.g. jean-martin)");
}

std::string slugify(std::string_view name) {
    std::string out;
    bool pending_dash = false;
    char ascii[2];
    for (size_t i = 0; i < name.size();) {
        uint32_t cp = next_code_point(name, i);
        if (is_combining_mark(cp)) continue;  // "e" + U+0301 is "é": keep the "e"
        const char* t = transliterate(cp, ascii);
        if (!t) {
            pending_dash = !out.empty();
            continue;
        }
        if (pending_dash) out += '-';
        pending_dash = false;
        out += t;
    }
    if (out.size() > kMaxIdLength) out.resize(kMaxIdLength);
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

std::string unique_id(const std::string& base, const std::function<bool(const std::string&)>& taken) {
    if (!taken(base)) return base;
    for (int n = 2;; ++n) {
        std::string suffix = "-" + std::to_string(n);
        std::string stem = base.substr(0, kMaxIdLength - suffix.size());
        while (!stem.empty() && stem.back() == '-') stem.pop_back();
        std::string candidate = stem + suffix;
        if (!taken(candidate)) return candidate;
    }
}

}  // namespace mentor
