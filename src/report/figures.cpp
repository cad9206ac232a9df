// The figures of one pair (counts, dates, statuses), and of many pairs read
// in parallel. Everything the cohort and person reports show comes from here.

#include <algorithm>
#include <set>

#include "core/parallel.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/plan/attention.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/plan/schedule.hpp"
#include "mentor/report/report.hpp"

namespace mentor {

std::optional<PairStatus> status_as_of(const Pair& pair, Date day) {
    auto on_or_before = [day](const std::string& text) {
        auto d = parse_iso_date(text);
        return !d || *d <= day;  // a missing or unreadable date does not move the status
    };
    const bool started = !pair.started.empty() && on_or_before(pair.started);
    // A pair recorded after it started (entered by hand later) existed from its start.
    if (!pair.created.empty() && !on_or_before(pair.created) && !started) return std::nullopt;
    if (pair.status == PairStatus::Proposed) return pair.status;
    if (pair.status == PairStatus::Closed && !pair.ended.empty() && !on_or_before(pair.ended))
        return started ? PairStatus::Active : PairStatus::Proposed;
    if (pair.status != PairStatus::Closed && !pair.started.empty() && !started) return PairStatus::Proposed;
    return pair.status;
}

std::optional<double> PairFigures::adherence() const {
    if (planned_due == 0) return std::nullopt;
    return static_cast<double>(held_slots) / planned_due;
}

std::optional<double> PairFigures::average_rating() const {
    if (rated == 0) return std::nullopt;
    return static_cast<double>(rating_sum) / rated;
}

GroupFigure group_figure(int pairs, int min_group) { return {pairs, pairs < min_group}; }

std::string withheld_text(int min_group) {
    // TRANSLATORS: shown instead of a figure computed over too few pairs to stay anonymous.
    return trnf("fewer than {} pair", "fewer than {} pairs", static_cast<unsigned long>(min_group), min_group);
}

bool PairFigures::checkin_overdue() const {
    return std::any_of(checkins_due.begin(), checkins_due.end(), [](const CheckInDue& d) { return d.overdue; });
}

std::optional<Fit> PairFigures::last_fit(Role side) const {
    std::optional<Fit> last;
    for (const auto& a : answers)
        if (a.by == side) last = a.fit;
    return last;
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

void count_goals(PairFigures& f, const Plan& plan, Date as_of) {
    for (const auto& g : plan.goals) {
        switch (goal_state(g, as_of)) {
            case GoalState::Achieved: ++f.goals_achieved; break;
            case GoalState::Dropped: ++f.goals_dropped; break;
            case GoalState::Overdue: ++f.goals_overdue; break;
            case GoalState::Open: ++f.goals_open; break;
        }
    }
}

void count_schedule(PairFigures& f, const Pair& pair, const Plan& plan, const std::set<Date>& held,
                    const ReportOptions& o) {
    Pair then = pair;  // schedule_status() plans a next session for an active pair only
    then.status = f.status;
    for (const auto& [date, status] : schedule_status(then, plan, held, o.as_of())) {
        if (status == SlotStatus::Next) f.next_session = date;
        if (!o.in_period(date)) continue;
        ++f.planned;
        if (status == SlotStatus::Held || status == SlotStatus::Missed) ++f.planned_due;
        if (status == SlotStatus::Held) ++f.held_slots;
    }
}

void count_actions(PairFigures& f, const Journal& journal, const ReportOptions& o) {
    for (const auto& a : action_states(journal, o.as_of())) {
        auto agreed = date_of(a.session);
        if (agreed && !o.in_period(*agreed)) continue;
        if (a.status == ActionStatus::Cancelled) continue;  // no longer owed, never achieved
        ActionCounts& c = a.action.owner == Role::Mentor ? f.mentor_actions : f.mentee_actions;
        (a.status == ActionStatus::Done ? c.done : a.status == ActionStatus::Overdue ? c.overdue : c.open)++;
    }
}

// The shared rule (plan/attention.hpp), on the figures' dates.
void assess_risk(PairFigures& f, Date as_of) {
    const Attention a = pair_attention({f.status, f.has_plan, f.start, f.end, f.last_session, f.cadence_days}, as_of);
    f.risk = a.risk;
    f.days_since_contact = a.days_since_contact;
}

// The journal as it stood on `day`: sessions dated later had not happened
// (a future date is a data problem `mentor validate` reports). A copy only
// when there is something to drop.
const Journal& journal_as_of(const Journal& journal, Date day, Journal& copy) {
    auto later = [day](const Session& s) {
        auto d = date_of(s.date);
        return d && *d > day;
    };
    if (std::none_of(journal.sessions.begin(), journal.sessions.end(), later)) return journal;
    copy.pair = journal.pair;
    for (const auto& s : journal.sessions)
        if (!later(s)) copy.sessions.push_back(s);
    return copy;
}

// The relationship's health as of the report's date: check-ins, attention,
// and how it ended (journal/health.hpp holds the rules).
void assess_health(PairFigures& f, const Pair& pair, const Journal& journal, const Settings& settings, Date as_of) {
    Pair then = pair;  // the pair as it stood on as_of
    then.status = f.status;
    then.started = f.started;
    then.ended = f.ended;
    f.checkins_due = checkins_due(then, journal, settings, as_of);
    f.checkin_response = checkin_response(then, journal, settings, as_of);
    f.needs_attention = f.status != PairStatus::Closed && needs_attention(journal, as_of).needed;
    for (const auto& c : journal.checkins)
        if (auto d = date_of(c.date); d && *d <= as_of) f.answers.push_back({c.date, c.by, c.fit, c.rating});
    if (f.status != PairStatus::Closed) return;
    f.reason = pair.reason;
    f.declined = f.started.empty() && pair.reason.has_value();
    auto started = date_of(f.started), ended = date_of(f.ended);
    f.closed_early = started && ended && *ended < started->add_months(std::max(1, settings.early_months));
    std::set<Role> sides;
    for (const auto& c : journal.closings)
        if (auto d = date_of(c.date); d && *d <= as_of && (!started || *d >= *started)) sides.insert(c.by);
    f.closing_reviews = !pair.review.empty() ? 2 : static_cast<int>(sides.size());
}

}  // namespace

PairFigures pair_figures(const Pair& pair, const Plan* plan, const Journal& all_sessions, const Settings& settings,
                         const ReportOptions& o) {
    const Date as_of = o.as_of();
    Journal copy;
    const Journal& journal = journal_as_of(all_sessions, as_of, copy);
    PairFigures f;
    f.id = pair.id();
    f.mentor = pair.mentor;
    f.mentee = pair.mentee;
    f.cohort = pair.cohort;
    f.kind = pair.kind;
    const auto status = status_as_of(pair, as_of);
    f.exists = status.has_value();
    f.status = status.value_or(PairStatus::Proposed);
    auto by_then = [as_of](const std::string& text) {  // a start or end after as_of had not happened
        auto d = date_of(text);
        return d && *d > as_of ? std::string() : text;
    };
    f.started = by_then(pair.started);
    f.ended = by_then(pair.ended);
    f.has_plan = plan != nullptr;
    f.cadence = plan ? plan->agreement.cadence : "";
    f.cadence_days = held_cadence_days(plan, settings);
    f.start = date_of(plan && !plan->agreement.start.empty() ? plan->agreement.start : pair.started);
    if (plan) f.end = !plan->schedule.empty() ? date_of(plan->schedule.back()) : date_of(plan->agreement.until);
    const int length = plan ? plan->agreement.length : settings.default_session_length;

    std::set<Date> held;
    for (const auto& s : journal.sessions) {
        auto date = date_of(s.date);
        if (!date) continue;
        held.insert(*date);
        f.last_session = std::max(f.last_session.value_or(*date), *date);
        if (!o.counts(*date)) continue;
        f.session_dates.push_back(*date);
        f.minutes += s.duration.value_or(length);
        if (s.rating) f.rating_sum += *s.rating, ++f.rated;
    }
    std::sort(f.session_dates.begin(), f.session_dates.end());
    if (plan) {
        count_goals(f, *plan, as_of);
        count_schedule(f, pair, *plan, held, o);
    }
    count_actions(f, journal, o);
    assess_risk(f, as_of);
    assess_health(f, pair, all_sessions, settings, as_of);
    return f;
}

std::vector<PairFigures> load_pair_figures(const Store& store, const Records& records,
                                           const std::vector<const Pair*>& pairs, const ReportOptions& options,
                                           Diagnostics& diagnostics) {
    std::vector<PairFigures> figures(pairs.size());
    std::vector<Diagnostics> found(pairs.size());
    detail::parallel_for(pairs.size(), [&](size_t i) {
        const Pair& pair = *pairs[i];
        const std::optional<Plan> plan = load_plan_noting(store, pair.id(), found[i]);
        Journal journal = load_journal(store.root(), pair.id());
        found[i].insert(found[i].end(), journal.diagnostics.begin(), journal.diagnostics.end());
        figures[i] = pair_figures(pair, plan ? &*plan : nullptr, journal, records.settings, options);
    });
    merge_diagnostics(found, diagnostics);
    return figures;
}

}  // namespace mentor
