// plans/<pair-id>.yaml <-> Plan.

#include "mentor/records/cadence.hpp"
#include "mentor/records/record_io.hpp"
#include "records/field_reader.hpp"

namespace mentor {

using detail::FieldReader;
using yaml::Node;

namespace {

void read_agreement(FieldReader& r, const Node& n, Agreement& a) {
    if (n.is_null() || !r.expect_map(n, "'agreement'")) return;
    for (const auto& [key, v] : n.entries()) {
        if (key == "start") {
            if (auto d = r.date(v, "agreement: start")) a.start = *d;
        } else if (key == "cadence") {
            auto t = r.text(v, "agreement: cadence");
            try {
                if (t) parse_cadence(*t), a.cadence = *t;
            } catch (const Error& e) {
                r.error(v, "'agreement: cadence': " + e.message());
            }
        } else if (key == "time") {
            auto t = r.text(v, "agreement: time");
            if (t && is_time_of_day(*t))
                a.time = *t;
            else if (t)
                r.error(v, "'agreement: time' must be a time of day HH:MM, got " + detail::describe(v));
        } else if (key == "length") {
            if (auto i = r.integer(v, "agreement: length", 5, 600)) a.length = *i;
        } else if (key == "sessions") {
            if (auto i = r.integer(v, "agreement: sessions", 1, 1000)) a.sessions = *i;
        } else if (key == "until") {
            if (auto d = r.date(v, "agreement: until")) a.until = *d;
        } else if (key == "mode") {
            if (auto t = r.text(v, "agreement: mode")) a.mode = *t;
        } else if (key == "confidentiality") {
            if (auto t = r.text(v, "agreement: confidentiality")) a.confidentiality = *t;
        } else if (key == "rules") {
            a.rules = r.text_list(v, "agreement: rules");
        } else {
            a.extra.set(key, v);
        }
    }
    if (a.start.empty()) r.error(n, "missing 'agreement: start' (the date of the first session)");
}

void read_goal(FieldReader& r, const Node& n, Goal& g) {
    for (const auto& [key, v] : n.entries()) {
        if (key == "id") {
            if (auto t = r.text(v, "goal id")) g.id = *t;
        } else if (key == "title") {
            if (auto t = r.text(v, "goal title")) g.title = *t;
        } else if (key == "criterion") {
            if (auto t = r.text(v, "goal criterion")) g.criterion = *t;
        } else if (key == "due") {
            if (auto d = r.date(v, "goal due")) g.due = *d;
        } else if (key == "status") {
            auto t = r.text(v, "goal status");
            auto s = t ? parse_goal_status(*t) : std::nullopt;
            if (s)
                g.status = *s;
            else if (t)
                r.error(v, "goal 'status' must be open, achieved or dropped, got " + detail::describe(v));
        } else if (key == "closed") {
            if (auto d = r.date(v, "goal closed")) g.closed = *d;
        } else {
            g.extra.set(key, v);
        }
    }
    if (g.id.empty()) r.error(n, "a goal without an 'id' (g1, g2, ...)");
}

void read_goals(FieldReader& r, const Node& n, std::vector<Goal>& goals) {
    if (n.is_null()) return;
    if (!n.is_sequence()) {
        r.error(n, "'goals' must be a list of goals, got " + detail::describe(n));
        return;
    }
    for (const auto& item : n.items()) {
        if (!r.expect_map(item, "a goal")) continue;
        Goal g;
        read_goal(r, item, g);
        for (const auto& other : goals)
            if (!g.id.empty() && other.id == g.id) r.error(item, "goal id '" + g.id + "' is used twice");
        goals.push_back(std::move(g));
    }
}

Node plain_list(const std::vector<std::string>& values) {
    Node seq = Node::sequence();
    for (const auto& v : values) seq.push_back(Node::plain(v));
    return seq;
}

Node write_agreement(const Agreement& a) {
    Node m = Node::map();
    m.set("start", Node::plain(a.start));
    if (!a.cadence.empty()) m.set("cadence", Node::text(a.cadence));
    if (!a.time.empty()) m.set("time", Node::text(a.time));
    m.set("length", Node::integer(a.length));
    if (a.sessions) m.set("sessions", Node::integer(*a.sessions));
    if (!a.until.empty()) m.set("until", Node::plain(a.until));
    if (!a.mode.empty()) m.set("mode", Node::text(a.mode));
    if (!a.confidentiality.empty()) m.set("confidentiality", Node::text(a.confidentiality));
    if (!a.rules.empty()) {
        Node rules = Node::sequence();
        for (const auto& rule : a.rules) rules.push_back(Node::text(rule));
        m.set("rules", rules);
    }
    for (const auto& [key, value] : a.extra.entries()) m.set(key, value);
    return m;
}

Node write_goal(const Goal& g) {
    Node m = Node::map();
    m.set("id", Node::text(g.id));
    m.set("title", Node::text(g.title));
    if (!g.criterion.empty()) m.set("criterion", Node::text(g.criterion));
    if (!g.due.empty()) m.set("due", Node::plain(g.due));
    m.set("status", Node::plain(to_string(g.status)));
    if (!g.closed.empty()) m.set("closed", Node::plain(g.closed));
    for (const auto& [key, value] : g.extra.entries()) m.set(key, value);
    return m;
}

}  // namespace

std::optional<Plan> read_plan(const Node& doc, const std::string& file, const std::string& pair_id,
                              Diagnostics& diagnostics) {
    FieldReader r(file, diagnostics);
    if (!r.expect_map(doc, "a plan file")) return std::nullopt;
    Plan plan;
    plan.pair = pair_id;
    for (const auto& [key, v] : doc.entries()) {
        if (key == "agreement") {
            read_agreement(r, v, plan.agreement);
        } else if (key == "goals") {
            read_goals(r, v, plan.goals);
        } else if (key == "schedule") {
            for (const auto& item : r.text_list(v, "schedule")) {
                if (detail::is_iso_date(item))
                    plan.schedule.push_back(item);
                else
                    r.error(v, "'schedule' takes dates YYYY-MM-DD, got \"" + item + "\"");
            }
            // Dates are compared as text: YYYY-MM-DD sorts like the days.
            sort_unique(plan.schedule);
        } else if (key == "updated") {
            if (auto d = r.date(v, key)) plan.updated = *d;
        } else {
            plan.extra.set(key, v);
        }
    }
    return plan;
}

Node write_plan(const Plan& plan) {
    Node doc = Node::map();
    if (!plan.agreement.start.empty()) doc.set("agreement", write_agreement(plan.agreement));
    if (!plan.goals.empty()) {
        Node goals = Node::sequence();
        for (const auto& g : plan.goals) goals.push_back(write_goal(g));
        doc.set("goals", goals);
    }
    if (!plan.schedule.empty()) doc.set("schedule", plain_list(plan.schedule));
    if (!plan.updated.empty()) doc.set("updated", Node::plain(plan.updated));
    for (const auto& [key, value] : plan.extra.entries()) doc.set(key, value);
    return doc;
}

}  // namespace mentor
