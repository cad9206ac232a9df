// mentor.yaml -> Settings. The tool writes mentor.yaml once (init, with
// comments for the user); it never rewrites it, so there is no writer here.

#include <algorithm>

#include "mentor/core/i18n.hpp"
#include "mentor/core/suggest.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "records/field_reader.hpp"

// Fields are written with designated initializers naming only what they
// set; every other member has its default, which GCC would warn about.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace mentor {

using detail::FieldReader;
using yaml::Node;

namespace {

// A section's map, or nullptr (an error when it is not a map).
const Node* section(FieldReader& r, const Node& n, const schema::Record& record) {
    if (n.is_null() || !r.expect_map(n, "'" + std::string(record.kind) + "'")) return nullptr;
    return &n;
}

void read_defaults(FieldReader& r, const Node& n, Settings& s) {
    if (!section(r, n, schema::settings_defaults())) return;
    const auto& schema = schema::settings_defaults();
    for (const auto& [key, v] : n.entries()) {
        if (!schema.find(key)) continue;  // reported by report_unknown_keys
        const auto& f = schema.at(key);
        if (key == "capacity") {
            if (auto i = r.integer(v, f)) s.default_capacity = *i;
        } else if (key == "cadence") {
            if (auto t = r.text(v, f); t && !t->empty()) s.default_cadence = *t;
        } else if (key == "session_length") {
            if (auto i = r.integer(v, f)) s.default_session_length = *i;
        } else if (key == "sessions") {
            if (auto i = r.integer(v, f)) s.default_sessions = *i;
        } else if (key == "confidentiality") {
            if (auto t = r.text(v, f)) s.confidentiality = *t;
        }
    }
}

void read_weights(FieldReader& r, const Node& n, Weights& w) {
    if (!section(r, n, schema::settings_weights())) return;
    for (const auto& [key, v] : n.entries()) {
        int* target = key == "skills"         ? &w.skills
                      : key == "interests"    ? &w.interests
                      : key == "availability" ? &w.availability
                      : key == "seniority"    ? &w.seniority
                      : key == "timezone"     ? &w.timezone
                      : key == "preferences"  ? &w.preferences
                                              : nullptr;
        if (!target) continue;
        if (auto i = r.integer(v, schema::settings_weights().at(key))) *target = *i;
    }
}

void read_matching(FieldReader& r, const Node& n, MatchingSettings& m) {
    const auto& schema = schema::settings_matching();
    if (!section(r, n, schema)) return;
    for (const auto& [key, v] : n.entries()) {
        if (!schema.find(key)) continue;
        const auto& f = schema.at(key);
        auto set_int = [&](int& out) {
            if (auto i = r.integer(v, f)) out = *i;
        };
        if (key == "algorithm") {
            if (auto t = r.text(v, f); t && !t->empty()) m.algorithm = *t;
        } else if (key == "objective") {
            if (auto t = r.text(v, f); t && !t->empty()) m.objective = *t;
        } else if (key == "exclude_same_organisation") {
            if (auto b = r.boolean(v, f)) m.exclude_same_organisation = *b;
        } else if (key == "exclude_same_team") {
            if (auto b = r.boolean(v, f)) m.exclude_same_team = *b;
        } else if (key == "max_timezone_difference") {
            if (!v.is_null()) m.max_timezone_difference = r.integer(v, f);
        } else if (key == "weights") {
            read_weights(r, v, m.weights);
        } else if (key == "reverse_min_gap") {
            set_int(m.reverse_min_gap);
        } else if (key == "peer_max_gap") {
            set_int(m.peer_max_gap);
        } else if (key == "classic_min_gap") {
            if (v.is_null())
                m.classic_min_gap.reset();  // null switches the rule off
            else if (auto i = r.integer(v, f))
                m.classic_min_gap = *i;
        } else if (key == "min_skills") {
            set_int(m.min_skills);
        }
    }
}

// A section of whole numbers: checkins, reports.
void read_integers(FieldReader& r, const Node& n, const schema::Record& schema,
                   const std::vector<std::pair<std::string_view, int*>>& targets) {
    if (!section(r, n, schema)) return;
    for (const auto& [key, v] : n.entries())
        for (const auto& [name, target] : targets)
            if (key == name)
                if (auto i = r.integer(v, schema.at(key))) *target = *i;
}

// extra_keys: {person: [badge], session: [mood]}: kinds are those of schema::all().
void read_extra_keys(FieldReader& r, const Node& n, ExtraKeys& out) {
    if (n.is_null() || !r.expect_map(n, "'extra_keys'")) return;
    std::vector<std::string> kinds;
    for (const auto* record : schema::all()) kinds.emplace_back(record->kind);
    const schema::Field keys{.key = "extra_keys", .type = schema::Type::List, .label = "extra_keys"};
    for (const auto& [kind, v] : n.entries()) {
        if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
            auto near = closest_ids(kind, kinds, 1);
            r.warning(v, near.empty() ? trf("unknown record kind '{}' in 'extra_keys'", kind)
                                      : trf("unknown record kind '{0}' in 'extra_keys'; did you mean '{1}'?", kind, near.front()));
            continue;
        }
        out[kind] = r.list(v, keys);
    }
}

// Every level of mentor.yaml: unknown keys are warnings (the file is never
// rewritten, so they cannot be lost), unless `extra_keys` lists them.
void report_unknown_settings(const Node& doc, const Settings& s, const std::string& file, Diagnostics& d) {
    report_unknown_keys(doc, schema::settings(), s.extra_keys, file, d);
    auto nested = [&](const Node* n, const schema::Record& record) {
        if (n) report_unknown_keys(*n, record, s.extra_keys, file, d);
    };
    nested(doc.find("defaults"), schema::settings_defaults());
    nested(doc.find("git"), schema::settings_git());
    nested(doc.find("journal"), schema::settings_journal());
    nested(doc.find("checkins"), schema::settings_checkins());
    nested(doc.find("reports"), schema::settings_reports());
    if (const Node* matching = doc.find("matching")) {
        nested(matching, schema::settings_matching());
        if (matching->is_map()) nested(matching->find("weights"), schema::settings_weights());
    }
}

}  // namespace

Settings read_settings(const Node& doc, const std::string& file, Diagnostics& diagnostics) {
    FieldReader r(file, diagnostics);
    Settings s;
    if (!r.expect_map(doc, "mentor.yaml")) return s;
    const auto& schema = schema::settings();
    r.require(doc, schema, [] { return trf("expected schema: {}, the records format version", kSchemaVersion); });
    for (const auto& [key, v] : doc.entries()) {
        if (key == "schema") {
            if (auto version = r.integer(v, schema.at(key))) {
                s.schema = *version;
                if (*version > kSchemaVersion)
                    // TRANSLATORS: {0} is the schema of the records, {1} the newest this program reads.
                    r.error(v, trf("records use schema {0}, newer than this mentor understands ({1}): upgrade mentor to read them",
                                   *version, kSchemaVersion));
            }
        } else if (key == "program") {
            if (auto t = r.text(v, schema.at(key))) s.program = *t;
        } else if (key == "email") {
            if (auto t = r.text(v, schema.at(key))) s.email = *t;
        } else if (key == "defaults") {
            read_defaults(r, v, s);
        } else if (key == "matching") {
            read_matching(r, v, s.matching);
        } else if (key == "holidays") {
            s.holidays = r.list(v, schema.at(key));
        } else if (key == "checkins") {
            read_integers(r, v, schema::settings_checkins(), {{"every_days", &s.checkin_every_days}});
        } else if (key == "reports") {
            read_integers(r, v, schema::settings_reports(),
                          {{"early_months", &s.early_months}, {"min_group", &s.min_group}});
        } else if (key == "git") {
            if (!section(r, v, schema::settings_git())) continue;
            if (const Node* autocommit = v.find("autocommit"))
                s.autocommit = r.boolean(*autocommit, schema::settings_git().at("autocommit"));
        } else if (key == "journal") {
            if (!section(r, v, schema::settings_journal())) continue;
            if (const Node* seal = v.find("seal"))
                if (auto b = r.boolean(*seal, schema::settings_journal().at("seal"))) s.seal = *b;
        } else if (key == "extra_keys") {
            read_extra_keys(r, v, s.extra_keys);
        } else {
            s.extra.set(key, v);
        }
    }
    report_unknown_settings(doc, s, file, diagnostics);
    return s;
}

}  // namespace mentor
