// The calendar events of a plan: what a pair's planned sessions look like in
// a calendar, with the open goals and nothing from the journal.

#include <algorithm>
#include <tuple>

#include "mentor/core/i18n.hpp"
#include "mentor/formats/ics.hpp"
#include "mentor/plan/plan.hpp"

namespace mentor {
namespace {

std::string display_name(const Records& records, const std::string& id) {
    const Person* p = records.person(id);
    return p && !p->name.empty() ? p->name : id;
}

// Who an event invites: the person's name and address; none without an address.
std::optional<CalendarPerson> invited(const Records& records, const std::string& id) {
    const Person* p = records.person(id);
    if (!p || p->email.empty()) return std::nullopt;
    return CalendarPerson{display_name(records, id), p->email};
}

// The zone the pair agreed its session time in: the mentor's, else the mentee's.
std::string pair_timezone(const Records& records, const Pair& pair) {
    for (const auto& id : {pair.mentor, pair.mentee})
        if (const Person* p = records.person(id); p && !p->timezone.empty()) return p->timezone;
    return "";
}

// The event's text, in the user's language (the calendar is read by people;
// its UIDs and dates are not words).
std::string description(const Plan& plan) {
    std::string text;
    for (const auto& g : plan.goals) {
        if (g.status != GoalStatus::Open) continue;
        // TRANSLATORS: one open goal in a calendar event: {0} its id, {1} its title, {2} its due date.
        text += "\n" + (g.due.empty() ? trf("- {0}: {1}", g.id, g.title) : trf("- {0}: {1} (due {2})", g.id, g.title, date_long(g.due)));
    }
    return text.empty() ? std::string(tr("No open goals.")) : tr("Open goals:") + text;
}

}  // namespace

std::vector<CalendarEvent> plan_events(const Records& records, const Pair& pair, const Plan& plan) {
    const Agreement& a = plan.agreement;
    const std::string time = a.time.empty() ? kDefaultSessionTime : a.time;
    const int minute = std::stoi(time.substr(0, 2)) * 60 + std::stoi(time.substr(3, 2));
    // DTSTAMP must not come from the clock (byte-stable output): the plan's last change.
    const std::string stamp = !plan.updated.empty() ? plan.updated : !a.start.empty() ? a.start : "1970-01-01";
    CalendarEvent base;
    base.start_minute = minute;
    base.length = a.length;
    base.timezone = pair_timezone(records, pair);
    // TRANSLATORS: the title of a session in a calendar: {0} the mentor's name, {1} the mentee's.
    base.summary = trf("Mentoring session: {0} (mentor) with {1} (mentee)", display_name(records, pair.mentor),
                       display_name(records, pair.mentee));
    base.description = description(plan);
    base.stamp = *parse_iso_date(stamp);
    // The mentor invites, the mentee attends; SEQUENCE counts the schedule's
    // rewrites, so a re-imported calendar updates its events.
    base.organizer = invited(records, pair.mentor);
    base.attendee = invited(records, pair.mentee);
    base.sequence = plan.revision;
    std::vector<CalendarEvent> events;
    int n = 0;
    for (const auto& text : plan.schedule) {
        CalendarEvent e = base;
        e.uid = pair.id() + "-" + std::to_string(++n) + "@mentor";
        e.date = *parse_iso_date(text);
        events.push_back(std::move(e));
    }
    return events;
}

std::vector<CalendarEvent> person_events(const Store& store, const Records& records, const std::string& id) {
    std::vector<CalendarEvent> events;
    for (const auto& pair : records.pairs) {
        if ((pair.mentor != id && pair.mentee != id) || pair.status != PairStatus::Active) continue;
        if (auto plan = load_plan(store, pair.id()))
            for (auto& e : plan_events(records, pair, *plan)) events.push_back(std::move(e));
    }
    std::stable_sort(events.begin(), events.end(), [](const CalendarEvent& a, const CalendarEvent& b) {
        return std::tie(a.date, a.start_minute) < std::tie(b.date, b.start_minute);
    });
    return events;
}

}  // namespace mentor
