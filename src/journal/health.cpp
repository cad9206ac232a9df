// The relationship's health: check-in periods, attention, and the rules of
// new check-ins and closing reviews. See journal/health.hpp.

#include "mentor/journal/health.hpp"

#include "mentor/core/i18n.hpp"
#include "mentor/journal/words.hpp"

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
        // `why` is the agenda JSON's status: English tokens, the same in every language.
        if (last.fit == Fit::Poor) return {true, side, "poor fit (" + to_string(side) + ", " + last.date + ")", Fit::Poor, last.date};
        if (answers.size() >= 2 && last.fit == Fit::Unsure && answers[answers.size() - 2]->fit == Fit::Unsure)
            return {true, side, "unsure twice in a row (" + to_string(side) + ", " + last.date + ")", Fit::Unsure, last.date};
    }
    return {};
}

std::string fit_concern_text(Fit fit, Role side, Date last) {
    // TRANSLATORS: why a pair needs the coordinator: {0} is the side (mentor or mentee), {1} the date of its last check-in.
    return fit == Fit::Poor ? trf("poor fit ({0}, {1})", role_word(side), date_cell(last))
                            : trf("unsure twice in a row ({0}, {1})", role_word(side), date_cell(last));
}

std::optional<std::string> checkin_problem(const Pair& pair, const Journal& journal, const CheckIn& c, Date today) {
    const std::string id = pair.id();
    auto date = day_of(c.date);
    if (!date) return tr("a check-in needs a date YYYY-MM-DD");
    if (today < *date)
        // TRANSLATORS: {0} is the check-in's date, {1} today's.
        return trf("the check-in is dated {0}, in the future (today is {1})", date_long(*date), date_long(today));
    auto ended = day_of(pair.ended);
    if (pair.status == PairStatus::Closed && (!ended || *ended <= *date)) {
        // TRANSLATORS: {0} is a pair's id, {1} the day it ended.
        if (pair.declined())
            return pair.ended.empty() ? trf("pair {} is declined; it takes no check-in", id)
                                      : trf("pair {0} is declined (ended {1}); it takes no check-in", id, date_long(pair.ended));
        return pair.ended.empty() ? trf("pair {} is closed; it takes no check-in", id)
                                  : trf("pair {0} is closed (ended {1}); it takes no check-in", id, date_long(pair.ended));
    }
    auto started = day_of(pair.started);
    if (!started)
        // TRANSLATORS: {0} is a pair's id, {1} its status (proposed, paused).
        return trf("pair {0} has not started (it is {1}); check-ins begin with it", id, pair_status_word(pair.status));
    if (*date < *started)
        // TRANSLATORS: {0} is the check-in's date, {1} a pair's id, {2} the day it started.
        return trf("the check-in is dated {0}, before pair {1} started ({2})", date_long(*date), id, date_long(*started));
    for (const auto& other : journal.checkins)
        if (&other != &c && other.by == c.by && other.date == c.date)
            // TRANSLATORS: {side} is mentor or mentee, {pair} the pair's id, {date} the day, {file} the check-in that answered.
            return trf("the {side} of {pair} already answered a check-in on {date} ({file}): one a day per side",
                       fmt::arg("side", role_word(c.by)), fmt::arg("pair", id), fmt::arg("date", date_long(*date)),
                       fmt::arg("file", other.file));
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
        // TRANSLATORS: {0} is a pair's id, {1} its status (active, paused, proposed).
        return trf("pair {0} is {1}: a closing review goes with --close or --decline", id, pair_status_word(pair.status));
    auto date = day_of(c.date);
    auto ended = day_of(pair.ended);
    if (date && ended && *date < *ended)
        // TRANSLATORS: {0} is the review's date, {1} a pair's id, {2} the day it ended.
        return trf("the closing review is dated {0}, before pair {1} ended ({2})", date_long(*date), id, date_long(*ended));
    // Reviews of an earlier relationship of the same two people (a repeat) are its own.
    auto started = day_of(pair.started);
    for (const auto& other : journal.closings) {
        auto d = day_of(other.date);
        if (&other != &c && other.by == c.by && (!started || (d && *d >= *started)))
            // TRANSLATORS: {0} is mentor or mentee, {1} the pair's id, {2} the review already written.
            return trf("the {0} of {1} already wrote a closing review ({2})", role_word(c.by), id, other.file);
    }
    return std::nullopt;
}

}  // namespace mentor
