// The canonical YAML writer. Its output is the file format's definition of
// "canonical": the same tree always gives the same bytes, and a tree read
// from a canonical file is written back byte for byte.

#include <algorithm>
#include <cstdio>

#include "mentor/formats/yaml.hpp"

namespace mentor::yaml {
namespace {

constexpr size_t kFlowWidth = 80;  // a flow list longer than this goes to block style
constexpr size_t kMaxSimpleKey = 1000;  // bytes; libyaml's limit is 1024 characters

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Unicode line breaks and the BOM that YAML treats specially inside plain text.
bool has_special_unicode(std::string_view s) {
    for (size_t i = 0; i + 1 < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        auto d = static_cast<unsigned char>(s[i + 1]);
        if (c == 0xC2 && d >= 0x80 && d <= 0x9F) return true;  // C1 controls, NEL
        if (c == 0xE2 && d == 0x80 && i + 2 < s.size() &&
            (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9))
            return true;  // LS, PS
        if (c == 0xEF && d == 0xBB && i + 2 < s.size() && static_cast<unsigned char>(s[i + 2]) == 0xBF)
            return true;  // BOM
    }
    return false;
}

bool has_control(std::string_view s, bool allow_newline_and_tab) {
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        if (allow_newline_and_tab && (c == '\n' || c == '\t')) continue;
        if (c < 0x20 || c == 0x7F) return true;
    }
    return has_special_unicode(s);
}

// True when the text can be written bare without breaking YAML syntax.
bool is_plain_syntax_safe(std::string_view s) {
    if (s.empty() || has_control(s, false)) return false;
    if (starts_with(s, "---") || starts_with(s, "...")) return false;
    char first = s.front();
    if (std::string_view(" -?:,[]{}#&*!|>'\"%@`").find(first) != std::string_view::npos) {
        // "-1", "-3d": a dash followed by a non-space is not an indicator.
        if (!(first == '-' && s.size() > 1 && s[1] != ' ')) return false;
    }
    if (s.back() == ' ' || s.back() == ':') return false;
    if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos) return false;
    return true;
}

// True when a bare scalar would be read as something other than a string
// by a YAML 1.1 or 1.2 reader (booleans, nulls, numbers, dates, times).
bool looks_like_non_string(std::string_view s) {
    std::string lower(s);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    static const char* const words[] = {"true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "=", "<<"};
    for (const char* w : words)
        if (lower == w) return true;
    for (const char* special : {".inf", "+.inf", "-.inf", ".nan"})
        if (lower == special) return true;
    char first = s.front();
    if (!((first >= '0' && first <= '9') || first == '.' || first == '+' || first == '-')) return false;
    // Numbers (1e3, 0x1F, 1_000), dates, times and timestamps use only these
    // characters; "2026-spring" has other letters and reads as text anyway.
    return lower.find_first_not_of("0123456789+-.:_ eoxbacdft") == std::string::npos;
}

bool is_flow_item_safe(const Node& item) {
    if (!item.is_scalar()) return false;
    return item.scalar().find('\n') == std::string::npos;
}

std::string double_quoted(std::string_view s) {
    std::string out = "\"";
    for (size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '"': out += "\\\""; continue;
            case '\\': out += "\\\\"; continue;
            case '\n': out += "\\n"; continue;
            case '\t': out += "\\t"; continue;
            case '\r': out += "\\r"; continue;
            case '\0': out += "\\0"; continue;
            default: break;
        }
        if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(s[i + 1]));
            out += buf;
            ++i;
        } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
            out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\L" : "\\P";
            i += 2;
        } else if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
                   static_cast<unsigned char>(s[i + 2]) == 0xBF) {
            out += "\\uFEFF";
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
    return out;
}

// A literal block keeps notes readable and diffs line by line. It is used
// only when it reads back exactly: no carriage returns, no trailing spaces,
// and a first content line that does not start with a space.
bool fits_literal_block(std::string_view s) {
    if (s.find('\n') == std::string_view::npos || has_control(s, true)) return false;
    size_t first = s.find_first_not_of('\n');
    if (first == std::string_view::npos || s[first] == ' ' || s[first] == '\t') return false;
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = s.find('\n', start);
        if (end == std::string_view::npos) end = s.size();
        if (end > start && (s[end - 1] == ' ' || s[end - 1] == '\t')) return false;
        start = end + 1;
    }
    return true;
}

std::string literal_block(std::string_view s, int indent) {
    size_t trailing = 0;
    while (trailing < s.size() && s[s.size() - 1 - trailing] == '\n') ++trailing;
    std::string out = trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+";
    std::string_view body = s.substr(0, s.size() - trailing);
    std::string pad(indent, ' ');
    size_t start = 0;
    while (start <= body.size()) {
        size_t end = body.find('\n', start);
        if (end == std::string_view::npos) end = body.size();
        out += '\n';
        if (end > start) out += pad + std::string(body.substr(start, end - start));
        start = end + 1;
    }
    for (size_t i = 1; i < trailing; ++i) out += '\n';
    return out;
}

std::string key_text(const std::string& key) {
    return is_plain_syntax_safe(key) && !looks_like_non_string(key) ? key : double_quoted(key);
}

class Emitter {
public:
    std::string out;

    void document(const Node& root) {
        if (root.is_map() && !root.entries().empty()) {
            map_body(root, 0);
        } else if (root.is_sequence() && !root.items().empty()) {
            sequence_body(root, 0);
        } else {
            out += inline_value(root, 0);
            out += '\n';
        }
    }

private:
    // The text of a scalar in a block context; may be a multi-line literal.
    std::string scalar_text(const Node& n, int indent) {
        const std::string& s = n.scalar();
        if (s.find('\n') != std::string::npos) return fits_literal_block(s) ? literal_block(s, indent) : double_quoted(s);
        if (!is_plain_syntax_safe(s)) return double_quoted(s);
        if (n.is_text() && looks_like_non_string(s)) return double_quoted(s);
        return s;
    }

    std::string flow_item(const Node& n) {
        const std::string& s = n.scalar();
        // libyaml also refuses ":?" inside a flow plain scalar.
        bool bare = is_plain_syntax_safe(s) && s.find_first_of(",[]{}") == std::string::npos &&
                    s.find(":?") == std::string::npos &&
                    !(n.is_text() && looks_like_non_string(s));
        return bare ? s : double_quoted(s);
    }

    // A one-line rendering for values that fit after "key: " or "- ", or ""
    // when the value needs block lines of its own.
    std::string inline_value(const Node& n, int indent) {
        switch (n.kind()) {
            case Node::Kind::Null:
                return "null";
            case Node::Kind::Scalar:
                return scalar_text(n, indent);
            case Node::Kind::Map:
                return n.entries().empty() ? "{}" : "";
            case Node::Kind::Sequence: {
                if (n.items().empty()) return "[]";
                if (!std::all_of(n.items().begin(), n.items().end(), is_flow_item_safe)) return "";
                std::string flow = "[";
                for (size_t i = 0; i < n.items().size(); ++i) {
                    if (i) flow += ", ";
                    flow += flow_item(n.items()[i]);
                }
                flow += ']';
                return flow.size() <= kFlowWidth ? flow : "";
            }
        }
        return "null";
    }

    // `first_on_current_line`: the first key follows a "- " already written.
    void map_body(const Node& map, int indent, bool first_on_current_line = false) {
        bool first = true;
        for (const auto& [key, value] : map.entries()) {
            if (!(first && first_on_current_line)) out.append(indent, ' ');
            first = false;
            // libyaml reads a simple key ("key: ") of at most 1024 characters;
            // a longer one is written as an explicit key ("? key", then ": ").
            const std::string text = key_text(key);
            out += text.size() > kMaxSimpleKey ? "? " + text + "\n" + std::string(indent, ' ') : text;
            out += ':';
            value_after_indicator(value, indent);
        }
    }

    void sequence_body(const Node& seq, int indent) {
        for (const Node& item : seq.items()) {
            out.append(indent, ' ');
            out += '-';
            if (item.is_map() && !item.entries().empty()) {
                out += ' ';
                map_body(item, indent + 2, true);
            } else {
                value_after_indicator(item, indent);
            }
        }
    }

    // Writes a value after "key:" or "-": inline when it fits, else on the
    // following lines, two spaces deeper.
    void value_after_indicator(const Node& value, int indent) {
        std::string inline_text = inline_value(value, indent + 2);
        if (!inline_text.empty()) {
            out += ' ';
            out += inline_text;
            out += '\n';
            return;
        }
        out += '\n';
        if (value.is_map())
            map_body(value, indent + 2);
        else
            sequence_body(value, indent + 2);
    }
};

}  // namespace

bool is_plain_safe_text(std::string_view value) {
    return is_plain_syntax_safe(value) && !looks_like_non_string(value);
}

std::string emit(const Node& document) {
    Emitter emitter;
    emitter.document(document);
    return std::move(emitter.out);
}

}  // namespace mentor::yaml
