// pairs/<mentor>--<mentee>.yaml <-> Pair.

#include "mentor/records/record_io.hpp"
#include "records/field_reader.hpp"

namespace mentor {

using detail::FieldReader;
using yaml::Node;

namespace {

void read_match(FieldReader& r, const Node& n, MatchInfo& m) {
    if (n.is_null() || !r.expect_map(n, "'match'")) return;
    for (const auto& [key, v] : n.entries()) {
        if (key == "score") {
            if (auto t = r.text(v, "match: score")) m.score = *t;
        } else if (key == "algorithm") {
            if (auto t = r.text(v, "match: algorithm")) m.algorithm = *t;
        } else if (key == "date") {
            if (auto t = r.date(v, "match: date")) m.date = *t;
        } else if (key == "reasons") {
            m.reasons = r.text_list(v, "match: reasons");
        } else {
            r.error(v, "unknown key 'match: " + key + "' (expected score, algorithm, date, reasons)");
        }
    }
}

}  // namespace

std::optional<Pair> read_pair(const Node& doc, const std::string& file, Diagnostics& diagnostics) {
    FieldReader r(file, diagnostics);
    if (!r.expect_map(doc, "a pair file")) return std::nullopt;
    Pair p;
    bool has_mentor = false, has_mentee = false;
    for (const auto& [key, v] : doc.entries()) {
        if (key == "mentor") {
            if (auto t = r.text(v, key)) p.mentor = *t;
            p.mentor_mark = v.mark;
            has_mentor = true;
        } else if (key == "mentee") {
            if (auto t = r.text(v, key)) p.mentee = *t;
            p.mentee_mark = v.mark;
            has_mentee = true;
        } else if (key == "cohort") {
            if (auto t = r.text(v, key)) p.cohort = *t;
        } else if (key == "kind") {
            auto t = r.text(v, key);
            auto k = t ? parse_pair_kind(*t) : std::nullopt;
            if (k)
                p.kind = *k;
            else if (t)
                r.error(v, "'kind' must be classic, reverse or peer, got " + detail::describe(v));
        } else if (key == "status") {
            auto t = r.text(v, key);
            auto s = t ? parse_pair_status(*t) : std::nullopt;
            if (s)
                p.status = *s;
            else if (t)
                r.error(v, "'status' must be proposed, active, paused or closed, got " + detail::describe(v));
        } else if (key == "created") {
            if (auto d = r.date(v, key)) p.created = *d;
        } else if (key == "started") {
            if (auto d = r.date(v, key)) p.started = *d;
        } else if (key == "ended") {
            if (auto d = r.date(v, key)) p.ended = *d;
        } else if (key == "match") {
            read_match(r, v, p.match);
        } else if (key == "review") {
            if (auto t = r.text(v, key)) p.review = *t;
        } else {
            p.extra.set(key, v);
        }
    }
    if (!has_mentor) r.error(doc, "missing 'mentor' (the mentor's person id)");
    if (!has_mentee) r.error(doc, "missing 'mentee' (the mentee's person id)");
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
        doc.set("match", m);
    }
    if (!p.review.empty()) doc.set("review", Node::text(p.review));
    for (const auto& [key, value] : p.extra.entries()) doc.set(key, value);
    return doc;
}

Pair restart_pair(const Pair& closed) {
    Pair pair = closed;
    Node previous = Node::map();
    if (!closed.started.empty()) previous.set("started", Node::plain(closed.started));
    if (!closed.ended.empty()) previous.set("ended", Node::plain(closed.ended));
    if (!closed.review.empty()) previous.set("review", Node::text(closed.review));
    pair.extra.set("previous", previous);
    pair.started.clear();
    pair.ended.clear();
    pair.review.clear();
    return pair;
}

}  // namespace mentor
