#include "mentor/plan/schedule.hpp"

#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace mentor {

namespace {

using namespace std::chrono;

constexpr int kMaxEveryDays = 365;

/// The `index`-th month after `start`'s, on the same weekday position
/// (2nd Tuesday...); a 5th position missing from that month becomes the last.
Date monthly_nominal(Date start, int index) {
    const auto first = start.ymd();
    const auto wd = start.weekday();
    const unsigned position = (start.day() - 1) / 7 + 1;  // 1..5
    const year_month target = first.year() / first.month() + months{index};
    const year_month_weekday wanted = target / wd[position];
    if (wanted.ok()) return Date{sys_days{wanted}};
    return Date{sys_days{target / wd[std::chrono::last]}};
}

Date nominal_at(Date start, const Cadence& cadence, int index) {
    if (cadence.kind == Cadence::Monthly) return monthly_nominal(start, index);
    return start.add_days(index * cadence.days);
}

void check_cadence(const Cadence& cadence) {
    if (cadence.kind == Cadence::Monthly) return;
    if (cadence.days < 1 || cadence.days > kMaxEveryDays)
        throw usage_error(trf("invalid cadence: every {} days is not from 1 to {}", cadence.days, kMaxEveryDays));
}

Error too_long(Date start, const Cadence& cadence, Date end) {
    // TRANSLATORS: {0} the start, {1} the cadence as typed (weekly, every:10d), {2} the end, {3} the most sessions.
    return usage_error(trf("a schedule from {0} {1} until {2} would have more than {3} sessions; choose a nearer end or a longer cadence",
                           date_long(start), cadence.str(), date_long(end), kMaxScheduledSessions));
}

}  // namespace

bool is_working_day(Date date, const std::set<Date>& holidays) {
    return !date.is_weekend() && holidays.count(date) == 0;
}

Date next_working_day(Date date, const std::set<Date>& holidays) {
    // Terminates: holidays is finite and every week has working days.
    while (!is_working_day(date, holidays)) date = date + 1;
    return date;
}

std::vector<Date> nominal_schedule(Date start, const Cadence& cadence, ScheduleLimit limit) {
    check_cadence(cadence);
    std::vector<Date> dates;
    if (limit.kind == ScheduleLimit::Count) {
        if (limit.count < 0)
            throw usage_error(trf("the number of sessions must be 0 or more, got {}", limit.count));
        if (limit.count > kMaxScheduledSessions)
            throw usage_error(trf("a schedule of {} sessions is too long (at most {})", limit.count, kMaxScheduledSessions));
        for (int i = 0; i < limit.count; ++i) dates.push_back(nominal_at(start, cadence, i));
        return dates;
    }
    for (int i = 0;; ++i) {
        const Date next = nominal_at(start, cadence, i);
        if (next > limit.end) break;
        if (i == kMaxScheduledSessions) throw too_long(start, cadence, limit.end);
        dates.push_back(next);
    }
    return dates;
}

std::vector<Date> generate_schedule(Date start, const Cadence& cadence, ScheduleLimit limit,
                                    const std::set<Date>& holidays) {
    std::vector<Date> dates = nominal_schedule(start, cadence, limit);
    for (std::size_t i = 0; i < dates.size(); ++i) {
        // Only the previous *planned* date constrains this one; nominal dates never move.
        const Date earliest = i == 0 ? dates[i] : std::max(dates[i], dates[i - 1] + 1);
        dates[i] = next_working_day(earliest, holidays);
    }
    // Dates are written YYYY-MM-DD: a schedule must end within year 9999.
    if (!dates.empty() && dates.back() > Date::max())
        throw usage_error(trf("a schedule from {0} {1} would run past {2}; choose an earlier start or fewer sessions",
                              date_long(start), cadence.str(), date_long(Date::max())));
    return dates;
}

std::vector<Date> regenerate_future(const std::vector<Date>& old_schedule, Date today,
                                    std::optional<Date> new_start, const Cadence& cadence,
                                    ScheduleLimit limit, const std::set<Date>& holidays) {
    if (new_start && *new_start < today)
        throw usage_error(trf("the new schedule cannot start on {0}, before today ({1}): past sessions are kept as they are",
                              date_long(*new_start), date_long(today)));

    std::vector<Date> kept;
    std::vector<Date> upcoming;
    for (const Date& d : old_schedule) (d < today ? kept : upcoming).push_back(d);
    std::sort(kept.begin(), kept.end());
    kept.erase(std::unique(kept.begin(), kept.end()), kept.end());

    const Date start = new_start ? *new_start
                       : upcoming.empty() ? today
                                          : *std::min_element(upcoming.begin(), upcoming.end());

    if (limit.kind == ScheduleLimit::Count && limit.count >= 0) {
        // The agreement counts every session, so the past ones use up part of it.
        limit.count = std::max(0, limit.count - static_cast<int>(kept.size()));
    }
    std::vector<Date> result = std::move(kept);
    for (const Date& d : generate_schedule(start, cadence, limit, holidays)) result.push_back(d);
    return result;
}

}  // namespace mentor
