// The reports as JSON: one stable schema per report kind ("report": "pair",
// "person" or "cohort", "schema": 1), documented in docs/reports.md.

#include "mentor/formats/json_writer.hpp"
#include "report/common.hpp"

namespace mentor::detail {
namespace {

constexpr int kSchema = 1;

void strings(JsonWriter& json, std::string_view key, const std::vector<std::string>& items) {
    json.key(key);
    json.begin_array();
    for (const auto& i : items) json.value(i);
    json.end_array();
}

void header(JsonWriter& json, const char* kind, const ReportOptions& o) {
    json.member("report", kind);
    json.member("schema", kSchema);
    json.member("today", o.today.str());
    json_date(json, "since", o.since);
    json_date(json, "until", o.until);
}

void agreement(JsonWriter& json, const PairReport& r) {
    json.key("agreement");
    if (!r.plan || r.plan->agreement.start.empty()) return json.null();
    const Agreement& a = r.plan->agreement;
    json.begin_object();
    json.member("start", a.start);
    json.member("cadence", a.cadence);
    json.member("length", a.length);
    json.key("sessions");
    if (a.sessions)
        json.value(*a.sessions);
    else
        json.null();
    json.member("until", a.until);
    json.member("mode", a.mode);
    json.member("confidentiality", a.confidentiality);
    strings(json, "rules", a.rules);
    json.end_object();
}

void goals(JsonWriter& json, const PairReport& r) {
    json.key("goals");
    json.begin_array();
    if (r.plan)
        for (const auto& g : r.plan->goals) {
            auto due = parse_iso_date(g.due);
            json.begin_object();
            json.member("id", g.id);
            json.member("title", g.title);
            json.member("criterion", g.criterion);
            json.member("due", g.due);
            json.member("status", to_string(g.status));
            json.member("overdue", g.status == GoalStatus::Open && due && *due < r.options.today);
            json.member("closed", g.closed);
            json.end_object();
        }
    json.end_array();
}

void actions(JsonWriter& json, const PairReport& r) {
    json.key("actions");
    json.begin_array();
    for (const auto& a : r.actions) {
        json.begin_object();
        json.member("id", a.action.id);
        json.member("owner", to_string(a.action.owner));
        json.member("status", to_string(a.status));
        json.member("due", a.action.due);
        json.member("private", a.is_private);
        json.key("text");
        if (a.is_private && !r.include_private)
            json.null();
        else
            json.value(a.action.text);
        json.member("done_in", a.done_in);
        json.end_object();
    }
    json.end_array();
}

void session(JsonWriter& json, const Session& s, bool withheld) {
    json.begin_object();
    json.member("file", s.file);
    json.member("date", s.date);
    json.key("duration");
    if (s.duration)
        json.value(*s.duration);
    else
        json.null();
    json.member("mode", s.mode);
    json.key("rating");
    if (s.rating)
        json.value(*s.rating);
    else
        json.null();
    json.member("private", s.is_private);
    json.member("withheld", withheld);
    if (!withheld) {
        strings(json, "topics", s.topics);
        json.member("notes", s.notes);
        strings(json, "goals", s.goals);
        json.key("actions");
        json.begin_array();
        for (const auto& a : s.actions) {
            json.begin_object();
            json.member("id", a.id);
            json.member("owner", to_string(a.owner));
            json.member("text", a.text);
            json.member("due", a.due);
            json.end_object();
        }
        json.end_array();
        strings(json, "done", s.done);
    }
    json.end_object();
}

void figures_list(JsonWriter& json, std::string_view key, const std::vector<PairFigures>& pairs) {
    json.key(key);
    json.begin_array();
    for (const auto& p : pairs) json_pair_figures(json, p);
    json.end_array();
}

void pair_ids(JsonWriter& json, std::string_view key, const std::vector<const PairFigures*>& pairs) {
    json.key(key);
    json.begin_array();
    for (const PairFigures* p : pairs) json.value(p->id);
    json.end_array();
}

}  // namespace

std::string pair_json(const PairReport& r) {
    JsonWriter json;
    json.begin_object();
    header(json, "pair", r.options);
    json.member("mentor_name", r.mentor_name);
    json.member("mentee_name", r.mentee_name);
    json.key("figures");
    json_pair_figures(json, r.figures);
    agreement(json, r);
    goals(json, r);
    actions(json, r);
    json.key("journal");
    json.begin_array();
    for (const auto& s : r.journal) session(json, s, s.is_private && !r.include_private);
    json.end_array();
    json.end_object();
    return json.str();
}

std::string person_json(const PersonReport& r) {
    JsonWriter json;
    json.begin_object();
    header(json, "person", r.options);
    json.member("id", r.id);
    json.member("name", r.name);
    std::vector<std::string> roles;
    for (Role role : r.roles) roles.push_back(to_string(role));
    strings(json, "roles", roles);
    json.member("active", r.active);
    json.member("capacity", r.capacity);
    json.member("load", r.load);
    json.member("sessions", r.sessions());
    figures_list(json, "as_mentor", r.as_mentor);
    figures_list(json, "as_mentee", r.as_mentee);
    json.end_object();
    return json.str();
}

std::string cohort_json(const CohortReport& r) {
    JsonWriter json;
    json.begin_object();
    header(json, "cohort", r.options);
    json.member("cohort", r.cohort);
    json.member("program", r.program);

    json.key("participants");
    json.begin_object();
    json.member("people", r.people);
    json.member("inactive", r.inactive);
    json.member("mentors", r.mentors);
    json.member("mentees", r.mentees);
    json.member("matched", r.mentees_matched);
    json_ratio(json, "match_rate", r.match_rate(), 4);
    json.end_object();

    json.key("unmatched");
    json.begin_array();
    for (const auto& u : r.unmatched) {
        json.begin_object();
        json.member("id", u.id);
        strings(json, "reasons", u.reasons);
        json.end_object();
    }
    json.end_array();

    json.key("mentor_load");
    json.begin_object();
    json.member("capacity", r.capacity());
    json.member("load", r.load());
    json.key("mentors");
    json.begin_array();
    for (const auto& m : r.mentor_load) {
        json.begin_object();
        json.member("id", m.id);
        json.member("load", m.load);
        json.member("capacity", m.capacity);
        json.end_object();
    }
    json.end_array();
    json.end_object();

    json.key("pairs_by_status");
    json.begin_object();
    for (const auto& [status, n] : r.pairs_by_status) json.member(to_string(status), n);
    json.end_object();

    json.key("sessions");
    json.begin_object();
    json.member("held", r.sessions());
    int minutes = 0;
    for (const auto& p : r.pairs) minutes += p.minutes;
    json.member("hours", minutes / 60.0, 2);
    json.member("planned_due", r.planned_due());
    json.member("held_as_planned", r.held_slots());
    json_ratio(json, "adherence", r.adherence(), 4);
    json_ratio(json, "average_rating", r.average_rating(), 2);
    json.key("by_month");
    json.begin_object();
    for (const auto& [month, n] : r.sessions_by_month) json.member(month, n);
    json.end_object();
    json.end_object();

    json.key("at_risk");
    json.begin_array();
    for (const PairFigures* p : r.at_risk()) {
        json.begin_object();
        json.member("pair", p->id);
        json.member("risk", to_string(p->risk));
        json.member("days_since_contact", p->days_since_contact.value_or(0));
        json.member("cadence", p->cadence);
        json_date(json, "last_session", p->last_session);
        json.end_object();
    }
    json.end_array();

    json.key("goals");
    json.begin_object();
    json.member("open", r.goals_open());
    json.member("overdue", r.goals_overdue());
    json.member("achieved", r.goals_achieved());
    json.member("dropped", r.goals_dropped());
    json.end_object();
    json_actions(json, "actions", r.actions());
    pair_ids(json, "closing_soon", r.closing_soon());
    figures_list(json, "pairs", r.pairs);
    json.end_object();
    return json.str();
}

}  // namespace mentor::detail
