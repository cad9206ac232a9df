// The pair and person reports as JSON (the cohort's is in cohort_json.cpp):
// one stable schema per report kind, documented in docs/reports.md.

#include "mentor/formats/json_writer.hpp"
#include "mentor/plan/plan.hpp"
#include "report/common.hpp"

namespace mentor::detail {
namespace {

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
    json_strings(json, "rules", a.rules);
    json.end_object();
}

void goals(JsonWriter& json, const PairReport& r) {
    json.key("goals");
    json.begin_array();
    if (r.plan)
        for (const auto& g : r.plan->goals) {
            const GoalState state = goal_state(g, r.options.as_of());
            json.begin_object();
            json.member("id", g.id);
            json.member("title", g.title);
            json.member("criterion", g.criterion);
            json.member("due", g.due);
            json.member("status", to_string(state == GoalState::Overdue ? GoalState::Open : state));
            json.member("overdue", state == GoalState::Overdue);
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
        json_strings(json, "topics", s.topics);
        json.member("notes", s.notes);
        json_strings(json, "goals", s.goals);
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
        json_strings(json, "done", s.done);
    }
    json.end_object();
}

void rating(JsonWriter& json, const std::optional<int>& value) {
    json.key("rating");
    if (value)
        json.value(*value);
    else
        json.null();
}

// The pair's own answers, with their comments and reviews.
void health(JsonWriter& json, const PairReport& r) {
    json.key("checkins_due");
    json.begin_array();
    for (const auto& d : r.figures.checkins_due) {
        json.begin_object();
        json.member("side", to_string(d.side));
        json.member("due", d.due.str());
        json.member("overdue", d.overdue);
        json.end_object();
    }
    json.end_array();
    json.key("checkins");
    json.begin_array();
    for (const auto& c : r.checkins) {
        json.begin_object();
        json.member("file", c.file);
        json.member("date", c.date);
        json.member("by", to_string(c.by));
        json.member("fit", to_string(c.fit));
        rating(json, c.rating);
        json.member("comment", c.comment);
        json.end_object();
    }
    json.end_array();
    json.key("reason");
    if (r.reason)
        json.value(to_string(*r.reason));
    else
        json.null();
    json.key("closings");
    json.begin_array();
    for (const auto& c : r.closings) {
        json.begin_object();
        json.member("file", c.file);
        json.member("date", c.date);
        json.member("by", to_string(c.by));
        json.member("goals", c.goals ? to_string(*c.goals) : "");
        json.member("review", c.review);
        json.end_object();
    }
    json.end_array();
}

}  // namespace

std::string pair_json(const PairReport& r) {
    JsonWriter json;
    json.begin_object();
    json_header(json, "pair", r.options, r.problems);
    json.member("mentor_name", r.mentor_name);
    json.member("mentee_name", r.mentee_name);
    json.key("figures");
    json_pair_figures(json, r.figures, true);
    agreement(json, r);
    goals(json, r);
    actions(json, r);
    health(json, r);
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
    json_header(json, "person", r.options, r.problems);
    json.member("id", r.id);
    json.member("name", r.name);
    std::vector<std::string> roles;
    for (Role role : r.roles) roles.push_back(to_string(role));
    json_strings(json, "roles", roles);
    json.member("active", r.active);
    json.member("capacity", r.capacity);
    json.member("load", r.load);
    json.member("sessions", r.sessions());
    json_figures_list(json, "as_mentor", r.as_mentor);
    json_figures_list(json, "as_mentee", r.as_mentee);
    json.key("checkins");
    json.begin_array();
    for (const auto& [pair, a] : r.checkins) {
        json.begin_object();
        json.member("pair", pair);
        json.member("date", a.date);
        json.member("by", to_string(a.by));
        json.member("fit", to_string(a.fit));
        rating(json, a.rating);
        json.end_object();
    }
    json.end_array();
    json.end_object();
    return json.str();
}

}  // namespace mentor::detail
