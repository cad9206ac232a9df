#pragma once
/// iCalendar (RFC 5545) export of planned sessions: `mentor plan --ics`.
///
/// The output is byte-stable: the same records give the same bytes on every
/// machine and every day (DTSTAMP comes from the plan, not the clock), so a
/// calendar file can be kept in git and compared in tests.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/core/date.hpp"

namespace mentor {

/// Someone an event names with an address: ORGANIZER or ATTENDEE.
struct CalendarPerson {
    std::string name;   ///< CN, quoted (RFC 5545) with RFC 6868 escapes
    std::string email;  ///< mailto: address
};

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
    int sequence = 0;  ///< SEQUENCE: grows with each revision of the event
    std::optional<CalendarPerson> organizer;  ///< no ORGANIZER when unknown
    std::optional<CalendarPerson> attendee;   ///< ATTENDEE (ROLE=REQ-PARTICIPANT), when known
};

/// A whole VCALENDAR: CRLF line ends, lines folded at 75 octets, one
/// VTIMEZONE (from the tz database, covering the events' dates) per time
/// zone used, then the events in the order given.
std::string render_calendar(const std::string& name, const std::vector<CalendarEvent>& events);

/// RFC 5545 TEXT escaping: backslash, ';' and ',' get a backslash, line
/// breaks become "\n" (CR dropped).
std::string ics_escape_text(std::string_view text);

/// A parameter value as an RFC 5545 quoted-string: in double quotes, with
/// RFC 6868 escapes (^^ for ^, ^' for a double quote, ^n for a line break),
/// so that a name never breaks the property.
std::string ics_quote_param(std::string_view value);

/// One content line, folded: at most 75 octets per physical line, each
/// continuation starting with a space, never inside a UTF-8 sequence; every
/// physical line ends with CRLF.
std::string ics_fold(std::string_view line);

/// The VTIMEZONE component of `zone` with every UTC offset change from the
/// day before `first` to the day after `last` (explicit observances, no
/// RRULE), as unfolded lines without line ends. Empty for an unknown zone.
std::vector<std::string> vtimezone_lines(const std::string& zone, Date first, Date last);

}  // namespace mentor
