#pragma once
/// UTF-8 decoding, terminal display width, and accent- and case-insensitive
/// keys.
///
/// Text output (aligned tables, truncated cells) must be measured in terminal
/// columns, not bytes: "Élodie" is 7 bytes but 6 columns, "李小龙" is 9 bytes
/// but 6 columns, and "e\u0301" (e + combining acute) is 1 column. The
/// Unicode data (East Asian Width, general categories, decompositions, case
/// folding) comes from utf8proc; the result is deterministic and does not
/// depend on the locale or the terminal. ASCII text never reaches utf8proc.

#include <cstddef>
#include <string>
#include <string_view>

namespace mentor {

/// One decoded character: its code point and how many bytes it took.
/// An invalid byte decodes as U+FFFD with length 1 and valid == false, so that
/// a decoding loop always makes progress.
struct Utf8Char {
    char32_t code_point = 0;
    std::size_t length = 0;
    bool valid = false;
};

/// Decodes the character starting at byte `pos` (which must be < text.size(),
/// else std::out_of_range). Rejects overlong forms, surrogates and code points
/// above U+10FFFF.
Utf8Char decode_utf8(std::string_view text, std::size_t pos);

/// Appends the UTF-8 encoding of `code_point` (which must be a valid scalar
/// value; anything else appends U+FFFD).
void append_utf8(std::string& out, char32_t code_point);

/// True when the whole text is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

/// The text with every invalid byte replaced by U+FFFD.
std::string to_valid_utf8(std::string_view text);

/// Terminal columns taken by one code point: 0 for control characters,
/// combining marks, zero-width and format characters, variation selectors,
/// emoji skin tone modifiers and Hangul medial vowels and finals (they merge
/// with the character before them); 2 for East Asian Wide and Fullwidth
/// characters (CJK, Hangul syllables, kana, fullwidth forms, emoji); 1
/// otherwise, spacing marks (Devanagari ि) and unassigned code points included.
int code_point_width(char32_t code_point);

/// Terminal columns taken by a UTF-8 text (sum of its code points' widths;
/// every invalid byte counts 1).
int display_width(std::string_view utf8);

/// The key under which names compare without case or accents: case-folded,
/// compatibility-decomposed (NFKD), marks dropped, the few letters that do
/// not decompose spelled in Latin (ł→l, ø→o, đ→d, ß→ss, æ→ae, œ→oe, þ→th),
/// every run of other characters (spaces, punctuation, invalid bytes) one
/// dash, none at either end. Letters of other scripts are kept (case-folded):
/// "Négociation" and "negociation" are "negociation", "Project management"
/// and "project-management" are "project-management", "日本語" stays itself.
std::string fold_key(std::string_view text);

/// The text cut to at most `width` columns. When it has to be cut, the end is
/// replaced by "…" (one column), so the result is never wider than `width`;
/// it may be one column narrower when a wide character would not fit.
/// Combining marks stay with the character they follow. width <= 0 gives "".
std::string truncate_to_width(std::string_view text, int width);

/// The text followed by spaces up to `width` columns (never truncated).
std::string pad_right(std::string_view text, int width);

/// The text preceded by spaces up to `width` columns (never truncated).
std::string pad_left(std::string_view text, int width);

/// The text made safe to show on one line of a terminal or a table cell:
/// line breaks (LF, CR, CRLF, U+2028, U+2029) and tabs become one space, other
/// control characters (which could move the cursor or start escape sequences)
/// and invalid bytes become U+FFFD.
std::string single_line(std::string_view text);

}  // namespace mentor
