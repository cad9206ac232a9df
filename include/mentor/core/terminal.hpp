#pragma once
/// Text on its way to a terminal. Records come from other people (a shared
/// repository, an imported spreadsheet): a name holding "\e[2J" or
/// "\e]0;...\a" must be shown, never obeyed by the terminal.

#include <string>
#include <string_view>

namespace mentor {

/// Writes every control character as `\u00XX`: the C0 controls but tab and
/// line feed (a carriage return passes only right before a line feed, as in
/// iCalendar's CRLF), DEL, and the C1 controls U+0080 to U+009F (CSI among
/// them). The form is also a valid escape inside a JSON string. The one
/// exception is mentor's own styling with --color: ESC[1m and ESC[0m pass.
/// Text may arrive in pieces: bytes that depend on the next are held.
class TerminalFilter {
public:
    /// Appends the safe form of `text` to `out`.
    void feed(std::string_view text, std::string& out);
    /// Appends what is still held (at the end of the output).
    void finish(std::string& out);

private:
    void put(char ch, std::string& out);
    std::string held_;  ///< '\r', the UTF-8 lead byte 0xC2, or the start of an escape sequence
};

/// The whole of `text` through a TerminalFilter.
std::string terminal_safe(std::string_view text);

}  // namespace mentor
