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

// "At capacity (2): Ann Lee (2/2), Bo Chen (3/3)": how many mentors are in the band, and who.
void mentor_band(ReportDoc& doc, const CohortReport& r, LoadBand band, const std::string& name) {
    const auto mentors = r.mentors_in(band);
    if (mentors.empty()) return;
    std::string names;
    for (const MentorLoad* m : mentors)
        names += (names.empty() ? "" : ", ") + r.name_of(m->id) + " (" + std::to_string(m->load) + "/" +
                 std::to_string(m->capacity) + ")";
    doc.field(name + " (" + std::to_string(mentors.size()) + ")", names);
}

void mentor_load(ReportDoc& doc, const CohortReport& r) {
    doc.heading("Mentor load");
    doc.field("Capacity used", std::to_string(r.load()) + " of " + std::to_string(r.capacity()) + " places (" +
                                   percent_text(r.capacity() ? std::optional<double>(double(r.load()) / r.capacity())
                                                             : std::nullopt) +
                                   ")");
    mentor_band(doc, r, LoadBand::Over, "Over capacity");
    mentor_band(doc, r, LoadBand::At, "At capacity");
    mentor_band(doc, r, LoadBand::FarUnder, "Far under capacity");
    if (!r.mentor_load.empty()) doc.table(bar_table("load", load_rows(r), "mentors"));
}

void pairs_and_rhythm(ReportDoc& doc, const CohortReport& r) {
    doc.heading("Pairs by status");
    std::vector<std::pair<std::string, int>> rows;
    for (const auto& [status, n] : r.pairs_by_status) rows.push_back({to_string(status), n});
    doc.table(bar_table("status", rows, "pairs"));

    doc.heading("Sessions (" + period_text(r.options) + ")");
    doc.field("Sessions held", std::to_string(r.sessions()) + " (" + hours_text(r.minutes()) + " h)");
    doc.field("Adherence to the planned rhythm", std::to_string(r.held_slots()) + " of " +
                                                     std::to_string(r.planned_due()) + " planned sessions held (" +
                                                     percent_text(r.adherence()) + ")");
    doc.field("Average rating", group_text(rating_text(r.average_rating()), r.rating_group(), r.min_group) + " (" +
                                    count_text(r.rated(), "rated session", "rated sessions") + ")");
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
    doc.line("Contact first, the longest silent at the top:");
    Table t({"pair", "mentor", "mentee", "why", "days since contact", "last session", "schedule end"});
    t.set_align(4, Align::Right);
    for (const PairFigures* p : risky)
        t.add_row({p->id, r.name_of(p->mentor), r.name_of(p->mentee), to_string(p->risk),
                   std::to_string(p->days_since_contact.value_or(0)), date_text(p->last_session), date_text(p->end)});
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
    doc.line("As of " + r.options.as_of().str() + "; " + period_text(r.options) +
             ". Counts, dates and statuses only: no session content.");
    problems_notice(doc, r.problems);
    participants(doc, r);
    mentor_load(doc, r);
    pairs_and_rhythm(doc, r);
    at_risk(doc, r);
    cohort_health_text(doc, r);
    goals_and_actions(doc, r);
    closings(doc, r);
    return doc.str();
}

}  // namespace mentor::detail
