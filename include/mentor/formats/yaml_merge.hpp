#pragma once
/// A three-way merge of two YAML documents that changed one common base, by
/// field rather than by line (what `mentor merge-driver` does to a record):
/// - a field changed on one side only takes that side's value, however near
///   the other side's change is in the file;
/// - a map gets every key either side added, and loses a key one side
///   removed while the other left it as it was;
/// - a list both sides extended gets both sides' items (a list of maps that
///   each have an `id` is merged item by item, matched by id); an item one
///   side removed is removed;
/// - the same field changed both ways is a conflict: the merge keeps ours
///   there and says so.
/// Knows nothing of records: the caller puts the result in a record's
/// canonical order (store/merge.hpp).

#include <string>
#include <vector>

#include "mentor/formats/yaml.hpp"

namespace mentor::yaml {

/// One field both sides changed, each its own way.
struct MergeConflict {
    std::string field;   ///< "title", "goals[g1].status", "languages"
    std::string ours;    ///< the value kept, as YAML (`(absent)` when removed)
    std::string theirs;  ///< the value dropped, the same way
};

struct MergeResult {
    Node merged;
    std::vector<MergeConflict> conflicts;
};

/// True when `a` and `b` hold the same document (kinds, scalars with their
/// style, items, keys in order); where they are in their files is ignored.
bool same(const Node& a, const Node& b);

/// Merges `ours` and `theirs`, both descended from `base`.
MergeResult merge3(const Node& base, const Node& ours, const Node& theirs);

}  // namespace mentor::yaml
