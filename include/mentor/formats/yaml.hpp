#pragma once
/// A small YAML document model for records: parsed with libyaml (fast, with
/// line and column marks), written back by our own canonical emitter.
///
/// Why not a general YAML library's tree: records must round-trip byte for
/// byte, keep unknown keys, and load 20,000 files in well under a second;
/// this model keeps exactly what that needs (scalars as text, maps in file
/// order, positions) and nothing else.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mentor/core/error.hpp"

namespace mentor::yaml {

/// 1-based position in the source text (0 when built in memory).
struct Mark {
    int line = 0;
    int column = 0;
};

class Node {
public:
    enum class Kind { Null, Scalar, Sequence, Map };

    /// How a scalar must be written so that it reads back as the same value:
    /// Text is a string (quoted when it would read as a number, bool, null...),
    /// Plain is written bare (numbers, booleans, dates the tool produced, and
    /// plain scalars read from a file).
    enum class Style { Text, Plain };

    Node() = default;
    static Node null();
    static Node text(std::string value);
    static Node plain(std::string value);
    static Node integer(int64_t value);
    static Node boolean(bool value);
    static Node sequence();
    static Node map();
    /// A sequence of Text scalars, one per value, in the order given.
    static Node text_list(const std::vector<std::string>& values);
    /// A sequence of Plain scalars (dates, ids the tool made), in the order given.
    static Node plain_list(const std::vector<std::string>& values);

    Kind kind() const { return kind_; }
    bool is_null() const { return kind_ == Kind::Null; }
    bool is_scalar() const { return kind_ == Kind::Scalar; }
    bool is_sequence() const { return kind_ == Kind::Sequence; }
    bool is_map() const { return kind_ == Kind::Map; }

    const std::string& scalar() const { return scalar_; }
    /// The scalar's text, moved out (the node's is left empty): for a reader
    /// done with the tree, which keeps the text without copying it.
    std::string take_scalar() { return std::move(scalar_); }
    Style style() const { return style_; }
    /// True for a scalar that was quoted or block-written in the source,
    /// i.e. the author said "this is a string".
    bool is_text() const { return style_ == Style::Text; }

    const std::vector<Node>& items() const { return items_; }
    std::vector<Node>& items() { return items_; }
    void push_back(Node item) { items_.push_back(std::move(item)); }

    using Entry = std::pair<std::string, Node>;
    const std::vector<Entry>& entries() const { return entries_; }
    std::vector<Entry>& entries() { return entries_; }
    /// Appends (no duplicate check: the parser refuses duplicates itself).
    void set(std::string key, Node value);
    /// nullptr when absent.
    const Node* find(std::string_view key) const;

    Mark mark;  ///< where the node starts in the source
    Mark key_mark;  ///< for a map value: where its key starts

private:
    Kind kind_ = Kind::Null;
    Style style_ = Style::Plain;
    std::string scalar_;
    std::vector<Node> items_;
    std::vector<Entry> entries_;
};

/// Limits that keep hostile input cheap to refuse.
struct ParseLimits {
    size_t max_bytes = 16u << 20;  ///< 16 MiB per file
    int max_depth = 64;
    size_t max_nodes = 1u << 20;
    /// Memory in proportion to the file (docs/security.md): a node takes a
    /// few hundred bytes, so a document may hold at most `base_nodes` plus
    /// one node per `bytes_per_node` bytes of its text. Records hold far
    /// fewer; a file of tiny flow maps (`- {a: b}`) is refused early.
    size_t base_nodes = 16384;
    size_t bytes_per_node = 128;
};

/// The error for a file over `limits.max_bytes`, whether the parser or the
/// reader (which refuses before reading it) finds it so.
Error too_large(const std::string& file, size_t size, const ParseLimits& limits = {});

/// Parses one YAML document. Anchors, aliases, tags other than the core
/// schema's, several documents and duplicate keys are refused. Throws
/// mentor::Error naming `file`, the line and the column. The canonical text
/// `emit` writes is read by a fast reader of that subset, which gives the
/// same tree; anything else, and every error, is libyaml's.
Node parse(std::string_view text, const std::string& file, const ParseLimits& limits = {});

/// Writes the canonical form: 2-space indentation, block maps and sequences,
/// short scalar lists in flow style ([a, b]), multi-line text as literal
/// blocks, quotes only where needed, LF line ends, no trailing spaces, a
/// final newline. Keys are written in the node's order.
std::string emit(const Node& document);

/// True when `value`, written bare, would read back as the same string
/// (not a number, boolean, null, date, and no YAML syntax in it).
bool is_plain_safe_text(std::string_view value);

}  // namespace mentor::yaml
