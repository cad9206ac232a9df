#include "mentor/formats/json_writer.hpp"

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>

#include "mentor/core/unicode.hpp"

namespace mentor {

namespace {

/// The escape of an ASCII character inside a JSON string, or "" when it
/// stands for itself.
std::string escape_ascii(unsigned char ch) {
    switch (ch) {
        case '"': return "\\\"";
        case '\\': return "\\\\";
        case '\b': return "\\b";
        case '\f': return "\\f";
        case '\n': return "\\n";
        case '\r': return "\\r";
        case '\t': return "\\t";
        default: break;
    }
    if (ch < 0x20) return fmt::format("\\u{:04x}", static_cast<unsigned>(ch));
    return {};
}

}  // namespace

std::string json_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (std::size_t pos = 0; pos < text.size();) {
        // Runs of characters that stand for themselves go in at once: most of
        // a report's 6 MB of JSON.
        std::size_t run = pos;
        while (run < text.size()) {
            const auto ch = static_cast<unsigned char>(text[run]);
            if (ch < 0x20 || ch >= 0x80 || ch == '"' || ch == '\\') break;
            ++run;
        }
        out.append(text, pos, run - pos);
        pos = run;
        if (pos == text.size()) break;
        const Utf8Char c = decode_utf8(text, pos);
        if (!c.valid)
            out += "\uFFFD";
        else if (c.code_point < 0x80)
            out += escape_ascii(static_cast<unsigned char>(c.code_point));
        else
            out.append(text.substr(pos, c.length));
        pos += c.length;
    }
    out += '"';
    return out;
}

std::string json_number(double number, int decimals) {
    if (decimals < 0 || decimals > 17)
        throw std::invalid_argument("json_number: decimals must be between 0 and 17");
    if (!std::isfinite(number)) return "null";

    // fmt ignores the locale for this format, unlike printf.
    std::string text = fmt::format("{:.{}f}", number, decimals);
    if (text.find('.') != std::string::npos) {
        const auto last = text.find_last_not_of('0');
        text.erase(text[last] == '.' ? last : last + 1);
    }
    // Values that round to zero from below print as "-0" (or "-0.00", trimmed).
    if (text == "-0") text = "0";
    return text;
}

void JsonWriter::newline_and_indent(std::size_t depth) {
    out_ += '\n';
    out_.append(depth * 2, ' ');
}

void JsonWriter::before_value() {
    if (done_) throw std::logic_error("JsonWriter: the document is already complete");
    if (stack_.empty()) return;
    Frame& frame = stack_.back();
    if (frame.kind == Container::Object) {
        if (!frame.has_key) throw std::logic_error("JsonWriter: a value in an object needs a key first");
        return;  // key() already wrote the separator and the indent
    }
    if (frame.count > 0) out_ += ',';
    newline_and_indent(stack_.size());
}

void JsonWriter::after_value() {
    if (stack_.empty()) {
        done_ = true;
        out_ += '\n';
        return;
    }
    Frame& frame = stack_.back();
    frame.has_key = false;
    ++frame.count;
}

void JsonWriter::key(std::string_view name) {
    if (stack_.empty() || stack_.back().kind != Container::Object)
        throw std::logic_error("JsonWriter: a key outside an object");
    Frame& frame = stack_.back();
    if (frame.has_key) throw std::logic_error("JsonWriter: two keys in a row");
    if (frame.count > 0) out_ += ',';
    newline_and_indent(stack_.size());
    out_ += json_quote(name);
    out_ += ": ";
    frame.has_key = true;
}

void JsonWriter::scalar(std::string_view text) {
    before_value();
    out_ += text;
    after_value();
}

void JsonWriter::value(std::string_view text) { scalar(json_quote(text)); }

void JsonWriter::value(double number, int decimals) { scalar(json_number(number, decimals)); }

void JsonWriter::null() { scalar("null"); }

void JsonWriter::write_signed(std::int64_t number) { scalar(std::to_string(number)); }

void JsonWriter::write_unsigned(std::uint64_t number) { scalar(std::to_string(number)); }

void JsonWriter::begin(Container kind, char open) {
    before_value();
    out_ += open;
    stack_.push_back(Frame{kind});
}

void JsonWriter::end(Container kind, char close) {
    if (stack_.empty() || stack_.back().kind != kind)
        throw std::logic_error(kind == Container::Object ? "JsonWriter: end_object without begin_object"
                                                         : "JsonWriter: end_array without begin_array");
    const Frame frame = stack_.back();
    if (frame.has_key) throw std::logic_error("JsonWriter: a key without a value");
    stack_.pop_back();
    // An empty container stays on its line: {} or [].
    if (frame.count > 0) newline_and_indent(stack_.size());
    out_ += close;
    after_value();
}

void JsonWriter::begin_object() { begin(Container::Object, '{'); }
void JsonWriter::end_object() { end(Container::Object, '}'); }
void JsonWriter::begin_array() { begin(Container::Array, '['); }
void JsonWriter::end_array() { end(Container::Array, ']'); }

const std::string& JsonWriter::str() const {
    if (!done_) throw std::logic_error("JsonWriter: the document is not complete");
    return out_;
}

}  // namespace mentor
