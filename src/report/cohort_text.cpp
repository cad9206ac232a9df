// The cohort report as terminal text or markdown: counts, dates and
// statuses only, never what a session said.

#include <algorithm>
#include <map>

#include "mentor/core/i18n.hpp"
#include "mentor/core/text.hpp"
#include "report/common.hpp"
#include "report/words.hpp"

namespace mentor::detail {
namespace {

std::string scope_text(const CohortReport& r) {
    std::string s = r.cohort.empty() ? tr("all cohorts") : trf("cohort {}", r.cohort);
    // TRANSLATORS: {0} is the program's name, {1} "cohort c1" or "all cohorts".
    return r.program.empty() ? s : trf("{0}, {1}", r.program, s);
}

// Mentors grouped by how many pairs they hold, and how that sits against capacity.
std::vector<std::pair<std::string, int>> load_rows(const CohortReport& r) {
    std::map<int, int> by_load;
    for (const auto& m : r.mentor_load) ++by_load[m.load];
    std::vector<std::pair<std::string, int>> rows;
    for (const auto& [load, n] : by_load) rows.push_back({trnf("{} pair", "{} pairs", static_cast<unsigned long>(load), load), n});
    return rows;
}

// The sessions of each month, labelled as the user's language names a month ("Jan 2027").
std::vector<std::pair<std::string, int>> month_rows(const std::map<std::string, int>& by_month) {
    std::vector<std::pair<std::string, int>> rows;
    for (const auto& [month, n] : by_month) rows.push_back({month_label(month), n});
    return rows;
}

void participants(ReportDoc& doc, const CohortReport& r) {
    doc.heading(tr("Participants"));
    doc.field(tr("People"), r.inactive ? trf("{0} active, {1} inactive", r.people, r.inactive) : trf("{} active", r.people));
    doc.field(tr("Mentors"), std::to_string(r.mentors));
    doc.field(tr("Mentees"), std::to_string(r.mentees));
    // TRANSLATORS: {0} of {1} mentees have a pair; {2} is the percentage.
    doc.field(tr("Matched"), trf("{0} of {1} mentees ({2})", r.mentees_matched, r.mentees, percent_text(r.match_rate())));
    if (r.unmatched.empty()) return;
    Table t({tr("unmatched mentee"), tr("why")});
    for (const auto& u : r.unmatched) t.add_row({u.id, join(unmatched_reasons(u, true), "; ")});
    doc.table(t);
}

// "At capacity (2): Ann Lee (2/2), Bo Chen (3/3)": how many mentors are in the band, and who.
void mentor_band(ReportDoc& doc, const CohortReport& r, LoadBand band, const char* name) {
    const auto mentors = r.mentors_in(band);
    if (mentors.empty()) return;
    std::string names;
    for (const MentorLoad* m : mentors)
        names += (names.empty() ? "" : ", ") + r.name_of(m->id) + " (" + std::to_string(m->load) + "/" +
                 std::to_string(m->capacity) + ")";
    doc.field(std::string(name) + " (" + std::to_string(mentors.size()) + ")", names);
}

void mentor_load(ReportDoc& doc, const CohortReport& r) {
    doc.heading(tr("Mentor load"));
    // TRANSLATORS: {0} places used of {1}, {2} the percentage.
    doc.field(tr("Capacity used"), trf("{0} of {1} places ({2})", r.load(), r.capacity(),
                                       percent_text(r.capacity() ? std::optional<double>(double(r.load()) / r.capacity())
                                                                 : std::nullopt)));
    mentor_band(doc, r, LoadBand::Over, tr("Over capacity"));
    mentor_band(doc, r, LoadBand::At, tr("At capacity"));
    mentor_band(doc, r, LoadBand::FarUnder, tr("Far under capacity"));
    if (!r.mentor_load.empty()) doc.table(bar_table(tr("load"), load_rows(r), tr("mentors")));
}

void pairs_and_rhythm(ReportDoc& doc, const CohortReport& r) {
    const Words words;
    doc.heading(tr("Pairs by status"));
    std::vector<std::pair<std::string, int>> rows;
    for (const auto& [status, n] : r.pairs_by_status) rows.push_back({words.status(status), n});
    doc.table(bar_table(tr("status"), rows, tr("pairs")));

    // TRANSLATORS: {} is "all sessions" or "sessions from ... to ...".
    doc.heading(trf("Sessions ({})", period_text(r.options)));
    // TRANSLATORS: {0} sessions, {1} hours ("8.5").
    doc.field(tr("Sessions held"), trf("{0} ({1} h)", r.sessions(), hours_text(r.minutes())));
    // TRANSLATORS: {0} of {1} planned sessions held; {2} is the percentage.
    doc.field(tr("Adherence to the planned rhythm"),
              trf("{0} of {1} planned sessions held ({2})", r.held_slots(), r.planned_due(), percent_text(r.adherence())));
    // TRANSLATORS: {0} is the average rating ("4.2") or "fewer than 5 pairs".
    doc.field(tr("Average rating"), trnf("{0} ({1} rated session)", "{0} ({1} rated sessions)", static_cast<unsigned long>(r.rated()),
                                         group_text(rating_text(r.average_rating()), r.rating_group(), r.min_group), r.rated()));
    if (!r.sessions_by_month.empty()) doc.table(bar_table(tr("month"), month_rows(r.sessions_by_month), tr("sessions")));
}

void at_risk(ReportDoc& doc, const CohortReport& r) {
    const auto risky = r.at_risk();
    doc.heading(trf("Pairs at risk ({})", risky.size()));
    if (risky.empty()) {
        doc.line(tr("None: every active pair met within twice its rhythm."));
        return;
    }
    doc.line(tr("Contact first, the longest silent at the top:"));
    Table t({tr("pair"), tr_ctx("role", "mentor"), tr_ctx("role", "mentee"), tr("why"), tr("days since contact"),
             tr("last session"), tr("schedule end")});
    t.set_align(4, Align::Right);
    const Words words;
    for (const PairFigures* p : risky)
        t.add_row({p->id, r.name_of(p->mentor), r.name_of(p->mentee), words.risk(p->risk),
                   std::to_string(p->days_since_contact.value_or(0)), date_text(p->last_session), date_text(p->end)});
    doc.table(t);
}

void goals_and_actions(ReportDoc& doc, const CohortReport& r) {
    const Words words;
    doc.heading(tr("Goals"));
    doc.table(bar_table(tr("status"),
                        {{words.goal(GoalState::Achieved), r.goals_achieved()},
                         {words.goal(GoalState::Open), r.goals_open()},
                         {words.goal(GoalState::Overdue), r.goals_overdue()},
                         {words.goal(GoalState::Dropped), r.goals_dropped()}},
                        tr("goals")));
    doc.heading(tr("Actions"));
    ActionCounts a = r.actions();
    doc.table(bar_table(tr("status"),
                        {{words.action(ActionStatus::Done), a.done},
                         {words.action(ActionStatus::Open), a.open},
                         {words.action(ActionStatus::Overdue), a.overdue}},
                        tr("actions")));
}

void closings(ReportDoc& doc, const CohortReport& r) {
    const auto soon = r.closing_soon();
    // TRANSLATORS: {0} is a number of days (30), {1} how many pairs close then.
    doc.heading(trf("Closing in the next {0} days ({1})", kUpcomingClosingDays, soon.size()));
    if (soon.empty()) {
        doc.line(tr("None."));
        return;
    }
    Table t({tr("pair"), tr("last planned session"), tr("sessions held")});
    t.set_align(2, Align::Right);
    for (const PairFigures* p : soon) t.add_row({p->id, date_text(p->end), std::to_string(p->sessions())});
    doc.table(t);
}

}  // namespace

std::string cohort_text(const CohortReport& r, bool markdown, bool color) {
    ReportDoc doc(markdown, color);
    doc.title(trf("Cohort report: {}", scope_text(r)));
    // TRANSLATORS: {0} is the report's date ("lundi 2 mars 2026"), {1} "all sessions" or the period.
    doc.line(trf("As of {0}; {1}. Counts, dates and statuses only: no session content.", date_long(r.options.as_of()),
                 period_text(r.options)));
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
