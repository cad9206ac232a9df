// journal/<pair-id>/<date>-followup[-N].yaml <-> FollowUp.

#include "mentor/core/i18n.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "records/field_reader.hpp"

namespace mentor {

using detail::FieldReader;
using yaml::Node;

std::optional<FollowUp> read_followup(const Node& doc, const std::string& file, const std::string& pair_id,
                                      const std::string& stem, Diagnostics& diagnostics) {
    FieldReader r(file, diagnostics);
    if (!r.expect_map(doc, N_("a follow-up file"))) return std::nullopt;
    const auto& schema = schema::followup();
    FollowUp f;
    f.pair = pair_id;
    f.file = stem;
    r.set_sealed(doc.find("sealed") != nullptr);
    bool has_change = false;
    for (const auto& [key, v] : doc.entries()) {
        if (key == "date") {
            if (auto d = r.text(v, schema.at(key))) f.date = std::move(*d);
        } else if (key == "action") {
            if (auto t = r.text(v, schema.at(key))) f.action = std::move(*t);
            f.mark = v.mark;
        } else if (key == "change") {
            auto t = r.text(v, schema.at(key));
            if (auto c = t ? parse_followup_change(*t) : std::nullopt) {
                f.change = *c;
                has_change = true;
            }
        } else if (key == "due") {
            if (auto d = r.text(v, schema.at(key))) f.due = std::move(*d);
        } else if (key == "reason") {
            if (auto t = r.text(v, schema.at(key))) f.reason = std::move(*t);
        } else if (key == "note") {
            if (auto t = r.text(v, schema.at(key))) f.note = std::move(*t);
        } else if (key == "sealed") {
            if (auto t = r.text(v, schema.at(key))) f.sealed = std::move(*t);
        } else {
            f.extra.set(key, v);
        }
    }
    r.require(doc, schema, [&] { return detail::expected_date(stem); });
    // A bad `change` was reported above; without one the file says nothing.
    if (!has_change) return std::nullopt;
    if (f.change == FollowUpChange::Redated && f.due.empty() && doc.find("change"))
        r.error(*doc.find("change"), tr("a 'redated' follow-up needs a 'due' date"));
    return f;
}

Node write_followup(const FollowUp& f) {
    Node doc = Node::map();
    doc.set("date", Node::plain(f.date));
    doc.set("action", Node::text(f.action));
    doc.set("change", Node::plain(to_string(f.change)));
    if (!f.due.empty()) doc.set("due", Node::plain(f.due));
    if (!f.reason.empty()) doc.set("reason", Node::text(f.reason));
    if (!f.note.empty()) doc.set("note", Node::text(f.note));
    if (!f.sealed.empty()) doc.set("sealed", Node::text(f.sealed));
    for (const auto& [key, value] : f.extra.entries()) doc.set(key, value);
    // TRANSLATORS: {0} is an action id (2026-03-10.1), {1} a pair id.
    check_before_write(doc, [&] { return trf("the follow-up of {0} of {1}", f.action, f.pair); },
                       [&](const Node& tree, const std::string& file, Diagnostics& d) {
                           read_followup(tree, file, f.pair, f.file.empty() ? f.date : f.file, d);
                       });
    return doc;
}

}  // namespace mentor
