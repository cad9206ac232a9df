// Building the pair, person and cohort reports from records and pair figures.

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "mentor/core/i18n.hpp"
#include "mentor/matching/unmatched.hpp"
#include "mentor/report/report.hpp"

namespace mentor {
namespace {

std::string name_of(const Records& records, const std::string& id) {
    const Person* p = records.person(id);
    return p && !p->name.empty() ? p->name : id;
}

template <typename Get>
int sum(const std::vector<PairFigures>& pairs, Get get) {
    int total = 0;
    for (const auto& p : pairs) total += get(p);
    return total;
}

std::string month_of(Date d) { return d.str().substr(0, 7); }

Date first_of_month(Date d) { return Date::from_ymd(d.year(), d.month(), 1); }

// Pairs that existed on the report's date, by id.
std::vector<PairFigures> existing(std::vector<PairFigures> pairs) {
    std::erase_if(pairs, [](const PairFigures& p) { return !p.exists; });
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return pairs;
}

}  // namespace

std::map<std::string, int> sessions_by_month(const std::vector<PairFigures>& pairs, const ReportOptions& options) {
    std::map<std::string, int> months;
    std::optional<Date> first = options.since;
    for (const auto& p : pairs) {
        for (Date d : p.session_dates) ++months[month_of(d)];
        if (options.since) continue;
        for (auto d : {p.session_dates.empty() ? std::nullopt : std::optional<Date>(p.session_dates.front()), p.start})
            if (d && *d <= options.as_of()) first = std::min(first.value_or(*d), *d);
    }
    if (!first) return months;
    for (Date d = first_of_month(*first); d <= options.as_of(); d = d.add_months(1)) months[month_of(d)];
    return months;
}

std::vector<ReportProblem> report_problems(const Diagnostics& diagnostics) {
    std::vector<ReportProblem> out;
    for (const auto& d : diagnostics)
        if (d.severity == Severity::Error) out.push_back({d.where.file, d.where.line, d.message});
    return out;
}

LoadBand load_band(const MentorLoad& m) {
    if (m.load > m.capacity) return LoadBand::Over;
    if (m.load == m.capacity) return LoadBand::At;
    return 2 * m.load < m.capacity ? LoadBand::FarUnder : LoadBand::Under;
}

std::string percent_text(std::optional<double> ratio) { return ratio ? percent_of(*ratio) : "–"; }

namespace {
// One wording each, for JSON (as written, in every language) and the views (translated).
constexpr const char* kMatchedLater = N_("not matched yet (matched on {})");
constexpr const char* kOutside = N_("inactive or outside the cohort");
}  // namespace

std::vector<std::string> unmatched_reasons(const Unmatched& u, bool translated) {
    if (!u.matched_on.empty())
        return {translated ? trf(kMatchedLater, date_long(u.matched_on)) : fmt::format(fmt::runtime(kMatchedLater), u.matched_on)};
    if (u.reasons.english.empty()) return {translated ? tr(kOutside) : kOutside};
    return translated ? u.reasons.shown() : u.reasons.english;
}

PairReport build_pair_report(const Records& records, const Pair& pair, std::optional<Plan> plan, const Journal& journal,
                             const ReportOptions& options) {
    PairReport r;
    r.figures = pair_figures(pair, plan ? &*plan : nullptr, journal, records.settings, options);
    r.mentor_name = name_of(records, pair.mentor);
    r.mentee_name = name_of(records, pair.mentee);
    r.plan = std::move(plan);
    r.include_private = options.include_private;
    r.options = options;
    // The journal as of the report's date: what was agreed and done by then.
    Journal then;
    then.pair = journal.pair;
    for (const auto& s : journal.sessions) {
        auto date = parse_iso_date(s.date);
        if (!date || *date <= options.as_of()) then.sessions.push_back(s);
    }
    then.followups = journal.followups;  // action_state reads those up to the day only
    for (auto& a : action_states(then, options.as_of())) {
        auto agreed = parse_iso_date(std::string_view(a.session).substr(0, 10));
        if (!agreed || options.in_period(*agreed)) r.actions.push_back(std::move(a));
    }
    for (auto& s : then.sessions) {
        auto date = parse_iso_date(s.date);
        if (!date || options.in_period(*date)) r.journal.push_back(std::move(s));
    }
    auto by_then = [&](const std::string& date) {
        auto d = parse_iso_date(date);
        return !d || *d <= options.as_of();
    };
    for (const auto& c : journal.checkins)
        if (by_then(c.date)) r.checkins.push_back(c);
    for (const auto& c : journal.closings)
        if (by_then(c.date)) r.closings.push_back(c);
    if (r.figures.status == PairStatus::Closed) r.reason = pair.reason, r.legacy_review = pair.review;
    return r;
}

int PersonReport::sessions() const {
    int total = 0;
    for (const auto* list : {&as_mentor, &as_mentee})
        for (const auto& p : *list) total += p.sessions();
    return total;
}

PersonReport build_person_report(const Records& records, const Person& person, std::vector<PairFigures> pairs,
                                 const ReportOptions& options) {
    PersonReport r;
    r.id = person.id;
    r.name = person.name;
    r.roles = person.roles;
    r.active = person.active;
    r.options = options;
    for (auto& p : existing(std::move(pairs))) {
        if (p.mentor == person.id && p.status != PairStatus::Closed) ++r.load;
        const Role side = p.mentor == person.id ? Role::Mentor : Role::Mentee;
        for (const auto& a : p.answers)
            if (a.by == side) r.checkins.push_back({p.id, a});
        (p.mentor == person.id ? r.as_mentor : r.as_mentee).push_back(std::move(p));
    }
    if (person.has_role(Role::Mentor)) r.capacity = records.settings.capacity_of(person);
    std::stable_sort(r.checkins.begin(), r.checkins.end(),
                     [](const auto& a, const auto& b) { return a.second.date < b.second.date; });
    return r;
}

std::vector<const Pair*> cohort_pairs(const Records& records, const std::string& cohort) {
    std::vector<const Pair*> out;
    for (const auto& p : records.pairs) {
        const Person* mentee = records.person(p.mentee);
        if (cohort.empty() || p.cohort == cohort || (p.cohort.empty() && mentee && mentee->in_cohort(cohort)))
            out.push_back(&p);
    }
    return out;
}

CohortReport build_cohort_report(const Records& records, const std::string& cohort, std::vector<PairFigures> pairs,
                                 const ReportOptions& options) {
    CohortReport r;
    r.cohort = cohort;
    r.program = records.settings.program;
    r.options = options;
    r.min_group = records.settings.min_group;
    r.early_months = records.settings.early_months;
    r.pairs = existing(std::move(pairs));
    for (auto s : {PairStatus::Proposed, PairStatus::Active, PairStatus::Paused, PairStatus::Closed})
        r.pairs_by_status[s] = 0;
    for (const auto& p : r.pairs) ++r.pairs_by_status[p.status];
    r.sessions_by_month = sessions_by_month(r.pairs, options);

    // Loads and matched mentees from every pair of the records that existed
    // then: a mentor's capacity is held by pairs of any cohort.
    std::unordered_map<std::string, int> load;
    std::unordered_set<std::string> matched;
    std::unordered_map<std::string, std::string> matched_later;  // mentee -> when their pair was made
    for (const auto& p : records.pairs) {
        const auto status = status_as_of(p, options.as_of());
        if (!status) {
            const std::string& made = p.created.empty() ? p.started : p.created;
            std::string& when = matched_later[p.mentee];
            when = when.empty() ? made : std::min(when, made);
            continue;
        }
        if (*status != PairStatus::Closed) ++load[p.mentor];
        // A declined pair never started: its mentee waits for the next match.
        if (*status != PairStatus::Closed || !p.declined()) matched.insert(p.mentee);
    }
    std::vector<const Person*> waiting;
    for (const auto& person : records.people) {
        if (!cohort.empty() && !person.in_cohort(cohort)) continue;
        if (!person.active) {
            ++r.inactive;
            continue;
        }
        ++r.people;
        if (person.has_role(Role::Mentor)) {
            ++r.mentors;
            auto it = load.find(person.id);
            r.mentor_load.push_back({person.id, it == load.end() ? 0 : it->second, records.settings.capacity_of(person)});
        }
        if (person.has_role(Role::Mentee)) {
            ++r.mentees;
            if (matched.count(person.id))
                ++r.mentees_matched;
            else
                waiting.push_back(&person);
        }
    }
    // One pass of the matcher's compiled rules for all waiting mentees: their
    // reasons in English for JSON and CSV, and in the user's language for the views.
    std::map<std::string, UnmatchedMentee> reasons;
    for (auto& u : unmatched_mentees(records, cohort)) reasons[u.mentee] = std::move(u);
    r.unmatched.resize(waiting.size());
    for (size_t i = 0; i < waiting.size(); ++i) {
        const std::string& id = waiting[i]->id;
        auto it = reasons.find(id);
        auto later = matched_later.find(id);
        // The matcher's reasons are today's; a mentee matched after the report's date was simply waiting then.
        if (later != matched_later.end())
            r.unmatched[i] = {id, {}, later->second};
        else
            r.unmatched[i] = {id, it != reasons.end() ? std::move(it->second.reasons) : Sentences{}, {}};
    }
    auto contact = [&](const std::string& id) {
        if (const Person* p = records.person(id)) r.contacts[id] = {p->name, p->email};
    };
    for (const auto& m : r.mentor_load) contact(m.id);
    for (const auto& p : r.pairs) contact(p.mentor), contact(p.mentee);
    return r;
}

std::string CohortReport::name_of(const std::string& id) const {
    auto it = contacts.find(id);
    return it != contacts.end() && !it->second.name.empty() ? it->second.name : id;
}

int CohortReport::minutes() const { return sum(pairs, [](const PairFigures& p) { return p.minutes; }); }
int CohortReport::rated() const { return sum(pairs, [](const PairFigures& p) { return p.rated; }); }

std::vector<const MentorLoad*> CohortReport::mentors_in(LoadBand band) const {
    std::vector<const MentorLoad*> out;
    for (const auto& m : mentor_load)
        if (load_band(m) == band) out.push_back(&m);
    return out;
}

std::optional<double> CohortReport::match_rate() const {
    if (mentees == 0) return std::nullopt;
    return static_cast<double>(mentees_matched) / mentees;
}

int CohortReport::sessions() const { return sum(pairs, [](const PairFigures& p) { return p.sessions(); }); }
int CohortReport::planned_due() const { return sum(pairs, [](const PairFigures& p) { return p.planned_due; }); }
int CohortReport::held_slots() const { return sum(pairs, [](const PairFigures& p) { return p.held_slots; }); }
int CohortReport::goals_open() const { return sum(pairs, [](const PairFigures& p) { return p.goals_open; }); }
int CohortReport::goals_overdue() const { return sum(pairs, [](const PairFigures& p) { return p.goals_overdue; }); }
int CohortReport::goals_achieved() const { return sum(pairs, [](const PairFigures& p) { return p.goals_achieved; }); }
int CohortReport::goals_dropped() const { return sum(pairs, [](const PairFigures& p) { return p.goals_dropped; }); }

std::optional<double> CohortReport::adherence() const {
    int due = planned_due();
    if (due == 0) return std::nullopt;
    return static_cast<double>(held_slots()) / due;
}

GroupFigure CohortReport::rating_group() const {
    return group_figure(static_cast<int>(std::count_if(pairs.begin(), pairs.end(), [](const PairFigures& p) { return p.rated > 0; })),
                        min_group);
}

CheckInResponse CohortReport::checkin_response() const {
    CheckInResponse r;
    for (const auto& p : pairs) r.due += p.checkin_response.due, r.answered += p.checkin_response.answered;
    return r;
}

std::map<Fit, int> CohortReport::fit_distribution() const {
    std::map<Fit, int> out = {{Fit::Good, 0}, {Fit::Unsure, 0}, {Fit::Poor, 0}};
    for (const auto& p : pairs)
        for (Role side : {Role::Mentor, Role::Mentee})
            if (auto fit = p.last_fit(side)) ++out[*fit];
    return out;
}

GroupFigure CohortReport::fit_group() const {
    return group_figure(static_cast<int>(std::count_if(pairs.begin(), pairs.end(), [](const PairFigures& p) { return !p.answers.empty(); })),
                        min_group);
}

namespace {
template <class Keep>
std::vector<const PairFigures*> pairs_where(const std::vector<PairFigures>& pairs, Keep keep) {
    std::vector<const PairFigures*> out;
    for (const auto& p : pairs)
        if (keep(p)) out.push_back(&p);
    return out;
}
}  // namespace

std::vector<const PairFigures*> CohortReport::needing_attention() const {
    return pairs_where(pairs, [](const PairFigures& p) { return p.needs_attention; });
}

std::vector<const PairFigures*> CohortReport::closed_early() const {
    return pairs_where(pairs, [](const PairFigures& p) { return p.closed_early; });
}

int CohortReport::started() const {
    return static_cast<int>(pairs_where(pairs, [](const PairFigures& p) { return !p.started.empty(); }).size());
}

std::optional<double> CohortReport::closed_early_rate() const {
    if (started() == 0) return std::nullopt;
    return static_cast<double>(closed_early().size()) / started();
}

std::map<ClosingReason, int> CohortReport::closing_reasons() const {
    std::map<ClosingReason, int> out;
    for (size_t i = 0; i < std::size(kClosingReasons); ++i) out[static_cast<ClosingReason>(i)] = 0;
    for (const auto& p : pairs)
        if (p.reason) ++out[*p.reason];
    return out;
}

GroupFigure CohortReport::reasons_group() const {
    return group_figure(static_cast<int>(pairs_where(pairs, [](const PairFigures& p) { return p.reason.has_value(); }).size()),
                        min_group);
}

std::vector<const PairFigures*> CohortReport::without_review() const {
    return pairs_where(pairs, [](const PairFigures& p) {
        return p.status == PairStatus::Closed && !p.declined && p.closing_reviews == 0;
    });
}

std::optional<double> CohortReport::average_rating() const {
    if (rated() == 0) return std::nullopt;
    return static_cast<double>(sum(pairs, [](const PairFigures& p) { return p.rating_sum; })) / rated();
}

int CohortReport::capacity() const {
    int total = 0;
    for (const auto& m : mentor_load) total += m.capacity;
    return total;
}

int CohortReport::load() const {
    int total = 0;
    for (const auto& m : mentor_load) total += m.load;
    return total;
}

ActionCounts CohortReport::actions() const {
    ActionCounts total;
    for (const auto& p : pairs) {
        ActionCounts a = p.actions();
        total.open += a.open;
        total.overdue += a.overdue;
        total.done += a.done;
    }
    return total;
}

std::vector<const PairFigures*> CohortReport::at_risk() const {
    std::vector<const PairFigures*> out;
    for (const auto& p : pairs)
        if (p.risk != Risk::None) out.push_back(&p);
    std::stable_sort(out.begin(), out.end(), [](const PairFigures* a, const PairFigures* b) {
        return a->days_since_contact.value_or(0) > b->days_since_contact.value_or(0);
    });
    return out;
}

std::vector<const PairFigures*> CohortReport::closing_soon() const {
    std::vector<const PairFigures*> out;
    const Date as_of = options.as_of(), horizon = as_of + kUpcomingClosingDays;
    for (const auto& p : pairs)
        if (p.status == PairStatus::Active && p.end && *p.end >= as_of && *p.end <= horizon) out.push_back(&p);
    std::stable_sort(out.begin(), out.end(), [](const PairFigures* a, const PairFigures* b) { return *a->end < *b->end; });
    return out;
}

}  // namespace mentor
