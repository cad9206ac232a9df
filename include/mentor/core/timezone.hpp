#pragma once
/// IANA time zones, from the system's tz database (Howard Hinnant's date/tz
/// library: g++ 12's <chrono> has no time zones).

#include <optional>
#include <string>

namespace mentor {

bool is_known_timezone(const std::string& name);

/// Offset from UTC in minutes of `name` on the day `days_since_epoch`
/// (1970-01-01 is 0), or nullopt for an unknown zone.
std::optional<int> utc_offset_minutes(const std::string& name, long days_since_epoch);

}  // namespace mentor
