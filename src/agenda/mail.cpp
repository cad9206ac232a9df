// The agenda's e-mail drafts: who gets one, and what it holds (their own
// agenda only: person_agenda() takes the items of their pairs alone).

#include "mentor/agenda/mail.hpp"

#include <algorithm>

#include "mentor/core/i18n.hpp"
#include "mentor/plan/plan.hpp"

namespace mentor {
namespace {

// A MIME type, the same in every language.
constexpr const char* kCalendarType = "text/calendar; charset=utf-8; method=PUBLISH";

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
    // The subject and the body speak the user's language; the headers, the
    // Message-ID and the file names are the same bytes in every language.
    // TRANSLATORS: an e-mail's subject; {0} is the first day covered, {1} the last.
    m.subject = (settings.program.empty() ? "" : "[" + settings.program + "] ") +
                trf("Your mentoring agenda, {0} to {1}", date_long(w.today), date_long(w.last()));
    m.message_id = "agenda." + w.today.str() + "." + person.id + "." + stable_hex(settings.program) + "@" +
                   domain_of(settings.email);
    m.date = w.today;
    // TRANSLATORS: the opening of an e-mail: {0} is the person's name, {1} the first day covered, {2} the last.
    m.body = trf("Hello {0},\n\nHere is what is due in your mentoring pairs from {1} to {2}.\n\n",
                 person.name.empty() ? person.id : person.name, date_long(w.today), date_long(w.last())) +
             render_agenda_for_mail(agenda) + "\n" +
             // TRANSLATORS: the last line of an e-mail; "mentor" is the name of this program.
             tr("This message was prepared by the program's coordinator with mentor.") + "\n";
    if (!events.empty())
        // TRANSLATORS: the name of the calendar attached to an e-mail.
        m.attachments.push_back({kCalendarType, "sessions.ics", render_calendar(tr("Mentoring sessions"), events)});
    return {person.id, person.id + ".eml", render_message(m)};
}

std::vector<AgendaDraft> agenda_drafts(const Store& store, const Records& records,
                                       const std::vector<PairItems>& pairs, const AgendaWindow& window,
                                       bool calendar) {
    if (records.settings.email.empty())
        // TRANSLATORS: keep "From" (an e-mail header) and "email:" (a key of mentor.yaml) as they are.
        throw Error(Location{"mentor.yaml"}, tr("drafts need a From address: set `email:` in mentor.yaml "
                                                "(the program's address, e.g. email: mentoring@example.org)"));
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
