// VTIMEZONE components built from the system's tz database.

#include <date/tz.h>
#include <fmt/format.h>

#include "mentor/formats/ics.hpp"

namespace mentor {
namespace {

using Seconds = date::sys_seconds;

std::string offset_text(std::chrono::seconds offset) {
    long s = offset.count();
    char sign = s < 0 ? '-' : '+';
    s = s < 0 ? -s : s;
    std::string out = fmt::format("{}{:02}{:02}", sign, s / 3600, s / 60 % 60);
    if (s % 60) out += fmt::format("{:02}", s % 60);
    return out;
}

std::string local_text(Seconds utc, std::chrono::seconds offset) {
    auto local = utc + offset;
    auto day = date::floor<date::days>(local);
    date::year_month_day ymd{day};
    date::hh_mm_ss<std::chrono::seconds> t{local - day};
    return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()),
                       t.hours().count(), t.minutes().count(), t.seconds().count());
}

}  // namespace

std::vector<std::string> vtimezone_lines(const std::string& zone_name, Date first, Date last) {
    const date::time_zone* zone = nullptr;
    try {
        zone = date::locate_zone(zone_name);
    } catch (const std::exception&) {
        return {};
    }
    // Observances are written from a fixed floor: tz data before 1970 adds
    // nothing a calendar of planned sessions needs.
    const Seconds floor{date::sys_days{date::year{1970} / 1 / 1}};
    const Seconds from{date::sys_days{(first - 1).days.time_since_epoch()}};
    const Seconds to{date::sys_days{(last + 2).days.time_since_epoch()}};
    std::vector<std::string> lines = {"BEGIN:VTIMEZONE", "TZID:" + zone_name};
    auto info = zone->get_info(from);
    for (;;) {
        const bool clamped = info.begin < floor;
        const Seconds begin = clamped ? floor : info.begin;
        const auto before = clamped ? info.offset : zone->get_info(info.begin - std::chrono::seconds{1}).offset;
        const char* kind = info.save != std::chrono::minutes{0} ? "DAYLIGHT" : "STANDARD";
        lines.push_back(std::string("BEGIN:") + kind);
        // DTSTART of an observance is the local time in the offset in force before it.
        lines.push_back("DTSTART:" + local_text(begin, clamped ? std::chrono::seconds{0} : before));
        lines.push_back("TZOFFSETFROM:" + offset_text(before));
        lines.push_back("TZOFFSETTO:" + offset_text(info.offset));
        if (!info.abbrev.empty()) lines.push_back("TZNAME:" + ics_escape_text(info.abbrev));
        lines.push_back(std::string("END:") + kind);
        if (info.end >= to) break;
        info = zone->get_info(info.end);
    }
    lines.push_back("END:VTIMEZONE");
    return lines;
}

}  // namespace mentor
