// plans/<pair-id>.yaml <-> Plan.

#include "mentor/records/cadence.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "records/field_reader.hpp"

namespace mentor {

using detail::FieldReader;
using yaml::Node;

namespace {

void read_agreement(FieldReader& r, const Node& n, Agreement& a) {
    if (n.is_null() || !r.expect_map(n, "'agreement'")) return;
    const auto& schema = schema::agreement();
    auto set_text = [&](std::string& out, const Node& v, std::string_view key) {
        if (auto t = r.text(v, schema.at(key))) out = std::move(*t);
    };
    for (const auto& [key, v] : n.entries()) {
        if (key == "start") {
            set_text(a.start, v, key);
        } else if (key == "cadence") {
            set_text(a.cadence, v, key);
        } else if (key == "time") {
            set_text(a.time, v, key);
        } else if (key == "length") {
            if (auto i = r.integer(v, schema.at(key))) a.length = *i;
        } else if (key == "sessions") {
            if (auto i = r.integer(v, schema.at(key))) a.sessions = *i;
        } else if (key == "until") {
            set_text(a.until, v, key);
        } else if (key == "mode") {
            set_text(a.mode, v, key);
        } else if (key == "confidentiality") {
            set_text(a.confidentiality, v, key);
        } else if (key == "rules") {
            a.rules = r.list(v, schema.at(key));
        } else {
            a.extra.set(key, v);
        }
    }
    r.require(n, schema);
    // The duration is one or the other: two would disagree on the last session.
    // The reader keeps the sessions, so that the plan it returns is one the
    // writers accept (a plan shown, or changed by `mentor plan`).
    if (n.find("sessions") && n.find("until")) {
        r.error(*n.find("until"), tr("'agreement: sessions' and 'agreement: until' cannot both be set (the duration is one or the other)"));
        a.until.clear();
    }
}

void read_goal(FieldReader& r, const Node& n, Goal& g) {
    const auto& schema = schema::goal();
    auto set_text = [&](std::string& out, const Node& v, std::string_view key) {
        if (auto t = r.text(v, schema.at(key))) out = std::move(*t);
    };
    for (const auto& [key, v] : n.entries()) {
        if (key == "id") {
            set_text(g.id, v, key);
        } else if (key == "title") {
            set_text(g.title, v, key);
        } else if (key == "criterion") {
            set_text(g.criterion, v, key);
        } else if (key == "due") {
            set_text(g.due, v, key);
        } else if (key == "status") {
            auto t = r.text(v, schema.at(key));
            if (t && !t->empty()) g.status = *parse_goal_status(*t);
        } else if (key == "closed") {
            set_text(g.closed, v, key);
        } else {
            g.extra.set(key, v);
        }
    }
    r.require(n, schema);
}

void read_goals(FieldReader& r, const Node& n, std::vector<Goal>& goals) {
    if (n.is_null()) return;
    if (!n.is_sequence()) {
        // TRANSLATORS: {} is what the file gave instead ("a map", a quoted value).
        r.error(n, trf("'goals' must be a list of goals, got {}", detail::describe(n)));
        return;
    }
    for (const auto& item : n.items()) {
        if (!r.expect_map(item, N_("a goal"))) continue;
        Goal g;
        read_goal(r, item, g);
        for (const auto& other : goals)
            if (!g.id.empty() && other.id == g.id) r.error(item, trf("goal id '{}' is used twice", g.id));
        goals.push_back(std::move(g));
    }
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
    if (!r.expect_map(doc, N_("a plan file"))) return std::nullopt;
    Plan plan;
    plan.pair = pair_id;
    for (const auto& [key, v] : doc.entries()) {
        if (key == "agreement") {
            read_agreement(r, v, plan.agreement);
        } else if (key == "goals") {
            read_goals(r, v, plan.goals);
        } else if (key == "schedule") {
            plan.schedule = r.list(v, schema::plan().at(key));
            // Dates are compared as text: YYYY-MM-DD sorts like the days.
            sort_unique(plan.schedule);
        } else if (key == "updated") {
            if (auto d = r.text(v, schema::plan().at(key))) plan.updated = std::move(*d);
        } else if (key == "revision") {
            if (auto n = r.integer(v, schema::plan().at(key))) plan.revision = *n;
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
    if (!plan.schedule.empty()) doc.set("schedule", Node::plain_list(plan.schedule));
    if (!plan.updated.empty()) doc.set("updated", Node::plain(plan.updated));
    if (plan.revision > 0) doc.set("revision", Node::plain(std::to_string(plan.revision)));
    for (const auto& [key, value] : plan.extra.entries()) doc.set(key, value);
    check_before_write(doc, [&] { return trf("the plan of {}", plan.pair); }, [&](const Node& tree, const std::string& file, Diagnostics& d) {
        read_plan(tree, file, plan.pair, d);
    });
    return doc;
}

}  // namespace mentor
