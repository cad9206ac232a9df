#pragma once
/// The e-mail drafts of `mentor agenda --all --mail DIR`: one message per
/// person with something due and an e-mail address, holding that person's
/// own agenda and nothing of any other pair. mentor writes them; the
/// coordinator sends them with their own mail tool (docs/agenda.md).

#include <string>
#include <vector>

#include "mentor/agenda/agenda.hpp"
#include "mentor/formats/email.hpp"
#include "mentor/formats/ics.hpp"

namespace mentor {

/// One draft: the file name (<person-id>.eml) and the message's bytes.
struct AgendaDraft {
    std::string person;
    std::string file;
    std::string content;
};

/// The message to `person` carrying `agenda` (theirs: person_agenda()) as
/// text, and `events` (their sessions in the window) as a text/calendar
/// attachment when not empty. From is mentor.yaml's `email` under the
/// program's name; the Message-ID is derived from the program, the person
/// and the window's first day, so the same records give the same bytes.
AgendaDraft agenda_draft(const Settings& settings, const Person& person, const Agenda& agenda,
                         const std::vector<CalendarEvent>& events);

/// The drafts of every person who has something due and an e-mail address,
/// by person id. With `calendar`, each carries their sessions in the window
/// (plan_events of their open pairs) as an attachment. Throws a data error
/// when mentor.yaml has no `email` (no From).
std::vector<AgendaDraft> agenda_drafts(const Store& store, const Records& records,
                                       const std::vector<PairItems>& pairs, const AgendaWindow& window,
                                       bool calendar);

}  // namespace mentor
