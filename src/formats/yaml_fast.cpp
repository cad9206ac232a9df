// The fast reader of canonical YAML: the files yaml::emit writes (2-space
// block maps and sequences, flow lists of scalars, literal blocks, quotes only
// where needed, LF, no trailing spaces, a final newline).
//
// Why: libyaml's scanner, parser and events, and the tree built from them,
// were half of the CPU time of `report --all`. Canonical files are a tiny,
// regular subset of YAML that a line-by-line reader takes in one pass.
//
// The rule that keeps it safe: it returns exactly the tree libyaml would give
// (kinds, styles, bytes, order, line and column marks) or declines, and
// yaml::parse then hands the text to libyaml as before. So it declines
// whatever it is not sure of, including every input libyaml refuses: errors
// and their messages always come from libyaml. Each `return false` below is
// such a decline, with the reason beside it.

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "mentor/core/unicode.hpp"
#include "yaml_read.hpp"

namespace mentor::yaml::detail {
namespace {

// libyaml refuses 1024 characters or more between a simple key and its ':';
// the emitter writes longer keys as explicit keys ("? "), which we decline.
constexpr size_t kMaxKeyBytes = 1000;

// Characters that cannot start a plain scalar (YAML 1.1 indicators, and a
// space: the scalar would start later).
// A switch, not strchr: it runs once per scalar and key.
bool is_indicator(char c) {
    switch (c) {
        case ' ': case '-': case '?': case ':': case ',': case '[': case ']': case '{': case '}': case '#':
        case '&': case '*': case '!': case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
            return true;
        default:
            return false;
    }
}

// The whole text at once, before any tree is built: only bytes and characters
// that every part of the subset reads the same way. Declines CR (line ends),
// trailing spaces (trimmed by YAML), control
// characters and invalid UTF-8 (refused by libyaml), the BOM and the Unicode
// line breaks NEL, LS and PS (YAML treats them specially), and a missing final
// newline (the emitter always writes one).
// Tabs are allowed here, and noted in `tabs`: the emitter writes them raw in
// literal blocks only, and every other line is checked (Reader::has_tab).
bool text_is_canonical(std::string_view text, bool& tabs) {
    if (text.empty() || text.back() != '\n') return false;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    for (size_t i = 0; i < n;) {
        // Eight bytes at a time while they are all printable ASCII (0x20 to
        // 0x7E; no '\n' either, which needs the trailing-space check): most
        // of a record. A byte below 0x20 borrows, 0x7F carries into its top
        // bit, and bytes from 0x80 have it set; a false alarm (a borrow
        // crossing into the next byte) only sends the word to the loop below.
        constexpr uint64_t kOnes = 0x0101010101010101u;
        constexpr uint64_t kHigh = 0x8080808080808080u;
        while (i + 8 <= n) {
            uint64_t word = 0;
            std::memcpy(&word, s + i, 8);
            if (((word - 0x20 * kOnes) | word | (word + kOnes)) & kHigh) break;
            i += 8;
        }
        if (i >= n) break;
        unsigned char c = s[i];
        if (c < 0x80) {
            if (c == '\n') {
                if (i > 0 && s[i - 1] == ' ') return false;
            } else if (c == '\t') {
                tabs = true;
            } else if (c < 0x20 || c == 0x7F) {
                return false;
            }
            ++i;
            continue;
        }
        Utf8Char ch = decode_utf8(text, i);  // refuses overlongs, surrogates, past U+10FFFF
        if (!ch.valid) return false;
        char32_t value = ch.code_point;
        if (value < 0xA0) return false;  // C1 controls, NEL
        if (value == 0x2028 || value == 0x2029 || value == 0xFEFF) return false;  // LS, PS, BOM
        if (value == 0xFFFE || value == 0xFFFF) return false;  // non-characters libyaml refuses
        i += ch.length;
    }
    return true;
}

// A plain scalar in block context that libyaml reads as these very bytes on
// one line: no indicator first ("-x" is fine, "- x" is a sequence), no
// document marker, no ": " (a key), no " #" (a comment), no ':' at the end.
bool is_block_plain(std::string_view s) {
    if (s.empty()) return false;
    if (is_indicator(s[0]) && !(s[0] == '-' && s.size() > 1 && s[1] != ' ')) return false;
    if (s.substr(0, 3) == "---" || s.substr(0, 3) == "...") return false;
    if (s.back() == ':' || s.back() == ' ') return false;
    return s.find(": ") == std::string_view::npos && s.find(" #") == std::string_view::npos;
}

// A plain item of a flow list: as in a block, and no ',', brackets or braces
// (they end it), no ":?" (libyaml refuses it; the emitter quotes it).
bool is_flow_plain(std::string_view s) {
    return is_block_plain(s) && s.find_first_of(",[]{}") == std::string_view::npos && s.find(":?") == std::string_view::npos;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

class Reader {
public:
    Reader(std::string_view text, const ParseLimits& limits) : text_(text), limits_(limits) {}

    std::optional<Node> document() {
        if (!text_is_canonical(text_, tabs_)) return std::nullopt;
        start_line(0);
        Node root;
        // The emitter writes a scalar document on one line at column 0 and
        // never indents the root collection: decline those cases.
        if (eol_ == 0 || indentation() != 0 || !block_node(0, 0, root)) return std::nullopt;
        if (line_ != text_.size()) return std::nullopt;
        return root;
    }

private:
    std::string_view text_;
    const ParseLimits& limits_;
    size_t line_ = 0;  // offset where the current line starts
    size_t eol_ = 0;   // offset of its '\n'
    int line_number_ = 0;
    size_t nodes_ = 0;
    bool tabs_ = false;  // the text holds a tab somewhere

    // A tab on a line of structure (not in a literal block): YAML's rules for
    // tabs as separators and indentation are subtle; decline.
    bool has_tab() const { return tabs_ && std::memchr(text_.data() + line_, '\t', eol_ - line_) != nullptr; }

    void start_line(size_t at) {
        line_ = at;
        ++line_number_;
        if (at < text_.size()) eol_ = static_cast<size_t>(static_cast<const char*>(std::memchr(text_.data() + at, '\n', text_.size() - at)) - text_.data());
    }
    void next_line() { start_line(eol_ + 1); }
    bool at_end() const { return line_ == text_.size(); }
    size_t indentation() const { return text_.find_first_not_of(' ', line_) - line_; }

    // libyaml's mark: 1-based line, and column in characters, not bytes.
    Mark mark(size_t at) const { return mark_after(Mark{line_number_, 1}, line_, at); }
    // The mark of `at`, counted on from `from`, the mark of offset `from_at`
    // of the same line: the items of a long flow list (a plan's 30 dates)
    // cost their own length, not the line's so far.
    Mark mark_after(Mark from, size_t from_at, size_t at) const {
        for (size_t i = from_at; i < at; ++i) from.column += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
        return from;
    }

    // The same limits as libyaml's reader: a count of nodes and keys, a depth.
    bool count(int depth) { return depth <= limits_.max_depth && ++nodes_ <= limits_.max_nodes; }

    bool is_dash(size_t at) const { return text_[at] == '-' && (text_[at + 1] == ' ' || text_[at + 1] == '\n'); }

    // After one entry or item of a block collection at `indent`: true when the
    // current line continues that collection, false when it ends it (the end
    // of the text, or a line less indented). `ok` turns false (decline) for a
    // blank line or one indented otherwise: continuation lines of a plain
    // scalar, or structures the emitter does not write.
    bool continues(size_t indent, bool& ok) {
        if (at_end()) return false;
        size_t found = indentation();
        if (eol_ == line_ || found > indent) return ok = false;
        return found == indent;
    }

    // The block collection whose first line is the current one, at `indent`.
    bool block_node(size_t indent, int depth, Node& out) {
        size_t at = line_ + indent;
        if (!is_dash(at)) return block_map(at, indent, depth, out);
        if (!count(depth)) return false;
        out = Node::sequence();
        out.mark = mark(at);
        out.items().reserve(4);  // a session's actions, a plan's goals: mostly one allocation
        bool ok = true;
        for (;;) {
            if (has_tab()) return false;
            Node item;
            // "-" alone: the item (a list in a list) is on the lines below.
            bool done = text_[line_ + indent + 1] == '\n' ? nested_block(indent, depth + 1, item)
                                                          : sequence_item(line_ + indent + 2, indent, depth + 1, item);
            if (!done) return false;
            out.push_back(std::move(item));
            if (!continues(indent, ok)) return ok;
            if (!is_dash(line_ + indent)) return false;  // "- a" then "b: c" at the dash's column
        }
    }

    // The block collection on the lines after "key:" or "-" of a collection at
    // `indent`: two spaces deeper, where the emitter writes it (it writes
    // nothing else there: an empty value is "null").
    bool nested_block(size_t indent, int depth, Node& out) {
        next_line();
        if (at_end() || eol_ == line_ || indentation() != indent + 2) return false;
        return block_node(indent + 2, depth, out);
    }

    // An item after "- ": a map whose first key is on this line, or a value.
    bool sequence_item(size_t at, size_t indent, int depth, Node& out) {
        size_t colon = 0;
        std::string key;
        switch (key_at(at, key, colon)) {
            case KeyScan::Key: return block_map(at, indent + 2, depth, out);
            case KeyScan::Value: return inline_value(at, indent, depth, out);
            case KeyScan::Decline: return false;
        }
        return false;
    }

    enum class KeyScan { Key, Value, Decline };

    // Whether the text at `at` is a map key ("name:", "\"a b\":"): then `key`
    // is its text and `colon` the offset of its ':'.
    KeyScan key_at(size_t at, std::string& key, size_t& colon) {
        char first = text_[at];
        if (first == '"' || first == '\'') {
            size_t end = 0;
            if (!quoted(at, key, end)) return KeyScan::Decline;
            if (text_[end] != ':') return KeyScan::Value;
            // "\"a\":b" is a key only in flow context: decline.
            if (text_[end + 1] != ' ' && text_[end + 1] != '\n') return KeyScan::Decline;
            colon = end;
        } else if (is_indicator(first) && !(first == '-' && text_[at + 1] != ' ')) {
            return KeyScan::Value;  // "[a, \"b: c\"]", "|": inline_value takes it or declines
        } else {
            // A plain key ends at the first ':' followed by a space or the end
            // of the line, as in libyaml; a plain value holds none.
            size_t from = at;
            for (;;) {
                colon = text_.find(':', from);
                if (colon >= eol_) return KeyScan::Value;
                if (text_[colon + 1] == ' ' || text_[colon + 1] == '\n') break;
                from = colon + 1;
            }
            std::string_view plain = text_.substr(at, colon - at);
            if (!is_block_plain(plain)) return KeyScan::Decline;
            key.assign(plain);
        }
        if (colon - at > kMaxKeyBytes) return KeyScan::Decline;
        return KeyScan::Key;
    }

    // A block map whose first key starts at `at` on the current line; its
    // other keys are at column `indent`.
    bool block_map(size_t at, size_t indent, int depth, Node& out) {
        if (!count(depth)) return false;
        out = Node::map();
        out.mark = mark(at);
        // Records' maps have a handful of keys: one allocation for most.
        // Seven entries (952 bytes) come from glibc's per-thread cache, which
        // serves up to 1,032; eight would take its slower path every time.
        out.entries().reserve(7);
        KeyCheck keys;
        bool ok = true;
        for (;;) {
            std::string key;
            size_t colon = 0;
            // A line of a map that is not "key: ...": a value alone, or "- x".
            if (has_tab() || key_at(at, key, colon) != KeyScan::Key || !count(depth)) return false;
            if (keys.duplicate(out.entries(), key)) return false;  // libyaml says which
            Mark key_mark = mark(at);
            Node value;
            bool done = text_[colon + 1] == ' ' ? inline_value(colon + 2, indent, depth + 1, value)
                                               : nested_block(indent, depth + 1, value);
            if (!done) return false;
            value.key_mark = key_mark;
            out.set(std::move(key), std::move(value));
            if (!continues(indent, ok)) return ok;
            at = line_ + indent;
            if (is_dash(at)) return false;  // "key:" then "- a" at the key's column: not canonical
        }
    }

    // A value on the rest of the current line, after "key: " or "- " of a
    // collection at `indent`; leaves the current line at the one after it.
    bool inline_value(size_t at, size_t indent, int depth, Node& out) {
        if (!count(depth)) return false;
        Mark where = mark(at);
        switch (text_[at]) {
            case '"':
            case '\'': {
                std::string value;
                size_t end = 0;
                if (!quoted(at, value, end) || end != eol_) return false;  // "a" b, "a" # c
                out = Node::text(std::move(value));
                break;
            }
            case '|':
                if (!literal_block(at, indent, out)) return false;
                out.mark = where;
                return true;  // already on the line after the block
            case '[':
                if (!flow_list(at, depth, out)) return false;
                break;
            case '{':
                if (text_.substr(at, 3) != "{}\n") return false;  // flow maps other than {}
                out = Node::map();
                break;
            default: {
                std::string_view plain = text_.substr(at, eol_ - at);
                if (!is_block_plain(plain)) return false;
                out = is_null_plain(plain) ? Node::null() : Node::plain(std::string(plain));
            }
        }
        out.mark = where;
        next_line();
        return true;
    }

    // A quoted scalar on one line from `at` (its quote): `out` its value,
    // `end` the offset after the closing quote. Declines a scalar that goes on
    // to the next line (line folding) and escapes the emitter never writes.
    bool quoted(size_t at, std::string& out, size_t& end) {
        const char quote = text_[at];
        size_t i = at + 1;
        for (;;) {
            size_t stop = text_.find_first_of(quote == '"' ? "\"\\\n" : "'\n", i);
            out.append(text_, i, stop - i);
            char c = text_[stop];
            if (c == '\n') return false;
            if (c == '\'') {
                if (text_[stop + 1] != '\'') {
                    end = stop + 1;
                    return true;
                }
                out += '\'';  // '' is a quote inside single quotes
                i = stop + 2;
                continue;
            }
            if (c == '"') {
                end = stop + 1;
                return true;
            }
            if (!escape(stop, out, i)) return false;
        }
    }

    // The escape at `at` (its backslash) of a double-quoted scalar: appends
    // its character, `next` the offset after it.
    bool escape(size_t at, std::string& out, size_t& next) {
        char c = text_[at + 1];
        next = at + 2;
        switch (c) {
            case '"': out += '"'; return true;
            case '\\': out += '\\'; return true;
            case '/': out += '/'; return true;
            case 'n': out += '\n'; return true;
            case 't': out += '\t'; return true;
            case 'r': out += '\r'; return true;
            case '0': out += '\0'; return true;
            case 'L': append_utf8(out, 0x2028); return true;
            case 'P': append_utf8(out, 0x2029); return true;
            case 'x':
            case 'u': {
                size_t digits = c == 'x' ? 2 : 4;
                char32_t value = 0;
                for (size_t k = 0; k < digits; ++k) {
                    int d = hex_digit(text_[at + 2 + k]);  // the line's '\n' stops a short one
                    if (d < 0) return false;
                    value = value * 16 + static_cast<char32_t>(d);
                }
                if (value >= 0xD800 && value <= 0xDFFF) return false;  // libyaml refuses surrogates
                append_utf8(out, value);
                next = at + 2 + digits;
                return true;
            }
            default:
                return false;  // \a \e \N \_ \U, a line break...: never written by the emitter
        }
    }

    // A literal block "|", "|-" or "|+" at `at`, the value of an entry or item
    // of a collection at `indent`: its lines are at indent + 2, where the
    // emitter writes them.
    bool literal_block(size_t at, size_t indent, Node& out) {
        char chomp = text_[at + 1];
        if (chomp == '-' || chomp == '+') ++at;
        else chomp = ' ';
        if (text_[at + 1] != '\n') return false;  // indentation indicators, comments
        const size_t content = indent + 2;
        std::string value;
        bool any = false;
        size_t breaks = 0;  // empty lines not yet added
        for (next_line(); !at_end(); next_line()) {
            if (eol_ == line_) {
                ++breaks;
                continue;
            }
            size_t found = indentation();
            if (found < content) break;
            // libyaml takes the block's indentation from its first line, and
            // refuses a tab right after that line's spaces.
            if (!any && (found != content || text_[line_ + content] == '\t')) return false;
            if (any) value += '\n';
            value.append(breaks, '\n');
            breaks = 0;
            value.append(text_, line_ + content, eol_ - line_ - content);
            any = true;
        }
        if (!any) return false;  // a block of empty lines: never written
        if (chomp != '-') value += '\n';
        if (chomp == '+') value.append(breaks, '\n');
        out = Node::text(std::move(value));
        return true;
    }

    // A flow list of scalars on one line, "[a, \"b c\"]" or "[]".
    bool flow_list(size_t at, int depth, Node& out) {
        out = Node::sequence();
        size_t i = at + 1;
        if (text_[i] == ']') return text_[i + 1] == '\n';
        // One item more than the commas of the line (a plan's 30 dates): the
        // list is allocated once, not grown five times.
        out.items().reserve(1 + static_cast<size_t>(std::count(text_.begin() + i, text_.begin() + eol_, ',')));
        Mark where = mark(i);
        for (size_t last = i;;) {
            if (!count(depth + 1)) return false;
            Node item;
            where = mark_after(where, last, i);
            last = i;
            size_t end = 0;
            if (text_[i] == '"' || text_[i] == '\'') {
                std::string value;
                if (!quoted(i, value, end)) return false;
                item = Node::text(std::move(value));
            } else {
                end = text_.find_first_of(",]\n", i);
                std::string_view plain = text_.substr(i, end - i);
                if (!is_flow_plain(plain)) return false;
                item = is_null_plain(plain) ? Node::null() : Node::plain(std::string(plain));
            }
            item.mark = where;
            out.push_back(std::move(item));
            if (text_[end] == ']') return text_[end + 1] == '\n';  // "[a] # c", "[a]: b"
            if (text_[end] != ',' || text_[end + 1] != ' ') return false;  // "[a,b]", "[a b" + newline
            i = end + 2;
        }
    }
};

}  // namespace

std::optional<Node> parse_canonical(std::string_view text, const ParseLimits& limits) {
    if (text.size() > limits.max_bytes) return std::nullopt;
    return Reader(text, limits).document();
}

}  // namespace mentor::yaml::detail
