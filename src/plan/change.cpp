// Applying `mentor plan` changes: agreement, schedule, goals, lifecycle.

#include <algorithm>

#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/schema.hpp"

namespace mentor {

bool PlanChange::touches_agreement() const {
    return start || cadence || time || length || sessions || until || mode || !rules.empty();
}

bool PlanChange::empty() const {
    return !touches_agreement() && goals.empty() && achieve.empty() && drop.empty() &&
           lifecycle == Lifecycle::None && review.empty() && !reason && !by && !goals_assessment;
}

namespace {

Date to_date(const std::string& text) { return *parse_iso_date(text); }

std::vector<Date> dates_of(const std::vector<std::string>& texts) {
    std::vector<Date> out;
    for (const auto& t : texts)
        if (auto d = parse_iso_date(t)) out.push_back(*d);
    return out;
}

std::vector<std::string> texts_of(const std::vector<Date>& dates) {
    std::vector<std::string> out;
    for (const auto& d : dates) out.push_back(d.str());
    return out;
}

ScheduleLimit limit_of(const Agreement& a) {
    if (!a.until.empty()) return ScheduleLimit::until(to_date(a.until));
    return ScheduleLimit::sessions(a.sessions.value_or(0));
}

std::set<Date> holidays_of(const Settings& settings) {
    std::set<Date> out;
    for (const auto& h : settings.holidays)
        if (auto d = parse_iso_date(h)) out.insert(*d);
    return out;
}

// Held sessions and the past are history: the first day whose planned date
// may still move. A session held today makes it tomorrow.
Date first_movable_day(const std::set<Date>& held, Date today) {
    return held.count(today) ? today + 1 : today;
}

// The schedule without the dates from `from` on, except held ones.
std::vector<std::string> history_only(const std::vector<std::string>& schedule, const std::set<Date>& held, Date from) {
    std::vector<std::string> out;
    for (const auto& text : schedule) {
        Date d = to_date(text);
        if (d < from || held.count(d)) out.push_back(text);
    }
    return out;
}

Cadence settings_cadence(const Settings& settings) {
    try {
        return parse_cadence(settings.default_cadence);
    } catch (const Error& e) {
        // TRANSLATORS: {} says what is wrong with the cadence; "defaults: cadence" is the key in mentor.yaml.
        throw Error(Location{std::string(layout::kSettingsFile)}, trf("defaults: cadence: {}", e.message()));
    }
}

void check_values(const PlanChange& c) {
    // The agreement's schema checks the flags, in the words of the reader.
    const auto& schema = schema::agreement();
    auto check = [&](const char* key, const std::string& value, const char* flag) {
        if (auto message = schema::problem(schema.at(key), value, flag)) throw usage_error(*message);
    };
    if (c.sessions) check("sessions", std::to_string(*c.sessions), "--sessions");
    if (c.length) check("length", std::to_string(*c.length), "--length");
    if (c.time) check("time", *c.time, "--time");
    if (c.mode) check("mode", *c.mode, "--mode");
    for (const auto& g : c.goals)
        if (g.title.find_first_not_of(" \t") == std::string::npos) throw usage_error(tr("--goal needs a title"));
    const bool ending = c.lifecycle == Lifecycle::Close || c.lifecycle == Lifecycle::Decline;
    if (!ending && (!c.review.empty() || c.reason || c.by || c.goals_assessment))
        throw usage_error(tr("--reason, --by, --review and --assess go with --close or --decline"));
    if ((!c.review.empty() || c.goals_assessment) && !c.by)
        throw usage_error(tr("--review and --assess are one side's: give --by mentor or --by mentee"));
    if (c.by && c.review.find_first_not_of(" \t\n") == std::string::npos && !c.goals_assessment)
        // TRANSLATORS: {} is the side given to --by: mentor or mentee, as typed.
        throw usage_error(trf("--by {} needs --review TEXT (a few words on how it went) or --assess", to_string(*c.by)));
    if (c.touches_agreement() && (c.lifecycle == Lifecycle::Pause || ending))
        throw usage_error(tr("--pause, --close and --decline take no agreement option (--start, --cadence, ...)"));
}

void check_state(const Pair& pair, const PlanChange& c) {
    const std::string id = pair.id();
    const bool ending = c.lifecycle == Lifecycle::Close || c.lifecycle == Lifecycle::Decline;
    if (pair.status == PairStatus::Closed) {
        // The other side's closing review is all a closed pair still takes.
        const bool review_only = ending && c.by && (!c.reason || c.reason == pair.reason) && c.goals.empty() &&
                                 c.achieve.empty() && c.drop.empty();
        if (review_only) return;
        // TRANSLATORS: {0} the pair, {1} the day it ended.
        if (ending && c.by)
            throw Error(trf("pair {0} is already closed (ended {1}); to add a side's review give only --close --by SIDE --review TEXT",
                            id, date_long(pair.ended)));
        if (ending) throw Error(trf("pair {0} is already closed (ended {1})", id, date_long(pair.ended)));
        require_not_closed(pair, tr("its plan is read-only"));
    }
    // The status is shown as users type it (--status active).
    const std::string now = to_string(pair.status);
    if (ending && !c.reason)
        throw usage_error(trf("{} needs --reason: completed, goals-met, no-chemistry, availability, left-organisation or other",
                              c.lifecycle == Lifecycle::Close ? "--close" : "--decline"));
    // TRANSLATORS: in the refusals that follow, {0} is the pair and {1} its status as users type it (active, paused...).
    if (c.lifecycle == Lifecycle::Decline && pair.status != PairStatus::Proposed)
        throw Error(trf("cannot decline pair {0}: only a proposed pair can be declined (it is {1}); close it (--close)", id, now));
    if (c.lifecycle == Lifecycle::Close && pair.status == PairStatus::Proposed)
        throw Error(trf("pair {0} never started (it is {1}): decline it (--decline) instead of closing it", id, now));
    if (c.lifecycle == Lifecycle::Pause && pair.status != PairStatus::Active)
        throw Error(trf("cannot pause pair {0}: only an active pair can be paused (it is {1})", id, now));
    if (c.lifecycle == Lifecycle::Resume && pair.status != PairStatus::Paused)
        throw Error(trf("cannot resume pair {0}: it is not paused (it is {1})", id, now));
    if (c.touches_agreement() && pair.status == PairStatus::Paused && c.lifecycle != Lifecycle::Resume)
        throw Error(trf("pair {} is paused; change its agreement when resuming it (--resume)", id));
}

// Sets the agreement's fields from the change (and from the settings for a
// first agreement); returns whether the dates of the schedule must change.
bool update_agreement(Agreement& a, const PlanChange& c, const Settings& settings, Date today) {
    const bool first = a.start.empty();
    if (first) {
        a.start = today.str();
        a.cadence = settings_cadence(settings).str();
        a.time = kDefaultSessionTime;
        a.length = settings.default_session_length;
        a.sessions = settings.default_sessions;
        a.confidentiality = settings.confidentiality;
    }
    if (c.time) a.time = *c.time;
    if (c.length) a.length = *c.length;
    if (c.mode) a.mode = *c.mode;
    for (const auto& rule : c.rules)
        if (std::find(a.rules.begin(), a.rules.end(), rule) == a.rules.end()) a.rules.push_back(rule);
    const std::string cadence = c.cadence ? c.cadence->str() : a.cadence;
    bool dates_change = first || cadence != a.cadence;
    a.cadence = cadence;
    if (c.sessions) {
        dates_change = dates_change || a.sessions != c.sessions || !a.until.empty();
        a.sessions = c.sessions, a.until.clear();
    }
    if (c.until) {
        dates_change = dates_change || a.until != c.until->str() || a.sessions;
        a.until = c.until->str(), a.sessions.reset();
    }
    if (first && c.start) a.start = c.start->str();
    dates_change = dates_change || (c.start && c.start->str() != a.start);
    if (!a.until.empty() && a.until < a.start)
        throw usage_error(trf("the end {0} is before the start {1}", date_long(a.until), date_long(a.start)));
    return dates_change;
}

// Plans the dates from `from` on again (everything before is kept).
void replan(Plan& plan, const Settings& settings, const std::set<Date>& held, Date today,
            std::optional<Date> from) {
    Agreement& a = plan.agreement;
    const Date cut = first_movable_day(held, today);
    if (from && *from < today)
        throw usage_error(trf("cannot plan sessions from {0}, before today ({1}): past sessions are kept as they are",
                              date_long(*from), date_long(today)));
    if (from && *from < cut) from = cut;
    const std::vector<Date> kept = dates_of(history_only(plan.schedule, held, cut));
    const ScheduleLimit limit = limit_of(a);
    if (limit.kind == ScheduleLimit::Count && limit.count < static_cast<int>(kept.size()))
        // TRANSLATORS: {0} the value of --sessions, {1} the sessions already held or past.
        // clang-format off
        throw usage_error(trnf("--sessions {0} is fewer than the {1} session already past", "--sessions {0} is fewer than the {1} sessions already past",
                               kept.size(), limit.count, kept.size()));
        // clang-format on
    // The old dates from `cut` on tell regenerate_future where the next session was.
    auto dates = regenerate_future(dates_of(plan.schedule), cut, from, parse_cadence(a.cadence), limit, holidays_of(settings));
    // With no session kept, the whole schedule is new: the agreement starts with it.
    if (kept.empty() && from) a.start = from->str();
    plan.schedule = texts_of(dates);
}

std::string next_goal_id(const std::vector<Goal>& goals) {
    int highest = 0;
    for (const auto& g : goals)
        if (g.id.size() > 1 && g.id[0] == 'g' && g.id.find_first_not_of("0123456789", 1) == std::string::npos &&
            g.id.size() < 8)
            highest = std::max(highest, std::stoi(g.id.substr(1)));
    return "g" + std::to_string(highest + 1);
}

Error already_closed_goal(const std::string& id, GoalStatus status, const std::string& closed) {
    const bool achieved = status == GoalStatus::Achieved;
    if (closed.empty()) return Error(achieved ? trf("goal {} is already achieved", id) : trf("goal {} is already dropped", id));
    // TRANSLATORS: {0} the goal, {1} the day it was closed.
    return Error(achieved ? trf("goal {0} is already achieved ({1})", id, date_long(closed))
                          : trf("goal {0} is already dropped ({1})", id, date_long(closed)));
}

void close_goal(Plan& plan, const std::string& id, GoalStatus status, Date today) {
    auto it = std::find_if(plan.goals.begin(), plan.goals.end(), [&](const Goal& g) { return g.id == id; });
    if (it == plan.goals.end()) {
        std::string ids;
        for (const auto& g : plan.goals) ids += (ids.empty() ? "" : ", ") + g.id;
        if (ids.empty()) throw usage_error(trf("unknown goal '{}' (the plan has no goals)", id));
        // TRANSLATORS: {0} the id given, {1} the plan's goal ids ("g1, g2").
        throw usage_error(trf("unknown goal '{0}' (goals: {1})", id, ids));
    }
    if (it->status != GoalStatus::Open)
        throw Error(already_closed_goal(id, it->status, it->closed));
    it->status = status;
    it->closed = today.str();
}

}  // namespace

PlanUpdate apply_plan_change(const Pair& pair, const std::optional<Plan>& existing, const PlanChange& c,
                             const Settings& settings, const std::set<Date>& held, Date today) {
    check_values(c);
    check_state(pair, c);
    PlanUpdate u{pair, existing.value_or(Plan{}), false, false, std::nullopt, {}};
    Plan& plan = u.plan;
    plan.pair = pair.id();

    for (const auto& g : c.goals) {
        Goal goal;
        goal.id = next_goal_id(plan.goals);
        goal.title = g.title;
        goal.criterion = g.criterion;
        goal.due = g.due;
        plan.goals.push_back(goal);
        u.notes.push_back(trf("added goal {0}: {1}", goal.id, goal.title));
    }
    for (const auto& id : c.achieve) close_goal(plan, id, GoalStatus::Achieved, today), u.notes.push_back(trf("goal {} achieved", id));
    for (const auto& id : c.drop) close_goal(plan, id, GoalStatus::Dropped, today), u.notes.push_back(trf("goal {} dropped", id));
    u.plan_changed = !c.goals.empty() || !c.achieve.empty() || !c.drop.empty();

    const bool first = plan.agreement.start.empty();
    const std::string old_start = plan.agreement.start;
    if (c.touches_agreement() || (c.lifecycle == Lifecycle::Resume && !first)) {
        bool dates_change = update_agreement(plan.agreement, c, settings, today);
        if (first) {
            plan.schedule = texts_of(generate_schedule(to_date(plan.agreement.start), parse_cadence(plan.agreement.cadence),
                                                       limit_of(plan.agreement), holidays_of(settings)));
            // TRANSLATORS: {0} sessions, {1} the day of the first.
            u.notes.push_back(trnf("agreement set: {0} session planned from {1}", "agreement set: {0} sessions planned from {1}",
                                   plan.schedule.size(), plan.schedule.size(), date_long(plan.agreement.start)));
        } else if (dates_change || c.lifecycle == Lifecycle::Resume) {
            replan(plan, settings, held, today, c.start);
            u.notes.push_back(trf("schedule planned again from {}; past and held sessions kept",
                                  date_long(c.start ? *c.start : first_movable_day(held, today))));
        }
        u.plan_changed = true;
    }

    // A start moved before any session took place moves the pair's start with it.
    if (!first && plan.agreement.start != old_start && u.pair.started == old_start) u.pair.started = plan.agreement.start;

    if (c.by) {
        Closing closing;
        closing.pair = pair.id();
        closing.by = *c.by;
        closing.date = today.str();
        closing.file = layout::closing_stem(closing.date, closing.by);
        closing.review = c.review;
        closing.goals = c.goals_assessment;
        u.closing = closing;
        u.notes.push_back(*c.by == Role::Mentor ? tr("closing review of the mentor recorded") : tr("closing review of the mentee recorded"));
    }
    const bool already_closed = pair.status == PairStatus::Closed;
    switch (already_closed ? Lifecycle::None : c.lifecycle) {
        case Lifecycle::Pause:
        case Lifecycle::Close:
        case Lifecycle::Decline: {
            auto trimmed = history_only(plan.schedule, held, first_movable_day(held, today));
            if (trimmed != plan.schedule) plan.schedule = trimmed, u.plan_changed = true;
            u.pair.status = c.lifecycle == Lifecycle::Pause ? PairStatus::Paused : PairStatus::Closed;
            if (c.lifecycle != Lifecycle::Pause) u.pair.ended = today.str(), u.pair.reason = c.reason;
            // TRANSLATORS: {0} the pair, {1} the reason given to --reason, as typed (no-chemistry, completed...).
            u.notes.push_back(c.lifecycle == Lifecycle::Pause     ? trf("pair {} paused", pair.id())
                              : c.lifecycle == Lifecycle::Decline ? trf("pair {0} declined ({1})", pair.id(), to_string(*c.reason))
                                                                  : trf("pair {0} closed ({1})", pair.id(), to_string(*c.reason)));
            break;
        }
        case Lifecycle::Resume:
            u.pair.status = PairStatus::Active;
            u.notes.push_back(trf("pair {} resumed", pair.id()));
            break;
        case Lifecycle::None: break;
    }
    if (u.pair.status == PairStatus::Proposed && !plan.agreement.start.empty()) {
        u.pair.status = PairStatus::Active;
        u.pair.started = plan.agreement.start;
        u.notes.push_back(trf("pair {0} is now active (started {1})", pair.id(), date_long(u.pair.started)));
    }
    u.pair_changed = u.pair.status != pair.status || u.pair.started != pair.started || u.pair.ended != pair.ended ||
                     u.pair.reason != pair.reason;
    // A plan file is created only when there is something to keep in it.
    if (!existing && plan.agreement.start.empty() && plan.goals.empty()) u.plan_changed = false;
    if (u.plan_changed) plan.updated = today.str();
    // The calendar's SEQUENCE: a schedule written over is a new revision of its events.
    if (existing && !existing->schedule.empty() && plan.schedule != existing->schedule) ++plan.revision;
    return u;
}

}  // namespace mentor
