#pragma once
// Reads typed fields out of a YAML map, collecting a diagnostic for every
// field of the wrong shape or value instead of stopping at the first one.
// What a field accepts comes from its schema::Field; the wording of every
// message from schema::must and schema::problem, shared with the CSV and
// flag path. Private to the library: record readers are its only users.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "mentor/core/error.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/records/schema.hpp"

namespace mentor::detail {

class FieldReader {
public:
    FieldReader(const std::string& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

    /// Records an error at the node (or at its key when the node has no position).
    void error(const yaml::Node& at, const std::string& message);
    void warning(const yaml::Node& at, const std::string& message);

    /// A scalar allowed by `field` (Text with its rule, Enum, Date, Decimal);
    /// "" for an absent (null) value. Numbers and dates written bare are
    /// accepted as their text. `label` overrides the field's name in messages.
    std::optional<std::string> text(const yaml::Node& n, const schema::Field& field, std::string_view label = {});
    /// A whole number in the field's range; quoted numbers are refused.
    std::optional<int> integer(const yaml::Node& n, const schema::Field& field, std::string_view label = {});
    std::optional<bool> boolean(const yaml::Node& n, const schema::Field& field);
    /// A list of text, each item allowed by `field`; a single scalar is taken
    /// as a one-item list. Refused items are reported and left out. For a
    /// skills map written as a plain list, items are any text.
    std::vector<std::string> list(const yaml::Node& n, const schema::Field& field);
    /// The same, moving the values out of the tree instead of copying them
    /// (they are left empty): for a reader that owns the tree it reads.
    std::optional<std::string> take_text(yaml::Node& n, const schema::Field& field, std::string_view label = {});
    std::vector<std::string> take_list(yaml::Node& n, const schema::Field& field);
    /// The same for a value no record schema declares (the user's
    /// config.yaml, the editor's template): a field made on the spot.
    std::optional<std::string> text(const yaml::Node& n, std::string_view key);
    std::optional<int> integer(const yaml::Node& n, std::string_view key, int min, int max);
    std::optional<bool> boolean(const yaml::Node& n, std::string_view key);
    std::vector<std::string> text_list(const yaml::Node& n, std::string_view key);

    /// A map node, or an error naming `what`: a message marked with N_()
    /// ("a person file"), translated only when the error is made, or a key.
    bool expect_map(const yaml::Node& n, std::string_view what);
    /// An error for each required field of `record` that `map` lacks, at `map`,
    /// with `hint()` in parentheses (the field's description when empty).
    /// The hint is made only for a missing field: the readers run it for
    /// every record of a directory, and a translation costs a lookup.
    void require(const yaml::Node& map, const schema::Record& record, const std::function<std::string()>& hint = {});

    const std::string& file() const { return file_; }
    /// The record being read is sealed (records/seal.hpp): `require` does not
    /// ask for content fields, which are inside its age message.
    void set_sealed(bool sealed) { sealed_ = sealed; }

private:
    void add(const yaml::Node& at, Severity severity, const std::string& message);
    bool checked(const yaml::Node& at, const schema::Field& field, std::string_view value, std::string_view label);
    template <class Tree, class Value>
    std::vector<std::string> items(Tree& n, const schema::Field& field, Value value);

    const std::string& file_;
    Diagnostics& diagnostics_;
    bool sealed_ = false;
};

/// The hint of a journal entry's missing date: the one its file name gives.
std::string expected_date(std::string_view stem);

/// Describes a node for "got ..." in messages: a quoted scalar, "a list", "a map", "nothing" (translated).
std::string describe(const yaml::Node& n);

}  // namespace mentor::detail
