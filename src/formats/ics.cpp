// RFC 5545 calendar text: escaping, folding, events and the calendar.

#include "mentor/formats/ics.hpp"

#include <fmt/format.h>

#include <map>

#include "mentor/core/timezone.hpp"

namespace mentor {
namespace {

constexpr size_t kMaxOctets = 75;

// "YYYYMMDDTHHMMSS" for minutes counted from the start of `date` (may pass midnight).
std::string local_time(Date date, int minutes) {
    Date d = date + minutes / (24 * 60);
    int m = minutes % (24 * 60);
    return fmt::format("{:04}{:02}{:02}T{:02}{:02}00", d.year(), d.month(), d.day(), m / 60, m % 60);
}

bool is_zone(const std::string& name) { return !name.empty() && is_known_timezone(name); }

void event_lines(const CalendarEvent& e, std::vector<std::string>& out) {
    const bool zoned = is_zone(e.timezone);
    auto when = [&](int minutes) {
        return zoned ? ";TZID=" + e.timezone + ":" + local_time(e.date, minutes) : ":" + local_time(e.date, minutes) + "Z";
    };
    out.push_back("BEGIN:VEVENT");
    out.push_back("UID:" + e.uid);
    out.push_back("DTSTAMP:" + local_time(e.stamp, 0) + "Z");
    out.push_back("DTSTART" + when(e.start_minute));
    out.push_back("DTEND" + when(e.start_minute + e.length));
    out.push_back("SUMMARY:" + ics_escape_text(e.summary));
    if (!e.description.empty()) out.push_back("DESCRIPTION:" + ics_escape_text(e.description));
    out.push_back("SEQUENCE:" + std::to_string(e.sequence));
    if (e.organizer) out.push_back("ORGANIZER;CN=" + ics_quote_param(e.organizer->name) + ":mailto:" + e.organizer->email);
    if (e.attendee)
        out.push_back("ATTENDEE;CN=" + ics_quote_param(e.attendee->name) + ";ROLE=REQ-PARTICIPANT:mailto:" +
                      e.attendee->email);
    out.push_back("END:VEVENT");
}

}  // namespace

std::string ics_escape_text(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            case '\r': break;
            default: out += c;
        }
    }
    return out;
}

std::string ics_quote_param(std::string_view value) {
    std::string out = "\"";
    for (char c : value) {
        switch (c) {
            case '^': out += "^^"; break;
            case '"': out += "^'"; break;
            case '\n': out += "^n"; break;
            case '\r': break;
            default: out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c;
        }
    }
    return out + "\"";
}

std::string ics_fold(std::string_view line) {
    std::string out;
    size_t pos = 0;
    size_t room = kMaxOctets;  // the first physical line has no leading space
    while (line.size() - pos > room) {
        size_t cut = pos + room;
        // Back up to the start of a UTF-8 sequence: never cut before a continuation byte.
        while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
        out.append(line.substr(pos, cut - pos)).append("\r\n ");
        pos = cut;
        room = kMaxOctets - 1;
    }
    out.append(line.substr(pos)).append("\r\n");
    return out;
}

std::string render_calendar(const std::string& name, const std::vector<CalendarEvent>& events) {
    std::vector<std::string> lines = {"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//mentor//mentor plan//EN",
                                      "CALSCALE:GREGORIAN", "METHOD:PUBLISH"};
    if (!name.empty()) lines.push_back("X-WR-CALNAME:" + ics_escape_text(name));
    // Each zone's VTIMEZONE covers the days of its events, in zone name order.
    std::map<std::string, std::pair<Date, Date>> zones;
    for (const auto& e : events) {
        if (!is_zone(e.timezone)) continue;
        auto [it, added] = zones.try_emplace(e.timezone, e.date, e.date);
        it->second.first = std::min(it->second.first, e.date);
        it->second.second = std::max(it->second.second, e.date);
    }
    for (const auto& [zone, range] : zones)
        for (auto& l : vtimezone_lines(zone, range.first, range.second)) lines.push_back(std::move(l));
    for (const auto& e : events) event_lines(e, lines);
    lines.push_back("END:VCALENDAR");
    std::string out;
    for (const auto& l : lines) out += ics_fold(l);
    return out;
}

}  // namespace mentor
