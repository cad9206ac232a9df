#include "records/field_reader.hpp"

#include <charconv>
#include <chrono>

namespace mentor::detail {

std::string describe(const yaml::Node& n) {
    switch (n.kind()) {
        case yaml::Node::Kind::Null: return "nothing";
        case yaml::Node::Kind::Sequence: return "a list";
        case yaml::Node::Kind::Map: return "a map";
        case yaml::Node::Kind::Scalar: break;
    }
    std::string s = n.scalar();
    if (s.size() > 40) s = s.substr(0, 37) + "...";
    return "\"" + s + "\"";
}

bool is_iso_date(std::string_view t) {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
    int y = 0, m = 0, d = 0;
    auto num = [&](size_t pos, size_t len, int& out) {
        auto r = std::from_chars(t.data() + pos, t.data() + pos + len, out);
        return r.ec == std::errc() && r.ptr == t.data() + pos + len;
    };
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return false;
    using namespace std::chrono;
    return year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok();
}

void FieldReader::add(const yaml::Node& at, Severity severity, const std::string& message) {
    yaml::Mark m = at.mark.line ? at.mark : at.key_mark;
    diagnostics_.push_back(Diagnostic{Location{file_, m.line, m.column}, severity, message});
}

void FieldReader::error(const yaml::Node& at, const std::string& message) { add(at, Severity::Error, message); }
void FieldReader::warning(const yaml::Node& at, const std::string& message) { add(at, Severity::Warning, message); }

std::optional<std::string> FieldReader::text(const yaml::Node& n, std::string_view key) {
    if (n.is_null()) return std::string();
    if (!n.is_scalar()) {
        error(n, "'" + std::string(key) + "' must be text, got " + describe(n));
        return std::nullopt;
    }
    return n.scalar();
}

std::optional<int> FieldReader::integer(const yaml::Node& n, std::string_view key, int min, int max) {
    std::string expected = "'" + std::string(key) + "' must be a whole number from " + std::to_string(min) +
                           " to " + std::to_string(max);
    if (!n.is_scalar() || n.is_text()) {
        error(n, expected + ", got " + describe(n));
        return std::nullopt;
    }
    const std::string& s = n.scalar();
    int value = 0;
    auto r = std::from_chars(s.data(), s.data() + s.size(), value);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || value < min || value > max) {
        error(n, expected + ", got " + describe(n));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> FieldReader::boolean(const yaml::Node& n, std::string_view key) {
    if (n.is_scalar() && !n.is_text()) {
        if (n.scalar() == "true") return true;
        if (n.scalar() == "false") return false;
    }
    error(n, "'" + std::string(key) + "' must be true or false, got " + describe(n));
    return std::nullopt;
}

std::vector<std::string> FieldReader::text_list(const yaml::Node& n, std::string_view key) {
    std::vector<std::string> out;
    if (n.is_null()) return out;
    if (n.is_scalar()) {
        out.push_back(n.scalar());
        return out;
    }
    if (!n.is_sequence()) {
        error(n, "'" + std::string(key) + "' must be a list of text, got " + describe(n));
        return out;
    }
    for (const auto& item : n.items()) {
        if (item.is_scalar())
            out.push_back(item.scalar());
        else
            error(item, "items of '" + std::string(key) + "' must be text, got " + describe(item));
    }
    return out;
}

std::optional<std::string> FieldReader::date(const yaml::Node& n, std::string_view key) {
    if (n.is_null()) return std::string();
    if (n.is_scalar() && is_iso_date(n.scalar())) return n.scalar();
    error(n, "'" + std::string(key) + "' must be a date YYYY-MM-DD, got " + describe(n));
    return std::nullopt;
}

bool FieldReader::expect_map(const yaml::Node& n, std::string_view what) {
    if (n.is_map()) return true;
    error(n, std::string(what) + " must be a map of fields, got " + describe(n));
    return false;
}

}  // namespace mentor::detail
