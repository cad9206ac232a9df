#include "mentor/core/unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>

namespace mentor {

namespace {

// Letters that Unicode does not decompose into a base letter and marks, with
// their usual Latin spelling (after case folding, so lower case only), so
// that "Łukasz" folds to "lukasz" and "Ørsted" to "orsted". Sorted by code
// point (checked below).
struct Spelling {
    char32_t code_point;
    std::string_view latin;
};
constexpr std::array kUndecomposed = {
    Spelling{0x00DF, "ss"},  // ß
    Spelling{0x00E6, "ae"},  // æ
    Spelling{0x00F0, "d"},   // ð
    Spelling{0x00F8, "o"},   // ø
    Spelling{0x00FE, "th"},  // þ
    Spelling{0x0111, "d"},   // đ
    Spelling{0x0127, "h"},   // ħ
    Spelling{0x0131, "i"},   // dotless ı
    Spelling{0x0138, "k"},   // ĸ
    Spelling{0x0140, "l"},   // ŀ (its compatibility form has a middle dot)
    Spelling{0x0142, "l"},   // ł
    Spelling{0x0149, "n"},   // ŉ
    Spelling{0x014B, "n"},   // ŋ
    Spelling{0x0153, "oe"},  // œ
    Spelling{0x0167, "t"},   // ŧ
};

constexpr bool sorted(const decltype(kUndecomposed)& table) {
    for (std::size_t i = 1; i < table.size(); ++i)
        if (table[i - 1].code_point >= table[i].code_point) return false;
    return true;
}
static_assert(sorted(kUndecomposed));  // the binary search below relies on it

std::optional<std::string_view> undecomposed_spelling(char32_t cp) {
    auto it = std::lower_bound(kUndecomposed.begin(), kUndecomposed.end(), cp,
                               [](const Spelling& s, char32_t value) { return s.code_point < value; });
    if (it == kUndecomposed.end() || it->code_point != cp) return std::nullopt;
    return it->latin;
}

bool is_ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Builds a fold key: words of letters and digits, one dash between them.
class KeyBuilder {
public:
    void ascii(char c) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (is_ascii_alnum(static_cast<unsigned char>(c)))
            word_char(std::string_view(&c, 1));
        else
            separator();
    }
    void code_point(char32_t cp) {
        if (cp < 0x80) return ascii(static_cast<char>(cp));
        if (auto latin = undecomposed_spelling(cp)) return word_char(*latin);
        switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
            case UTF8PROC_CATEGORY_MN:
            case UTF8PROC_CATEGORY_ME: return;  // the accent of a decomposed letter
            case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
            case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MC:
            case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO: {
                std::string utf8;
                append_utf8(utf8, cp);
                return word_char(utf8);
            }
            default: return separator();
        }
    }
    void separator() { pending_dash_ = !out_.empty(); }
    std::string take() { return std::move(out_); }

private:
    void word_char(std::string_view text) {
        if (pending_dash_) out_ += '-';
        pending_dash_ = false;
        out_ += text;
    }
    std::string out_;
    bool pending_dash_ = false;
};

// Emoji skin tone modifiers merge with the emoji before them, and Hangul
// medial vowels and finals with the initial consonant into one wide
// syllable; utf8proc gives both a width of their own.
bool joins_previous(char32_t cp) {
    return (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF);
}

constexpr char32_t kReplacement = 0xFFFD;
constexpr std::string_view kEllipsis = "\u2026";

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

}  // namespace

Utf8Char decode_utf8(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) throw std::out_of_range("decode_utf8: position past the end");
    const Utf8Char invalid{kReplacement, 1, false};
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) return {lead, 1, true};

    std::size_t length = 0;
    char32_t cp = 0;
    char32_t minimum = 0;  // smallest code point this length may encode (no overlongs)
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, cp = lead & 0x1F, minimum = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, cp = lead & 0x0F, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, cp = lead & 0x07, minimum = 0x10000;
    } else {
        return invalid;
    }
    if (text.size() - pos < length) return invalid;
    for (std::size_t i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(text[pos + i]);
        if (!is_continuation(byte)) return invalid;
        cp = (cp << 6) | (byte & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return invalid;
    return {cp, length, true};
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_valid_utf8(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char c = decode_utf8(text, pos);
        if (!c.valid) return false;
        pos += c.length;
    }
    return true;
}

std::string to_valid_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char c = decode_utf8(text, pos);
        if (c.valid)
            out.append(text.substr(pos, c.length));
        else
            append_utf8(out, kReplacement);
        pos += c.length;
    }
    return out;
}

int code_point_width(char32_t cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;  // C0, DEL, C1 controls
    if (cp < 0x300) return 1;                               // fast path: Latin
    if (joins_previous(cp)) return 0;
    if (cp > 0x10FFFF) return 1;
    const auto c = static_cast<utf8proc_int32_t>(cp);
    // A spacing mark (Devanagari ि) takes its own column on a terminal,
    // where utf8proc counts it as zero.
    if (utf8proc_category(c) == UTF8PROC_CATEGORY_MC) return 1;
    return utf8proc_charwidth(c);
}

int display_width(std::string_view utf8) {
    int width = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const auto byte = static_cast<unsigned char>(utf8[pos]);
        if (byte < 0x80) {  // fast path: ASCII, one column unless a control
            width += byte >= 0x20 && byte != 0x7F;
            ++pos;
            continue;
        }
        const Utf8Char c = decode_utf8(utf8, pos);
        width += c.valid ? code_point_width(c.code_point) : 1;
        pos += c.length;
    }
    return width;
}

std::string fold_key(std::string_view text) {
    KeyBuilder key;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {  // fast path: ASCII needs no table
            key.ascii(static_cast<char>(byte));
            ++pos;
            continue;
        }
        const Utf8Char c = decode_utf8(text, pos);
        pos += c.length;
        if (!c.valid) {
            key.separator();  // an invalid byte separates words, as punctuation does
            continue;
        }
        // Case-folded compatibility decomposition (NFKD): "É" is "e" + U+0301,
        // "ﬁ" is "fi", "Ａ" is "a"; the marks are then dropped by KeyBuilder.
        utf8proc_int32_t parts[32];
        int last_boundclass = 0;
        const auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(c.code_point), parts, 32,
                                               utf8proc_option_t(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD),
                                               &last_boundclass);
        if (n < 0 || n > 32) {
            key.code_point(c.code_point);
            continue;
        }
        for (utf8proc_ssize_t i = 0; i < n; ++i) key.code_point(static_cast<char32_t>(parts[i]));
    }
    return key.take();
}

std::string truncate_to_width(std::string_view text, int width) {
    if (width <= 0) return {};
    if (display_width(text) <= width) return std::string(text);

    // Keep whole characters while they fit in width - 1 columns, leaving one
    // for the ellipsis. A zero-width mark after a kept character still fits,
    // so it stays attached; the loop stops at the first character that does
    // not fit, and the marks after it go with it.
    const int budget = width - 1;
    int used = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const Utf8Char c = decode_utf8(text, pos);
        const int w = c.valid ? code_point_width(c.code_point) : 1;
        if (used + w > budget) break;
        used += w;
        pos += c.length;
    }
    std::string out(text.substr(0, pos));
    out += kEllipsis;
    return out;
}

std::string pad_right(std::string_view text, int width) {
    std::string out(text);
    const int missing = width - display_width(text);
    if (missing > 0) out.append(static_cast<std::size_t>(missing), ' ');
    return out;
}

std::string pad_left(std::string_view text, int width) {
    const int missing = width - display_width(text);
    std::string out;
    if (missing > 0) out.assign(static_cast<std::size_t>(missing), ' ');
    out += text;
    return out;
}

std::string single_line(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char c = decode_utf8(text, pos);
        const char32_t cp = c.code_point;
        if (cp == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') {
            out += ' ';  // CRLF is one line break, so one space
            pos += 2;
            continue;
        }
        if (!c.valid) {
            append_utf8(out, kReplacement);
        } else if (cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029) {
            out += ' ';
        } else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            append_utf8(out, kReplacement);
        } else {
            out.append(text.substr(pos, c.length));
        }
        pos += c.length;
    }
    return out;
}

}  // namespace mentor
