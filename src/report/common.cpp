// Texts, the text/markdown document builder and the per-pair JSON and CSV
// figures shared by every report.

#include "report/common.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "mentor/core/i18n.hpp"
#include "mentor/formats/json_writer.hpp"

namespace mentor::detail {

std::string hours_text(int minutes) {
    // json_number drops a trailing ".0"; decimal() writes the separator of the user's language.
    const std::string s = json_number(minutes / 60.0, 1);
    return s.find('.') == std::string::npos ? s : decimal(minutes / 60.0, 1);
}

std::string rating_text(std::optional<double> rating) {
    if (!rating) return "–";
    return decimal(*rating, 1);
}

std::string date_text(const std::optional<Date>& date) { return date ? date_cell(*date) : "–"; }

std::string period_text(const ReportOptions& o) {
    // TRANSLATORS: the period a report covers; {0} and {1} are dates ("lundi 4 janvier 2027").
    if (o.since && o.until) return trf("sessions from {0} to {1}", date_long(*o.since), date_long(*o.until));
    if (o.since) return trf("sessions from {}", date_long(*o.since));
    if (o.until) return trf("sessions up to {}", date_long(*o.until));
    return tr("all sessions");
}

std::string month_label(const std::string& month) {
    int year = 0;
    unsigned m = 0;
    if (std::sscanf(month.c_str(), "%d-%u", &year, &m) != 2 || m < 1 || m > 12) return month;
    return month_short(year, m);
}

ReportDoc::ReportDoc(bool markdown, bool color)
    // TRANSLATORS: between a label and its value ("Mentor: Anaïs"); French puts a space before the colon.
    : markdown_(markdown), color_(color), separator_(tr_ctx("label separator", ": ")) {}

void ReportDoc::end_fields() {
    in_fields_ = false;
}

void ReportDoc::title(const std::string& text) {
    if (markdown_)
        out_ += "# " + text + "\n\n";
    else
        out_ += (color_ ? "\x1b[1m" + text + "\x1b[0m" : text) + "\n";
}

void ReportDoc::heading(const std::string& text) {
    end_fields();
    if (markdown_)
        out_ += "\n## " + text + "\n\n";
    else
        out_ += "\n" + (color_ ? "\x1b[1m" + text + "\x1b[0m" : text) + "\n";
}

void ReportDoc::field(const std::string& name, const std::string& value) {
    if (value.empty()) return;
    in_fields_ = true;
    out_ += (markdown_ ? "- **" + name + "**" : "  " + name) + separator_ + value + "\n";
}

void ReportDoc::table(const Table& t) {
    if (in_fields_) out_ += "\n";
    end_fields();
    out_ += markdown_ ? t.render_markdown() : t.render_text(TextStyle{color_, false, 60});
}

void ReportDoc::line(const std::string& text) {
    end_fields();
    out_ += markdown_ ? text + "\n" : "  " + text + "\n";
}

std::string problems_summary(const std::vector<ReportProblem>& problems) {
    // (Both forms on one line: the catalogue test finds a message by the line of its first form.)
    const unsigned long n = problems.size();
    return trnf("{} record could not be read and is left out of every figure (--keep-going)", "{} records could not be read and are left out of every figure (--keep-going)", n, n);
}

std::string problem_text(const ReportProblem& p) {
    return p.file + (p.line > 0 ? ":" + std::to_string(p.line) : "") + ": " + p.message;
}

void problems_notice(ReportDoc& doc, const std::vector<ReportProblem>& problems) {
    if (problems.empty()) return;
    doc.heading(tr("Warning: incomplete report"));
    // TRANSLATORS: {} is "2 records could not be read...", followed by the list of them.
    doc.line(trf("{}:", problems_summary(problems)));
    for (const auto& p : problems) doc.line((doc.markdown() ? "- " : "  ") + problem_text(p));
}

Table bar_table(const std::string& label, const std::vector<std::pair<std::string, int>>& rows,
                const std::string& count_header) {
    Table t({label, count_header, ""});
    t.set_align(1, Align::Right);
    int max = 0;
    for (const auto& [name, n] : rows) max = std::max(max, n);
    for (const auto& [name, n] : rows) t.add_row({name, std::to_string(n), bar(n, max, kBarWidth)});
    return t;
}

void json_date(JsonWriter& json, std::string_view key, const std::optional<Date>& date) {
    json.key(key);
    if (date)
        json.value(date->str());
    else
        json.null();
}

void json_ratio(JsonWriter& json, std::string_view key, std::optional<double> value, int decimals) {
    json.key(key);
    if (value)
        json.value(*value, decimals);
    else
        json.null();
}

void json_actions(JsonWriter& json, std::string_view key, const ActionCounts& c) {
    json.key(key);
    json.begin_object();
    json.member("open", c.open);
    json.member("overdue", c.overdue);
    json.member("done", c.done);
    json.end_object();
}

void json_strings(JsonWriter& json, std::string_view key, const std::vector<std::string>& items) {
    json.key(key);
    json.begin_array();
    for (const auto& i : items) json.value(i);
    json.end_array();
}

constexpr int kJsonSchema = 1;

// What every JSON report starts with; `problems` lists the records left out
// (--keep-going), empty when every record was read.
void json_header(JsonWriter& json, const char* kind, const ReportOptions& o, const std::vector<ReportProblem>& problems) {
    json.member("report", kind);
    json.member("schema", kJsonSchema);
    json.member("today", o.today.str());
    json_date(json, "since", o.since);
    json_date(json, "until", o.until);
    json.member("as_of", o.as_of().str());
    json.key("problems");
    json.begin_array();
    for (const auto& p : problems) {
        json.begin_object();
        json.member("file", p.file);
        json.member("line", p.line);
        json.member("message", p.message);
        json.end_object();
    }
    json.end_array();
}

void json_figures_list(JsonWriter& json, std::string_view key, const std::vector<PairFigures>& pairs) {
    json.key(key);
    json.begin_array();
    for (const auto& p : pairs) json_pair_figures(json, p, false);
    json.end_array();
}

void json_pair_figures(JsonWriter& json, const PairFigures& f, bool own) {
    json.begin_object();
    json.member("pair", f.id);
    json.member("mentor", f.mentor);
    json.member("mentee", f.mentee);
    json.member("cohort", f.cohort);
    json.member("kind", to_string(f.kind));
    json.member("status", to_string(f.status));
    json_date(json, "start", f.start);
    json_date(json, "end", f.end);
    json.member("cadence", f.cadence);
    json.member("sessions", f.sessions());
    json.member("hours", f.minutes / 60.0, 2);
    json.member("planned", f.planned);
    json.member("planned_due", f.planned_due);
    json.member("held_as_planned", f.held_slots);
    json_ratio(json, "adherence", f.adherence(), 4);
    json_date(json, "last_session", f.last_session);
    json_date(json, "next_session", f.next_session);
    json.key("days_since_contact");
    if (f.days_since_contact)
        json.value(*f.days_since_contact);
    else
        json.null();
    json.member("risk", to_string(f.risk));
    // A row of a cohort or person report carries no rating (docs/security.md).
    json_ratio(json, "average_rating", own ? f.average_rating() : std::nullopt, 2);
    json.member("needs_attention", f.needs_attention);
    json.member("checkin_overdue", f.checkin_overdue());
    json.member("declined", f.declined);
    json.member("closed_early", f.closed_early);
    json.key("goals");
    json.begin_object();
    json.member("open", f.goals_open);
    json.member("overdue", f.goals_overdue);
    json.member("achieved", f.goals_achieved);
    json.member("dropped", f.goals_dropped);
    json.end_object();
    json_actions(json, "mentor_actions", f.mentor_actions);
    json_actions(json, "mentee_actions", f.mentee_actions);
    json.end_object();
}

std::vector<std::string> csv_pair_header() {
    return {"pair",          "mentor",         "mentee",        "cohort",        "kind",          "status",
            "start",         "end",            "cadence",       "sessions",      "hours",         "planned",
            "planned_due",   "held_as_planned", "adherence",    "last_session",  "next_session",  "days_since_contact",
            "risk",          "average_rating", "goals_open",    "goals_overdue", "goals_achieved", "goals_dropped",
            "actions_open",  "actions_overdue", "actions_done", "needs_attention", "checkin_overdue", "declined",
            "closed_early"};
}

namespace {
std::string yes_no(bool b) { return b ? "yes" : "no"; }
}  // namespace

std::vector<std::string> csv_pair_row(const PairFigures& f) {
    auto opt = [](const auto& v) { return v ? std::to_string(*v) : std::string(); };
    auto day = [](const std::optional<Date>& d) { return d ? d->str() : std::string(); };
    auto ratio = [](std::optional<double> r, int decimals) { return r ? json_number(*r, decimals) : std::string(); };
    ActionCounts a = f.actions();
    return {f.id, f.mentor, f.mentee, f.cohort, to_string(f.kind), to_string(f.status),
            day(f.start), day(f.end), f.cadence, std::to_string(f.sessions()), json_number(f.minutes / 60.0, 2),
            std::to_string(f.planned), std::to_string(f.planned_due), std::to_string(f.held_slots),
            ratio(f.adherence(), 4), day(f.last_session), day(f.next_session), opt(f.days_since_contact),
            f.risk == Risk::None ? "" : to_string(f.risk), "" /* no rating in a row: docs/security.md */,
            std::to_string(f.goals_open), std::to_string(f.goals_overdue), std::to_string(f.goals_achieved),
            std::to_string(f.goals_dropped), std::to_string(a.open), std::to_string(a.overdue), std::to_string(a.done),
            yes_no(f.needs_attention), yes_no(f.checkin_overdue()), yes_no(f.declined), yes_no(f.closed_early)};
}

}  // namespace mentor::detail
