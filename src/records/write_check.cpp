// The writers' check: a record the tool would refuse to read is never written.

#include <algorithm>

#include "mentor/core/i18n.hpp"
#include "mentor/core/unicode.hpp"
#include "mentor/records/record_io.hpp"

namespace mentor {
namespace {

// What the parser would refuse in the bytes the emitter makes of the tree,
// found on the tree itself: invalid UTF-8 (libyaml refuses it), and sizes.
struct Walk {
    size_t bytes = 0;  // keys and scalars
    size_t nodes = 0;
    int depth = 0;
    std::string bad_utf8;  // the field holding the first invalid text

    void visit(const yaml::Node& n, const std::string& where, int level) {
        ++nodes;
        depth = std::max(depth, level);
        if (n.is_scalar()) {
            bytes += n.scalar().size();
            if (bad_utf8.empty() && !is_valid_utf8(n.scalar())) bad_utf8 = where;
        }
        for (const auto& item : n.items()) visit(item, where, level + 1);
        for (const auto& [key, value] : n.entries()) {
            bytes += key.size();
            const std::string inner = where.empty() ? key : where + ": " + key;
            if (bad_utf8.empty() && !is_valid_utf8(key)) bad_utf8 = inner;
            visit(value, inner, level + 1);
        }
    }
};

// TRANSLATORS: {0} names the record ("person jean-martin"), {1} is why it cannot be written.
std::string cannot_write(const std::string& what, const std::string& why) { return trf("cannot write {0}: {1}", what, why); }

}  // namespace

void check_before_write(const yaml::Node& tree, const std::function<std::string()>& what,
                        const std::function<void(const yaml::Node&, const std::string&, Diagnostics&)>& read) {
    const yaml::ParseLimits limits;
    Walk walk;
    walk.visit(tree, "", 0);
    // TRANSLATORS: in "cannot write ...", {0} names the record ("person jean-martin").
    if (!walk.bad_utf8.empty())
        throw Error(trf("cannot write {0}: '{1}' is not valid UTF-8 text", what(), walk.bad_utf8));
    if (walk.nodes > limits.max_nodes || walk.depth > limits.max_depth)
        throw Error(trf("cannot write {}: it has more nodes or levels than a record may have", what()));
    // The emitter adds at most indentation, a few marks and escapes around
    // each scalar: only a record that could be near the limit is emitted to
    // be measured (ordinary ones never are; this check runs on every write).
    if (walk.bytes * 6 + walk.nodes * (2 * walk.depth + 16) > limits.max_bytes) {
        const size_t size = yaml::emit(tree).size();
        if (size > limits.max_bytes) {
            const std::string name = what();
            throw Error(cannot_write(name, yaml::too_large(name, size).message()));
        }
    }
    Diagnostics diagnostics;
    // The reader's locations are dropped: the record is not in a file yet.
    read(tree, std::string(), diagnostics);
    for (const auto& d : diagnostics)
        if (d.severity == Severity::Error) throw Error(cannot_write(what(), d.message));
}

}  // namespace mentor
