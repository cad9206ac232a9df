// pairs/<mentor>--<mentee>.yaml <-> Pair.

#include "mentor/core/i18n.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "records/field_reader.hpp"

namespace mentor {

using detail::FieldReader;
using yaml::Node;

namespace {

void read_match(FieldReader& r, const Node& n, MatchInfo& m) {
    if (n.is_null() || !r.expect_map(n, "'match'")) return;
    const auto& schema = schema::match();
    for (const auto& [key, v] : n.entries()) {
        if (key == "score") {
            if (auto t = r.text(v, schema.at(key))) m.score = *t;
        } else if (key == "algorithm") {
            if (auto t = r.text(v, schema.at(key))) m.algorithm = *t;
        } else if (key == "date") {
            if (auto t = r.text(v, schema.at(key))) m.date = *t;
        } else if (key == "reasons") {
            m.reasons = r.list(v, schema.at(key));
        } else {
            m.extra.set(key, v);
        }
    }
}

}  // namespace

std::optional<Pair> read_pair(const Node& doc, const std::string& file, Diagnostics& diagnostics) {
    FieldReader r(file, diagnostics);
    if (!r.expect_map(doc, N_("a pair file"))) return std::nullopt;
    const auto& schema = schema::pair();
    Pair p;
    auto set_text = [&](std::string& out, const Node& v, std::string_view key) {
        if (auto t = r.text(v, schema.at(key))) out = std::move(*t);
    };
    for (const auto& [key, v] : doc.entries()) {
        if (key == "mentor") {
            set_text(p.mentor, v, key);
            p.mentor_mark = v.mark;
        } else if (key == "mentee") {
            set_text(p.mentee, v, key);
            p.mentee_mark = v.mark;
        } else if (key == "cohort") {
            set_text(p.cohort, v, key);
        } else if (key == "kind") {
            auto t = r.text(v, schema.at(key));
            if (t && !t->empty()) p.kind = *parse_pair_kind(*t);
        } else if (key == "status") {
            auto t = r.text(v, schema.at(key));
            if (t && !t->empty()) p.status = *parse_pair_status(*t);
        } else if (key == "created") {
            set_text(p.created, v, key);
        } else if (key == "started") {
            set_text(p.started, v, key);
        } else if (key == "ended") {
            set_text(p.ended, v, key);
        } else if (key == "match") {
            read_match(r, v, p.match);
        } else if (key == "reason") {
            auto t = r.text(v, schema.at(key));
            if (t && !t->empty()) p.reason = parse_closing_reason(*t);
        } else if (key == "review") {
            set_text(p.review, v, key);
        } else {
            p.extra.set(key, v);
        }
    }
    r.require(doc, schema);
    return p;
}

Node write_pair(const Pair& p) {
    Node doc = Node::map();
    doc.set("mentor", Node::text(p.mentor));
    doc.set("mentee", Node::text(p.mentee));
    if (!p.cohort.empty()) doc.set("cohort", Node::text(p.cohort));
    doc.set("kind", Node::plain(to_string(p.kind)));
    doc.set("status", Node::plain(to_string(p.status)));
    if (!p.created.empty()) doc.set("created", Node::plain(p.created));
    if (!p.started.empty()) doc.set("started", Node::plain(p.started));
    if (!p.ended.empty()) doc.set("ended", Node::plain(p.ended));
    if (!p.match.empty()) {
        Node m = Node::map();
        if (!p.match.score.empty()) m.set("score", Node::plain(p.match.score));
        if (!p.match.algorithm.empty()) m.set("algorithm", Node::text(p.match.algorithm));
        if (!p.match.date.empty()) m.set("date", Node::plain(p.match.date));
        if (!p.match.reasons.empty()) {
            Node reasons = Node::sequence();
            for (const auto& reason : p.match.reasons) reasons.push_back(Node::text(reason));
            m.set("reasons", reasons);
        }
        for (const auto& [key, value] : p.match.extra.entries()) m.set(key, value);
        doc.set("match", m);
    }
    if (p.reason) doc.set("reason", Node::plain(to_string(*p.reason)));
    if (!p.review.empty()) doc.set("review", Node::text(p.review));
    for (const auto& [key, value] : p.extra.entries()) doc.set(key, value);
    check_before_write(doc, [&] { return trf("pair {}", p.id()); }, [](const Node& tree, const std::string& file, Diagnostics& d) {
        read_pair(tree, file, d);
    });
    return doc;
}

Pair restart_pair(const Pair& closed) {
    Pair pair = closed;
    Node previous = Node::map();
    if (!closed.started.empty()) previous.set("started", Node::plain(closed.started));
    if (!closed.ended.empty()) previous.set("ended", Node::plain(closed.ended));
    if (closed.reason) previous.set("reason", Node::plain(to_string(*closed.reason)));
    if (!closed.review.empty()) previous.set("review", Node::text(closed.review));
    // A sealed review belongs to the relationship that ended, not to the new one.
    auto& entries = pair.extra.entries();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (it->first != "sealed") continue;
        previous.set("sealed", it->second);
        entries.erase(it);
        break;
    }
    pair.extra.set("previous", previous);
    pair.started.clear();
    pair.ended.clear();
    pair.review.clear();
    pair.reason.reset();
    return pair;
}

}  // namespace mentor
