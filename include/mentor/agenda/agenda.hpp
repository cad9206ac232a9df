#pragma once
/// `mentor agenda` (SPEC §6): what is due in the next days, for one person
/// across all their pairs (as mentor and as mentee), for one pair, or for
/// the coordinator across the program.
///
/// The model is a list of typed items per pair (a planned session, an open
/// action, a goal, a check-in, a pair needing attention), collected once by
/// collect_items(). A person's or a pair's agenda holds those items, content
/// included (action texts, goal titles): it is for the people of the pair.
/// The coordinator's view, ProgramAgenda, is built from the same items but
/// holds only ids, names of the two people, dates, statuses, owners and
/// counts: confidentiality is kept by what the model can hold, as in the
/// cohort report, not by each renderer remembering to leave things out.

#include <optional>
#include <string>
#include <vector>

#include "mentor/core/date.hpp"
#include "mentor/formats/age.hpp"
#include "mentor/formats/format.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/plan/attention.hpp"
#include "mentor/store/store.hpp"

namespace mentor {

/// Default length of the window, in days (`--days`).
inline constexpr int kDefaultAgendaDays = 14;
/// Longest window `--days` takes: ten years.
inline constexpr int kMaxAgendaDays = 3660;

/// The days an agenda covers: `today` and the `days - 1` days after it.
/// Overdue actions and goals (due before today) are listed too.
struct AgendaWindow {
    Date today;
    int days = kDefaultAgendaDays;
    Date last() const { return today + (days - 1); }
    bool contains(Date d) const { return d >= today && d <= last(); }
};

/// The kinds of item, in the order an agenda shows them.
enum class ItemKind { Session, Action, Goal, Checkin, Attention };
std::string to_string(ItemKind kind);

/// One thing due in a pair. Which fields are set depends on the kind:
/// - session:   date (planned day), time (HH:MM), number (its position in the
///              schedule), status next|planned;
/// - action:    date (due), id, owner, owner_id and owner_name, status open|overdue, text;
/// - goal:      date (due), id, status open|overdue, text (the title);
/// - checkin:   date (due), owner, owner_id and owner_name (the side to
///              answer), status due|overdue (journal/health.hpp's checkins_due);
/// - attention: by the rhythm (plan/attention.hpp): date (last contact: last
///              session, else the start), status and risk, days (since that
///              contact); by the check-ins (fit_concern, journal/health.hpp's
///              needs_attention): date (that side's last answer), owner (the
///              side), status (why: "poor fit (mentee, 2026-03-05)", English,
///              for the JSON; a view words it with fit_concern_text()), fit.
/// `text` is content: the coordinator's view never copies it.
struct AgendaItem {
    ItemKind kind = ItemKind::Session;
    std::string pair;
    Date date;
    std::string status;
    std::string id;
    std::string time;
    int number = 0;
    std::optional<Role> owner;
    std::string owner_id, owner_name;  ///< the person who owns it
    std::string text;
    bool is_private = false;  ///< an action agreed in a private session: its text is withheld
    std::optional<int> days;
    Risk risk = Risk::None;  ///< attention by the rhythm: the risk that `status` names
    bool fit_concern = false;  ///< attention by the check-ins
    Fit fit = Fit::Good;       ///< with fit_concern: Poor, or Unsure twice (for the words of a view)
};

/// A pair the agenda covers, with its people.
struct AgendaPair {
    std::string id, mentor, mentee, mentor_name, mentee_name;
    PairStatus status = PairStatus::Proposed;
};

/// One pair and what is due in it, items in agenda order.
struct PairItems {
    AgendaPair pair;
    std::vector<AgendaItem> items;
    int sealed_unopened = 0;  ///< sealed entries no identity given opened: their texts show as (sealed)
};

/// The pairs an agenda covers: those that are not closed (proposed, active
/// and paused), by id.
std::vector<const Pair*> open_pairs(const Records& records);

/// Every item of one pair in the window: one helper per kind, called in
/// ItemKind order (check-ins wire in here). `plan` may be nullptr.
std::vector<AgendaItem> collect_items(const Records& records, const Pair& pair, const Plan* plan,
                                      const Journal& journal, const AgendaWindow& window);

/// collect_items() for each pair, plans and journals read in parallel.
/// Unreadable plans and journal files are added to `diagnostics`. A sealed
/// journal is opened with `identities` (journal/seal.hpp); what none opens
/// shows as (sealed), counted in `sealed_unopened`.
std::vector<PairItems> load_pair_items(const Store& store, const Records& records,
                                       const std::vector<const Pair*>& pairs, const AgendaWindow& window,
                                       Diagnostics& diagnostics, const std::vector<age::Identity>& identities = {});

/// A person's or a pair's agenda: for the people of its pairs.
struct Agenda {
    std::string person;  ///< the person's id; empty for a pair's agenda
    std::string name;    ///< the person's name, else the pair id
    AgendaWindow window;
    std::vector<AgendaPair> pairs;
    std::vector<AgendaItem> items;  ///< by kind, then date, then pair

    bool empty() const { return items.empty(); }
};

/// The agenda of `person` from the items of every pair: only the pairs in
/// which they are mentor or mentee.
Agenda person_agenda(const Person& person, const std::vector<PairItems>& pairs, const AgendaWindow& window);
/// The agenda of one pair.
Agenda pair_agenda(const PairItems& pair, const AgendaWindow& window);

/// Counts of one kind of due thing, by whose it is.
struct OwnerCounts {
    int mentor = 0, mentee = 0;
    int total() const { return mentor + mentee; }
};

/// One pair in the coordinator's view: never any text of an action, goal
/// or session; only dates, statuses and counts.
struct PairSummary {
    AgendaPair pair;
    std::optional<Date> next_session;  ///< first planned session in the window
    int sessions = 0;                  ///< planned sessions in the window
    OwnerCounts actions_due, actions_overdue;
    int goals_due = 0, goals_overdue = 0;
    int checkins_due = 0;
    std::optional<Risk> risk;  ///< when the pair's rhythm needs attention
    bool fit_concern = false;  ///< when its check-ins do (the flag only, never an answer)
    std::optional<Date> last_contact;
    std::optional<int> days_since_contact;
};

/// The coordinator's agenda (`--all`): the pairs with something due in the
/// window or needing attention, by id.
struct ProgramAgenda {
    std::string program;
    AgendaWindow window;
    int open_pairs = 0;  ///< pairs looked at
    std::vector<PairSummary> pairs;
};

ProgramAgenda program_agenda(const Records& records, const std::vector<PairItems>& pairs, const AgendaWindow& window);

/// Renderers: text, markdown or json (docs/agenda.md shows each; the JSON
/// schema is documented there). Other formats throw a usage error.
std::string render_agenda(const Agenda& agenda, Format format);
std::string render_agenda(const ProgramAgenda& agenda, Format format);
/// The text of an agenda for an e-mail body: rules drawn with '-', so that
/// the quoted-printable body stays readable and any mail client shows it.
std::string render_agenda_for_mail(const Agenda& agenda);

}  // namespace mentor
