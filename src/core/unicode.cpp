#include "mentor/core/unicode.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace mentor {

namespace {

/// An inclusive range of code points.
struct Range {
    char32_t first;
    char32_t last;
};

// Code points that take no column: combining marks of the common scripts
// (general categories Mn/Me), zero-width and format characters, Hangul
// conjoining vowels and finals, variation selectors and tags. Not the full
// Unicode list: the scripts people's names are commonly written in (Latin,
// Greek, Cyrillic, Hebrew, Arabic, Indic, Southeast Asian, CJK) are covered,
// rarer ones are not, so the table stays small enough to read and review.
// Sorted, non-overlapping (checked below).
constexpr std::array kZeroWidth = {
    Range{0x0300, 0x036F},   // combining diacritical marks
    Range{0x0483, 0x0489},   // Cyrillic combining marks
    Range{0x0591, 0x05BD},   // Hebrew points and accents
    Range{0x05BF, 0x05BF},   Range{0x05C1, 0x05C2}, Range{0x05C4, 0x05C5},
    Range{0x05C7, 0x05C7},   Range{0x0610, 0x061A},  // Arabic marks
    Range{0x061C, 0x061C},   // Arabic letter mark
    Range{0x064B, 0x065F},   Range{0x0670, 0x0670}, Range{0x06D6, 0x06DC},
    Range{0x06DF, 0x06E4},   Range{0x06E7, 0x06E8}, Range{0x06EA, 0x06ED},
    Range{0x0900, 0x0902},   // Devanagari signs
    Range{0x093A, 0x093A},   Range{0x093C, 0x093C}, Range{0x0941, 0x0948},
    Range{0x094D, 0x094D},   Range{0x0951, 0x0957}, Range{0x0962, 0x0963},
    Range{0x0981, 0x0981},   // Bengali
    Range{0x09BC, 0x09BC},   Range{0x09C1, 0x09C4}, Range{0x09CD, 0x09CD},
    Range{0x09E2, 0x09E3},   Range{0x09FE, 0x09FE},
    // Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
    Range{0x0A01, 0x0A02}, Range{0x0A3C, 0x0A3C}, Range{0x0A41, 0x0A42}, Range{0x0A47, 0x0A48},
    Range{0x0A4B, 0x0A4D}, Range{0x0A51, 0x0A51}, Range{0x0A70, 0x0A71}, Range{0x0A75, 0x0A75},
    Range{0x0A81, 0x0A82}, Range{0x0ABC, 0x0ABC}, Range{0x0AC1, 0x0AC5}, Range{0x0AC7, 0x0AC8},
    Range{0x0ACD, 0x0ACD}, Range{0x0AE2, 0x0AE3}, Range{0x0AFA, 0x0AFF}, Range{0x0B01, 0x0B01},
    Range{0x0B3C, 0x0B3C}, Range{0x0B3F, 0x0B3F}, Range{0x0B41, 0x0B44}, Range{0x0B4D, 0x0B4D},
    Range{0x0B55, 0x0B56}, Range{0x0B62, 0x0B63}, Range{0x0B82, 0x0B82}, Range{0x0BC0, 0x0BC0},
    Range{0x0BCD, 0x0BCD}, Range{0x0C00, 0x0C00}, Range{0x0C04, 0x0C04}, Range{0x0C3C, 0x0C3C},
    Range{0x0C3E, 0x0C40}, Range{0x0C46, 0x0C48}, Range{0x0C4A, 0x0C4D}, Range{0x0C55, 0x0C56},
    Range{0x0C62, 0x0C63}, Range{0x0C81, 0x0C81}, Range{0x0CBC, 0x0CBC}, Range{0x0CBF, 0x0CBF},
    Range{0x0CC6, 0x0CC6}, Range{0x0CCC, 0x0CCD}, Range{0x0CE2, 0x0CE3}, Range{0x0D00, 0x0D01},
    Range{0x0D3B, 0x0D3C}, Range{0x0D41, 0x0D44}, Range{0x0D4D, 0x0D4D}, Range{0x0D62, 0x0D63},
    Range{0x0D81, 0x0D81}, Range{0x0DCA, 0x0DCA}, Range{0x0DD2, 0x0DD4}, Range{0x0DD6, 0x0DD6},
    // Thai, Lao
    Range{0x0E31, 0x0E31}, Range{0x0E34, 0x0E3A}, Range{0x0E47, 0x0E4E},
    Range{0x0EB1, 0x0EB1}, Range{0x0EB4, 0x0EBC}, Range{0x0EC8, 0x0ECD},
    // Myanmar
    Range{0x102D, 0x1030}, Range{0x1032, 0x1037}, Range{0x1039, 0x103A}, Range{0x103D, 0x103E},
    Range{0x1058, 0x1059}, Range{0x105E, 0x1060}, Range{0x1071, 0x1074}, Range{0x1082, 0x1082},
    Range{0x1085, 0x1086}, Range{0x108D, 0x108D}, Range{0x109D, 0x109D},
    Range{0x1160, 0x11FF},   // Hangul jamo medial vowels and finals
    // Khmer
    Range{0x17B4, 0x17B5}, Range{0x17B7, 0x17BD}, Range{0x17C6, 0x17C6}, Range{0x17C9, 0x17D3},
    Range{0x17DD, 0x17DD},
    Range{0x1AB0, 0x1AFF},   // combining diacritical marks extended
    Range{0x1DC0, 0x1DFF},   // combining diacritical marks supplement
    Range{0x200B, 0x200F},   // zero-width space, ZWNJ, ZWJ, LRM, RLM
    Range{0x202A, 0x202E},   // bidi embeddings and overrides
    Range{0x2060, 0x2064},   // word joiner, invisible operators
    Range{0x2066, 0x206F},   // bidi isolates, deprecated format characters
    Range{0x20D0, 0x20FF},   // combining marks for symbols
    Range{0x2DE0, 0x2DFF},   // Cyrillic extended-A combining letters
    Range{0x302A, 0x302D},   // ideographic tone marks
    Range{0x3099, 0x309A},   // kana voiced sound marks
    Range{0xD7B0, 0xD7FF},   // Hangul jamo extended-B (conjoining)
    Range{0xFE00, 0xFE0F},   // variation selectors
    Range{0xFE20, 0xFE2F},   // combining half marks
    Range{0xFEFF, 0xFEFF},   // zero-width no-break space (BOM)
    Range{0xFFF9, 0xFFFB},   // interlinear annotation controls
    // Emoji skin tone modifiers follow a base emoji and merge with it.
    Range{0x1F3FB, 0x1F3FF},
    Range{0xE0000, 0xE0FFF},  // tags, variation selectors supplement
};

// Code points that take two columns: East Asian Wide and Fullwidth blocks and
// the emoji that terminals draw wide. Whole blocks are used where the few
// narrow exceptions inside them do not matter for names and notes (e.g. the
// text-style pictographs of U+1F300..1F5FF count 2, as most terminals draw
// them with an emoji font anyway). Sorted, non-overlapping (checked below).
constexpr std::array kWide = {
    Range{0x1100, 0x115F},    // Hangul jamo initial consonants
    Range{0x231A, 0x231B},    // watch, hourglass
    Range{0x2329, 0x232A},    // angle brackets
    Range{0x23E9, 0x23EC},    Range{0x23F0, 0x23F0}, Range{0x23F3, 0x23F3},
    Range{0x25FD, 0x25FE},    Range{0x2614, 0x2615}, Range{0x2648, 0x2653},
    Range{0x267F, 0x267F},    Range{0x2693, 0x2693}, Range{0x26A1, 0x26A1},
    Range{0x26AA, 0x26AB},    Range{0x26BD, 0x26BE}, Range{0x26C4, 0x26C5},
    Range{0x26CE, 0x26CE},    Range{0x26D4, 0x26D4}, Range{0x26EA, 0x26EA},
    Range{0x26F2, 0x26F3},    Range{0x26F5, 0x26F5}, Range{0x26FA, 0x26FA},
    Range{0x26FD, 0x26FD},    Range{0x2705, 0x2705}, Range{0x270A, 0x270B},
    Range{0x2728, 0x2728},    Range{0x274C, 0x274C}, Range{0x274E, 0x274E},
    Range{0x2753, 0x2755},    Range{0x2757, 0x2757}, Range{0x2795, 0x2797},
    Range{0x27B0, 0x27B0},    Range{0x27BF, 0x27BF}, Range{0x2B1B, 0x2B1C},
    Range{0x2B50, 0x2B50},    Range{0x2B55, 0x2B55},
    Range{0x2E80, 0x303E},    // CJK radicals, ideographic description, CJK punctuation
    Range{0x3041, 0x33FF},    // kana, bopomofo, Hangul compatibility jamo, CJK compatibility
    Range{0x3400, 0x4DBF},    // CJK extension A
    Range{0x4E00, 0x9FFF},    // CJK unified ideographs
    Range{0xA000, 0xA4CF},    // Yi
    Range{0xA960, 0xA97F},    // Hangul jamo extended A
    Range{0xAC00, 0xD7A3},    // Hangul syllables
    Range{0xF900, 0xFAFF},    // CJK compatibility ideographs
    Range{0xFE10, 0xFE19},    // vertical forms
    Range{0xFE30, 0xFE6F},    // CJK compatibility forms, small form variants
    Range{0xFF00, 0xFF60},    // fullwidth forms
    Range{0xFFE0, 0xFFE6},    // fullwidth signs
    Range{0x16FE0, 0x16FE3},  // ideographic symbols
    Range{0x16FF0, 0x16FF1},
    Range{0x17000, 0x18D7F},  // Tangut, Khitan
    Range{0x1AFF0, 0x1B2FF},  // kana extensions and supplement, Nushu
    Range{0x1F004, 0x1F004},  // mahjong tile
    Range{0x1F0CF, 0x1F0CF},  // playing card
    Range{0x1F18E, 0x1F18E},  Range{0x1F191, 0x1F19A},  // squared letters
    Range{0x1F200, 0x1F202},  Range{0x1F210, 0x1F23B},  // enclosed ideographs
    Range{0x1F240, 0x1F248},  Range{0x1F250, 0x1F251}, Range{0x1F260, 0x1F265},
    Range{0x1F300, 0x1F3FA},  // misc symbols and pictographs (skin tones excluded)
    Range{0x1F400, 0x1F64F},  // ... and emoticons
    Range{0x1F680, 0x1F6FF},  // transport and map symbols
    Range{0x1F7E0, 0x1F7EB},  // coloured circles and squares
    Range{0x1F7F0, 0x1F7F0},
    Range{0x1F90C, 0x1F9FF},  // supplemental symbols and pictographs
    Range{0x1FA70, 0x1FAFF},  // symbols and pictographs extended A
    Range{0x20000, 0x2FFFD},  // CJK extensions B..F, compatibility supplement
    Range{0x30000, 0x3FFFD},  // CJK extensions G..
};

template <std::size_t N>
bool in_table(const std::array<Range, N>& table, char32_t cp) {
    // The first range whose end is not below cp is the only candidate.
    auto it = std::lower_bound(table.begin(), table.end(), cp,
                               [](const Range& r, char32_t value) { return r.last < value; });
    return it != table.end() && it->first <= cp;
}

template <std::size_t N>
constexpr bool sorted_and_disjoint(const std::array<Range, N>& table) {
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].first > table[i].last) return false;
        if (i > 0 && table[i - 1].last >= table[i].first) return false;
    }
    return true;
}
// The binary search in in_table relies on this.
static_assert(sorted_and_disjoint(kZeroWidth));
static_assert(sorted_and_disjoint(kWide));

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
    if (in_table(kZeroWidth, cp)) return 0;
    if (in_table(kWide, cp)) return 2;
    return 1;
}

int display_width(std::string_view utf8) {
    int width = 0;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const Utf8Char c = decode_utf8(utf8, pos);
        width += c.valid ? code_point_width(c.code_point) : 1;
        pos += c.length;
    }
    return width;
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
