#pragma once
/// The values of an agreement (plans/<pair-id>.yaml `agreement:`) that have
/// a grammar of their own: the cadence, the time of day, the meeting mode.
/// Records own them so that the plan reader, `mentor plan`'s flags and
/// `validate` check them the same way.

#include <string>
#include <string_view>

namespace mentor {

/// The agreed rhythm of sessions.
struct Cadence {
    enum Kind { Weekly, Biweekly, Monthly, EveryNDays };

    Kind kind = Weekly;
    /// Step between nominal dates: 7, 14, N; 30 for Monthly, whose real step
    /// follows the calendar (see generate_schedule).
    int days = 7;

    static Cadence weekly() { return {Weekly, 7}; }
    static Cadence biweekly() { return {Biweekly, 14}; }
    static Cadence monthly() { return {Monthly, 30}; }
    /// Every n days, n in 1..365 (not checked here; parse_cadence checks).
    static Cadence every_n_days(int n) { return {EveryNDays, n}; }

    /// Canonical spelling, as written in plans: "weekly", "biweekly",
    /// "monthly" or "every:Nd" (weeks are written as days: every:2w -> every:14d).
    std::string str() const;

    /// Typical days between sessions (7, 14, 30, N), for rhythm and
    /// inactivity measures.
    int nominal_days() const { return days; }

    friend bool operator==(const Cadence&, const Cadence&) = default;
};

/// Reads "weekly", "biweekly", "monthly", "every:Nd" (N days, 1..365) or
/// "every:Nw" (N weeks, 1..52), and their French words, without case or
/// accents: "hebdomadaire", "bimensuelle" or "toutes les deux semaines"
/// (also "toutes les 2 semaines"), "mensuelle" or "mensuel", "tous les N
/// jours", "toutes les N semaines". Throws a usage error naming the value and
/// the accepted forms.
Cadence parse_cadence(std::string_view text);

/// The cadence as plans keep it: `text` itself when it is written in English
/// (every:2w stays every:2w), its canonical spelling when it is French
/// ("tous les 10 jours" is every:10d), and `text` unchanged when it is no
/// cadence at all (the usual check refuses it).
std::string canonical_cadence(std::string_view text);

/// Session time of day when an agreement names none.
inline constexpr const char* kDefaultSessionTime = "09:00";

/// Meeting modes of an agreement.
inline constexpr const char* kMeetingModes[] = {"remote", "in-person", "phone"};

/// "HH:MM" from 00:00 to 23:59, two digits each.
bool is_time_of_day(std::string_view text);

}  // namespace mentor
