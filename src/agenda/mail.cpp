// The agenda's e-mail drafts: who gets one, and what it holds (their own
// agenda only: person_agenda() takes the items of their pairs alone).

#include "mentor/agenda/mail.hpp"

#include <algorithm>

#include "mentor/plan/plan.hpp"

namespace mentor {
namespace {

std::string domain_of(const std::string& address) {
    auto at = address.rfind('@');
    return at == std::string::npos ? "mentor.invalid" : address.substr(at + 1);
}

}  // namespace

AgendaDraft agenda_draft(const Settings& settings, const Person& person, const Agenda& agenda,
                         const std::vector<CalendarEvent>& events) {
    MailMessage m;
    m.from = {settings.program, settings.email};
    m.to = {person.name, person.email};
    const AgendaWindow& w = agenda.window;
    m.subject = (settings.program.empty() ? "" : "[" + settings.program + "] ") + "Your mentoring agenda, " +
                w.today.str() + " to " + w.last().str();
    m.message_id = "agenda." + w.today.str() + "." + person.id + "." + stable_hex(settings.program) + "@" +
                   domain_of(settings.email);
    m.date = w.today;
    m.body = "Hello " + (person.name.empty() ? person.id : person.name) +
             ",\n\nHere is what is due in your mentoring pairs from " + w.today.str() + " to " + w.last().str() +
             ".\n\n" + render_agenda_for_mail(agenda) +
             "\nThis message was prepared by the program's coordinator with mentor.\n";
    if (!events.empty())
        m.attachments.push_back({"text/calendar; charset=utf-8; method=PUBLISH", "sessions.ics",
                                 render_calendar("Mentoring sessions", events)});
    return {person.id, person.id + ".eml", render_message(m)};
}

std::vector<AgendaDraft> agenda_drafts(const Store& store, const Records& records,
                                       const std::vector<PairItems>& pairs, const AgendaWindow& window,
                                       bool calendar) {
    if (records.settings.email.empty())
        throw Error(Location{"mentor.yaml"}, "drafts need a From address: set `email:` in mentor.yaml "
                                             "(the program's address, e.g. email: mentoring@example.org)");
    std::vector<AgendaDraft> drafts;
    for (const auto& person : records.people) {
        if (person.email.empty()) continue;
        Agenda agenda = person_agenda(person, pairs, window);
        if (agenda.empty()) continue;
        std::vector<CalendarEvent> events;
        if (calendar)
            for (auto& e : person_events(store, records, person.id))
                if (window.contains(e.date)) events.push_back(std::move(e));
        drafts.push_back(agenda_draft(records.settings, person, agenda, events));
    }
    return drafts;
}

}  // namespace mentor
