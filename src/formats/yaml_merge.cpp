// The three-way merge of YAML documents by field (formats/yaml_merge.hpp).

#include "mentor/formats/yaml_merge.hpp"

#include <algorithm>
#include <optional>

namespace mentor::yaml {
namespace {

// A value that may be missing: a key absent from a map, an item absent from
// a list.
using Maybe = const Node*;

bool same_maybe(Maybe a, Maybe b) { return a == b || (a && b && same(*a, *b)); }

std::string shown(Maybe n) {
    if (!n) return "(absent)";
    if (n->is_scalar()) return n->scalar();
    Node doc = Node::map();
    doc.set("v", *n);
    std::string text = emit(doc);  // "v: ...": the value as it reads in the file
    text = text.substr(text.find(':') + 1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\n')) text.erase(0, 1);
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

// The id that matches items of a list of maps across the three versions.
const Node* item_id(const Node& item) {
    const Node* id = item.is_map() ? item.find("id") : nullptr;
    return id && id->is_scalar() ? id : nullptr;
}

bool keyed(const Node& list) {
    if (list.items().empty()) return false;
    return std::all_of(list.items().begin(), list.items().end(), [](const Node& i) { return item_id(i) != nullptr; });
}

Maybe find_item(const Node* list, const std::string& id) {
    if (!list || !list->is_sequence()) return nullptr;
    for (const auto& i : list->items())
        if (const Node* k = item_id(i); k && k->scalar() == id) return &i;
    return nullptr;
}

bool contains(const Node* list, const Node& item) {
    if (!list || !list->is_sequence()) return false;
    return std::any_of(list->items().begin(), list->items().end(), [&](const Node& i) { return same(i, item); });
}

class Merger {
public:
    std::vector<MergeConflict> conflicts;

    // The merged value, or nullptr when the merge removes it.
    std::optional<Node> merge(Maybe base, Maybe ours, Maybe theirs, const std::string& field) {
        if (same_maybe(ours, theirs) || same_maybe(base, theirs)) return copy(ours);
        if (same_maybe(base, ours)) return copy(theirs);
        if (ours && theirs && ours->kind() == theirs->kind() && (!base || base->kind() == ours->kind())) {
            if (ours->is_map()) return merge_maps(base, *ours, *theirs, field);
            if (ours->is_sequence()) return merge_lists(base, *ours, *theirs, field);
        }
        conflicts.push_back({field, shown(ours), shown(theirs)});
        return copy(ours);
    }

private:
    static std::optional<Node> copy(Maybe n) { return n ? std::optional<Node>(*n) : std::nullopt; }

    static std::string join(const std::string& field, const std::string& key) {
        return field.empty() ? key : field + "." + key;
    }

    Node merge_maps(Maybe base, const Node& ours, const Node& theirs, const std::string& field) {
        Node out = Node::map();
        out.mark = ours.mark;
        auto in_base = [&](const std::string& k) { return base && base->is_map() ? base->find(k) : nullptr; };
        // Ours's keys in ours's order, then the keys theirs added.
        for (const auto& [k, v] : ours.entries())
            if (auto m = merge(in_base(k), &v, theirs.find(k), join(field, k))) out.set(k, std::move(*m));
        for (const auto& [k, v] : theirs.entries())
            if (!ours.find(k))
                if (auto m = merge(in_base(k), nullptr, &v, join(field, k))) out.set(k, std::move(*m));
        return out;
    }

    Node merge_lists(Maybe base, const Node& ours, const Node& theirs, const std::string& field) {
        Node out = Node::sequence();
        out.mark = ours.mark;
        if (keyed(ours) && keyed(theirs)) {
            // Item by item, matched by id: ours's order, then theirs's new ids.
            for (const auto& o : ours.items()) {
                const std::string& id = item_id(o)->scalar();
                if (auto m = merge(find_item(base, id), &o, find_item(&theirs, id), field + "[" + id + "]"))
                    out.push_back(std::move(*m));
            }
            for (const auto& t : theirs.items()) {
                const std::string& id = item_id(t)->scalar();
                if (!find_item(&ours, id))
                    if (auto m = merge(find_item(base, id), nullptr, &t, field + "[" + id + "]")) out.push_back(std::move(*m));
            }
            return out;
        }
        // A set: what either side added, less what either side removed.
        for (const auto& o : ours.items())
            if (!contains(base, o) || contains(&theirs, o)) out.push_back(o);
        for (const auto& t : theirs.items())
            if (!contains(base, t) && !contains(&out, t)) out.push_back(t);
        return out;
    }
};

}  // namespace

bool same(const Node& a, const Node& b) {
    if (a.kind() != b.kind()) return false;
    switch (a.kind()) {
        case Node::Kind::Null: return true;
        case Node::Kind::Scalar: return a.scalar() == b.scalar() && a.style() == b.style();
        case Node::Kind::Sequence:
            return std::equal(a.items().begin(), a.items().end(), b.items().begin(), b.items().end(),
                              [](const Node& x, const Node& y) { return same(x, y); });
        case Node::Kind::Map:
            return std::equal(a.entries().begin(), a.entries().end(), b.entries().begin(), b.entries().end(),
                              [](const Node::Entry& x, const Node::Entry& y) { return x.first == y.first && same(x.second, y.second); });
    }
    return false;
}

MergeResult merge3(const Node& base, const Node& ours, const Node& theirs) {
    Merger m;
    auto merged = m.merge(&base, &ours, &theirs, "");
    return MergeResult{merged ? std::move(*merged) : Node::map(), std::move(m.conflicts)};
}

}  // namespace mentor::yaml
