// The relationship's health: check-in periods, attention, and the rules of
// new check-ins and closing reviews. See journal/health.hpp.

#include "mentor/journal/health.hpp"

#include <algorithm>
#include <set>

namespace mentor {
namespace {

std::optional<Date> day_of(const std::string& text) { return parse_iso_date(text); }

// The period of a day: 0 from the first session (and before it), then one
// more every `every` days.
long period_of(Date day, Date first, int every) {
    return day < first ? 0 : days_between(first, day) / every;
}

int every_days(const Settings& settings) { return std::max(1, settings.checkin_every_days); }

}  // namespace

std::optional<Date> first_session_day(const Journal& journal, Date today) {
    std::optional<Date> first;
    for (const auto& s : journal.sessions)
        if (auto d = day_of(s.date); d && *d <= today) first = std::min(first.value_or(*d), *d);
    return first;
}

std::vector<CheckInDue> checkins_due(const Pair& pair, const Journal& journal, const Settings& settings, Date today) {
    std::vector<CheckInDue> out;
    auto first = first_session_day(journal, today);
    if (pair.status != PairStatus::Active || !first) return out;
    const int every = every_days(settings);
    const long current = period_of(today, *first, every);
    const Date start = *first + static_cast<int>(current * every);
    for (Role side : {Role::Mentor, Role::Mentee}) {
        bool answered = false;
        for (const auto& c : journal.checkins)
            if (auto d = day_of(c.date); c.by == side && d && *d <= today && period_of(*d, *first, every) == current)
                answered = true;
        out.push_back({side, answered ? start + every : start, !answered && start < today});
    }
    return out;
}

CheckInResponse checkin_response(const Pair& pair, const Journal& journal, const Settings& settings, Date until) {
    CheckInResponse r;
    auto first = first_session_day(journal, until);
    if (!first) return r;
    Date last = until;
    if (pair.status == PairStatus::Closed)
        if (auto ended = day_of(pair.ended); ended && *ended < last) last = *ended;
    if (last < *first) return r;
    const int every = every_days(settings);
    const long periods = period_of(last, *first, every) + 1;
    r.due = static_cast<int>(2 * periods);
    std::set<std::pair<Role, long>> answered;
    for (const auto& c : journal.checkins)
        if (auto d = day_of(c.date); d && *d <= last) answered.insert({c.by, period_of(*d, *first, every)});
    r.answered = static_cast<int>(answered.size());
    return r;
}

const CheckIn* last_checkin(const Journal& journal, Role side, Date today) {
    const CheckIn* last = nullptr;
    for (const auto& c : journal.checkins)  // oldest first
        if (auto d = day_of(c.date); c.by == side && d && *d <= today) last = &c;
    return last;
}

FitConcern needs_attention(const Journal& journal, Date today) {
    for (Role side : {Role::Mentor, Role::Mentee}) {
        std::vector<const CheckIn*> answers;
        for (const auto& c : journal.checkins)
            if (auto d = day_of(c.date); c.by == side && d && *d <= today) answers.push_back(&c);
        if (answers.empty()) continue;
        const CheckIn& last = *answers.back();
        if (last.fit == Fit::Poor) return {true, side, "poor fit (" + to_string(side) + ", " + last.date + ")"};
        if (answers.size() >= 2 && last.fit == Fit::Unsure && answers[answers.size() - 2]->fit == Fit::Unsure)
            return {true, side, "unsure twice in a row (" + to_string(side) + ", " + last.date + ")"};
    }
    return {};
}

std::optional<std::string> checkin_problem(const Pair& pair, const Journal& journal, const CheckIn& c, Date today) {
    const std::string id = pair.id();
    auto date = day_of(c.date);
    if (!date) return "a check-in needs a date YYYY-MM-DD";
    if (today < *date) return "the check-in is dated " + c.date + ", in the future (today is " + today.str() + ")";
    auto ended = day_of(pair.ended);
    if (pair.status == PairStatus::Closed && (!ended || *ended <= *date))
        return "pair " + id + " is " + (pair.declined() ? "declined" : "closed") +
               (pair.ended.empty() ? "" : " (ended " + pair.ended + ")") + "; it takes no check-in";
    auto started = day_of(pair.started);
    if (!started) return "pair " + id + " has not started (it is " + to_string(pair.status) + "); check-ins begin with it";
    if (*date < *started) return "the check-in is dated " + c.date + ", before pair " + id + " started (" + pair.started + ")";
    for (const auto& other : journal.checkins)
        if (&other != &c && other.by == c.by && other.date == c.date)
            return "the " + to_string(c.by) + " of " + id + " already answered a check-in on " + c.date + " (" +
                   other.file + "): one a day per side";
    return std::nullopt;
}

namespace {

// A review of an earlier round of the same two people: dated on or before
// the end that pairs/<id>.yaml keeps under `previous` when they start again
// (add pair), so it is that round's, not a review of the open pair.
bool of_earlier_round(const Pair& pair, const Closing& c) {
    const yaml::Node* previous = pair.extra.find("previous");
    const yaml::Node* ended = previous && previous->is_map() ? previous->find("ended") : nullptr;
    auto end = ended && ended->is_scalar() ? day_of(ended->scalar()) : std::nullopt;
    auto date = day_of(c.date);
    return end && date && *date <= *end;
}

}  // namespace

std::optional<std::string> closing_problem(const Pair& pair, const Journal& journal, const Closing& c) {
    const std::string id = pair.id();
    if (of_earlier_round(pair, c)) return std::nullopt;
    if (pair.status != PairStatus::Closed)
        return "pair " + id + " is " + to_string(pair.status) + ": a closing review goes with --close or --decline";
    auto date = day_of(c.date);
    auto ended = day_of(pair.ended);
    if (date && ended && *date < *ended)
        return "the closing review is dated " + c.date + ", before pair " + id + " ended (" + pair.ended + ")";
    // Reviews of an earlier relationship of the same two people (a repeat) are its own.
    auto started = day_of(pair.started);
    for (const auto& other : journal.closings) {
        auto d = day_of(other.date);
        if (&other != &c && other.by == c.by && (!started || (d && *d >= *started)))
            return "the " + to_string(c.by) + " of " + id + " already wrote a closing review (" + other.file + ")";
    }
    return std::nullopt;
}

}  // namespace mentor
