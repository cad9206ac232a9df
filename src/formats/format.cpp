#include "mentor/formats/format.hpp"

#include <charconv>

namespace mentor {

std::optional<Format> parse_format(std::string_view name) {
    if (name == "text") return Format::Text;
    if (name == "markdown") return Format::Markdown;
    if (name == "json") return Format::Json;
    if (name == "yaml") return Format::Yaml;
    if (name == "csv") return Format::Csv;
    if (name == "html") return Format::Html;
    return std::nullopt;
}

std::string to_string(Format format) {
    switch (format) {
        case Format::Text: return "text";
        case Format::Markdown: return "markdown";
        case Format::Json: return "json";
        case Format::Yaml: return "yaml";
        case Format::Csv: return "csv";
        case Format::Html: return "html";
    }
    return "text";
}

void write_yaml_as_json(JsonWriter& json, const yaml::Node& node) {
    switch (node.kind()) {
        case yaml::Node::Kind::Null:
            json.null();
            return;
        case yaml::Node::Kind::Scalar: {
            const std::string& s = node.scalar();
            if (!node.is_text()) {
                if (s == "true" || s == "false") {
                    json.value(s == "true");
                    return;
                }
                long long n = 0;
                auto r = std::from_chars(s.data(), s.data() + s.size(), n);
                if (r.ec == std::errc() && r.ptr == s.data() + s.size() && !s.empty() && s[0] != '+' &&
                    !(s.size() > 1 && s[0] == '0')) {
                    json.value(static_cast<int64_t>(n));
                    return;
                }
                // A decimal such as a match score: keep its written precision.
                size_t dot = s.find('.');
                if (dot != std::string::npos && dot > 0 && dot + 1 < s.size() &&
                    s.find_first_not_of("0123456789", s[0] == '-' ? 1 : 0) == dot &&
                    s.find_first_not_of("0123456789", dot + 1) == std::string::npos) {
                    json.value(std::stod(s), static_cast<int>(s.size() - dot - 1));
                    return;
                }
            }
            json.value(s);
            return;
        }
        case yaml::Node::Kind::Sequence:
            json.begin_array();
            for (const auto& item : node.items()) write_yaml_as_json(json, item);
            json.end_array();
            return;
        case yaml::Node::Kind::Map:
            json.begin_object();
            for (const auto& [k, v] : node.entries()) {
                json.key(k);
                write_yaml_as_json(json, v);
            }
            json.end_object();
            return;
    }
}

}  // namespace mentor
