#pragma once
/// A small streaming JSON writer with one fixed, deterministic layout.
///
/// The layout, so that outputs can be diffed and compared byte for byte:
/// 2-space indent, one member or element per line, "key": value, empty
/// containers as {} and [], and a "\n" after the document.
///
///     JsonWriter w;
///     w.begin_object();
///     w.member("name", "Élodie");
///     w.key("score"); w.value(0.5, 2);
///     w.key("tags"); w.begin_array(); w.end_array();
///     w.end_object();
///     w.str();  // "{\n  \"name\": \"Élodie\",\n  \"score\": 0.5,\n  \"tags\": []\n}\n"
///
/// Misuse (a key outside an object, a value where a key is expected, an
/// unbalanced end, a second document, str() on an unfinished one) throws
/// std::logic_error: it is a bug in the caller, not bad input.

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mentor {

/// The text as a JSON string literal, quotes included. '"', '\\' and control
/// characters are escaped (\n \t \r \b \f, others as \u00XX); valid UTF-8 is
/// kept as is and invalid bytes become U+FFFD.
std::string json_quote(std::string_view text);

/// A number with `decimals` digits after the point (0..17), then trailing
/// zeros and a trailing point removed: 0.5, 12, 3.1416. Never "-0"; NaN and
/// infinities give "null". Independent of the locale.
/// Throws std::invalid_argument for decimals outside 0..17.
std::string json_number(double number, int decimals);

/// Builds one JSON document; see the file comment for the layout.
class JsonWriter {
public:
    void begin_object();
    void end_object();
    void begin_array();
    void end_array();

    /// The key of the next member; only inside an object, before its value.
    void key(std::string_view name);

    void value(std::string_view text);
    /// Without it, a string literal would convert to bool.
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    /// A fixed-point number; see json_number.
    void value(double number, int decimals);
    void null();
    void value(std::nullptr_t) { null(); }

    /// Booleans only: a template, so that pointers, doubles and integers never
    /// silently convert to bool.
    template <std::same_as<bool> Bool>
    void value(Bool flag) {
        scalar(flag ? "true" : "false");
    }

    /// Any integer type except bool and char (which are not numbers here).
    template <std::integral Int>
        requires(!std::same_as<Int, bool> && !std::same_as<Int, char>)
    void value(Int number) {
        if constexpr (std::signed_integral<Int>)
            write_signed(static_cast<std::int64_t>(number));
        else
            write_unsigned(static_cast<std::uint64_t>(number));
    }

    /// Shorthand for key(name) then value(v).
    template <typename T>
    void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }
    /// Shorthand for key(name) then value(number, decimals).
    void member(std::string_view name, double number, int decimals) {
        key(name);
        value(number, decimals);
    }

    /// True once one whole value (usually the top-level object) is written.
    bool complete() const { return done_; }

    /// The document, ending with "\n". Throws std::logic_error when it is not complete.
    const std::string& str() const;

private:
    enum class Container { Object, Array };
    struct Frame {
        Container kind;
        std::size_t count = 0;     ///< members or elements written so far
        bool has_key = false;      ///< an object's key is written, its value not yet
    };

    void write_signed(std::int64_t number);
    void write_unsigned(std::uint64_t number);
    /// Writes what goes before any value (comma, newline, indent) and checks
    /// that a value is allowed here.
    void before_value();
    /// Records that a value has been written (closing the document at top level).
    void after_value();
    void scalar(std::string_view text);
    void begin(Container kind, char open);
    void end(Container kind, char close);
    void newline_and_indent(std::size_t depth);

    std::string out_;
    std::vector<Frame> stack_;
    bool done_ = false;
};

}  // namespace mentor
