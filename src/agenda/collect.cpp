// Collecting what is due in a pair: one helper per kind of item, all called
// from collect_items(), and the agendas of a person and of a pair built from
// those items.

#include <algorithm>
#include <set>
#include <tuple>

#include "core/parallel.hpp"
#include "mentor/agenda/agenda.hpp"
#include "mentor/journal/health.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/journal/seal.hpp"
#include "mentor/plan/plan.hpp"

namespace mentor {

std::string to_string(ItemKind kind) {
    switch (kind) {
        case ItemKind::Session: return "session";
        case ItemKind::Action: return "action";
        case ItemKind::Goal: return "goal";
        case ItemKind::Checkin: return "checkin";
        case ItemKind::Attention: return "attention";
    }
    return "session";
}

namespace {

std::optional<Date> day_of(const std::string& text) {
    if (text.size() < 10) return std::nullopt;
    return parse_iso_date(std::string_view(text).substr(0, 10));
}

std::string name_of(const Records& records, const std::string& id) {
    const Person* p = records.person(id);
    return p && !p->name.empty() ? p->name : id;
}

// Days on which the pair met, up to today: a session dated later has not
// happened yet (with --today in the past).
std::set<Date> held_until(const Journal& journal, Date today) {
    std::set<Date> held;
    for (const auto& s : journal.sessions)
        if (auto d = day_of(s.date); d && *d <= today) held.insert(*d);
    return held;
}

// Planned sessions in the window that no session has honoured yet.
void session_items(const Pair& pair, const Plan* plan, const Journal& journal, const AgendaWindow& w,
                   std::vector<AgendaItem>& out) {
    if (!plan) return;
    const std::string time = plan->agreement.time.empty() ? kDefaultSessionTime : plan->agreement.time;
    int number = 0;
    for (const auto& [date, status] : schedule_status(pair, *plan, held_until(journal, w.today), w.today)) {
        ++number;
        if (!w.contains(date) || (status != SlotStatus::Next && status != SlotStatus::Planned)) continue;
        AgendaItem item;
        item.kind = ItemKind::Session;
        item.pair = pair.id();
        item.date = date;
        item.status = to_string(status);
        item.time = time;
        item.number = number;
        out.push_back(std::move(item));
    }
}

// Open actions due in the window or before it, each with whose it is.
void action_items(const Records& records, const Pair& pair, const Journal& journal, const AgendaWindow& w, std::vector<AgendaItem>& out) {
    for (const auto& a : action_states(journal, w.today)) {
        auto agreed = day_of(a.session), due = day_of(a.action.due);
        if (!is_open(a.status) || !due || *due > w.last() || (agreed && *agreed > w.today)) continue;
        AgendaItem item;
        item.kind = ItemKind::Action;
        item.pair = pair.id();
        item.date = *due;
        item.status = to_string(a.status);
        item.id = a.action.id;
        item.owner = a.action.owner;
        item.owner_id = a.action.owner == Role::Mentor ? pair.mentor : pair.mentee;
        item.owner_name = name_of(records, item.owner_id);
        item.is_private = a.is_private;
        if (!a.is_private) item.text = a.action.text;
        out.push_back(std::move(item));
    }
}

// Open goals due in the window or before it (goal_state: the plan's rule).
void goal_items(const Pair& pair, const Plan* plan, const AgendaWindow& w, std::vector<AgendaItem>& out) {
    if (!plan) return;
    for (const auto& g : plan->goals) {
        const GoalState state = goal_state(g, w.today);
        auto due = day_of(g.due);
        if ((state != GoalState::Open && state != GoalState::Overdue) || !due || *due > w.last()) continue;
        AgendaItem item;
        item.kind = ItemKind::Goal;
        item.pair = pair.id();
        item.date = *due;
        item.status = to_string(state);
        item.id = g.id;
        item.text = g.title;
        out.push_back(std::move(item));
    }
}

// Check-ins each side owes by the end of the window (journal/health.hpp owns
// their schedule: after the first session, then every `checkins.every_days`).
void checkin_items(const Records& records, const Pair& pair, const Journal& journal, const AgendaWindow& w,
                   std::vector<AgendaItem>& out) {
    for (const CheckInDue& due : checkins_due(pair, journal, records.settings, w.today)) {
        if (due.due > w.last()) continue;
        AgendaItem item;
        item.kind = ItemKind::Checkin;
        item.pair = pair.id();
        item.date = due.due;
        item.status = due.overdue ? "overdue" : "due";  // tokens of the JSON; a view translates them
        item.owner = due.side;
        item.owner_id = due.side == Role::Mentor ? pair.mentor : pair.mentee;
        item.owner_name = name_of(records, item.owner_id);
        out.push_back(std::move(item));
    }
}

// The pair's check-ins say it needs the coordinator (journal/health.hpp's
// rule, the cohort report's too): the side's last answer was "poor", or its
// last two "unsure". Its `status` says which, for the pair's own agenda; the
// coordinator's view keeps only the flag.
void fit_items(const Pair& pair, const Journal& journal, const AgendaWindow& w, std::vector<AgendaItem>& out) {
    const FitConcern concern = needs_attention(journal, w.today);
    if (!concern.needed) return;
    const CheckIn* last = last_checkin(journal, concern.side, w.today);
    AgendaItem item;
    item.kind = ItemKind::Attention;
    item.pair = pair.id();
    item.date = last ? day_of(last->date).value_or(w.today) : w.today;
    item.status = concern.why;
    item.owner = concern.side;
    item.fit_concern = true;
    item.fit = concern.fit;
    out.push_back(std::move(item));
}

// The pair needs the coordinator by the cohort report's rule (plan/attention.hpp).
void attention_items(const Records& records, const Pair& pair, const Plan* plan, const Journal& journal,
                     const AgendaWindow& w, std::vector<AgendaItem>& out) {
    PairPulse pulse;
    pulse.status = pair.status;
    pulse.has_plan = plan != nullptr;
    pulse.cadence_days = held_cadence_days(plan, records.settings);
    pulse.start = day_of(plan && !plan->agreement.start.empty() ? plan->agreement.start : pair.started);
    if (plan) pulse.end = !plan->schedule.empty() ? day_of(plan->schedule.back()) : day_of(plan->agreement.until);
    const auto held = held_until(journal, w.today);
    if (!held.empty()) pulse.last_session = *held.rbegin();
    const Attention a = pair_attention(pulse, w.today);
    if (a.risk == Risk::None) return;
    AgendaItem item;
    item.kind = ItemKind::Attention;
    item.pair = pair.id();
    item.date = pulse.last_session ? *pulse.last_session : *pulse.start;  // a risk always has a contact date
    item.status = to_string(a.risk);
    item.risk = a.risk;
    item.days = a.days_since_contact;
    out.push_back(std::move(item));
}

// Agenda order: by kind, then date, then pair, then id.
void sort_items(std::vector<AgendaItem>& items) {
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem& a, const AgendaItem& b) {
        return std::tie(a.kind, a.date, a.pair, a.number, a.id) < std::tie(b.kind, b.date, b.pair, b.number, b.id);
    });
}

AgendaPair agenda_pair(const Records& records, const Pair& pair) {
    return {pair.id(), pair.mentor, pair.mentee, name_of(records, pair.mentor), name_of(records, pair.mentee), pair.status};
}

// One pair's items; its files that cannot be read are noted in `problems`.
// The journal is dropped once its items are taken.
PairItems items_of(const Store& store, const Records& records, const Pair& pair, const AgendaWindow& window,
                   const std::vector<age::Identity>& identities, Diagnostics& problems) {
    const std::optional<Plan> plan = load_plan_noting(store, pair.id(), problems);
    Journal journal = load_journal(store.root(), pair.id());
    problems.insert(problems.end(), journal.diagnostics.begin(), journal.diagnostics.end());
    int unopened = 0;
    if (has_sealed(journal)) {
        UnsealReport report = unseal_journal(journal, identities);
        unopened = report.sealed - report.opened;
        problems.insert(problems.end(), report.problems.begin(), report.problems.end());
    }
    return {agenda_pair(records, pair), collect_items(records, pair, plan ? &*plan : nullptr, journal, window), unopened};
}

}  // namespace

std::vector<const Pair*> open_pairs(const Records& records) {
    std::vector<const Pair*> out;
    for (const auto& p : records.pairs)
        if (p.status != PairStatus::Closed) out.push_back(&p);
    return out;
}

std::vector<AgendaItem> collect_items(const Records& records, const Pair& pair, const Plan* plan,
                                      const Journal& journal, const AgendaWindow& window) {
    std::vector<AgendaItem> items;
    session_items(pair, plan, journal, window, items);
    action_items(records, pair, journal, window, items);
    goal_items(pair, plan, window, items);
    checkin_items(records, pair, journal, window, items);
    attention_items(records, pair, plan, journal, window, items);
    fit_items(pair, journal, window, items);
    sort_items(items);
    return items;
}

std::vector<PairItems> load_pair_items(const Store& store, const Records& records,
                                       const std::vector<const Pair*>& pairs, const AgendaWindow& window,
                                       Diagnostics& diagnostics, const std::vector<age::Identity>& identities) {
    std::vector<PairItems> out(pairs.size());
    std::vector<Diagnostics> found(pairs.size());
    detail::parallel_for(pairs.size(),
                         [&](size_t i) { out[i] = items_of(store, records, *pairs[i], window, identities, found[i]); });
    merge_diagnostics(found, diagnostics);
    return out;
}

Agenda person_agenda(const Person& person, const std::vector<PairItems>& pairs, const AgendaWindow& window) {
    Agenda a;
    a.person = person.id;
    a.name = person.name.empty() ? person.id : person.name;
    a.window = window;
    for (const auto& p : pairs) {
        if (p.pair.mentor != person.id && p.pair.mentee != person.id) continue;
        a.pairs.push_back(p.pair);
        a.items.insert(a.items.end(), p.items.begin(), p.items.end());
    }
    sort_items(a.items);
    return a;
}

Agenda pair_agenda(const PairItems& pair, const AgendaWindow& window) {
    return Agenda{"", pair.pair.id, window, {pair.pair}, pair.items};
}

}  // namespace mentor
