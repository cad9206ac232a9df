#include "mentor/core/date.hpp"

#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"

#include <fmt/format.h>

#include <array>
#include <cstdlib>
#include <ctime>
#include <ostream>

namespace mentor {

namespace {

using namespace std::chrono;

constexpr const char* kAcceptedForms =
    N_("expected YYYY-MM-DD, today, tomorrow, yesterday or +Nd/+Nw/+Nm (e.g. +2w, -3d)");

/// The words of a day relative to today, English and French, with their
/// offset in days: the one table parse_date reads.
struct DayWord {
    std::string_view word;
    int offset;
};
constexpr DayWord kDayWords[] = {
    {"today", 0},        {"tomorrow", 1}, {"yesterday", -1}, {"aujourd'hui", 0}, {"aujourd\u2019hui", 0},
    {"aujourdhui", 0},   {"demain", 1},   {"hier", -1},
};

// Written by hand: reports format hundreds of thousands of dates, and this is
// several times cheaper than a general formatter. Years are 0001-9999.
std::string ymd_text(int year, unsigned month, unsigned day) {
    std::string out = "0000-00-00";
    unsigned y = static_cast<unsigned>(year);
    for (int k = 3; k >= 0; --k, y /= 10) out[k] = static_cast<char>('0' + y % 10);
    out[5] = static_cast<char>('0' + month / 10);
    out[6] = static_cast<char>('0' + month % 10);
    out[8] = static_cast<char>('0' + day / 10);
    out[9] = static_cast<char>('0' + day % 10);
    return out;
}

/// Why y-m-d is not a day, or nullopt when it is one. Shared by from_ymd and
/// parse_date so that both explain an impossible date the same way.
std::optional<std::string> impossible_reason(int y, unsigned m, unsigned d) {
    // Most dates read exist: say so without building any text (a report
    // reads hundreds of thousands of them).
    if (y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 28) return std::nullopt;
    std::string text = ymd_text(y, m, d);
    if (y < 1 || y > 9999) return trf("{} does not exist (years run from 0001 to 9999)", text);
    if (m < 1 || m > 12) return trf("{} does not exist (there is no month {})", text, m);
    const unsigned last = unsigned{(year{y} / month{m} / std::chrono::last).day()};
    // TRANSLATORS: the date typed, then the month (e.g. "February 2026") and its number of days.
    if (d < 1 || d > last) return trf("{} does not exist ({} has {} days)", text, month_long(y, m), last);
    return std::nullopt;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Digits of text[from, from+count) as a number; caller checked they are digits.
int digits_value(std::string_view text, std::size_t from, std::size_t count) {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
    return value;
}

/// The YYYY-MM-DD shape, whether or not the day exists.
struct IsoParts {
    int year;
    unsigned month;
    unsigned day;
};

std::optional<IsoParts> iso_shape(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    constexpr std::array<std::size_t, 8> kDigitPositions = {0, 1, 2, 3, 5, 6, 8, 9};
    for (std::size_t i : kDigitPositions)
        if (!is_digit(text[i])) return std::nullopt;
    return IsoParts{digits_value(text, 0, 4), static_cast<unsigned>(digits_value(text, 5, 2)),
                    static_cast<unsigned>(digits_value(text, 8, 2))};
}

Error invalid_date(std::string_view text, std::string_view why) {
    // TRANSLATORS: the date typed, then what is expected instead.
    return usage_error(trf("invalid date '{}': {}", text, why));
}

/// "+Nd", "-2w", "+1m" relative to today (and the French units: +3j days,
/// +2s weeks); nullopt when text is not of that shape.
std::optional<Date> parse_relative(std::string_view text, Date today) {
    if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) return std::nullopt;
    const std::string_view number = text.substr(1, text.size() - 2);
    // Five digits reach 273 years in days and keep the arithmetic far from overflow.
    if (number.size() > 5) return std::nullopt;
    for (char c : number)
        if (!is_digit(c)) return std::nullopt;
    const int sign = text[0] == '-' ? -1 : 1;
    const int n = sign * digits_value(number, 0, number.size());
    switch (text.back()) {
        case 'd':
        case 'j': return today.add_days(n);
        case 'w':
        case 's': return today.add_days(7 * n);
        case 'm': return today.add_months(n);
        default: return std::nullopt;
    }
}

}  // namespace

// Inside Date's members, year/month/day name the accessors, so the chrono
// types are spelled in full there.

Date Date::from_ymd(int y, unsigned m, unsigned d) {
    if (auto why = impossible_reason(y, m, d)) throw Error(*why);
    return Date{sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}}};
}

Date Date::min() { return Date{sys_days{std::chrono::year{1} / January / 1}}; }
Date Date::max() { return Date{sys_days{std::chrono::year{9999} / December / 31}}; }

int Date::year() const { return int{ymd().year()}; }
unsigned Date::month() const { return unsigned{ymd().month()}; }
unsigned Date::day() const { return unsigned{ymd().day()}; }

bool Date::is_weekend() const {
    const auto wd = weekday();
    return wd == Saturday || wd == Sunday;
}

Date Date::add_months(int n) const {
    const auto date = ymd();
    const year_month target = date.year() / date.month() + months{n};
    const auto last_day = (target / last).day();
    return Date{sys_days{target / std::min(date.day(), last_day)}};
}

std::string Date::str() const { return ymd_text(year(), month(), day()); }

int days_between(Date from, Date to) { return static_cast<int>((to.days - from.days).count()); }

std::ostream& operator<<(std::ostream& out, const Date& date) { return out << date.str(); }

std::optional<Date> parse_iso_date(std::string_view text) {
    const auto parts = iso_shape(text);
    if (!parts || impossible_reason(parts->year, parts->month, parts->day)) return std::nullopt;
    return Date::from_ymd(parts->year, parts->month, parts->day);
}

Date parse_date(std::string_view text, Date today) {
    if (const auto parts = iso_shape(text)) {
        if (auto why = impossible_reason(parts->year, parts->month, parts->day)) throw invalid_date(text, *why);
        return Date::from_ymd(parts->year, parts->month, parts->day);
    }
    std::optional<Date> date = parse_relative(text, today);
    for (const auto& [word, offset] : kDayWords)
        if (text == word) date = today + offset;
    if (!date) throw invalid_date(text, tr(kAcceptedForms));
    // Keywords too: "tomorrow" on 9999-12-31 has no YYYY-MM-DD text.
    if (*date < Date::min() || *date > Date::max())
        // TRANSLATORS: the date typed (e.g. "+5m"), then the day it counts from.
        throw invalid_date(text, trf("{} from {} falls outside 0001-01-01 to 9999-12-31", text, today.str()));
    return *date;
}

Date system_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);  // the user's calendar day, not UTC's
    return Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                          static_cast<unsigned>(local.tm_mday));
}

Date resolve_today(const std::optional<std::string>& override_text, const char* env_value, Date system,
                   std::string_view override_source) {
    if (override_text) {
        try {
            return parse_date(*override_text, system);
        } catch (const Error& e) {
            if (override_source.empty()) throw;
            throw usage_error(fmt::format("{}: {}", override_source, e.message()));
        }
    }
    // An empty variable counts as unset, as `MENTOR_TODAY= mentor ...` is the usual way to clear it.
    if (env_value != nullptr && *env_value != '\0') {
        try {
            return parse_date(env_value, system);
        } catch (const Error& e) {
            throw usage_error(fmt::format("MENTOR_TODAY: {}", e.message()));
        }
    }
    return system;
}

Date today_from_environment(std::optional<std::string> override_text, std::string_view override_source) {
    return resolve_today(override_text, std::getenv("MENTOR_TODAY"), system_today(), override_source);
}

}  // namespace mentor
