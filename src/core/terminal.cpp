#include "mentor/core/terminal.hpp"

#include <array>
#include <cstdio>

namespace mentor {
namespace {

// mentor's own styles (bold and back to normal, with --color): the only
// escape sequences let through. A record holding one can at most turn bold.
constexpr std::array<std::string_view, 2> kStyles = {"\x1b[1m", "\x1b[0m"};

void escaped(unsigned char code, std::string& out) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(code));
    out += buffer;
}

bool style_prefix(std::string_view held, bool& whole) {
    for (auto style : kStyles)
        if (style.starts_with(held)) {
            whole = held.size() == style.size();
            return true;
        }
    return false;
}

}  // namespace

void TerminalFilter::feed(std::string_view text, std::string& out) {
    for (char ch : text) put(ch, out);
}

void TerminalFilter::put(char ch, std::string& out) {
    const auto byte = static_cast<unsigned char>(ch);
    if (!held_.empty()) {
        const char first = held_[0];
        if (first == '\r') {
            held_.clear();
            if (byte == '\n') {
                out += "\r\n";
                return;
            }
            escaped('\r', out);
        } else if (first == '\xC2') {
            held_.clear();
            if (byte >= 0x80 && byte <= 0x9F) {  // U+0080..U+009F, encoded C2 80..C2 9F
                escaped(byte, out);
                return;
            }
            out += '\xC2';
        } else {  // an escape sequence: one of mentor's styles, or shown
            held_ += ch;
            bool whole = false;
            if (style_prefix(held_, whole)) {
                if (whole) out += held_, held_.clear();
                return;
            }
            std::string rest = held_.substr(1);
            held_.clear();
            escaped(0x1B, out);
            for (char r : rest) put(r, out);
            return;
        }
    }
    if (byte == '\r' || byte == 0xC2 || byte == 0x1B) {
        held_ = ch;
    } else if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7F) {
        escaped(byte, out);
    } else {
        out += ch;
    }
}

void TerminalFilter::finish(std::string& out) {
    if (held_.empty()) return;
    std::string rest = held_;
    held_.clear();
    if (rest[0] == '\xC2') {
        out += rest;
        return;
    }
    escaped(static_cast<unsigned char>(rest[0]), out);  // a lone CR, or an unfinished escape
    out += rest.substr(1);
}

std::string terminal_safe(std::string_view text) {
    TerminalFilter filter;
    std::string out;
    out.reserve(text.size());
    filter.feed(text, out);
    filter.finish(out);
    return out;
}

}  // namespace mentor
