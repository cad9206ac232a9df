// The cohort report as JSON, one function per section of the schema in
// docs/reports.md: counts, dates, statuses and ids only.

#include "mentor/formats/json_writer.hpp"
#include "report/common.hpp"

namespace mentor::detail {
namespace {

void participants(JsonWriter& json, const CohortReport& r) {
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
        json_strings(json, "reasons", unmatched_reasons(u, false));
        json.end_object();
    }
    json.end_array();
}

void mentor_load(JsonWriter& json, const CohortReport& r) {
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
    json_ids(json, "over_capacity", r.mentors_in(LoadBand::Over));
    json_ids(json, "at_capacity", r.mentors_in(LoadBand::At));
    json_ids(json, "far_under_capacity", r.mentors_in(LoadBand::FarUnder));
    json.end_object();
}

void sessions(JsonWriter& json, const CohortReport& r) {
    json.key("sessions");
    json.begin_object();
    json.member("held", r.sessions());
    json.member("hours", r.minutes() / 60.0, 2);
    json.member("planned_due", r.planned_due());
    json.member("held_as_planned", r.held_slots());
    json_ratio(json, "adherence", r.adherence(), 4);
    json.member("rated", r.rated());
    json_group_ratio(json, "average_rating", r.average_rating(), r.rating_group(), 2);
    json.key("by_month");
    json.begin_object();
    for (const auto& [month, n] : r.sessions_by_month) json.member(month, n);
    json.end_object();
    json.end_object();
}

void at_risk(JsonWriter& json, const CohortReport& r) {
    json.key("at_risk");
    json.begin_array();
    for (const PairFigures* p : r.at_risk()) {
        json.begin_object();
        json.member("pair", p->id);
        json.member("mentor", p->mentor);
        json.member("mentee", p->mentee);
        json.member("risk", to_string(p->risk));
        json.member("days_since_contact", p->days_since_contact.value_or(0));
        json.member("cadence", p->cadence);
        json_date(json, "last_session", p->last_session);
        json_date(json, "end", p->end);
        json.end_object();
    }
    json.end_array();
}

void goals_and_actions(JsonWriter& json, const CohortReport& r) {
    json.key("goals");
    json.begin_object();
    json.member("open", r.goals_open());
    json.member("overdue", r.goals_overdue());
    json.member("achieved", r.goals_achieved());
    json.member("dropped", r.goals_dropped());
    json.end_object();
    json_actions(json, "actions", r.actions());
}

}  // namespace

std::string cohort_json(const CohortReport& r) {
    JsonWriter json;
    json.begin_object();
    json_header(json, "cohort", r.options, r.problems);
    json.member("cohort", r.cohort);
    json.member("program", r.program);
    participants(json, r);
    mentor_load(json, r);
    json.key("pairs_by_status");
    json.begin_object();
    for (const auto& [status, n] : r.pairs_by_status) json.member(to_string(status), n);
    json.end_object();
    sessions(json, r);
    at_risk(json, r);
    cohort_health_json(json, r);
    goals_and_actions(json, r);
    json_ids(json, "closing_soon", r.closing_soon());
    json_figures_list(json, "pairs", r.pairs);
    json.end_object();
    return json.str();
}

}  // namespace mentor::detail
