// The coordinator's agenda: each pair's items reduced to dates, statuses and
// counts. Nothing here copies an item's text, so no renderer can show one.

#include "mentor/agenda/agenda.hpp"

namespace mentor {
namespace {

void count(PairSummary& s, const AgendaItem& item, const AgendaWindow& w) {
    const bool overdue = item.date < w.today;
    switch (item.kind) {
        case ItemKind::Session:
            if (!s.next_session) s.next_session = item.date;
            ++s.sessions;
            break;
        case ItemKind::Action: {
            OwnerCounts& c = overdue ? s.actions_overdue : s.actions_due;
            (item.owner == Role::Mentor ? c.mentor : c.mentee)++;
            break;
        }
        case ItemKind::Goal: (overdue ? s.goals_overdue : s.goals_due)++; break;
        case ItemKind::Checkin: ++s.checkins_due; break;
        case ItemKind::Attention:
            if (item.fit_concern) {
                s.fit_concern = true;
                break;
            }
            s.risk = item.risk;
            s.last_contact = item.date;
            s.days_since_contact = item.days;
            break;
    }
}

}  // namespace

ProgramAgenda program_agenda(const Records& records, const std::vector<PairItems>& pairs, const AgendaWindow& window) {
    ProgramAgenda a;
    a.program = records.settings.program;
    a.window = window;
    a.open_pairs = static_cast<int>(pairs.size());
    for (const auto& p : pairs) {
        if (p.items.empty()) continue;
        PairSummary s;
        s.pair = p.pair;
        for (const auto& item : p.items) count(s, item, window);
        a.pairs.push_back(std::move(s));
    }
    return a;
}

}  // namespace mentor
