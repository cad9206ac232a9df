// The cohort dashboard: one self-contained HTML file (inline CSS and SVG, no
// script, font or image from the network) that a coordinator can mail or
// open offline. Every text from the records is escaped.

#include <map>

#include "mentor/core/i18n.hpp"
#include "mentor/core/text.hpp"
#include "report/common.hpp"
#include "report/svg.hpp"
#include "report/words.hpp"

namespace mentor {
namespace {

using detail::ChartItem;
using detail::html_escape;

constexpr const char* kBlue = "#2563eb";
constexpr const char* kGreen = "#16a34a";
constexpr const char* kAmber = "#d97706";
constexpr const char* kRed = "#dc2626";
constexpr const char* kGrey = "#94a3b8";
constexpr const char* kPurple = "#7c3aed";

// Drawing widths of full-width and half-width charts, as laid out at 1200 px.
constexpr double kWide = 1080, kHalf = 520;

constexpr const char* kStyle = R"css(
*{box-sizing:border-box}
body{margin:0;background:#f4f6fa;color:#1e293b;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
header{background:#1e3a8a;color:#fff;padding:28px 40px 24px}
header h1{margin:0 0 4px;font-size:26px;font-weight:650;letter-spacing:-.01em}
header p{margin:0;color:#c7d2fe;font-size:14px}
main{max-width:1200px;margin:0 auto;padding:24px 40px 40px}
.kpis{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;margin-bottom:24px}
.kpi{background:#fff;border-radius:10px;padding:16px 18px;box-shadow:0 1px 2px rgba(15,23,42,.08);border-top:4px solid #2563eb}
.kpi.warn{border-top-color:#d97706}.kpi.bad{border-top-color:#dc2626}.kpi.good{border-top-color:#16a34a}
.kpi .value{font-size:30px;font-weight:700;line-height:1.15;font-variant-numeric:tabular-nums}
.kpi .name{font-size:13px;color:#64748b;text-transform:uppercase;letter-spacing:.04em}
.kpi .detail{font-size:13px;color:#475569;margin-top:2px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:20px;margin-bottom:20px}
section{background:#fff;border-radius:10px;padding:18px 20px;box-shadow:0 1px 2px rgba(15,23,42,.08)}
section.wide{grid-column:1/-1}
h2{margin:0 0 12px;font-size:16px;font-weight:650}
h2 .count{color:#64748b;font-weight:500}
svg.chart{width:100%;height:auto;display:block}
svg text{font-family:inherit;fill:#334155}
svg .label{font-size:13px}svg .value{font-size:12px;font-weight:600}
svg .muted{font-size:12px;fill:#64748b}svg .big{font-size:28px;font-weight:700}
svg .axis{stroke:#cbd5e1;stroke-width:1}
table{width:100%;border-collapse:collapse;font-size:14px}
th{text-align:left;color:#64748b;font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.04em;border-bottom:1px solid #e2e8f0;padding:6px 8px}
td{border-bottom:1px solid #f1f5f9;padding:6px 8px;font-variant-numeric:tabular-nums}
td.num,th.num{text-align:right}
.tag{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600}
.tag.no-first-session{background:#fee2e2;color:#991b1b}.tag.inactive{background:#fef3c7;color:#92400e}.tag.schedule-ended{background:#ede9fe;color:#5b21b6}
.notice{background:#fef2f2;border:1px solid #fecaca;border-left:6px solid #dc2626;border-radius:10px;padding:14px 18px;margin-bottom:24px;color:#7f1d1d}
.notice h2{color:#991b1b}.notice ul{margin:6px 0 0;padding-left:20px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
.who{font-weight:600}.sub{color:#64748b;font-size:12px}
.bands{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;margin-top:12px}
.health{display:grid;grid-template-columns:max-content 1fr;gap:6px 16px;margin:0 0 12px}.health dt{font-weight:600}.health dd{margin:0}
.band h3{margin:0 0 4px;font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#64748b}
.band.over h3{color:#b91c1c}.band ul{margin:0;padding-left:18px;columns:2 140px;column-gap:20px}.band li{margin:1px 0;font-size:13px;break-inside:avoid}
.none{color:#64748b;margin:0}
footer{color:#64748b;font-size:12px;text-align:center;padding:8px 0 24px}
@media (max-width:800px){.kpis,.bands{grid-template-columns:repeat(2,1fr)}.grid{grid-template-columns:1fr}main{padding:16px}}
@media print{body{background:#fff}section,.kpi{box-shadow:none;border:1px solid #e2e8f0}}
)css";

std::string kpi(const std::string& id, const std::string& name, const std::string& value, const std::string& detail,
                const std::string& tone = "") {
    return "<div class=\"kpi" + (tone.empty() ? "" : " " + tone) + "\" id=\"kpi-" + id +
           "\"><div class=\"name\">" + html_escape(name) + "</div><div class=\"value\">" + html_escape(value) +
           "</div><div class=\"detail\">" + html_escape(detail) + "</div></div>";
}

std::string section(const std::string& id, const std::string& title, const std::string& body, bool wide = false,
                    std::optional<size_t> count = std::nullopt) {
    return "<section id=\"" + id + "\"" + (wide ? " class=\"wide\"" : "") + "><h2>" + html_escape(title) +
           (count ? " <span class=\"count\">(" + std::to_string(*count) + ")</span>" : "") + "</h2>" + body +
           "</section>";
}

std::string table(const std::vector<std::string>& headers, const std::vector<bool>& numeric,
                  const std::vector<std::vector<std::string>>& rows) {
    std::string out = "<table><thead><tr>";
    for (size_t i = 0; i < headers.size(); ++i)
        out += std::string(numeric[i] ? "<th class=\"num\">" : "<th>") + html_escape(headers[i]) + "</th>";
    out += "</tr></thead><tbody>";
    for (const auto& row : rows) {
        out += "<tr>";
        // A cell starting with "<span" is markup built here, already escaped.
        for (size_t i = 0; i < row.size(); ++i)
            out += std::string(numeric[i] ? "<td class=\"num\">" : "<td>") +
                   (row[i].starts_with("<span") ? row[i] : html_escape(row[i])) + "</td>";
        out += "</tr>";
    }
    return out + "</tbody></table>";
}

std::string span(const std::string& cls, const std::string& text) {
    return "<span class=\"" + cls + "\">" + html_escape(text) + "</span>";
}

std::string kpis(const CohortReport& r) {
    const auto risky = r.at_risk().size();
    const ActionCounts a = r.actions();
    const int goals = r.goals_open() + r.goals_overdue() + r.goals_achieved() + r.goals_dropped();
    const auto usage = r.capacity() ? std::optional<double>(double(r.load()) / r.capacity()) : std::nullopt;
    const auto over = r.mentors_in(LoadBand::Over).size();
    std::string out = "<div class=\"kpis\">";
    // TRANSLATORS: the detail lines of the dashboard's key figures; "·" separates two facts.
    out += kpi("participants", tr("Participants"), std::to_string(r.people),
               trf("{0} mentors · {1} mentees", r.mentors, r.mentees));
    out += kpi("match-rate", tr("Matched"), percent_text(r.match_rate()),
               trf("{0} of {1} mentees", r.mentees_matched, r.mentees), r.unmatched.empty() ? "good" : "warn");
    out += kpi("mentor-load", tr("Mentor capacity used"), percent_text(usage),
               over ? trf("{0} of {1} places · {2} over capacity", r.load(), r.capacity(), over)
                    : trf("{0} of {1} places", r.load(), r.capacity()),
               over ? "bad" : "");
    // TRANSLATORS: {0} hours ("8.5"), {1} "all sessions" or the period.
    out += kpi("sessions", tr("Sessions held"), std::to_string(r.sessions()),
               trf("{0} h · {1}", detail::hours_text(r.minutes()), detail::period_text(r.options)));
    out += kpi("adherence", tr("Adherence to rhythm"), percent_text(r.adherence()),
               trf("{0} of {1} planned sessions held", r.held_slots(), r.planned_due()));
    out += kpi("at-risk", tr("Pairs at risk"), std::to_string(risky),
               trf("of {} active pairs", r.pairs_by_status.at(PairStatus::Active)), risky ? "bad" : "good");
    out += kpi("goals", tr("Goals achieved"), std::to_string(r.goals_achieved()),
               trf("of {0} goals · {1} overdue", goals, r.goals_overdue()), "good");
    out += kpi("actions", tr("Actions overdue"), std::to_string(a.overdue),
               trf("of {0} agreed · {1} done", a.total(), a.done), a.overdue ? "warn" : "good");
    out += kpi("rating", tr("Average rating"),
               detail::group_text(detail::rating_text(r.average_rating()), r.rating_group(), r.min_group),
               trnf("over {} rated session", "over {} rated sessions", static_cast<unsigned long>(r.rated()), r.rated()));
    return out + "</div>";
}

// The records left out (--keep-going), above everything else: figures
// without them must not pass for the whole cohort.
std::string problems(const CohortReport& r) {
    if (r.problems.empty()) return "";
    std::string out = "<div class=\"notice\" id=\"left-out\" role=\"alert\"><h2>" +
                      html_escape(trf("Incomplete: {}", detail::problems_summary(r.problems))) + "</h2><ul>";
    for (const auto& p : r.problems) out += "<li>" + html_escape(detail::problem_text(p)) + "</li>";
    return out + "</ul></div>\n";
}

// "<p class="none">None.</p>": an empty list.
std::string none_paragraph(const char* text) { return "<p class=\"none\">" + html_escape(text) + "</p>"; }

std::string person_cell(const CohortReport& r, const std::string& id, const std::string& role) {
    return span("who", r.name_of(id)) + " " + span("sub", role);
}

// The both people of a pair and its id, in one cell.
std::string pair_cell(const CohortReport& r, const PairFigures& p, const detail::Words& words) {
    return "<span>" + person_cell(r, p.mentor, words.role(Role::Mentor)) + "<br>" +
           person_cell(r, p.mentee, words.role(Role::Mentee)) + "<br>" + span("sub", p.id) + "</span>";
}

// What the coordinator should do about a pair at risk, in words: one
// sentence a row, each looked up once for the whole table.
class RiskDetail {
public:
    std::string operator()(const PairFigures& p) const {
        const int days = p.days_since_contact.value_or(0);
        switch (p.risk) {
            case Risk::NoFirstSession: return no_first_(p.start ? date_long(*p.start) : "–", days);
            case Risk::ScheduleEnded: return schedule_ended_(p.end ? date_long(*p.end) : "–");
            case Risk::Inactive:
                return p.cadence.empty() ? silent_(days) : silent_planned_(days, words_.cadence(p.cadence));
            case Risk::None: break;
        }
        return "";
    }

private:
    const detail::Words words_;
    // TRANSLATORS: why a pair is at risk; {0} is the start date, {1} a number of days.
    const detail::Message no_first_{N_("started {0}, no session in {1} days")};
    // TRANSLATORS: {} is the date of the last planned session.
    const detail::Message schedule_ended_{N_("last planned session {}; still active: close or re-plan")};
    const detail::Message silent_{N_("silent {} days")};
    // TRANSLATORS: {0} a number of days, {1} the cadence ("weekly").
    const detail::Message silent_planned_{N_("silent {0} days, planned {1}")};
};

// Whom to write to: the mentor first (they hold the relationship), then the mentee.
std::string contact_cell(const CohortReport& r, const PairFigures& p, const detail::Message& no_email) {
    std::string out;
    for (const std::string* id : {&p.mentor, &p.mentee}) {
        auto it = r.contacts.find(*id);
        const std::string& email = it != r.contacts.end() ? it->second.email : "";
        out += (out.empty() ? "" : "<br>") + (email.empty() ? span("sub", no_email(r.name_of(*id))) : span(out.empty() ? "who" : "sub", email));
    }
    return "<span>" + out + "</span>";
}

// TRANSLATORS: {} is a person's name, who has no e-mail address in their record.
const char* const kNoEmail = N_("{}: no e-mail");

std::string contact_first(const CohortReport& r) {
    const auto risky = r.at_risk();
    const detail::Words words;
    const RiskDetail risk_detail;
    const detail::Message no_email(kNoEmail);
    std::vector<std::vector<std::string>> rows;
    int n = 0;
    for (const PairFigures* p : risky) {
        // The tag's class is the risk's code, the same in every language.
        std::string cls = to_string(p->risk);
        for (char& c : cls) c = c == ' ' ? '-' : c;
        rows.push_back({std::to_string(++n), pair_cell(r, *p, words),
                        "<span><span class=\"tag " + cls + "\">" + html_escape(words.risk(p->risk)) + "</span><br>" +
                            span("sub", risk_detail(*p)) + "</span>",
                        std::to_string(p->days_since_contact.value_or(0)), detail::date_text(p->last_session),
                        contact_cell(r, *p, no_email)});
    }
    return section("at-risk", tr("Pairs at risk: contact first, the longest silent at the top"),
                   risky.empty() ? none_paragraph(tr("None: every active pair met within twice its rhythm."))
                                 : table({"#", tr("pair"), tr("why"), tr("days since contact"), tr("last session"), tr("write to")},
                                         {true, false, false, true, false, false}, rows),
                   true, risky.size());
}



std::string band_list(const CohortReport& r, LoadBand band, const std::string& cls, const char* title) {
    const auto mentors = r.mentors_in(band);
    std::string out = "<div class=\"band " + cls + "\" id=\"load-" + cls + "\"><h3>" +
                      html_escape(std::string(title) + " (" + std::to_string(mentors.size()) + ")") + "</h3>";
    if (mentors.empty()) return out + none_paragraph(tr("None.")) + "</div>";
    // TRANSLATORS: a mentor's load: {0} pairs of a capacity of {1}.
    const detail::Message load(N_("{0} of {1}"));
    out += "<ul>";
    for (const MentorLoad* m : mentors)
        out += "<li>" + html_escape(r.name_of(m->id)) + " " + span("sub", load(m->load, m->capacity)) + "</li>";
    return out + "</ul></div>";
}

std::string mentor_load(const CohortReport& r) {
    const std::vector<ChartItem> bands = {
        {tr_ctx("load band", "over capacity"), double(r.mentors_in(LoadBand::Over).size()), kRed},
        {tr_ctx("load band", "at capacity"), double(r.mentors_in(LoadBand::At).size()), kBlue},
        {tr_ctx("load band", "under capacity"), double(r.mentors_in(LoadBand::Under).size()), kGreen},
        {tr_ctx("load band", "far under"), double(r.mentors_in(LoadBand::FarUnder).size()), kGrey}};
    return section("mentor-load", tr("Mentor load (mentors by how their pairs sit against capacity)"),
                   detail::svg_bars("chart-mentor-load", tr("Mentors by load against capacity"), bands, kWide) +
                       "<div class=\"bands\">" + band_list(r, LoadBand::Over, "over", tr("Over capacity")) +
                       band_list(r, LoadBand::At, "at", tr("At capacity")) +
                       band_list(r, LoadBand::FarUnder, "far-under", tr("Far under: less than half used")) + "</div>",
                   true);
}

std::string charts(const CohortReport& r) {
    std::vector<ChartItem> months;
    for (const auto& [month, n] : r.sessions_by_month) months.push_back({detail::month_label(month), double(n), kBlue});
    std::vector<ChartItem> statuses;
    const std::map<PairStatus, const char*> status_colors = {{PairStatus::Proposed, kPurple},
                                                             {PairStatus::Active, kGreen},
                                                             {PairStatus::Paused, kAmber},
                                                             {PairStatus::Closed, kGrey}};
    const detail::Words words;
    for (const auto& [status, n] : r.pairs_by_status) statuses.push_back({words.status(status), double(n), status_colors.at(status)});
    std::vector<ChartItem> goals = {{words.goal(GoalState::Achieved), double(r.goals_achieved()), kGreen},
                                    {words.goal(GoalState::Open), double(r.goals_open()), kBlue},
                                    {words.goal(GoalState::Overdue), double(r.goals_overdue()), kRed},
                                    {words.goal(GoalState::Dropped), double(r.goals_dropped()), kGrey}};
    std::string out = "<div class=\"grid\">";
    // TRANSLATORS: {} is "all sessions" or the period of the report.
    out += section("sessions-per-month", trf("Sessions per month ({}, quiet months included)", detail::period_text(r.options)),
                   detail::svg_columns("chart-sessions-per-month", tr("Sessions per month"), months, kWide), true);
    out += section("goal-status", tr("Goal status"), detail::svg_donut("chart-goal-status", tr("Goal status"), goals, tr("goals")));
    out += section("pair-status", tr("Pairs by status"), detail::svg_bars("chart-pair-status", tr("Pairs by status"), statuses, kHalf));
    out += mentor_load(r);
    return out + "</div>";
}

// The relationship's health: ids, names, counts and codes, never an answer's comment.
std::string health(const CohortReport& r) {
    std::string body = "<dl class=\"health\">";
    for (const auto& [name, value] : detail::cohort_health_lines(r))
        body += "<dt>" + html_escape(name) + "</dt><dd>" + html_escape(value) + "</dd>";
    body += "</dl>";
    const auto attention = r.needing_attention();
    const detail::Words words;
    const detail::Message no_email(kNoEmail);
    std::vector<std::vector<std::string>> rows;
    for (const PairFigures* p : attention) rows.push_back({pair_cell(r, *p, words), contact_cell(r, *p, no_email)});
    body += "<h3>" + html_escape(detail::attention_line(attention.size())) + "</h3>";
    body += attention.empty() ? none_paragraph(tr("None.")) : table({tr("pair"), tr("write to")}, {false, false}, rows);
    return "<div class=\"grid\">" + section("health", tr("Health of the relationships"), body, true, attention.size()) + "</div>";
}

std::string lists(const CohortReport& r) {
    std::string out = "<div class=\"grid\">";
    const auto soon = r.closing_soon();
    std::vector<std::vector<std::string>> rows;
    for (const PairFigures* p : soon)
        rows.push_back({r.name_of(p->mentor) + " → " + r.name_of(p->mentee), detail::date_text(p->end),
                        std::to_string(p->sessions())});
    out += section("closing-soon", trf("Closing in the next {} days", kUpcomingClosingDays),
                   soon.empty() ? none_paragraph(tr("None."))
                                : table({tr("pair"), tr("last planned session"), tr("sessions")}, {false, false, true}, rows),
                   false, soon.size());
    rows.clear();
    for (const auto& u : r.unmatched) rows.push_back({u.id, join(unmatched_reasons(u, true), "; ")});
    out += section("unmatched", tr("Unmatched mentees"),
                   r.unmatched.empty() ? none_paragraph(tr("None: every mentee has a mentor."))
                                       : table({tr_ctx("role", "mentee"), tr("why")}, {false, false}, rows),
                   false, r.unmatched.size());
    return out + "</div>";
}

}  // namespace

std::string render_cohort_html(const CohortReport& r) {
    const std::string scope = r.cohort.empty() ? tr("All cohorts") : trf("Cohort {}", r.cohort);
    const std::string title = (r.program.empty() ? "" : r.program + " · ") + scope;
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + html_escape(language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"generator\" content=\"mentor\">\n<title>" +
                      html_escape(trf("Mentoring dashboard: {}", title)) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
    // TRANSLATORS: {0} is the report's date ("lundi 2 mars 2026"), {1} "all sessions" or the period.
    out += "<header><h1>" + html_escape(title) + "</h1><p>" +
           html_escape(trf("Mentoring dashboard as of {0} · {1} · counts, dates and statuses only: no session content",
                           date_long(r.options.as_of()), detail::period_text(r.options))) +
           "</p></header>\n<main>\n";
    out += problems(r) + kpis(r) + "\n<div class=\"grid\">" + contact_first(r) + "</div>\n" + health(r) + "\n" +
           charts(r) + "\n" + lists(r) + "\n";
    out += "</main>\n<footer>" + html_escape(tr("Generated by mentor")) + "</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace mentor
