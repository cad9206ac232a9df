#pragma once
/// The relationship's health (SPEC §6): when each side owes a check-in,
/// whether the pair needs the coordinator's attention, and the rules a new
/// check-in or closing review must keep. One derivation each, used by
/// `mentor checkin`, `validate`, the reports and `mentor agenda`.
///
/// Check-ins are asked per side in periods: the first starts on the day of
/// the pair's first session, each next one `checkins.every_days` later
/// (mentor.yaml, default 30). A side answers a period with one check-in
/// dated inside it (one before the first session answers the first period).

#include <optional>
#include <string>
#include <vector>

#include "mentor/core/date.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/records/records.hpp"

namespace mentor {

/// The day of the pair's first session on or before `today`: when check-ins start.
std::optional<Date> first_session_day(const Journal& journal, Date today);

/// One side's next check-in.
struct CheckInDue {
    Role side = Role::Mentor;
    /// The start of the current period when this side has not answered it
    /// yet, else the start of the next one.
    Date due;
    bool overdue = false;  ///< the current period, started before `today`, is not answered
};

/// The check-ins each side (mentor first) owes on `today`: none unless the
/// pair is active and held its first session by then. Paused, proposed and
/// closed pairs owe none.
std::vector<CheckInDue> checkins_due(const Pair& pair, const Journal& journal, const Settings& settings, Date today);

/// Periods due and answered, both sides together: the check-in response rate
/// is answered / due.
struct CheckInResponse {
    int due = 0;       ///< periods started from the first session to `until` (or the pair's end, if sooner)
    int answered = 0;  ///< of those, the ones the side answered
};
CheckInResponse checkin_response(const Pair& pair, const Journal& journal, const Settings& settings, Date until);

/// Why a pair needs the coordinator, from its check-ins up to `today`: the
/// last answer of a side was "poor", or its last two were both "unsure".
struct FitConcern {
    bool needed = false;
    Role side = Role::Mentor;  ///< the side whose answers say so (the mentor's first)
    /// "poor fit (mentee, 2026-03-05)", "unsure twice in a row (mentor, 2026-03-05)": English
    /// tokens for machine formats (the agenda's JSON); views say fit_concern_text().
    std::string why;
    Fit fit = Fit::Good;  ///< the answer that raised it: Poor, or Unsure twice
    std::string date;     ///< of that side's last answer
};
FitConcern needs_attention(const Journal& journal, Date today);

/// The concern in the user's language, for text, markdown and e-mail:
/// "poor fit (mentee, 2026-03-05)"; French "mauvaise entente (mentoré·e, 05/03/2026)".
std::string fit_concern_text(Fit fit, Role side, Date last);

/// A side's last answer on or before `today`, if any.
const CheckIn* last_checkin(const Journal& journal, Role side, Date today);

/// What refuses a check-in `checkin` of `pair` (a new one, or one of `journal`),
/// or nullopt: a pair declined or closed by its date, a date before the pair
/// started (or a pair that never did), after `today`, or the same side
/// answering twice on one day.
std::optional<std::string> checkin_problem(const Pair& pair, const Journal& journal, const CheckIn& checkin, Date today);

/// What refuses a closing review `closing` (new, or one of `journal`): a pair
/// not declined or closed, a date before it ended, or a second review from the
/// same side of this relationship.
std::optional<std::string> closing_problem(const Pair& pair, const Journal& journal, const Closing& closing);

}  // namespace mentor
