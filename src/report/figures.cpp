// The figures of one pair (counts, dates, statuses), and of many pairs read
// in parallel. Everything the cohort and person reports show comes from here.

#include <algorithm>
#include <set>

#include "core/parallel.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/plan/schedule.hpp"
#include "mentor/report/report.hpp"

namespace mentor {

std::string to_string(Risk risk) {
    switch (risk) {
        case Risk::NoFirstSession: return "no first session";
        case Risk::Inactive: return "inactive";
        case Risk::None: break;
    }
    return "none";
}

std::optional<double> PairFigures::adherence() const {
    if (planned_due == 0) return std::nullopt;
    return static_cast<double>(held_slots) / planned_due;
}

std::optional<double> PairFigures::average_rating() const {
    if (rated == 0) return std::nullopt;
    return static_cast<double>(rating_sum) / rated;
}

ActionCounts PairFigures::actions() const {
    return {mentor_actions.open + mentee_actions.open, mentor_actions.overdue + mentee_actions.overdue,
            mentor_actions.done + mentee_actions.done};
}

namespace {

std::optional<Date> date_of(const std::string& text) {
    if (text.size() < 10) return std::nullopt;
    return parse_iso_date(std::string_view(text).substr(0, 10));
}

// The rhythm a pair is held to: its plan's, else the program's default (a
// pair made active by hand has no plan but still should not fall silent).
int cadence_days(const Plan* plan, const Settings& settings) {
    for (const std::string* text : {plan ? &plan->agreement.cadence : nullptr, &settings.default_cadence}) {
        if (!text || text->empty()) continue;
        try {
            return parse_cadence(*text).nominal_days();
        } catch (const Error&) {
            // An unreadable cadence was reported when the plan was read; try the next.
        }
    }
    return 0;
}

void count_goals(PairFigures& f, const Plan& plan, Date today) {
    for (const auto& g : plan.goals) {
        switch (g.status) {
            case GoalStatus::Achieved: ++f.goals_achieved; break;
            case GoalStatus::Dropped: ++f.goals_dropped; break;
            case GoalStatus::Open: {
                auto due = date_of(g.due);
                (due && *due < today ? f.goals_overdue : f.goals_open)++;
                break;
            }
        }
    }
}

void count_schedule(PairFigures& f, const Pair& pair, const Plan& plan, const std::set<Date>& held,
                    const ReportOptions& o) {
    for (const auto& [date, status] : schedule_status(pair, plan, held, o.today)) {
        if (status == SlotStatus::Next) f.next_session = date;
        if (!o.in_period(date)) continue;
        ++f.planned;
        if (status == SlotStatus::Held || status == SlotStatus::Missed) ++f.planned_due;
        if (status == SlotStatus::Held) ++f.held_slots;
    }
}

void count_actions(PairFigures& f, const Journal& journal, const ReportOptions& o) {
    for (const auto& a : action_states(journal, o.today)) {
        auto agreed = date_of(a.session);
        if (agreed && !o.in_period(*agreed)) continue;
        ActionCounts& c = a.action.owner == Role::Mentor ? f.mentor_actions : f.mentee_actions;
        (a.status == ActionStatus::Done ? c.done : a.status == ActionStatus::Overdue ? c.overdue : c.open)++;
    }
}

void assess_risk(PairFigures& f, const ReportOptions& o) {
    if (f.last_session)
        f.days_since_contact = days_between(*f.last_session, o.today);
    else if (f.start && *f.start <= o.today)
        f.days_since_contact = days_between(*f.start, o.today);
    if (f.status != PairStatus::Active || !f.days_since_contact) return;
    if (!f.last_session && *f.days_since_contact > kFirstSessionGraceDays)
        f.risk = Risk::NoFirstSession;
    else if (f.last_session && f.cadence_days > 0 && *f.days_since_contact > 2 * f.cadence_days)
        f.risk = Risk::Inactive;
}

}  // namespace

PairFigures pair_figures(const Pair& pair, const Plan* plan, const Journal& journal, const Settings& settings,
                         const ReportOptions& o) {
    PairFigures f;
    f.id = pair.id();
    f.mentor = pair.mentor;
    f.mentee = pair.mentee;
    f.cohort = pair.cohort;
    f.kind = pair.kind;
    f.status = pair.status;
    f.started = pair.started;
    f.ended = pair.ended;
    f.has_plan = plan != nullptr;
    f.cadence = plan ? plan->agreement.cadence : "";
    f.cadence_days = cadence_days(plan, settings);
    f.start = date_of(plan && !plan->agreement.start.empty() ? plan->agreement.start : pair.started);
    if (plan) f.end = !plan->schedule.empty() ? date_of(plan->schedule.back()) : date_of(plan->agreement.until);
    const int length = plan ? plan->agreement.length : settings.default_session_length;

    std::set<Date> held;
    for (const auto& s : journal.sessions) {
        auto date = date_of(s.date);
        if (!date) continue;
        held.insert(*date);
        if (*date <= o.today) f.last_session = std::max(f.last_session.value_or(*date), *date);
        if (!o.in_period(*date)) continue;
        f.session_dates.push_back(*date);
        f.minutes += s.duration.value_or(length);
        if (s.rating) f.rating_sum += *s.rating, ++f.rated;
    }
    std::sort(f.session_dates.begin(), f.session_dates.end());
    if (plan) {
        count_goals(f, *plan, o.today);
        count_schedule(f, pair, *plan, held, o);
    }
    count_actions(f, journal, o);
    assess_risk(f, o);
    return f;
}

std::vector<PairFigures> load_pair_figures(const Store& store, const Records& records,
                                           const std::vector<const Pair*>& pairs, const ReportOptions& options,
                                           Diagnostics& diagnostics) {
    std::vector<PairFigures> figures(pairs.size());
    std::vector<Diagnostics> found(pairs.size());
    detail::parallel_for(pairs.size(), [&](size_t i) {
        const Pair& pair = *pairs[i];
        std::optional<Plan> plan;
        try {
            plan = load_plan(store, pair.id());
        } catch (const Error& e) {
            found[i].push_back(Diagnostic{e.where(), Severity::Error, e.message()});
        }
        Journal journal = load_journal(store.root(), pair.id());
        for (auto& d : journal.diagnostics) found[i].push_back(std::move(d));
        figures[i] = pair_figures(pair, plan ? &*plan : nullptr, journal, records.settings, options);
    });
    for (auto& list : found)
        for (auto& d : list) diagnostics.push_back(std::move(d));
    sort_diagnostics(diagnostics);
    return figures;
}

}  // namespace mentor
