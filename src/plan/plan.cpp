// Loading plans and the days sessions were held.

#include "mentor/plan/plan.hpp"

#include "mentor/core/i18n.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/records/record_io.hpp"

namespace mentor {

void require_not_closed(const Pair& pair, std::string_view consequence) {
    if (pair.status != PairStatus::Closed) return;
    // TRANSLATORS: {0} the pair, {1} the day it ended, {2} what a closed pair cannot do ("its plan is read-only").
    if (pair.ended.empty()) throw Error(trf("pair {0} is closed; {1}", pair.id(), consequence));
    throw Error(trf("pair {0} is closed (ended {1}); {2}", pair.id(), date_long(pair.ended), consequence));
}

std::optional<Plan> load_plan(const Store& store, const std::string& pair_id) {
    const std::string shown = layout::plan_path(pair_id);
    const fs::path path = store.root() / shown;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(path, ec))) return std::nullopt;
    yaml::Node doc = yaml::parse(read_record(store.root(), shown), shown);
    Diagnostics diagnostics;
    auto plan = read_plan(doc, shown, pair_id, diagnostics);
    if (!plan && diagnostics.empty()) diagnostics.push_back({Location{shown}, Severity::Error, tr("not a plan")});
    sort_diagnostics(diagnostics);
    const Diagnostic* first = nullptr;
    std::string more;
    for (const auto& d : diagnostics) {
        if (d.severity != Severity::Error) continue;
        if (!first)
            first = &d;
        else
            more += "\n" + d.str();
    }
    if (first) throw Error(first->where, first->message + more);
    return plan;
}

std::optional<Plan> load_plan_noting(const Store& store, const std::string& pair_id, Diagnostics& problems) {
    try {
        return load_plan(store, pair_id);
    } catch (const Error& e) {
        problems.push_back(Diagnostic{e.where(), Severity::Error, e.message()});
        return std::nullopt;
    }
}

std::set<Date> held_session_dates(const Store& store, const std::string& pair_id) {
    std::set<Date> held;
    std::error_code ec;
    const fs::path dir = store.root() / layout::journal_folder(pair_id);
    if (!fs::is_directory(dir, ec)) return held;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        // Only the names the journal reads as sessions: a follow-up or a
        // stray file beside them is no session held.
        auto stem = layout::record_stem(name);
        auto session = stem ? layout::parse_session_stem(*stem) : std::nullopt;
        if (session)
            if (auto d = parse_iso_date(session->date)) held.insert(*d);
    }
    return held;
}

std::string to_string(SlotStatus status) {
    switch (status) {
        case SlotStatus::Held: return "held";
        case SlotStatus::Missed: return "missed";
        case SlotStatus::Next: return "next";
        case SlotStatus::Planned: break;
    }
    return "planned";
}

std::string to_string(GoalState state) {
    switch (state) {
        case GoalState::Overdue: return "overdue";
        case GoalState::Achieved: return "achieved";
        case GoalState::Dropped: return "dropped";
        case GoalState::Open: break;
    }
    return "open";
}

std::string slot_status_text(SlotStatus status) {
    switch (status) {
        case SlotStatus::Held: return tr_ctx("session status", "held");
        case SlotStatus::Missed: return tr_ctx("session status", "missed");
        case SlotStatus::Next: return tr_ctx("session status", "next");
        case SlotStatus::Planned: break;
    }
    return tr_ctx("session status", "planned");
}

std::string goal_state_text(GoalState state) {
    switch (state) {
        case GoalState::Overdue: return tr_ctx("goal status", "overdue");
        case GoalState::Achieved: return tr_ctx("goal status", "achieved");
        case GoalState::Dropped: return tr_ctx("goal status", "dropped");
        case GoalState::Open: break;
    }
    return tr_ctx("goal status", "open");
}

GoalState goal_state(const Goal& goal, Date day) {
    const auto closed = parse_iso_date(goal.closed);
    if (goal.status != GoalStatus::Open && (!closed || *closed <= day))
        return goal.status == GoalStatus::Achieved ? GoalState::Achieved : GoalState::Dropped;
    const auto due = parse_iso_date(goal.due);
    return due && *due < day ? GoalState::Overdue : GoalState::Open;
}

namespace {

// Which planned slots a session was held for: a session on the planned day,
// else one held between the slot's neighbours (a session moved by a day or
// two still counts for its slot), each session counting once.
std::vector<bool> held_slots(const std::vector<Date>& slots, const std::set<Date>& held) {
    std::vector<bool> out(slots.size(), false);
    std::set<Date> unused = held;
    for (size_t i = 0; i < slots.size(); ++i)
        if (unused.erase(slots[i])) out[i] = true;
    for (size_t i = 0; i < slots.size(); ++i) {
        if (out[i]) continue;
        const Date lo = i > 0 ? slots[i - 1] : Date::min();
        const Date hi = i + 1 < slots.size() ? slots[i + 1] : Date::max();
        auto it = unused.upper_bound(lo);
        if (it != unused.end() && *it < hi) out[i] = true, unused.erase(it);
    }
    return out;
}

}  // namespace

std::vector<std::pair<Date, SlotStatus>> schedule_status(const Pair& pair, const Plan& plan,
                                                         const std::set<Date>& held, Date today) {
    std::vector<Date> slots;
    for (const auto& text : plan.schedule)
        if (auto d = parse_iso_date(text)) slots.push_back(*d);  // read_plan keeps only dates
    const std::vector<bool> was_held = held_slots(slots, held);
    std::vector<std::pair<Date, SlotStatus>> out;
    bool next_found = pair.status != PairStatus::Active;
    for (size_t i = 0; i < slots.size(); ++i) {
        SlotStatus s = SlotStatus::Planned;
        if (was_held[i])
            s = SlotStatus::Held;
        else if (slots[i] < today)
            s = SlotStatus::Missed;
        else if (!next_found)
            s = SlotStatus::Next, next_found = true;
        out.emplace_back(slots[i], s);
    }
    return out;
}

}  // namespace mentor
