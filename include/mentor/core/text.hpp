#pragma once
/// Small text helpers that every module needs, written once: ASCII case,
/// trimming, joining. Unicode-aware folding and width are in core/unicode.hpp.

#include <string>
#include <string_view>
#include <vector>

namespace mentor {

/// Spaces and tabs: what a spreadsheet cell or a flag value is trimmed of.
inline constexpr std::string_view kBlanks = " \t";
/// Every ASCII white-space character (isspace in the C locale).
inline constexpr std::string_view kWhiteSpace = " \t\n\r\f\v";

/// ASCII letters lower-cased; every other byte (UTF-8 included) unchanged.
std::string ascii_lower(std::string_view text);

/// `text` without the leading and trailing characters of `blanks`.
std::string_view trim(std::string_view text, std::string_view blanks = kBlanks);

/// The items with `separator` between them: {"a", "b"} -> "a, b".
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");

}  // namespace mentor
