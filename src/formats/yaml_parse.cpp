// Builds a yaml::Node tree from libyaml's event stream.
//
// libyaml is the reference C parser: about 8 µs for a person file where
// yaml-cpp needs about 130 µs, which is what makes loading 20,000 records in
// a fraction of a second possible.

#include <yaml.h>

#include <algorithm>
#include <memory>

#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/formats/yaml.hpp"
#include "yaml_read.hpp"

namespace mentor::yaml {
namespace {

Mark to_mark(const yaml_mark_t& m) { return Mark{static_cast<int>(m.line) + 1, static_cast<int>(m.column) + 1}; }

class EventParser {
public:
    EventParser(std::string_view text, const std::string& file, const ParseLimits& limits)
        : file_(file), limits_(limits) {
        yaml_parser_initialize(&parser_);
        yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
        yaml_parser_set_encoding(&parser_, YAML_UTF8_ENCODING);
    }
    ~EventParser() {
        if (has_event_) yaml_event_delete(&event_);
        yaml_parser_delete(&parser_);
    }
    EventParser(const EventParser&) = delete;
    EventParser& operator=(const EventParser&) = delete;

    Node document() {
        expect_next(YAML_STREAM_START_EVENT);
        next();
        if (event_.type == YAML_STREAM_END_EVENT) return Node::null();  // empty file
        if (event_.type != YAML_DOCUMENT_START_EVENT) fail(to_mark(event_.start_mark), tr("expected a YAML document"));
        next();
        Node root = node(0);
        expect_next(YAML_DOCUMENT_END_EVENT);
        next();
        if (event_.type != YAML_STREAM_END_EVENT)
            fail(to_mark(event_.start_mark), tr("only one YAML document is allowed per file"));
        return root;
    }

private:
    [[noreturn]] void fail(Mark at, const std::string& message) {
        throw Error(Location{file_, at.line, at.column}, message);
    }

    void next() {
        if (has_event_) {
            yaml_event_delete(&event_);
            has_event_ = false;
        }
        if (!yaml_parser_parse(&parser_, &event_)) {
            // libyaml's own words stay in English.
            if (!parser_.problem) fail(to_mark(parser_.problem_mark), tr("invalid YAML"));
            std::string message = parser_.problem;
            if (parser_.context) message = std::string(parser_.context) + ": " + message;
            // TRANSLATORS: {} is the problem as libyaml says it, in English ("mapping values are not allowed in this context").
            fail(to_mark(parser_.problem_mark), trf("invalid YAML: {}", message));
        }
        has_event_ = true;
    }

    void expect_next(yaml_event_type_t type) {
        next();
        if (event_.type != type) fail(to_mark(event_.start_mark), tr("unexpected YAML structure"));
    }

    void refuse_anchor_and_tag(const yaml_char_t* anchor, const yaml_char_t* tag, Mark at) {
        if (anchor) fail(at, tr("YAML anchors and aliases are not allowed in records"));
        // TRANSLATORS: {} is the tag found ("!!binary").
        if (tag) fail(at, trf("YAML tags are not allowed in records (found '{}')", reinterpret_cast<const char*>(tag)));
    }

    void count_node(Mark at) {
        if (++nodes_ > limits_.max_nodes)
            fail(at, trf("document has too many values for its size (more than {}); a record holds far fewer", limits_.max_nodes));
    }

    // Builds the node whose first event is the current one.
    Node node(int depth) {
        Mark at = to_mark(event_.start_mark);
        if (depth > limits_.max_depth) fail(at, tr("document is nested too deeply"));
        count_node(at);
        switch (event_.type) {
            case YAML_ALIAS_EVENT:
                fail(at, tr("YAML anchors and aliases are not allowed in records"));
            case YAML_SCALAR_EVENT:
                return scalar(at);
            case YAML_SEQUENCE_START_EVENT: {
                refuse_anchor_and_tag(event_.data.sequence_start.anchor, event_.data.sequence_start.tag, at);
                Node seq = Node::sequence();
                seq.mark = at;
                for (next(); event_.type != YAML_SEQUENCE_END_EVENT; next()) seq.push_back(node(depth + 1));
                return seq;
            }
            case YAML_MAPPING_START_EVENT: {
                refuse_anchor_and_tag(event_.data.mapping_start.anchor, event_.data.mapping_start.tag, at);
                return mapping(at, depth);
            }
            default:
                fail(at, tr("unexpected YAML structure"));
        }
    }

    Node scalar(Mark at) {
        const auto& s = event_.data.scalar;
        bool plain = s.style == YAML_PLAIN_SCALAR_STYLE;
        // An explicit !!str on a plain scalar is how some tools quote; other tags are refused.
        refuse_anchor_and_tag(s.anchor, plain ? s.tag : nullptr, at);
        std::string value(reinterpret_cast<const char*>(s.value), s.length);
        Node n;
        if (plain && detail::is_null_plain(value))
            n = Node::null();
        else
            n = plain ? Node::plain(std::move(value)) : Node::text(std::move(value));
        n.mark = at;
        return n;
    }

    Node mapping(Mark at, int depth) {
        Node map = Node::map();
        map.mark = at;
        map.entries().reserve(8);  // records have a handful of keys: one allocation, not four
        detail::KeyCheck keys;
        for (next(); event_.type != YAML_MAPPING_END_EVENT; next()) {
            Mark key_at = to_mark(event_.start_mark);
            if (event_.type != YAML_SCALAR_EVENT) fail(key_at, tr("map keys must be plain text"));
            count_node(key_at);
            std::string key(reinterpret_cast<const char*>(event_.data.scalar.value), event_.data.scalar.length);
            if (keys.duplicate(map.entries(), key)) fail(key_at, trf("duplicate key '{}'", key));
            next();
            Node value = node(depth + 1);
            value.key_mark = key_at;
            map.set(std::move(key), std::move(value));
        }
        return map;
    }

    const std::string& file_;
    const ParseLimits& limits_;
    yaml_parser_t parser_{};
    yaml_event_t event_{};
    bool has_event_ = false;
    size_t nodes_ = 0;
};

}  // namespace

Error too_large(const std::string& file, size_t size, const ParseLimits& limits) {
    // TRANSLATORS: {0} is the file's size in MiB, {1} the limit in MiB.
    return Error(Location{file, 0, 0},
                 trf("file is too large ({0} MiB); records are limited to {1} MiB", size >> 20, limits.max_bytes >> 20));

}

namespace detail {

ParseLimits bounded_limits(const ParseLimits& limits, size_t size) {
    ParseLimits bounded = limits;
    bounded.max_nodes = std::min(limits.max_nodes, limits.base_nodes + size / std::max<size_t>(limits.bytes_per_node, 1));
    return bounded;
}

Node parse_libyaml(std::string_view text, const std::string& file, const ParseLimits& limits) {
    if (text.size() > limits.max_bytes) throw too_large(file, text.size(), limits);
    const ParseLimits bounded = bounded_limits(limits, text.size());  // outlives the parser, which keeps a reference
    EventParser parser(text, file, bounded);
    return parser.document();
}

}  // namespace detail

// The files the tool wrote itself take the fast reader (yaml_fast.cpp);
// anything else, every error included, is libyaml's.
Node parse(std::string_view text, const std::string& file, const ParseLimits& limits) {
    if (text.size() > limits.max_bytes) throw too_large(file, text.size(), limits);
    if (auto tree = detail::parse_canonical(text, detail::bounded_limits(limits, text.size()))) return std::move(*tree);
    return detail::parse_libyaml(text, file, limits);
}

}  // namespace mentor::yaml
