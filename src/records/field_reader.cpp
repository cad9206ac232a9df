#include "records/field_reader.hpp"

#include <charconv>

#include "mentor/records/spelling.hpp"
#include "mentor/core/i18n.hpp"

// Fields are written with designated initializers naming only what they
// set; every other member has its default, which GCC would warn about.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace mentor::detail {

using schema::Field;

std::string describe(const yaml::Node& n) {
    switch (n.kind()) {
        // TRANSLATORS: what a YAML value was, after "got" in a refusal.
        case yaml::Node::Kind::Null: return tr_ctx("a value found", "nothing");
        case yaml::Node::Kind::Sequence: return tr_ctx("a value found", "a list");
        case yaml::Node::Kind::Map: return tr_ctx("a value found", "a map");
        case yaml::Node::Kind::Scalar: break;
    }
    return schema::quoted(n.scalar());
}

std::string expected_date(std::string_view stem) {
    // TRANSLATORS: {} is a date as written in files (2026-03-10).
    return trf("expected date: {}", stem.substr(0, 10));
}

void FieldReader::add(const yaml::Node& at, Severity severity, const std::string& message) {
    yaml::Mark m = at.mark.line ? at.mark : at.key_mark;
    diagnostics_.push_back(Diagnostic{Location{file_, m.line, m.column}, severity, message});
}

void FieldReader::error(const yaml::Node& at, const std::string& message) { add(at, Severity::Error, message); }
void FieldReader::warning(const yaml::Node& at, const std::string& message) { add(at, Severity::Warning, message); }

bool FieldReader::checked(const yaml::Node& at, const Field& field, std::string_view value, std::string_view label) {
    // Whether a zone exists depends on the system's tz database, and reading
    // it costs: `validate` checks time zones (check_person), not every load.
    if (field.rule == schema::Rule::Timezone) return true;
    if (auto message = schema::problem(field, value, label)) {
        error(at, *message);
        return false;
    }
    return true;
}

std::optional<std::string> FieldReader::text(const yaml::Node& n, const Field& field, std::string_view label) {
    if (n.is_null()) return std::string();
    if (!n.is_scalar()) {
        error(n, schema::refused(field, describe(n), label));
        return std::nullopt;
    }
    // "" is no value, as an absent one: only what is there is checked.
    if (n.scalar().empty()) return std::string();
    std::string value = schema::canonical(field, n.scalar());  // "hebdomadaire" is read as weekly
    if (!checked(n, field, value, label)) return std::nullopt;
    return value;
}

std::optional<std::string> FieldReader::take_text(yaml::Node& n, const Field& field, std::string_view label) {
    if (!n.is_scalar() || n.scalar().empty() || schema::has_other_spellings(field)) return text(n, field, label);
    if (!checked(n, field, n.scalar(), label)) return std::nullopt;
    return n.take_scalar();
}

std::optional<int> FieldReader::integer(const yaml::Node& n, const Field& field, std::string_view label) {
    if (!n.is_scalar() || n.is_text()) {
        error(n, schema::refused(field, describe(n), label));
        return std::nullopt;
    }
    if (!checked(n, field, n.scalar(), label)) return std::nullopt;
    int value = 0;
    std::from_chars(n.scalar().data(), n.scalar().data() + n.scalar().size(), value);
    return value;
}

std::optional<bool> FieldReader::boolean(const yaml::Node& n, const Field& field) {
    if (n.is_scalar() && !n.is_text() && checked(n, field, n.scalar(), {})) return n.scalar() == "true";
    if (!n.is_scalar() || n.is_text()) error(n, schema::refused(field, describe(n)));
    return std::nullopt;
}

// A list field's items from `n` (a sequence, or one scalar as a one-item
// list), each item's text from `value(item)`: a tree of either constness.
template <class Tree, class Value>
std::vector<std::string> FieldReader::items(Tree& n, const Field& field, Value value) {
    // A map field written as a plain list (offers: [python]) has skill names
    // for items: any text.
    auto item_ok = [&](const yaml::Node& at, const std::string& item) {
        return field.type != schema::Type::List || checked(at, field, item, {});
    };
    std::vector<std::string> out;
    if (n.is_null()) return out;
    if (n.is_scalar()) {
        if (std::string item = value(n); item_ok(n, item)) out.push_back(std::move(item));
        return out;
    }
    if (!n.is_sequence()) {
        error(n, schema::refused(field, describe(n)));
        return out;
    }
    out.reserve(n.items().size());
    for (auto& item : n.items()) {
        if (!item.is_scalar())
            error(item, schema::refused(field, describe(item)));
        else if (std::string text = value(item); item_ok(item, text))
            out.push_back(std::move(text));
    }
    return out;
}

std::vector<std::string> FieldReader::list(const yaml::Node& n, const Field& field) {
    // An item spelled otherwise ("lundi") is read as the canonical one.
    return items(n, field, [&](const yaml::Node& item) {
        return field.type == schema::Type::List ? schema::canonical(field, item.scalar()) : item.scalar();
    });
}

std::vector<std::string> FieldReader::take_list(yaml::Node& n, const Field& field) {
    if (field.type == schema::Type::List && schema::has_other_spellings(field)) return list(n, field);
    return items(n, field, [](yaml::Node& item) { return item.take_scalar(); });
}

namespace {
Field ad_hoc(std::string_view key, schema::Type type, int min = 0, int max = 0) {
    return Field{.key = key, .type = type, .min = min, .max = max, .label = std::string(key)};
}
}  // namespace

std::optional<std::string> FieldReader::text(const yaml::Node& n, std::string_view key) {
    return text(n, ad_hoc(key, schema::Type::Text));
}
std::optional<int> FieldReader::integer(const yaml::Node& n, std::string_view key, int min, int max) {
    return integer(n, ad_hoc(key, schema::Type::Integer, min, max));
}
std::optional<bool> FieldReader::boolean(const yaml::Node& n, std::string_view key) {
    return boolean(n, ad_hoc(key, schema::Type::Boolean));
}
std::vector<std::string> FieldReader::text_list(const yaml::Node& n, std::string_view key) {
    return list(n, ad_hoc(key, schema::Type::List));
}

bool FieldReader::expect_map(const yaml::Node& n, std::string_view what) {
    if (n.is_map()) return true;
    // `what` is a msgid (N_) or a key; looked up only here, on the way out.
    // TRANSLATORS: {0} is "a person file", "'availability'"...; {1} what it was ("a list").
    error(n, trf("{0} must be a map of fields, got {1}", tr(std::string(what).c_str()), describe(n)));
    return false;
}

void FieldReader::require(const yaml::Node& map, const schema::Record& record, const std::function<std::string()>& hint) {
    for (const auto& f : record.fields)
        // A sealed record holds its content fields in its age message.
        if (f.required && !map.find(f.key) && !(f.content && sealed_))
            // TRANSLATORS: {0} is a field name as written in files, {1} what it is for.
            error(map, trf("missing '{0}' ({1})", f.label, hint ? hint() : std::string(tr(std::string(f.description).c_str()))));
}

}  // namespace mentor::detail
