// A record's content fields in and out of one age message. See seal.hpp.

#include "mentor/records/seal.hpp"

#include "mentor/core/i18n.hpp"

namespace mentor {

using yaml::Node;

namespace {

// The fields of a list of maps whose items have content fields (actions).
bool nested_content(const schema::Field& f) {
    if (f.type != schema::Type::MapList || !f.nested) return false;
    for (const auto& inner : f.nested->fields)
        if (inner.content) return true;
    return false;
}

// Splits `map` into what stays clear and the content of `record`.
void split(const Node& map, const schema::Record& record, Node& clear, Node& content) {
    for (const auto& [key, value] : map.entries()) {
        const schema::Field* f = record.find(key);
        if (f && f->content) {
            content.set(key, value);
        } else if (f && nested_content(*f) && value.is_sequence()) {
            Node kept = Node::sequence(), inner = Node::sequence();
            bool any = false;
            for (const auto& item : value.items()) {
                Node k = Node::map(), c = Node::map();
                if (item.is_map())
                    split(item, *f->nested, k, c);
                else
                    k = item;
                any = any || !c.entries().empty();
                kept.push_back(std::move(k));
                inner.push_back(std::move(c));
            }
            clear.set(key, std::move(kept));
            if (any) content.set(key, std::move(inner));
        } else {
            clear.set(key, value);
        }
    }
}

Error unfit(const std::string& file, const std::string& why) {
    // TRANSLATORS: {} is what is wrong ("'notes' is also in clear": clear is the part of the record not sealed).
    return Error(Location{file}, trf("the sealed content does not fit its record: {}", why));
}

}  // namespace

Node seal_content(const Node& doc, const schema::Record& record, const std::vector<std::string>& recipients) {
    if (recipients.empty() || !doc.is_map() || doc.find(kSealedKey)) return doc;
    Node clear = Node::map(), content = Node::map();
    split(doc, record, clear, content);
    if (content.entries().empty()) return doc;
    clear.set(kSealedKey, Node::text(age::encrypt_armored(yaml::emit(content), recipients)));
    return clear;
}

Node unseal_content(const Node& doc, const schema::Record& record, const std::vector<age::Identity>& identities,
                    const std::string& file) {
    const Node* sealed = doc.is_map() ? doc.find(kSealedKey) : nullptr;
    if (!sealed) return doc;
    if (!sealed->is_scalar()) throw Error(Location{file, sealed->mark.line, sealed->mark.column},
                                          tr("'sealed' must be an armored age message"));
    const Node content = yaml::parse(age::decrypt(sealed->scalar(), identities, file), trf("{} (sealed content)", file));
    if (!content.is_map()) throw unfit(file, tr("it is not a map of fields"));
    Node out = Node::map();
    for (const auto& [key, value] : doc.entries())
        if (key != kSealedKey) out.set(key, value);
    for (const auto& [key, value] : content.entries()) {
        const schema::Field* f = record.find(key);
        if (!f || (!f->content && !nested_content(*f))) throw unfit(file, trf("'{}' is not a content field", key));
        if (out.find(key) && !nested_content(*f)) throw unfit(file, trf("'{}' is also in clear", key));
        if (!nested_content(*f)) {
            out.set(key, value);
            continue;
        }
        // A list of maps: each item's content back into the clear item at its position.
        for (auto& [k, clear] : out.entries()) {
            if (k != key) continue;
            if (!clear.is_sequence() || !value.is_sequence() || clear.items().size() != value.items().size())
                throw unfit(file, trf("'{}' has another number of items than in clear", key));
            for (size_t i = 0; i < value.items().size(); ++i) {
                if (!value.items()[i].is_map() || !clear.items()[i].is_map())
                    throw unfit(file, trf("an item of '{}' is not a map", key));
                for (const auto& [ik, iv] : value.items()[i].entries()) {
                    const schema::Field* inner = f->nested->find(ik);
                    if (!inner || !inner->content || clear.items()[i].find(ik))
                        throw unfit(file, trf("'{0}: {1}' is not a sealed content field", key, ik));
                    clear.items()[i].set(ik, iv);
                }
            }
        }
        if (!out.find(key)) throw unfit(file, trf("'{}' is sealed but not in clear", key));
    }
    return out;
}

}  // namespace mentor
