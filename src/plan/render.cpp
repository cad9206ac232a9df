// `mentor plan PAIR` with no change: the plan shown as text, markdown, json or yaml.

#include "mentor/formats/json_writer.hpp"
#include "mentor/formats/table.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/record_io.hpp"

namespace mentor {
namespace {

using yaml::Node;

const char* const kWeekdayNames[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

std::string weekday_name(Date d) { return kWeekdayNames[d.weekday().c_encoding()]; }

std::string name_of(const Records& records, const std::string& id) {
    const Person* p = records.person(id);
    return p && !p->name.empty() ? p->name : id;
}

std::string session_time(const Agreement& a) { return a.time.empty() ? kDefaultSessionTime : a.time; }

std::string duration_text(const Agreement& a) {
    if (!a.until.empty()) return "until " + a.until;
    return a.sessions ? std::to_string(*a.sessions) + " sessions" : "open-ended";
}

std::string rhythm_text(const Agreement& a) {
    std::string s = a.cadence + " at " + session_time(a) + ", " + std::to_string(a.length) + " minutes";
    return a.mode.empty() ? s : s + ", " + a.mode;
}

std::string status_line(const Pair& pair) {
    std::string s = to_string(pair.status);
    if (!pair.started.empty()) s += ", started " + pair.started;
    if (!pair.ended.empty()) s += ", ended " + pair.ended;
    return s;
}

struct View {
    const Records& records;
    const Pair& pair;
    const std::optional<Plan>& plan;
    std::vector<std::pair<Date, SlotStatus>> slots;
    int held = 0;
    std::optional<Date> next;
    Date today;
};

View make_view(const Records& records, const Pair& pair, const std::optional<Plan>& plan, const std::set<Date>& held,
               Date today) {
    View v{records, pair, plan, {}, 0, std::nullopt, today};
    if (!plan) return v;
    v.slots = schedule_status(pair, *plan, held, today);
    for (const auto& [date, status] : v.slots) {
        if (status == SlotStatus::Held) ++v.held;
        if (status == SlotStatus::Next) v.next = date;
    }
    return v;
}

Table goals_table(const Plan& plan, Date today) {
    Table t({"id", "status", "goal", "criterion", "due", "closed"});
    for (const auto& g : plan.goals)
        t.add_row({g.id, to_string(goal_state(g, today)), g.title, g.criterion, g.due, g.closed});
    return t;
}

Table schedule_table(const View& v) {
    Table t({"#", "date", "day", "status"});
    t.set_align(0, Align::Right);
    int n = 0;
    for (const auto& [date, status] : v.slots)
        t.add_row({std::to_string(++n), date.str(), weekday_name(date), to_string(status)});
    return t;
}

std::string next_text(const View& v) {
    if (!v.next) return "none planned";
    return v.next->str() + " (" + weekday_name(*v.next) + ") at " + session_time(v.plan->agreement);
}

std::string render_text(const View& v, bool markdown) {
    const Pair& pair = v.pair;
    std::string out;
    auto heading = [&](const std::string& title) { out += markdown ? "\n## " + title + "\n\n" : "\n" + title + "\n"; };
    auto table = [&](const Table& t) { out += markdown ? t.render_markdown() : t.render_text(); };
    auto field = [&](const std::string& name, const std::string& value) {
        if (value.empty()) return;
        out += markdown ? "- **" + name + "**: " + value + "\n" : "  " + name + ": " + value + "\n";
    };
    out += (markdown ? "# Plan of " : "Plan of ") + pair.id() + "\n";
    if (markdown) out += "\n";
    field("Mentor", name_of(v.records, pair.mentor));
    field("Mentee", name_of(v.records, pair.mentee));
    field("Status", status_line(pair));
    if (!v.plan) {
        out += "\nNo plan yet: agree on the framework with `mentor plan " + pair.id() +
               " --start DATE --cadence CADENCE` and set goals with `--goal TITLE`.\n";
        return out;
    }
    const Plan& plan = *v.plan;
    const Agreement& a = plan.agreement;
    heading("Agreement");
    if (a.start.empty()) {
        out += markdown ? "None yet.\n" : "  none yet\n";
    } else {
        field("Start", a.start);
        field("Rhythm", rhythm_text(a));
        field("Duration", duration_text(a));
        field("Confidentiality", a.confidentiality);
        for (size_t i = 0; i < a.rules.size(); ++i) field("Rule " + std::to_string(i + 1), a.rules[i]);
    }
    heading("Goals");
    if (plan.goals.empty())
        out += markdown ? "None yet.\n" : "  none yet\n";
    else
        table(goals_table(plan, v.today));
    heading("Schedule: " + std::to_string(v.held) + " of " + std::to_string(v.slots.size()) + " sessions held");
    if (!v.slots.empty()) table(schedule_table(v));
    out += markdown ? "\n**Next session**: " + next_text(v) + "\n" : "\nNext session: " + next_text(v) + "\n";
    return out;
}

Node view_tree(const View& v) {
    Node doc = Node::map();
    doc.set("pair", Node::text(v.pair.id()));
    doc.set("mentor", Node::text(v.pair.mentor));
    doc.set("mentee", Node::text(v.pair.mentee));
    doc.set("status", Node::plain(to_string(v.pair.status)));
    if (!v.pair.started.empty()) doc.set("started", Node::plain(v.pair.started));
    if (!v.pair.ended.empty()) doc.set("ended", Node::plain(v.pair.ended));
    Node plan = v.plan ? write_plan(*v.plan) : Node::map();
    const Node* agreement = plan.find("agreement");
    doc.set("agreement", agreement ? *agreement : Node::null());
    const Node* goals = plan.find("goals");
    doc.set("goals", goals ? *goals : Node::sequence());
    Node schedule = Node::sequence();
    for (const auto& [date, status] : v.slots) {
        Node slot = Node::map();
        slot.set("date", Node::plain(date.str()));
        slot.set("status", Node::plain(to_string(status)));
        schedule.push_back(slot);
    }
    doc.set("schedule", schedule);
    doc.set("held", Node::integer(v.held));
    doc.set("planned", Node::integer(static_cast<int64_t>(v.slots.size())));
    doc.set("next", v.next ? Node::plain(v.next->str()) : Node::null());
    return doc;
}

}  // namespace

std::string render_plan(const Records& records, const Pair& pair, const std::optional<Plan>& plan,
                        const std::set<Date>& held, Date today, Format format) {
    View v = make_view(records, pair, plan, held, today);
    switch (format) {
        case Format::Json: {
            JsonWriter json;
            write_yaml_as_json(json, view_tree(v));
            return json.str();
        }
        case Format::Yaml: return yaml::emit(view_tree(v));
        case Format::Markdown: return render_text(v, true);
        default: return render_text(v, false);
    }
}

}  // namespace mentor
