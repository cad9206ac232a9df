// Building the pair, person and cohort reports from records and pair figures.

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

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

// Every month from the first to the last, so that a chart shows the quiet months too.
std::map<std::string, int> sessions_by_month(const std::vector<PairFigures>& pairs) {
    std::map<std::string, int> months;
    std::optional<Date> first, last;
    for (const auto& p : pairs)
        for (Date d : p.session_dates) {
            ++months[month_of(d)];
            first = std::min(first.value_or(d), d);
            last = std::max(last.value_or(d), d);
        }
    if (!first) return months;
    for (Date d = Date::from_ymd(first->year(), first->month(), 1); d <= *last; d = d.add_months(1)) months[month_of(d)];
    return months;
}

}  // namespace

std::string percent_text(std::optional<double> ratio) {
    if (!ratio) return "–";
    return std::to_string(static_cast<int>(std::lround(*ratio * 100))) + "%";
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
    for (auto& a : action_states(journal, options.today)) {
        auto agreed = parse_iso_date(std::string_view(a.session).substr(0, 10));
        if (!agreed || options.in_period(*agreed)) r.actions.push_back(std::move(a));
    }
    for (const auto& s : journal.sessions) {
        auto date = parse_iso_date(s.date);
        if (!date || options.in_period(*date)) r.journal.push_back(s);
    }
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
    if (person.has_role(Role::Mentor)) {
        r.capacity = records.settings.capacity_of(person);
        r.load = records.mentor_load(person.id);
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    for (auto& p : pairs) (p.mentor == person.id ? r.as_mentor : r.as_mentee).push_back(std::move(p));
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
    std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    r.pairs = std::move(pairs);
    for (auto s : {PairStatus::Proposed, PairStatus::Active, PairStatus::Paused, PairStatus::Closed})
        r.pairs_by_status[s] = 0;
    for (const auto& p : r.pairs) ++r.pairs_by_status[p.status];
    r.sessions_by_month = sessions_by_month(r.pairs);

    // Loads and matched mentees from every pair of the records: a mentor's
    // capacity is held by pairs of any cohort.
    std::unordered_map<std::string, int> load;
    std::unordered_set<std::string> matched;
    for (const auto& p : records.pairs) {
        if (p.holds_capacity()) ++load[p.mentor];
        matched.insert(p.mentee);
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
    // One pass of the matcher's compiled rules for all waiting mentees.
    std::map<std::string, std::vector<std::string>> reasons;
    for (auto& [id, why] : unmatched_mentees(records, cohort)) reasons[id] = std::move(why);
    r.unmatched.resize(waiting.size());
    for (size_t i = 0; i < waiting.size(); ++i) {
        auto it = reasons.find(waiting[i]->id);
        r.unmatched[i] = {waiting[i]->id, it != reasons.end() ? it->second : std::vector<std::string>{"inactive or outside the cohort"}};
    }
    return r;
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

std::optional<double> CohortReport::average_rating() const {
    int rated = sum(pairs, [](const PairFigures& p) { return p.rated; });
    if (rated == 0) return std::nullopt;
    return static_cast<double>(sum(pairs, [](const PairFigures& p) { return p.rating_sum; })) / rated;
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
    const Date horizon = options.today + kUpcomingClosingDays;
    for (const auto& p : pairs)
        if (p.status == PairStatus::Active && p.end && *p.end >= options.today && *p.end <= horizon) out.push_back(&p);
    std::stable_sort(out.begin(), out.end(), [](const PairFigures* a, const PairFigures* b) { return *a->end < *b->end; });
    return out;
}

}  // namespace mentor
