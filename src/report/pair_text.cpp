// The pair and person reports as terminal text or markdown. The pair report
// is the pair's own: it shows the journal (private entries only when asked).

#include "mentor/core/text.hpp"
#include "mentor/core/unicode.hpp"
#include "mentor/plan/plan.hpp"
#include "report/common.hpp"

namespace mentor::detail {
namespace {

void agreement(ReportDoc& doc, const PairReport& r) {
    doc.heading("Agreement");
    if (!r.plan || r.plan->agreement.start.empty()) {
        doc.line("None yet: `mentor plan " + r.figures.id + " --start DATE --cadence CADENCE`.");
        return;
    }
    const Agreement& a = r.plan->agreement;
    doc.field("Start", a.start);
    doc.field("Rhythm", a.cadence + ", " + std::to_string(a.length) + " minutes" + (a.mode.empty() ? "" : ", " + a.mode));
    doc.field("Duration", !a.until.empty() ? "until " + a.until
                          : a.sessions    ? std::to_string(*a.sessions) + " sessions"
                                          : "open-ended");
    doc.field("Confidentiality", single_line(a.confidentiality));
    for (size_t i = 0; i < a.rules.size(); ++i) doc.field("Rule " + std::to_string(i + 1), single_line(a.rules[i]));
}

void goals(ReportDoc& doc, const PairReport& r) {
    const PairFigures& f = r.figures;
    doc.heading("Goals");
    if (!r.plan || r.plan->goals.empty()) {
        doc.line("None yet.");
        return;
    }
    doc.field("Achieved", std::to_string(f.goals_achieved));
    doc.field("Open", std::to_string(f.goals_open + f.goals_overdue) +
                          (f.goals_overdue ? " (" + std::to_string(f.goals_overdue) + " overdue)" : ""));
    Table t({"id", "status", "goal", "due", "closed"});
    for (const auto& g : r.plan->goals) {
        t.add_row({g.id, to_string(goal_state(g, r.options.as_of())), g.title, g.due, g.closed});
    }
    doc.table(t);
}

void sessions(ReportDoc& doc, const PairReport& r) {
    const PairFigures& f = r.figures;
    doc.heading("Sessions (" + period_text(r.options) + ")");
    doc.field("Held", std::to_string(f.sessions()) + " (" + hours_text(f.minutes) + " h)");
    if (f.has_plan)
        doc.field("Rhythm", std::to_string(f.held_slots) + " of " + std::to_string(f.planned_due) +
                                " planned sessions held so far (" + percent_text(f.adherence()) + "), " +
                                std::to_string(f.planned) + " planned in all");
    doc.field("Last session", date_text(f.last_session) +
                                  (f.days_since_contact && f.last_session
                                       ? " (" + count_text(*f.days_since_contact, "day", "days") + " ago)"
                                       : ""));
    doc.field("Next session", f.next_session ? f.next_session->str() : "none planned");
    doc.field("Average rating", rating_text(f.average_rating()));
    if (f.risk != Risk::None) doc.field("At risk", to_string(f.risk));
}

void actions(ReportDoc& doc, const PairReport& r) {
    const PairFigures& f = r.figures;
    doc.heading("Actions");
    Table counts({"owner", "open", "overdue", "done"});
    for (int i = 1; i <= 3; ++i) counts.set_align(i, Align::Right);
    for (const auto& [owner, c] : {std::pair{"mentor", f.mentor_actions}, std::pair{"mentee", f.mentee_actions}})
        counts.add_row({owner, std::to_string(c.open), std::to_string(c.overdue), std::to_string(c.done)});
    doc.table(counts);
    Table list({"id", "owner", "status", "due", "action"});
    for (const auto& a : r.actions) {
        if (!is_open(a.status)) continue;
        bool hidden = a.is_private && !r.include_private;
        list.add_row({a.action.id, to_string(a.action.owner), to_string(a.status), a.action.due,
                      hidden ? "(private)" : a.action.text});
    }
    if (list.row_count() > 0) {
        doc.raw("\n");
        doc.table(list);
    }
}

void journal(ReportDoc& doc, const PairReport& r) {
    doc.heading("Journal");
    if (r.journal.empty()) {
        doc.line("No session in the period.");
        return;
    }
    for (const auto& s : r.journal) {
        std::string head = s.file;
        if (s.duration) head += " · " + std::to_string(*s.duration) + " min";
        if (!s.mode.empty()) head += " · " + single_line(s.mode);
        if (s.rating) head += " · rating " + std::to_string(*s.rating) + "/5";
        if (s.is_private) head += " · private";
        doc.raw(doc.markdown() ? "\n### " + head + "\n\n" : "\n" + head + "\n");
        if (s.is_private && !r.include_private) {
            doc.line("(content withheld; --include-private shows it)");
            continue;
        }
        doc.field("Topics", single_line(join(s.topics, ", ")));
        doc.field("Goals", join(s.goals, ", "));
        for (const auto& a : s.actions)
            doc.field("Agreed", a.id + " " + to_string(a.owner) + ": " + single_line(a.text) +
                                    (a.due.empty() ? "" : " (due " + a.due + ")"));
        doc.field("Done", join(s.done, ", "));
        if (!s.notes.empty()) {
            doc.raw("\n");
            std::string notes = to_valid_utf8(s.notes);
            size_t start = 0;
            while (start < notes.size()) {
                size_t end = notes.find('\n', start);
                if (end == std::string::npos) end = notes.size();
                std::string text = single_line(std::string_view(notes).substr(start, end - start));
                doc.raw(doc.markdown() ? (text.empty() ? "\n" : "> " + text + "\n") : (text.empty() ? "\n" : "    " + text + "\n"));
                start = end + 1;
            }
        }
    }
}

// Text from a record as one safe line: an answer's comment, a review.
std::string one_line(const std::string& text) { return single_line(to_valid_utf8(text)); }

void health(ReportDoc& doc, const PairReport& r) {
    doc.heading("Check-ins");
    for (const auto& d : r.figures.checkins_due)
        doc.field("Next of the " + to_string(d.side), d.due.str() + (d.overdue ? " (overdue)" : ""));
    if (r.figures.needs_attention) doc.field("Needs attention", "yes: a poor fit, or unsure twice in a row");
    if (r.checkins.empty()) doc.line("No check-in yet.");
    else {
        Table t({"date", "by", "fit", "rating", "comment"});
        for (const auto& c : r.checkins)
            t.add_row({c.date, to_string(c.by), to_string(c.fit), c.rating ? std::to_string(*c.rating) + "/5" : "",
                       one_line(c.comment)});
        doc.table(t);
    }
    if (r.figures.status != PairStatus::Closed) return;
    doc.heading(r.figures.declined ? "Declined" : "Closing");
    doc.field("Reason", r.reason ? closing_reason_text(*r.reason) : "not given");
    if (!r.legacy_review.empty()) doc.field("Review", one_line(r.legacy_review));
    for (const auto& c : r.closings)
        doc.field("Review of the " + to_string(c.by) + " (" + c.date + ")",
                  (c.goals ? "goals " + to_string(*c.goals) + (c.review.empty() ? "" : "; ") : "") + one_line(c.review));
}

// The person's own check-ins, without comments (the pair report has them).
void own_checkins(ReportDoc& doc, const PersonReport& r) {
    doc.heading("Own check-ins (" + std::to_string(r.checkins.size()) + ")");
    if (r.checkins.empty()) return doc.line("None.");
    Table t({"date", "pair", "as", "fit", "rating"});
    for (const auto& [pair, a] : r.checkins)
        t.add_row({a.date, pair, to_string(a.by), to_string(a.fit), a.rating ? std::to_string(*a.rating) + "/5" : ""});
    doc.table(t);
}

Table pair_table(const std::vector<PairFigures>& pairs, bool as_mentor) {
    Table t({"pair", as_mentor ? "mentee" : "mentor", "status", "sessions", "rhythm", "last session", "next session",
             "at risk"});
    t.set_align(3, Align::Right);
    t.set_align(4, Align::Right);
    for (const auto& p : pairs)
        t.add_row({p.id, as_mentor ? p.mentee : p.mentor, to_string(p.status), std::to_string(p.sessions()),
                   percent_text(p.adherence()), date_text(p.last_session), date_text(p.next_session),
                   p.risk == Risk::None ? "" : to_string(p.risk)});
    return t;
}

}  // namespace

std::string pair_text(const PairReport& r, bool markdown, bool color) {
    const PairFigures& f = r.figures;
    ReportDoc doc(markdown, color);
    doc.title("Pair report: " + f.id);
    doc.field("Mentor", r.mentor_name);
    doc.field("Mentee", r.mentee_name);
    doc.field("Status", to_string(f.status) + (f.started.empty() ? "" : ", started " + f.started) +
                            (f.ended.empty() ? "" : ", ended " + f.ended));
    doc.field("Kind", to_string(f.kind));
    doc.field("Cohort", f.cohort);
    doc.field("As of", r.options.as_of().str());
    problems_notice(doc, r.problems);
    agreement(doc, r);
    goals(doc, r);
    sessions(doc, r);
    actions(doc, r);
    health(doc, r);
    journal(doc, r);
    return doc.str();
}

std::string person_text(const PersonReport& r, bool markdown, bool color) {
    ReportDoc doc(markdown, color);
    doc.title("Person report: " + (r.name.empty() ? r.id : r.name + " (" + r.id + ")"));
    std::vector<std::string> roles;
    for (Role role : r.roles) roles.push_back(to_string(role));
    doc.field("Roles", roles.empty() ? "none" : join(roles, ", "));
    doc.field("Active", r.active ? "yes" : "no");
    if (r.capacity > 0 || r.load > 0)
        doc.field("Load", std::to_string(r.load) + " of " + std::to_string(r.capacity) + " " + bar(r.load, r.capacity, 10));
    doc.field("Sessions", std::to_string(r.sessions()) + " (" + period_text(r.options) + ")");
    doc.field("As of", r.options.as_of().str());
    problems_notice(doc, r.problems);
    for (bool as_mentor : {true, false}) {
        const auto& pairs = as_mentor ? r.as_mentor : r.as_mentee;
        doc.heading(std::string(as_mentor ? "As mentor" : "As mentee") + " (" + std::to_string(pairs.size()) + ")");
        if (pairs.empty())
            doc.line("No pair.");
        else
            doc.table(pair_table(pairs, as_mentor));
    }
    own_checkins(doc, r);
    return doc.str();
}

}  // namespace mentor::detail
