#pragma once
/// iCalendar (RFC 5545) export of planned sessions: `mentor plan --ics`.
///
/// The output is byte-stable: the same records give the same bytes on every
/// machine and every day (DTSTAMP comes from the plan, not the clock), so a
/// calendar file can be kept in git and compared in tests.

#include <string>
#include <string_view>
#include <vector>

#include "mentor/core/date.hpp"

namespace mentor {

/// One planned session as a calendar event.
struct CalendarEvent {
    std::string uid;       ///< stable across exports, so a re-import updates the event
    Date date;             ///< local day of the session
    int start_minute = 9 * 60;  ///< local time of day, minutes after midnight
    int length = 60;       ///< minutes
    std::string timezone;  ///< IANA name; empty (or unknown) means UTC
    std::string summary;
    std::string description;
    Date stamp;  ///< DTSTAMP (midnight UTC that day)
};

/// A whole VCALENDAR: CRLF line ends, lines folded at 75 octets, one
/// VTIMEZONE (from the tz database, covering the events' dates) per time
/// zone used, then the events in the order given.
std::string render_calendar(const std::string& name, const std::vector<CalendarEvent>& events);

/// RFC 5545 TEXT escaping: backslash, ';' and ',' get a backslash, line
/// breaks become "\n" (CR dropped).
std::string ics_escape_text(std::string_view text);

/// One content line, folded: at most 75 octets per physical line, each
/// continuation starting with a space, never inside a UTF-8 sequence; every
/// physical line ends with CRLF.
std::string ics_fold(std::string_view line);

/// The VTIMEZONE component of `zone` with every UTC offset change from the
/// day before `first` to the day after `last` (explicit observances, no
/// RRULE), as unfolded lines without line ends. Empty for an unknown zone.
std::vector<std::string> vtimezone_lines(const std::string& zone, Date first, Date last);

}  // namespace mentor
