// The cohort report as terminal text or markdown: counts, dates and
// statuses only, never what a session said.

#include <algorithm>
#include <map>

#include "report/common.hpp"

namespace mentor::detail {
namespace {

std::string scope_text(const CohortReport& r) {
    std::string s = r.cohort.empty() ? "all cohorts" : "cohort " + r.cohort;
    return r.program.empty() ? s : r.program + ", " + s;
}

// Mentors grouped by how many pairs they hold, and how that sits against capacity.
std::vector<std::pair<std::string, int>> load_rows(const CohortReport& r) {
    std::map<int, int> by_load;
    for (const auto& m : r.mentor_load) ++by_load[m.load];
    std::vector<std::pair<std::string, int>> rows;
    for (const auto& [load, n] : by_load) rows.push_back({count_text(load, "pair", "pairs"), n});
    return rows;
}

void participants(ReportDoc& doc, const CohortReport& r) {
    doc.heading("Participants");
    doc.field("People", std::to_string(r.people) + " active" +
                            (r.inactive ? ", " + std::to_string(r.inactive) + " inactive" : ""));
    doc.field("Mentors", std::to_string(r.mentors));
    doc.field("Mentees", std::to_string(r.mentees));
    doc.field("Matched", std::to_string(r.mentees_matched) + " of " + std::to_string(r.mentees) + " mentees (" +
                             percent_text(r.match_rate()) + ")");
    if (r.unmatched.empty()) return;
    Table t({"unmatched mentee", "why"});
    for (const auto& u : r.unmatched) {
        std::string why;
        for (const auto& reason : u.reasons) why += (why.empty() ? "" : "; ") + reason;
        t.add_row({u.id, why});
    }
    doc.table(t);
}

void mentor_load(ReportDoc& doc, const CohortReport& r) {
    doc.heading("Mentor load");
    int full = 0;
    for (const auto& m : r.mentor_load) full += m.load == m.capacity;
    doc.field("Capacity used", std::to_string(r.load()) + " of " + std::to_string(r.capacity()) + " places (" +
                                   percent_text(r.capacity() ? std::optional<double>(double(r.load()) / r.capacity())
                                                             : std::nullopt) +
                                   ")");
    doc.field("Mentors at capacity", std::to_string(full));
    std::string over_ids;
    for (const auto& m : r.mentor_load)
        if (m.load > m.capacity) over_ids += (over_ids.empty() ? "" : ", ") + m.id;
    if (!over_ids.empty()) doc.field("Over capacity", over_ids);
    if (!r.mentor_load.empty()) doc.table(bar_table("load", load_rows(r), "mentors"));
}

void pairs_and_rhythm(ReportDoc& doc, const CohortReport& r) {
    doc.heading("Pairs by status");
    std::vector<std::pair<std::string, int>> rows;
    for (const auto& [status, n] : r.pairs_by_status) rows.push_back({to_string(status), n});
    doc.table(bar_table("status", rows, "pairs"));

    doc.heading("Sessions (" + period_text(r.options) + ")");
    int minutes = 0;
    for (const auto& p : r.pairs) minutes += p.minutes;
    doc.field("Sessions held", std::to_string(r.sessions()) + " (" + hours_text(minutes) + " h)");
    doc.field("Adherence to the planned rhythm", std::to_string(r.held_slots()) + " of " +
                                                     std::to_string(r.planned_due()) + " planned sessions held (" +
                                                     percent_text(r.adherence()) + ")");
    doc.field("Average rating", rating_text(r.average_rating()));
    if (!r.sessions_by_month.empty())
        doc.table(bar_table("month", {r.sessions_by_month.begin(), r.sessions_by_month.end()}, "sessions"));
}

void at_risk(ReportDoc& doc, const CohortReport& r) {
    const auto risky = r.at_risk();
    doc.heading("Pairs at risk (" + std::to_string(risky.size()) + ")");
    if (risky.empty()) {
        doc.line("None: every active pair met within twice its rhythm.");
        return;
    }
    Table t({"pair", "why", "days since contact", "cadence", "last session"});
    t.set_align(2, Align::Right);
    for (const PairFigures* p : risky)
        t.add_row({p->id, to_string(p->risk), std::to_string(p->days_since_contact.value_or(0)),
                   p->cadence.empty() ? "–" : p->cadence, date_text(p->last_session)});
    doc.table(t);
}

void goals_and_actions(ReportDoc& doc, const CohortReport& r) {
    doc.heading("Goals");
    doc.table(bar_table("status",
                        {{"achieved", r.goals_achieved()},
                         {"open", r.goals_open()},
                         {"overdue", r.goals_overdue()},
                         {"dropped", r.goals_dropped()}},
                        "goals"));
    doc.heading("Actions");
    ActionCounts a = r.actions();
    doc.table(bar_table("status", {{"done", a.done}, {"open", a.open}, {"overdue", a.overdue}}, "actions"));
}

void closings(ReportDoc& doc, const CohortReport& r) {
    const auto soon = r.closing_soon();
    doc.heading("Closing in the next " + std::to_string(kUpcomingClosingDays) + " days (" +
                std::to_string(soon.size()) + ")");
    if (soon.empty()) {
        doc.line("None.");
        return;
    }
    Table t({"pair", "last planned session", "sessions held"});
    t.set_align(2, Align::Right);
    for (const PairFigures* p : soon) t.add_row({p->id, date_text(p->end), std::to_string(p->sessions())});
    doc.table(t);
}

}  // namespace

std::string cohort_text(const CohortReport& r, bool markdown, bool color) {
    ReportDoc doc(markdown, color);
    doc.title("Cohort report: " + scope_text(r));
    doc.line("As of " + r.options.today.str() + "; " + period_text(r.options) +
             ". Counts, dates and statuses only: no session content.");
    participants(doc, r);
    mentor_load(doc, r);
    pairs_and_rhythm(doc, r);
    at_risk(doc, r);
    goals_and_actions(doc, r);
    closings(doc, r);
    return doc.str();
}

}  // namespace mentor::detail
