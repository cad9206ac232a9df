// The pair and person reports as terminal text or markdown. The pair report
// is the pair's own: it shows the journal (private entries only when asked).

#include "mentor/core/i18n.hpp"
#include "mentor/core/text.hpp"
#include "mentor/core/unicode.hpp"
#include "mentor/plan/plan.hpp"
#include "report/common.hpp"
#include "report/words.hpp"

namespace mentor::detail {
namespace {

void agreement(ReportDoc& doc, const PairReport& r, const Words& words) {
    doc.heading(tr("Agreement"));
    if (!r.plan || r.plan->agreement.start.empty()) {
        // TRANSLATORS: {} is the pair's id; the command and its options stay as they are.
        doc.line(trf("None yet: `mentor plan {} --start DATE --cadence CADENCE`.", r.figures.id));
        return;
    }
    const Agreement& a = r.plan->agreement;
    doc.field(tr("Start"), date_long(a.start));
    // TRANSLATORS: {0} is the cadence ("weekly"), {1} the length of a session in minutes.
    std::string rhythm = trnf("{0}, {1} minute", "{0}, {1} minutes", static_cast<unsigned long>(a.length),
                              words.cadence(a.cadence), a.length);
    // TRANSLATORS: {0} is "weekly, 60 minutes", {1} the meeting mode ("remote").
    doc.field(tr("Rhythm"), a.mode.empty() ? rhythm : trf("{0}, {1}", rhythm, words.mode(a.mode)));
    doc.field(tr("Duration"), !a.until.empty() ? trf("until {}", date_long(a.until))
                              : a.sessions    ? trnf("{} session", "{} sessions", static_cast<unsigned long>(*a.sessions), *a.sessions)
                                              : tr("open-ended"));
    doc.field(tr("Confidentiality"), single_line(a.confidentiality));
    for (size_t i = 0; i < a.rules.size(); ++i) doc.field(trf("Rule {}", i + 1), single_line(a.rules[i]));
}

void goals(ReportDoc& doc, const PairReport& r, const Words& words) {
    const PairFigures& f = r.figures;
    doc.heading(tr("Goals"));
    if (!r.plan || r.plan->goals.empty()) {
        doc.line(tr("None yet."));
        return;
    }
    doc.field(tr_ctx("goals", "Achieved"), std::to_string(f.goals_achieved));
    const int open = f.goals_open + f.goals_overdue;
    // TRANSLATORS: {0} goals open, {1} of them overdue.
    doc.field(tr_ctx("goals", "Open"), f.goals_overdue ? trf("{0} ({1} overdue)", open, f.goals_overdue) : std::to_string(open));
    Table t({tr("id"), tr("status"), tr("goal"), tr("due"), tr("closed")});
    for (const auto& g : r.plan->goals) {
        t.add_row({g.id, words.goal(goal_state(g, r.options.as_of())), g.title, date_cell(g.due), date_cell(g.closed)});
    }
    doc.table(t);
}

void sessions(ReportDoc& doc, const PairReport& r, const Words& words) {
    const PairFigures& f = r.figures;
    doc.heading(trf("Sessions ({})", period_text(r.options)));
    doc.field(tr_ctx("sessions", "Held"), trf("{0} ({1} h)", f.sessions(), hours_text(f.minutes)));
    if (f.has_plan)
        // TRANSLATORS: {0} of {1} planned sessions held, {2} the percentage, {3} sessions planned in all.
        doc.field(tr("Rhythm"), trf("{0} of {1} planned sessions held so far ({2}), {3} planned in all", f.held_slots,
                                    f.planned_due, percent_text(f.adherence()), f.planned));
    if (f.days_since_contact && f.last_session)
        // TRANSLATORS: {0} is the date of the last session, {1} how many days ago.
        doc.field(tr("Last session"), trnf("{0} ({1} day ago)", "{0} ({1} days ago)",
                                           static_cast<unsigned long>(*f.days_since_contact), date_long(*f.last_session),
                                           *f.days_since_contact));
    else
        doc.field(tr("Last session"), f.last_session ? date_long(*f.last_session) : "–");
    doc.field(tr("Next session"), f.next_session ? date_long(*f.next_session) : tr("none planned"));
    doc.field(tr("Average rating"), rating_text(f.average_rating()));
    if (f.risk != Risk::None) doc.field(tr("At risk"), words.risk(f.risk));
}

void actions(ReportDoc& doc, const PairReport& r, const Words& words) {
    const PairFigures& f = r.figures;
    doc.heading(tr("Actions"));
    // TRANSLATORS: headings of the columns that count a side's actions (plural in French: "ouvertes").
    Table counts({tr("owner"), tr_ctx("action counts", "open"), tr_ctx("action counts", "overdue"),
                  tr_ctx("action counts", "done")});
    for (int i = 1; i <= 3; ++i) counts.set_align(i, Align::Right);
    for (const auto& [owner, c] : {std::pair{Role::Mentor, f.mentor_actions}, std::pair{Role::Mentee, f.mentee_actions}})
        counts.add_row({words.role(owner), std::to_string(c.open), std::to_string(c.overdue), std::to_string(c.done)});
    doc.table(counts);
    Table list({tr("id"), tr("owner"), tr("status"), tr("due"), tr("action")});
    const char* hidden_text = tr("(private)");
    for (const auto& a : r.actions) {
        if (!is_open(a.status)) continue;
        bool hidden = a.is_private && !r.include_private;
        list.add_row({a.action.id, words.role(a.action.owner), words.action(a.status), date_cell(a.action.due),
                      hidden ? hidden_text : a.action.text});
    }
    if (list.row_count() > 0) {
        doc.raw("\n");
        doc.table(list);
    }
}

void journal(ReportDoc& doc, const PairReport& r, const Words& words) {
    doc.heading(tr("Journal"));
    if (r.journal.empty()) {
        doc.line(tr("No session in the period."));
        return;
    }
    // Looked up once: a journal may hold many sessions.
    const Message minutes(N_("{} min"));
    // TRANSLATORS: a session's rating out of 5.
    const Message rating(N_("rating {}/5"));
    const char* private_word = tr_ctx("session", "private");
    const char* withheld = tr("(content withheld; --include-private shows it)");
    const char *topics = tr("Topics"), *goals = tr("Goals"), *agreed = tr("Agreed"), *done = tr_ctx("actions", "Done");
    // TRANSLATORS: an action agreed in a session: {0} its id, {1} who owes it, {2} its text.
    const Message action(N_("{0} {1}: {2}"));
    // TRANSLATORS: {0} is "a1 mentee: send the CV", {1} the due date.
    const Message action_due(N_("{0} (due {1})"));
    for (const auto& s : r.journal) {
        std::string head = s.file;
        if (s.duration) head += " · " + minutes(*s.duration);
        if (!s.mode.empty()) head += " · " + single_line(words.mode(s.mode));
        if (s.rating) head += " · " + rating(*s.rating);
        if (s.is_private) head += std::string(" · ") + private_word;
        doc.raw(doc.markdown() ? "\n### " + head + "\n\n" : "\n" + head + "\n");
        if (s.is_private && !r.include_private) {
            doc.line(withheld);
            continue;
        }
        doc.field(topics, single_line(join(s.topics, ", ")));
        doc.field(goals, join(s.goals, ", "));
        for (const auto& a : s.actions) {
            std::string text = action(a.id, words.role(a.owner), single_line(a.text));
            doc.field(agreed, a.due.empty() ? text : action_due(text, date_cell(a.due)));
        }
        doc.field(done, join(s.done, ", "));
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

// "4/5": a rating out of five, in a table cell.
std::string out_of_five(const std::optional<int>& rating) { return rating ? std::to_string(*rating) + "/5" : ""; }

void health(ReportDoc& doc, const PairReport& r, const Words& words) {
    doc.heading(tr("Check-ins"));
    for (const auto& d : r.figures.checkins_due) {
        // TRANSLATORS: the next check-in due from the mentor or the mentee.
        const char* name = d.side == Role::Mentor ? tr("Next of the mentor") : tr("Next of the mentee");
        doc.field(name, d.overdue ? trf("{} (overdue)", date_long(d.due)) : date_long(d.due));
    }
    if (r.figures.needs_attention) doc.field(tr("Needs attention"), tr("yes: a poor fit, or unsure twice in a row"));
    if (r.checkins.empty()) doc.line(tr("No check-in yet."));
    else {
        Table t({tr("date"), tr("by"), tr("fit"), tr("rating"), tr("comment")});
        for (const auto& c : r.checkins)
            t.add_row({date_cell(c.date), words.role(c.by), words.fit(c.fit), out_of_five(c.rating), one_line(c.comment)});
        doc.table(t);
    }
    if (r.figures.status != PairStatus::Closed) return;
    doc.heading(r.figures.declined ? tr("Declined") : tr("Closing"));
    doc.field(tr("Reason"), r.reason ? closing_reason_text(*r.reason) : tr("not given"));
    if (!r.legacy_review.empty()) doc.field(tr("Review"), one_line(r.legacy_review));
    for (const auto& c : r.closings) {
        // TRANSLATORS: {} is the date of the closing review.
        const std::string name = c.by == Role::Mentor ? trf("Review of the mentor ({})", date_long(c.date))
                                                      : trf("Review of the mentee ({})", date_long(c.date));
        std::string text = one_line(c.review);
        if (c.goals)
            // TRANSLATORS: {} is how the goals were met: "met", "partly", "not-met".
            text = c.review.empty() ? trf("goals {}", words.goals(*c.goals))
                                    : trf("goals {0}; {1}", words.goals(*c.goals), text);
        doc.field(name, text);
    }
}

// The person's own check-ins, without comments (the pair report has them).
void own_checkins(ReportDoc& doc, const PersonReport& r, const Words& words) {
    doc.heading(trf("Own check-ins ({})", r.checkins.size()));
    if (r.checkins.empty()) return doc.line(tr("None."));
    Table t({tr("date"), tr("pair"), tr("as"), tr("fit"), tr("rating")});
    for (const auto& [pair, a] : r.checkins)
        t.add_row({date_cell(a.date), pair, words.role(a.by), words.fit(a.fit), out_of_five(a.rating)});
    doc.table(t);
}

Table pair_table(const std::vector<PairFigures>& pairs, bool as_mentor, const Words& words) {
    Table t({tr("pair"), words.role(as_mentor ? Role::Mentee : Role::Mentor), tr("status"), tr("sessions"), tr("rhythm"),
             tr("last session"), tr("next session"), tr("at risk")});
    t.set_align(3, Align::Right);
    t.set_align(4, Align::Right);
    for (const auto& p : pairs)
        t.add_row({p.id, as_mentor ? p.mentee : p.mentor, words.status(p.status), std::to_string(p.sessions()),
                   percent_text(p.adherence()), date_text(p.last_session), date_text(p.next_session), words.risk(p.risk)});
    return t;
}

}  // namespace

std::string pair_text(const PairReport& r, bool markdown, bool color) {
    const PairFigures& f = r.figures;
    const Words words;
    ReportDoc doc(markdown, color);
    doc.title(trf("Pair report: {}", f.id));
    doc.field(tr("Mentor"), r.mentor_name);
    doc.field(tr("Mentee"), r.mentee_name);
    std::string status = words.status(f.status);
    // TRANSLATORS: {0} is the pair's status ("active"), {1} a date.
    if (!f.started.empty()) status = trf("{0}, started {1}", status, date_long(f.started));
    if (!f.ended.empty()) status = trf("{0}, ended {1}", status, date_long(f.ended));
    doc.field(tr("Status"), status);
    doc.field(tr("Kind"), words.kind(f.kind));
    doc.field(tr("Cohort"), f.cohort);
    doc.field(tr("As of"), date_long(r.options.as_of()));
    problems_notice(doc, r.problems);
    agreement(doc, r, words);
    goals(doc, r, words);
    sessions(doc, r, words);
    actions(doc, r, words);
    health(doc, r, words);
    journal(doc, r, words);
    return doc.str();
}

std::string person_text(const PersonReport& r, bool markdown, bool color) {
    const Words words;
    ReportDoc doc(markdown, color);
    doc.title(trf("Person report: {}", r.name.empty() ? r.id : r.name + " (" + r.id + ")"));
    std::vector<std::string> roles;
    for (Role role : r.roles) roles.push_back(words.role(role));
    doc.field(tr("Roles"), roles.empty() ? tr_ctx("no role", "none") : join(roles, ", "));
    doc.field(tr("Active"), words.yes_no(r.active));
    if (r.capacity > 0 || r.load > 0)
        // TRANSLATORS: {0} pairs held of a capacity of {1}, then a small bar.
        doc.field(tr("Load"), trf("{0} of {1} {2}", r.load, r.capacity, bar(r.load, r.capacity, 10)));
    doc.field(tr("Sessions"), trf("{0} ({1})", r.sessions(), period_text(r.options)));
    doc.field(tr("As of"), date_long(r.options.as_of()));
    problems_notice(doc, r.problems);
    for (bool as_mentor : {true, false}) {
        const auto& pairs = as_mentor ? r.as_mentor : r.as_mentee;
        doc.heading(as_mentor ? trf("As mentor ({})", pairs.size()) : trf("As mentee ({})", pairs.size()));
        if (pairs.empty())
            doc.line(tr("No pair."));
        else
            doc.table(pair_table(pairs, as_mentor, words));
    }
    own_checkins(doc, r, words);
    return doc.str();
}

}  // namespace mentor::detail
