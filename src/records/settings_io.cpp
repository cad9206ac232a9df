// mentor.yaml -> Settings. The tool writes mentor.yaml once (init, with
// comments for the user); it never rewrites it, so there is no writer here.

#include "mentor/records/record_io.hpp"
#include "records/field_reader.hpp"

namespace mentor {

using detail::FieldReader;
using yaml::Node;

namespace {

void unknown(FieldReader& r, const Node& v, const std::string& section, const std::string& key, const char* expected) {
    r.warning(v, "unknown setting '" + section + key + "' (known: " + expected + ")");
}

void read_defaults(FieldReader& r, const Node& n, Settings& s) {
    if (n.is_null() || !r.expect_map(n, "'defaults'")) return;
    for (const auto& [key, v] : n.entries()) {
        if (key == "capacity") {
            if (auto i = r.integer(v, "defaults: capacity", 0, 100)) s.default_capacity = *i;
        } else if (key == "cadence") {
            if (auto t = r.text(v, "defaults: cadence")) s.default_cadence = *t;
        } else if (key == "session_length") {
            if (auto i = r.integer(v, "defaults: session_length", 5, 600)) s.default_session_length = *i;
        } else if (key == "sessions") {
            if (auto i = r.integer(v, "defaults: sessions", 1, 1000)) s.default_sessions = *i;
        } else if (key == "confidentiality") {
            if (auto t = r.text(v, "defaults: confidentiality")) s.confidentiality = *t;
        } else {
            unknown(r, v, "defaults: ", key, "capacity, cadence, session_length, sessions, confidentiality");
        }
    }
}

void read_weights(FieldReader& r, const Node& n, Weights& w) {
    if (n.is_null() || !r.expect_map(n, "'matching: weights'")) return;
    for (const auto& [key, v] : n.entries()) {
        int* target = key == "skills"         ? &w.skills
                      : key == "interests"    ? &w.interests
                      : key == "availability" ? &w.availability
                      : key == "seniority"    ? &w.seniority
                      : key == "timezone"     ? &w.timezone
                      : key == "preferences"  ? &w.preferences
                                              : nullptr;
        if (!target) {
            unknown(r, v, "matching: weights: ", key, "skills, interests, availability, seniority, timezone, preferences");
        } else if (auto i = r.integer(v, "matching: weights: " + key, 0, 1000)) {
            *target = *i;
        }
    }
}

void read_matching(FieldReader& r, const Node& n, MatchingSettings& m) {
    if (n.is_null() || !r.expect_map(n, "'matching'")) return;
    for (const auto& [key, v] : n.entries()) {
        if (key == "algorithm") {
            auto t = r.text(v, "matching: algorithm");
            if (t && *t != "optimal" && *t != "stable" && *t != "greedy")
                r.error(v, "'matching: algorithm' must be optimal, stable or greedy, got " + detail::describe(v));
            else if (t)
                m.algorithm = *t;
        } else if (key == "objective") {
            auto t = r.text(v, "matching: objective");
            if (t && *t != "coverage" && *t != "score")
                r.error(v, "'matching: objective' must be coverage or score, got " + detail::describe(v));
            else if (t)
                m.objective = *t;
        } else if (key == "exclude_same_organisation") {
            if (auto b = r.boolean(v, "matching: exclude_same_organisation")) m.exclude_same_organisation = *b;
        } else if (key == "exclude_same_team") {
            if (auto b = r.boolean(v, "matching: exclude_same_team")) m.exclude_same_team = *b;
        } else if (key == "max_timezone_difference") {
            if (!v.is_null()) m.max_timezone_difference = r.integer(v, "matching: max_timezone_difference", 0, 24);
        } else if (key == "reverse_min_gap" || key == "peer_max_gap" || key == "min_skills") {
            // The kind and skills rules of matching/rules.hpp: whole numbers of years or skills.
            int& field = key == "reverse_min_gap" ? m.reverse_min_gap : key == "peer_max_gap" ? m.peer_max_gap : m.min_skills;
            if (auto i = r.integer(v, "matching: " + key, key == "reverse_min_gap" ? 1 : 0, 60)) field = *i;
        } else if (key == "classic_min_gap") {
            if (v.is_null())
                m.classic_min_gap.reset();  // null switches the rule off
            else if (auto i = r.integer(v, "matching: classic_min_gap", -60, 60))
                m.classic_min_gap = *i;
        } else if (key == "weights") {
            read_weights(r, v, m.weights);
        } else {
            unknown(r, v, "matching: ", key,
                    "algorithm, objective, exclude_same_organisation, exclude_same_team, max_timezone_difference, "
                    "reverse_min_gap, peer_max_gap, classic_min_gap, min_skills, weights");
        }
    }
}

}  // namespace

Settings read_settings(const Node& doc, const std::string& file, Diagnostics& diagnostics) {
    FieldReader r(file, diagnostics);
    Settings s;
    if (!r.expect_map(doc, "mentor.yaml")) return s;
    const Node* schema = doc.find("schema");
    if (!schema) {
        r.error(doc, "missing 'schema: " + std::to_string(kSchemaVersion) + "' (the records format version)");
    } else if (auto v = r.integer(*schema, "schema", 1, 1000000)) {
        s.schema = *v;
        if (*v > kSchemaVersion)
            r.error(*schema, "records use schema " + std::to_string(*v) + ", newer than this mentor understands (" +
                                 std::to_string(kSchemaVersion) + "): upgrade mentor to read them");
    }
    for (const auto& [key, v] : doc.entries()) {
        if (key == "schema") continue;
        if (key == "program") {
            if (auto t = r.text(v, key)) s.program = *t;
        } else if (key == "defaults") {
            read_defaults(r, v, s);
        } else if (key == "matching") {
            read_matching(r, v, s.matching);
        } else if (key == "holidays") {
            for (const auto& d : r.text_list(v, key)) {
                if (detail::is_iso_date(d))
                    s.holidays.push_back(d);
                else
                    r.error(v, "'holidays' takes dates YYYY-MM-DD, got \"" + d + "\"");
            }
        } else if (key == "git") {
            if (v.is_null() || !r.expect_map(v, "'git'")) continue;
            for (const auto& [gk, gv] : v.entries()) {
                if (gk == "autocommit") {
                    s.autocommit = r.boolean(gv, "git: autocommit");
                } else {
                    unknown(r, gv, "git: ", gk, "autocommit");
                }
            }
        } else {
            s.extra.set(key, v);
        }
    }
    return s;
}

}  // namespace mentor
