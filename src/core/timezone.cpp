#include "mentor/core/timezone.hpp"

#include <date/tz.h>

namespace mentor {

bool is_known_timezone(const std::string& name) {
    if (name.empty()) return false;
    try {
        date::locate_zone(name);
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

std::optional<int> utc_offset_minutes(const std::string& name, long days_since_epoch) {
    try {
        const date::time_zone* zone = date::locate_zone(name);
        auto when = date::sys_days{date::days{days_since_epoch}};
        auto info = zone->get_info(std::chrono::time_point_cast<std::chrono::seconds>(when));
        return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(info.offset).count());
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace mentor
