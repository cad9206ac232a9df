#include "mentor/formats/yaml.hpp"

namespace mentor::yaml {

Node Node::null() { return Node(); }

Node Node::text(std::string value) {
    Node n;
    n.kind_ = Kind::Scalar;
    n.style_ = Style::Text;
    n.scalar_ = std::move(value);
    return n;
}

Node Node::plain(std::string value) {
    Node n;
    n.kind_ = Kind::Scalar;
    n.style_ = Style::Plain;
    n.scalar_ = std::move(value);
    return n;
}

Node Node::integer(int64_t value) { return plain(std::to_string(value)); }

Node Node::boolean(bool value) { return plain(value ? "true" : "false"); }

Node Node::sequence() {
    Node n;
    n.kind_ = Kind::Sequence;
    return n;
}

Node Node::text_list(const std::vector<std::string>& values) {
    Node list = sequence();
    for (const auto& v : values) list.push_back(text(v));
    return list;
}

Node Node::plain_list(const std::vector<std::string>& values) {
    Node list = sequence();
    for (const auto& v : values) list.push_back(plain(v));
    return list;
}

Node Node::map() {
    Node n;
    n.kind_ = Kind::Map;
    return n;
}

void Node::set(std::string key, Node value) { entries_.emplace_back(std::move(key), std::move(value)); }

const Node* Node::find(std::string_view key) const {
    for (const auto& [k, v] : entries_)
        if (k == key) return &v;
    return nullptr;
}

}  // namespace mentor::yaml
