#pragma once
/// Calendar days: the only notion of time the records need (session dates,
/// due dates, plan schedules). No clock times and no time zones: a date is the
/// day the user means, written YYYY-MM-DD in every file.

#include <chrono>
#include <compare>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace mentor {

/// One calendar day of the proleptic Gregorian calendar, 0001-01-01 to
/// 9999-12-31 when built from text (so that str() is always 10 characters).
/// Arithmetic itself is not range checked; parse_date() is.
struct Date {
    std::chrono::sys_days days{};  ///< days since 1970-01-01

    constexpr Date() = default;
    constexpr explicit Date(std::chrono::sys_days d) : days(d) {}

    /// The date y-m-d; throws mentor::Error (ErrorKind::Data) when that day
    /// does not exist, e.g. "2026-02-30 does not exist (February 2026 has 28 days)".
    static Date from_ymd(int year, unsigned month, unsigned day);

    /// Earliest and latest dates accepted from text.
    static Date min();
    static Date max();

    int year() const;
    unsigned month() const;  ///< 1..12
    unsigned day() const;    ///< 1..31
    std::chrono::year_month_day ymd() const { return std::chrono::year_month_day{days}; }
    std::chrono::weekday weekday() const { return std::chrono::weekday{days}; }
    /// Saturday or Sunday.
    bool is_weekend() const;

    /// This date moved by n days (n may be negative).
    Date add_days(int n) const { return Date{days + std::chrono::days{n}}; }
    /// This date moved by n calendar months, the day clamped to the end of the
    /// target month (2026-01-31 + 1 month = 2026-02-28).
    Date add_months(int n) const;

    /// "YYYY-MM-DD".
    std::string str() const;

    friend constexpr bool operator==(const Date&, const Date&) = default;
    friend constexpr auto operator<=>(const Date&, const Date&) = default;
};

inline Date operator+(Date d, int n) { return d.add_days(n); }
inline Date operator-(Date d, int n) { return d.add_days(-n); }

/// Number of days from `from` to `to`: positive when `to` is later.
int days_between(Date from, Date to);

/// Writes str(); lets tests and diagnostics print dates directly.
std::ostream& operator<<(std::ostream& out, const Date& date);

/// Strict ISO 8601 calendar date "YYYY-MM-DD" (exactly 10 characters, two-digit
/// month and day, no spaces); nullopt for any other text or for a day that
/// does not exist (2026-02-30).
std::optional<Date> parse_iso_date(std::string_view text);

/// A date as a user types it on the command line, relative to `today`:
///   YYYY-MM-DD, today, tomorrow, yesterday,
///   +Nd / -Nd (days), +Nw / -Nw (weeks), +Nm / -Nm (months, the day clamped
///   to the end of the month), with N of 1 to 5 digits; and in French:
///   aujourd'hui, demain, hier, +Nj / -Nj (jours), +Ns / -Ns (semaines).
/// Keywords and units are lower case; surrounding spaces are refused.
/// Throws mentor::Error (ErrorKind::Usage) naming the value and the accepted
/// forms, or saying that a well-formed day does not exist.
Date parse_date(std::string_view text, Date today);

/// The computer's local date, from the system clock.
Date system_today();

/// The date commands treat as "today", so that tests and scripts can pin it:
///   1. `override_text` when given (e.g. a --today option),
///   2. else $MENTOR_TODAY when set and not empty,
///   3. else system_today().
/// Both texts accept every parse_date() form, relative to the system date.
/// A bad value throws a usage error prefixed with its source: `override_source`
/// (e.g. "--today"; no prefix when empty) or "MENTOR_TODAY".
Date today_from_environment(std::optional<std::string> override_text,
                            std::string_view override_source = {});

/// The pure core of today_from_environment(), for tests: `env_value` is the
/// value of $MENTOR_TODAY (nullptr when unset), `system` the real date.
Date resolve_today(const std::optional<std::string>& override_text, const char* env_value, Date system,
                   std::string_view override_source = {});

}  // namespace mentor
