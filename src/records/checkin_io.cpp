// journal/<pair-id>/<date>-checkin-<side>.yaml <-> CheckIn, and
// journal/<pair-id>/<date>-closing-<side>.yaml <-> Closing: the two kinds of
// answer one side of a pair gives between sessions.

#include "mentor/core/i18n.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "records/field_reader.hpp"

namespace mentor {

using detail::FieldReader;
using yaml::Node;

namespace {

// `by` as its reader takes it; nullopt (reported) when missing or bad.
std::optional<Role> read_side(FieldReader& r, const Node& v, const schema::Field& f) {
    auto t = r.text(v, f);
    return t ? parse_role(*t) : std::nullopt;
}

}  // namespace

std::optional<CheckIn> read_checkin(const Node& doc, const std::string& file, const std::string& pair_id,
                                    const std::string& stem, Diagnostics& diagnostics) {
    FieldReader r(file, diagnostics);
    if (!r.expect_map(doc, N_("a check-in file"))) return std::nullopt;
    const auto& schema = schema::checkin();
    CheckIn c;
    c.pair = pair_id;
    c.file = stem;
    r.set_sealed(doc.find("sealed") != nullptr);
    std::optional<Role> by;
    std::optional<Fit> fit;
    for (const auto& [key, v] : doc.entries()) {
        if (key == "date") {
            if (auto d = r.text(v, schema.at(key))) c.date = std::move(*d);
        } else if (key == "by") {
            by = read_side(r, v, schema.at(key));
        } else if (key == "fit") {
            auto t = r.text(v, schema.at(key));
            fit = t ? parse_fit(*t) : std::nullopt;
        } else if (key == "rating") {
            c.rating = r.integer(v, schema.at(key));
        } else if (key == "comment") {
            if (auto t = r.text(v, schema.at(key))) c.comment = std::move(*t);
        } else if (key == "sealed") {
            if (auto t = r.text(v, schema.at(key))) c.sealed = std::move(*t);
        } else {
            c.extra.set(key, v);
        }
    }
    r.require(doc, schema, [&] { return detail::expected_date(stem); });
    // Without a side or an answer the file says nothing (reported above).
    if (!by || !fit) return std::nullopt;
    c.by = *by;
    c.fit = *fit;
    return c;
}

Node write_checkin(const CheckIn& c) {
    Node doc = Node::map();
    doc.set("date", Node::plain(c.date));
    doc.set("by", Node::plain(to_string(c.by)));
    doc.set("fit", Node::plain(to_string(c.fit)));
    if (c.rating) doc.set("rating", Node::plain(std::to_string(*c.rating)));
    if (!c.comment.empty()) doc.set("comment", Node::text(c.comment));
    if (!c.sealed.empty()) doc.set("sealed", Node::text(c.sealed));
    for (const auto& [key, value] : c.extra.entries()) doc.set(key, value);
    // TRANSLATORS: {0} is the side as written in files (mentor, mentee), {1} a pair id.
    check_before_write(doc, [&] { return trf("the check-in of {0} of {1}", to_string(c.by), c.pair); },
                       [&](const Node& tree, const std::string& file, Diagnostics& d) {
                           read_checkin(tree, file, c.pair, c.file.empty() ? c.date : c.file, d);
                       });
    return doc;
}

std::optional<Closing> read_closing(const Node& doc, const std::string& file, const std::string& pair_id,
                                    const std::string& stem, Diagnostics& diagnostics) {
    FieldReader r(file, diagnostics);
    if (!r.expect_map(doc, N_("a closing review file"))) return std::nullopt;
    const auto& schema = schema::closing();
    Closing c;
    c.pair = pair_id;
    c.file = stem;
    r.set_sealed(doc.find("sealed") != nullptr);
    std::optional<Role> by;
    for (const auto& [key, v] : doc.entries()) {
        if (key == "date") {
            if (auto d = r.text(v, schema.at(key))) c.date = std::move(*d);
        } else if (key == "by") {
            by = read_side(r, v, schema.at(key));
        } else if (key == "goals") {
            auto t = r.text(v, schema.at(key));
            if (t && !t->empty()) c.goals = parse_goals_assessment(*t);
        } else if (key == "review") {
            if (auto t = r.text(v, schema.at(key))) c.review = std::move(*t);
        } else if (key == "sealed") {
            if (auto t = r.text(v, schema.at(key))) c.sealed = std::move(*t);
        } else {
            c.extra.set(key, v);
        }
    }
    r.require(doc, schema, [&] { return detail::expected_date(stem); });
    if (!by) return std::nullopt;
    c.by = *by;
    return c;
}

Node write_closing(const Closing& c) {
    Node doc = Node::map();
    doc.set("date", Node::plain(c.date));
    doc.set("by", Node::plain(to_string(c.by)));
    if (c.goals) doc.set("goals", Node::plain(to_string(*c.goals)));
    if (!c.review.empty()) doc.set("review", Node::text(c.review));
    if (!c.sealed.empty()) doc.set("sealed", Node::text(c.sealed));
    for (const auto& [key, value] : c.extra.entries()) doc.set(key, value);
    // TRANSLATORS: {0} is the side as written in files (mentor, mentee), {1} a pair id.
    check_before_write(doc, [&] { return trf("the closing review of {0} of {1}", to_string(c.by), c.pair); },
                       [&](const Node& tree, const std::string& file, Diagnostics& d) {
                           read_closing(tree, file, c.pair, c.file.empty() ? c.date : c.file, d);
                       });
    return doc;
}

}  // namespace mentor
