// `mentor plan PAIR` with no change: the plan shown as text, markdown, json or yaml.

#include "mentor/core/i18n.hpp"
#include "mentor/formats/json_writer.hpp"
#include "mentor/formats/table.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/cadence.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/words.hpp"

namespace mentor {
namespace {

using yaml::Node;

std::string name_of(const Records& records, const std::string& id) {
    const Person* p = records.person(id);
    return p && !p->name.empty() ? p->name : id;
}

std::string session_time(const Agreement& a) { return a.time.empty() ? kDefaultSessionTime : a.time; }

std::string duration_text(const Agreement& a) {
    if (!a.until.empty()) return trf("until {}", date_long(a.until));
    if (!a.sessions) return tr("open-ended");
    return trnf("{} session", "{} sessions", static_cast<unsigned long>(*a.sessions), *a.sessions);
}

// The cadence as a sentence says it; English keeps the spelling of the plan.
std::string cadence_text(const std::string& cadence) {
    Cadence c;
    try {
        c = parse_cadence(cadence);
    } catch (const Error&) {
        return cadence;  // reported when the plan was read
    }
    switch (c.kind) {
        case Cadence::Weekly: return tr_ctx("cadence", "weekly");
        case Cadence::Biweekly: return tr_ctx("cadence", "biweekly");
        case Cadence::Monthly: return tr_ctx("cadence", "monthly");
        case Cadence::EveryNDays: break;
    }
    // TRANSLATORS: a cadence of {} days, as plans spell it; French: "tous les {} jours".
    return trf_ctx("cadence", "every:{}d", c.days);
}


std::string rhythm_text(const Agreement& a) {
    // TRANSLATORS: {0} the cadence ("monthly"), {1} the time of day, {2} the session's length, {3} the meeting mode.
    if (a.mode.empty()) return trf("{0} at {1}, {2} minutes", cadence_text(a.cadence), session_time(a), a.length);
    return trf("{0} at {1}, {2} minutes, {3}", cadence_text(a.cadence), session_time(a), a.length, mode_word(a.mode));
}

std::string status_line(const Pair& pair) {
    const std::string status = pair_status_word(pair.status);
    const std::string started = date_long(pair.started), ended = date_long(pair.ended);
    // TRANSLATORS: {0} the pair's status, {1} and {2} the days it started and ended.
    if (!pair.started.empty() && !pair.ended.empty()) return trf("{0}, started {1}, ended {2}", status, started, ended);
    if (!pair.started.empty()) return trf("{0}, started {1}", status, started);
    if (!pair.ended.empty()) return trf("{0}, ended {1}", status, ended);
    return status;
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
    Table t({tr_ctx("goal column", "id"), tr_ctx("goal column", "status"), tr_ctx("goal column", "goal"),
             tr_ctx("goal column", "criterion"), tr_ctx("goal column", "due"), tr_ctx("goal column", "closed")});
    for (const auto& g : plan.goals)
        t.add_row({g.id, goal_state_text(goal_state(g, today)), g.title, g.criterion, date_cell(g.due), date_cell(g.closed)});
    return t;
}

Table schedule_table(const View& v) {
    Table t({"#", tr_ctx("schedule column", "date"), tr_ctx("schedule column", "day"), tr_ctx("schedule column", "status")});
    t.set_align(0, Align::Right);
    int n = 0;
    for (const auto& [date, status] : v.slots)
        t.add_row({std::to_string(++n), date_cell(date), weekday_short(date), slot_status_text(status)});
    return t;
}

std::string next_text(const View& v) {
    if (!v.next) return tr("none planned");
    // TRANSLATORS: the next session: {0} its date, {1} its day of the week, {2} its time.
    return trf("{0} ({1}) at {2}", date_cell(*v.next), weekday_short(*v.next), session_time(v.plan->agreement));
}

std::string render_text(const View& v, bool markdown) {
    const Pair& pair = v.pair;
    std::string out;
    auto heading = [&](const std::string& title) { out += markdown ? "\n## " + title + "\n\n" : "\n" + title + "\n"; };
    auto table = [&](const Table& t) { out += markdown ? t.render_markdown() : t.render_text(); };
    auto field = [&](const std::string& name, const std::string& value) {
        if (value.empty()) return;
        // TRANSLATORS: one field of the plan, {0} its name and {1} its value; French: "  {0} : {1}".
        out += (markdown ? trf("- **{0}**: {1}", name, value) : trf("  {0}: {1}", name, value)) + "\n";
    };
    out += (markdown ? "# " : "") + trf("Plan of {}", pair.id()) + "\n";
    if (markdown) out += "\n";
    field(tr_ctx("plan field", "Mentor"), name_of(v.records, pair.mentor));
    field(tr_ctx("plan field", "Mentee"), name_of(v.records, pair.mentee));
    field(tr_ctx("plan field", "Status"), status_line(pair));
    if (!v.plan) {
        out += "\n" +
               trf("No plan yet: agree on the framework with `mentor plan {} --start DATE --cadence CADENCE` and set goals with `--goal TITLE`.",
                   pair.id()) +
               "\n";
        return out;
    }
    const Plan& plan = *v.plan;
    const Agreement& a = plan.agreement;
    const std::string none_yet = std::string(markdown ? tr("None yet.") : tr("  none yet")) + "\n";
    heading(tr_ctx("plan heading", "Agreement"));
    if (a.start.empty()) {
        out += none_yet;
    } else {
        field(tr_ctx("plan field", "Start"), date_long(a.start));
        field(tr_ctx("plan field", "Rhythm"), rhythm_text(a));
        field(tr_ctx("plan field", "Duration"), duration_text(a));
        field(tr_ctx("plan field", "Confidentiality"), a.confidentiality);
        // TRANSLATORS: a ground rule of the agreement, {} its number.
        for (size_t i = 0; i < a.rules.size(); ++i) field(trf("Rule {}", i + 1), a.rules[i]);
    }
    heading(tr_ctx("plan heading", "Goals"));
    if (plan.goals.empty())
        out += none_yet;
    else
        table(goals_table(plan, v.today));
    // TRANSLATORS: {0} sessions held of {1} planned; the plural follows {0}.
    heading(trnf("Schedule: {0} of {1} sessions held", "Schedule: {0} of {1} sessions held", static_cast<unsigned long>(v.held), v.held,
                 v.slots.size()));
    if (!v.slots.empty()) table(schedule_table(v));
    out += "\n" + (markdown ? trf("**Next session**: {}", next_text(v)) : trf("Next session: {}", next_text(v))) + "\n";
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
