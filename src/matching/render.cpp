// The outputs of `mentor match`: text, markdown, json, yaml, csv; and --explain.

#include <cstdio>

#include "mentor/core/text.hpp"
#include "mentor/formats/csv.hpp"
#include "mentor/formats/table.hpp"
#include "mentor/matching/matching.hpp"

namespace mentor {
namespace {

using yaml::Node;

// One tree for json and yaml, so both carry exactly the same content.
Node result_tree(const MatchResult& r) {
    Node doc = Node::map();
    doc.set("algorithm", Node::text(r.algorithm));
    doc.set("objective", Node::text(r.objective));
    if (!r.cohort.empty()) doc.set("cohort", Node::text(r.cohort));
    doc.set("total_score", Node::plain(r.total_score));
    doc.set("mean_score", Node::plain(r.mean_score));
    doc.set("matched", Node::integer(static_cast<int64_t>(r.pairs.size())));
    doc.set("candidates", Node::integer(r.candidates));
    doc.set("mentors", Node::integer(r.mentors));
    Node pairs = Node::sequence();
    for (const auto& p : r.pairs) {
        Node n = Node::map();
        n.set("mentor", Node::text(p.mentor));
        n.set("mentee", Node::text(p.mentee));
        n.set("score", Node::plain(p.score));
        n.set("reasons", Node::text_list(p.reasons));
        pairs.push_back(n);
    }
    doc.set("pairs", pairs);
    Node unmatched = Node::sequence();
    for (const auto& u : r.unmatched) {
        Node n = Node::map();
        n.set("mentee", Node::text(u.mentee));
        n.set("reasons", Node::text_list(u.reasons));
        unmatched.push_back(n);
    }
    doc.set("unmatched", unmatched);
    Node load = Node::sequence();
    for (const auto& l : r.load) {
        Node n = Node::map();
        n.set("mentor", Node::text(l.mentor));
        n.set("before", Node::integer(l.before));
        n.set("proposed", Node::integer(l.proposed));
        n.set("capacity", Node::integer(l.capacity));
        load.push_back(n);
    }
    doc.set("load", load);
    return doc;
}

std::string tables(const MatchResult& r, Format format, bool color) {
    auto render = [&](const Table& t) { return format == Format::Markdown ? t.render_markdown() : t.render_text(TextStyle{color, false, 0}); };
    auto heading = [&](const std::string& h) { return format == Format::Markdown ? "\n## " + h + "\n\n" : "\n" + h + "\n"; };
    std::string out = format == Format::Markdown ? "# Match\n\n" : "";
    out += "algorithm " + r.algorithm + ", objective " + r.objective + (r.cohort.empty() ? "" : ", cohort " + r.cohort) + "\n";
    out += heading("Proposed pairs (" + std::to_string(r.pairs.size()) + ")");
    Table pairs({"MENTOR", "MENTEE", "SCORE", "REASONS"});
    pairs.set_align(2, Align::Right);
    for (const auto& p : r.pairs) pairs.add_row({p.mentor, p.mentee, p.score, join(p.reasons, "; ")});
    out += render(pairs);
    if (!r.unmatched.empty()) {
        out += heading("Unmatched mentees (" + std::to_string(r.unmatched.size()) + ")");
        Table unmatched({"MENTEE", "WHY"});
        for (const auto& u : r.unmatched) unmatched.add_row({u.mentee, join(u.reasons, "; ")});
        out += render(unmatched);
    }
    out += heading("Mentor load");
    Table load({"MENTOR", "BEFORE", "PROPOSED", "CAPACITY", ""});
    for (size_t c = 1; c < 4; ++c) load.set_align(c, Align::Right);
    for (const auto& l : r.load)
        load.add_row({l.mentor, std::to_string(l.before), std::to_string(l.proposed), std::to_string(l.capacity),
                      bar(l.before + l.proposed, l.capacity, 8)});
    out += render(load);
    out += heading("Totals");
    out += "matched " + std::to_string(r.pairs.size()) + " of " + std::to_string(r.candidates) + " mentees, " +
           std::to_string(r.mentors) + " mentors; total score " + r.total_score + ", mean " + r.mean_score + "\n";
    return out;
}

}  // namespace

std::string render_match(const MatchResult& r, Format format, bool color) {
    switch (format) {
        case Format::Json: {
            JsonWriter json;
            write_yaml_as_json(json, result_tree(r));
            return json.str();
        }
        case Format::Yaml:
            return yaml::emit(result_tree(r));
        case Format::Csv: {
            std::string out = csv_line({"status", "mentor", "mentee", "score", "reasons"});
            for (const auto& p : r.pairs) out += csv_line({"proposed", p.mentor, p.mentee, p.score, join(p.reasons, "; ")});
            for (const auto& u : r.unmatched) out += csv_line({"unmatched", "", u.mentee, "", join(u.reasons, "; ")});
            return out;
        }
        default:
            return tables(r, format, color);
    }
}

std::string render_explanation(const Records& records, const std::string& mentee_id,
                               const std::vector<MentorAssessment>& mentors, Format format, bool color) {
    const Weights& w = records.settings.matching.weights;
    double total = w.skills + w.interests + w.availability + w.seniority + w.timezone + w.preferences;
    if (total <= 0) total = 1;
    auto weighted = [&](double part, int weight) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%.4f", part * weight / total);
        return std::string(buf);
    };
    if (format == Format::Json || format == Format::Yaml) {
        Node doc = Node::map();
        doc.set("mentee", Node::text(mentee_id));
        Node list = Node::sequence();
        for (const auto& m : mentors) {
            Node n = Node::map();
            n.set("mentor", Node::text(m.mentor));
            if (m.excluded) {
                n.set("excluded_by", Node::text(m.excluded_by));
            } else {
                n.set("score", Node::plain(m.score));
                Node parts = Node::map();
                parts.set("skills", Node::plain(weighted(m.parts.skills, w.skills)));
                parts.set("interests", Node::plain(weighted(m.parts.interests, w.interests)));
                parts.set("availability", Node::plain(weighted(m.parts.availability, w.availability)));
                parts.set("seniority", Node::plain(weighted(m.parts.seniority, w.seniority)));
                parts.set("timezone", Node::plain(weighted(m.parts.timezone, w.timezone)));
                parts.set("preferences", Node::plain(weighted(m.parts.preferences, w.preferences)));
                n.set("parts", parts);
                n.set("reasons", Node::text_list(m.reasons));
            }
            list.push_back(n);
        }
        doc.set("mentors", list);
        if (format == Format::Yaml) return yaml::emit(doc);
        JsonWriter json;
        write_yaml_as_json(json, doc);
        return json.str();
    }
    Table t({"MENTOR", "SCORE", "SKILLS", "INTERESTS", "AVAIL", "SENIORITY", "TZ", "PREFS", "WHY"});
    for (size_t c = 1; c < 8; ++c) t.set_align(c, Align::Right);
    for (const auto& m : mentors) {
        if (m.excluded) {
            t.add_row({m.mentor, "-", "", "", "", "", "", "", "excluded: " + m.excluded_by});
        } else {
            t.add_row({m.mentor, m.score, weighted(m.parts.skills, w.skills), weighted(m.parts.interests, w.interests),
                       weighted(m.parts.availability, w.availability), weighted(m.parts.seniority, w.seniority),
                       weighted(m.parts.timezone, w.timezone), weighted(m.parts.preferences, w.preferences),
                       join(m.reasons, "; ")});
        }
    }
    std::string head = "mentors for " + mentee_id + ", best first (parts are weighted: they add up to the score)\n";
    return (format == Format::Markdown ? "# " + head + "\n" + t.render_markdown() : head + t.render_text(TextStyle{color, false, 0}));
}

}  // namespace mentor
