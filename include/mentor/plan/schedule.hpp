#pragma once
/// Cadences and planned session dates (SPEC §2, Plan: agreement cadence and
/// duration, schedule generated from the cadence and re-generated when it
/// changes without touching sessions already held).

#include "mentor/core/date.hpp"
#include "mentor/records/cadence.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace mentor {

/// How long a schedule runs: a number of sessions, or an end date (inclusive).
struct ScheduleLimit {
    enum Kind { Count, Until };

    Kind kind = Count;
    int count = 0;  ///< sessions, when kind == Count
    Date end;       ///< last possible nominal date, when kind == Until

    static ScheduleLimit sessions(int n) { return {Count, n, Date{}}; }
    static ScheduleLimit until(Date last) { return {Until, 0, last}; }
};

/// Longest schedule generated in one go; a plan longer than this is almost
/// certainly a typo (every:1d for ten years).
inline constexpr int kMaxScheduledSessions = 1000;

/// Not a Saturday, a Sunday nor one of `holidays`.
bool is_working_day(Date date, const std::set<Date>& holidays);

/// `date` itself when it is a working day, else the next working day.
Date next_working_day(Date date, const std::set<Date>& holidays);

/// The cadence's own dates, before any move off weekends and holidays:
/// - weekly, biweekly, every:N: start, start + step, start + 2*step...
/// - monthly: the same weekday position as `start` in each following month
///   (start on the 2nd Tuesday -> the 2nd Tuesday of every month). When the
///   start is the 5th such weekday, months without a 5th one use their last.
/// With a Count limit, `count` dates; with an Until limit, every date up to
/// and including `end` (none when end < start).
/// Throws a usage error for a negative count or more than kMaxScheduledSessions dates.
std::vector<Date> nominal_schedule(Date start, const Cadence& cadence, ScheduleLimit limit);

/// Planned session dates: nominal_schedule(), then each date on a weekend or
/// holiday moved forward to the next working day. A move never shifts the
/// following nominal dates; but each slot keeps exactly one date and the
/// dates stay strictly increasing, so a date that a move would put on or
/// before the previous one goes to the first working day after it instead.
/// The Until limit applies to the nominal dates, so a last session moved off
/// a weekend may fall after `end`.
std::vector<Date> generate_schedule(Date start, const Cadence& cadence, ScheduleLimit limit,
                                    const std::set<Date>& holidays);

/// The schedule after a change of cadence, start or duration:
/// - every date of `old_schedule` strictly before `today` is kept as it is
///   (those sessions are held or missed: history is not rewritten);
/// - the rest is regenerated with generate_schedule() from `new_start`, or,
///   when not given, from the first old date on or after `today` (the next
///   planned session), or from `today` when there is none;
/// - a Count limit is the total number of sessions of the agreement, kept
///   dates included, so only the remainder is generated; an Until limit
///   applies to the regenerated part as usual.
/// The result is sorted. Throws a usage error when `new_start` is before
/// `today` (that would rewrite the past).
std::vector<Date> regenerate_future(const std::vector<Date>& old_schedule, Date today,
                                    std::optional<Date> new_start, const Cadence& cadence,
                                    ScheduleLimit limit, const std::set<Date>& holidays);

}  // namespace mentor
