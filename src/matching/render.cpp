// The outputs of `mentor match`: text, markdown, json, yaml, csv; and --explain.

#include <charconv>
#include <cstdio>

#include "mentor/core/i18n.hpp"
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
        n.set("reasons", Node::text_list(p.reasons.english));
        pairs.push_back(n);
    }
    doc.set("pairs", pairs);
    Node unmatched = Node::sequence();
    for (const auto& u : r.unmatched) {
        Node n = Node::map();
        n.set("mentee", Node::text(u.mentee));
        n.set("reasons", Node::text_list(u.reasons.english));
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

// A score of the machine formats ("0.8125") as the user's language writes it.
std::string score_cell(const std::string& score) {
    double v = 0;
    std::from_chars(score.data(), score.data() + score.size(), v);
    return decimal(v, 4);
}

// TRANSLATORS: between two reasons of a pair in a table; French: " ; ".
const char* reason_separator() { return tr_ctx("between reasons", "; "); }

std::string tables(const MatchResult& r, Format format, bool color) {
    auto render = [&](const Table& t) { return format == Format::Markdown ? t.render_markdown() : t.render_text(TextStyle{color, false, 0}); };
    auto heading = [&](const std::string& h) { return format == Format::Markdown ? "\n## " + h + "\n\n" : "\n" + h + "\n"; };
    std::string out = format == Format::Markdown ? "# " + std::string(tr_ctx("title", "Match")) + "\n\n" : "";
    // TRANSLATORS: {0} and {1} are the values given to --algorithm and --objective, {2} the cohort's name.
    out += (r.cohort.empty() ? trf("algorithm {0}, objective {1}", r.algorithm, r.objective)
                             : trf("algorithm {0}, objective {1}, cohort {2}", r.algorithm, r.objective, r.cohort)) +
           "\n";
    out += heading(trf("Proposed pairs ({})", r.pairs.size()));
    const char* mentor = tr_ctx("column", "MENTOR");
    const char* mentee = tr_ctx("column", "MENTEE");
    Table pairs({mentor, mentee, tr_ctx("column", "SCORE"), tr_ctx("column", "REASONS")});
    pairs.set_align(2, Align::Right);
    const char* sep = reason_separator();
    for (const auto& p : r.pairs) pairs.add_row({p.mentor, p.mentee, score_cell(p.score), join(p.reasons.shown(), sep)});
    out += render(pairs);
    if (!r.unmatched.empty()) {
        out += heading(trf("Unmatched mentees ({})", r.unmatched.size()));
        Table unmatched({mentee, tr_ctx("column", "WHY")});
        for (const auto& u : r.unmatched) unmatched.add_row({u.mentee, join(u.reasons.shown(), sep)});
        out += render(unmatched);
    }
    out += heading(tr("Mentor load"));
    Table load({mentor, tr_ctx("column", "BEFORE"), tr_ctx("column", "PROPOSED"), tr_ctx("column", "CAPACITY"), ""});
    for (size_t c = 1; c < 4; ++c) load.set_align(c, Align::Right);
    for (const auto& l : r.load)
        load.add_row({l.mentor, std::to_string(l.before), std::to_string(l.proposed), std::to_string(l.capacity),
                      bar(l.before + l.proposed, l.capacity, 8)});
    out += render(load);
    out += heading(tr("Totals"));
    // TRANSLATORS: {0} mentees matched of {1}, {2} mentors; {3} and {4} are scores ("2.4375"); the plural follows {0}.
    out += trnf("matched {0} of {1} mentees, {2} mentors; total score {3}, mean {4}", "matched {0} of {1} mentees, {2} mentors; total score {3}, mean {4}",
                r.pairs.size(), r.pairs.size(), r.candidates, r.mentors, score_cell(r.total_score), score_cell(r.mean_score)) +
           "\n";
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
            for (const auto& p : r.pairs) out += csv_line({"proposed", p.mentor, p.mentee, p.score, join(p.reasons.english, "; ")});
            for (const auto& u : r.unmatched) out += csv_line({"unmatched", "", u.mentee, "", join(u.reasons.english, "; ")});
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
    auto weighted_cell = [&](double part, int weight) { return decimal(part * weight / total, 4); };
    if (format == Format::Json || format == Format::Yaml) {
        Node doc = Node::map();
        doc.set("mentee", Node::text(mentee_id));
        Node list = Node::sequence();
        for (const auto& m : mentors) {
            Node n = Node::map();
            n.set("mentor", Node::text(m.mentor));
            if (m.excluded) {
                n.set("excluded_by", Node::text(m.excluded_by.english));
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
                n.set("reasons", Node::text_list(m.reasons.english));
            }
            list.push_back(n);
        }
        doc.set("mentors", list);
        if (format == Format::Yaml) return yaml::emit(doc);
        JsonWriter json;
        write_yaml_as_json(json, doc);
        return json.str();
    }
    Table t({tr_ctx("column", "MENTOR"), tr_ctx("column", "SCORE"), tr_ctx("column", "SKILLS"), tr_ctx("column", "INTERESTS"),
             tr_ctx("column", "AVAIL"), tr_ctx("column", "SENIORITY"), tr_ctx("column", "TZ"), tr_ctx("column", "PREFS"),
             tr_ctx("column", "WHY")});
    for (size_t c = 1; c < 8; ++c) t.set_align(c, Align::Right);
    for (const auto& m : mentors) {
        if (m.excluded) {
            t.add_row({m.mentor, "-", "", "", "", "", "", "", trf("excluded: {}", m.excluded_by.shown())});
        } else {
            t.add_row({m.mentor, score_cell(m.score), weighted_cell(m.parts.skills, w.skills), weighted_cell(m.parts.interests, w.interests),
                       weighted_cell(m.parts.availability, w.availability), weighted_cell(m.parts.seniority, w.seniority),
                       weighted_cell(m.parts.timezone, w.timezone), weighted_cell(m.parts.preferences, w.preferences),
                       join(m.reasons.shown(), reason_separator())});
        }
    }
    std::string head = trf("mentors for {}, best first (parts are weighted: they add up to the score)", mentee_id) + "\n";
    return (format == Format::Markdown ? "# " + head + "\n" + t.render_markdown() : head + t.render_text(TextStyle{color, false, 0}));
}

}  // namespace mentor
