// The cohort dashboard: one self-contained HTML file (inline CSS and SVG, no
// script, font or image from the network) that a coordinator can mail or
// open offline. Every text from the records is escaped.

#include <map>

#include "report/common.hpp"
#include "report/svg.hpp"

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
    out += kpi("participants", "Participants", std::to_string(r.people),
               std::to_string(r.mentors) + " mentors · " + std::to_string(r.mentees) + " mentees");
    out += kpi("match-rate", "Matched", percent_text(r.match_rate()),
               std::to_string(r.mentees_matched) + " of " + std::to_string(r.mentees) + " mentees",
               r.unmatched.empty() ? "good" : "warn");
    out += kpi("mentor-load", "Mentor capacity used", percent_text(usage),
               std::to_string(r.load()) + " of " + std::to_string(r.capacity()) + " places" +
                   (over ? " · " + std::to_string(over) + " over capacity" : ""),
               over ? "bad" : "");
    out += kpi("sessions", "Sessions held", std::to_string(r.sessions()),
               detail::hours_text(r.minutes()) + " h · " + detail::period_text(r.options));
    out += kpi("adherence", "Adherence to rhythm", percent_text(r.adherence()),
               std::to_string(r.held_slots()) + " of " + std::to_string(r.planned_due()) + " planned sessions held");
    out += kpi("at-risk", "Pairs at risk", std::to_string(risky),
               "of " + std::to_string(r.pairs_by_status.at(PairStatus::Active)) + " active pairs",
               risky ? "bad" : "good");
    out += kpi("goals", "Goals achieved", std::to_string(r.goals_achieved()),
               "of " + std::to_string(goals) + " goals · " + std::to_string(r.goals_overdue()) + " overdue", "good");
    out += kpi("actions", "Actions overdue", std::to_string(a.overdue),
               "of " + std::to_string(a.total()) + " agreed · " + std::to_string(a.done) + " done",
               a.overdue ? "warn" : "good");
    out += kpi("rating", "Average rating",
               detail::group_text(detail::rating_text(r.average_rating()), r.rating_group(), r.min_group),
               "over " + detail::count_text(r.rated(), "rated session", "rated sessions"));
    return out + "</div>";
}

// The records left out (--keep-going), above everything else: figures
// without them must not pass for the whole cohort.
std::string problems(const CohortReport& r) {
    if (r.problems.empty()) return "";
    std::string out = "<div class=\"notice\" id=\"left-out\" role=\"alert\"><h2>" +
                      html_escape("Incomplete: " + detail::problems_summary(r.problems)) + "</h2><ul>";
    for (const auto& p : r.problems) out += "<li>" + html_escape(detail::problem_text(p)) + "</li>";
    return out + "</ul></div>\n";
}

std::string person_cell(const CohortReport& r, const std::string& id, const std::string& role) {
    return span("who", r.name_of(id)) + " " + span("sub", role);
}

// What the coordinator should do about a pair at risk, in words.
std::string risk_detail(const PairFigures& p) {
    const int days = p.days_since_contact.value_or(0);
    switch (p.risk) {
        case Risk::NoFirstSession: return "started " + detail::date_text(p.start) + ", no session in " + std::to_string(days) + " days";
        case Risk::ScheduleEnded: return "last planned session " + detail::date_text(p.end) + "; still active: close or re-plan";
        case Risk::Inactive:
            return "silent " + std::to_string(days) + " days" + (p.cadence.empty() ? "" : ", planned " + p.cadence);
        case Risk::None: break;
    }
    return "";
}

// Whom to write to: the mentor first (they hold the relationship), then the mentee.
std::string contact_cell(const CohortReport& r, const PairFigures& p) {
    std::string out;
    for (const std::string* id : {&p.mentor, &p.mentee}) {
        auto it = r.contacts.find(*id);
        const std::string& email = it != r.contacts.end() ? it->second.email : "";
        out += (out.empty() ? "" : "<br>") + (email.empty() ? span("sub", r.name_of(*id) + ": no e-mail") : span(out.empty() ? "who" : "sub", email));
    }
    return "<span>" + out + "</span>";
}

std::string contact_first(const CohortReport& r) {
    const auto risky = r.at_risk();
    std::vector<std::vector<std::string>> rows;
    int n = 0;
    for (const PairFigures* p : risky) {
        const std::string risk = to_string(p->risk);
        std::string cls = risk;
        for (char& c : cls) c = c == ' ' ? '-' : c;
        rows.push_back({std::to_string(++n),
                        "<span>" + person_cell(r, p->mentor, "mentor") + "<br>" + person_cell(r, p->mentee, "mentee") +
                            "<br>" + span("sub", p->id) + "</span>",
                        "<span><span class=\"tag " + cls + "\">" + html_escape(risk) + "</span><br>" +
                            span("sub", risk_detail(*p)) + "</span>",
                        std::to_string(p->days_since_contact.value_or(0)), detail::date_text(p->last_session),
                        contact_cell(r, *p)});
    }
    return section("at-risk", "Pairs at risk: contact first, the longest silent at the top",
                   risky.empty() ? "<p class=\"none\">None: every active pair met within twice its rhythm.</p>"
                                 : table({"#", "pair", "why", "days since contact", "last session", "write to"},
                                         {true, false, false, true, false, false}, rows),
                   true, risky.size());
}

std::string band_list(const CohortReport& r, LoadBand band, const std::string& cls, const std::string& title) {
    const auto mentors = r.mentors_in(band);
    std::string out = "<div class=\"band " + cls + "\" id=\"load-" + cls + "\"><h3>" +
                      html_escape(title + " (" + std::to_string(mentors.size()) + ")") + "</h3>";
    if (mentors.empty()) return out + "<p class=\"none\">None.</p></div>";
    out += "<ul>";
    for (const MentorLoad* m : mentors)
        out += "<li>" + html_escape(r.name_of(m->id)) + " " +
               span("sub", std::to_string(m->load) + " of " + std::to_string(m->capacity)) + "</li>";
    return out + "</ul></div>";
}

std::string mentor_load(const CohortReport& r) {
    const std::vector<ChartItem> bands = {
        {"over capacity", double(r.mentors_in(LoadBand::Over).size()), kRed},
        {"at capacity", double(r.mentors_in(LoadBand::At).size()), kBlue},
        {"under capacity", double(r.mentors_in(LoadBand::Under).size()), kGreen},
        {"far under", double(r.mentors_in(LoadBand::FarUnder).size()), kGrey}};
    return section("mentor-load", "Mentor load (mentors by how their pairs sit against capacity)",
                   detail::svg_bars("chart-mentor-load", "Mentors by load against capacity", bands, kWide) +
                       "<div class=\"bands\">" + band_list(r, LoadBand::Over, "over", "Over capacity") +
                       band_list(r, LoadBand::At, "at", "At capacity") +
                       band_list(r, LoadBand::FarUnder, "far-under", "Far under: less than half used") + "</div>",
                   true);
}

std::string charts(const CohortReport& r) {
    std::vector<ChartItem> months;
    for (const auto& [month, n] : r.sessions_by_month) months.push_back({month, double(n), kBlue});
    std::vector<ChartItem> statuses;
    const std::map<PairStatus, const char*> status_colors = {{PairStatus::Proposed, kPurple},
                                                             {PairStatus::Active, kGreen},
                                                             {PairStatus::Paused, kAmber},
                                                             {PairStatus::Closed, kGrey}};
    for (const auto& [status, n] : r.pairs_by_status) statuses.push_back({to_string(status), double(n), status_colors.at(status)});
    std::vector<ChartItem> goals = {{"achieved", double(r.goals_achieved()), kGreen},
                                    {"open", double(r.goals_open()), kBlue},
                                    {"overdue", double(r.goals_overdue()), kRed},
                                    {"dropped", double(r.goals_dropped()), kGrey}};
    std::string out = "<div class=\"grid\">";
    out += section("sessions-per-month", "Sessions per month (" + detail::period_text(r.options) + ", quiet months included)",
                   detail::svg_columns("chart-sessions-per-month", "Sessions per month", months, kWide), true);
    out += section("goal-status", "Goal status", detail::svg_donut("chart-goal-status", "Goal status", goals, "goals"));
    out += section("pair-status", "Pairs by status", detail::svg_bars("chart-pair-status", "Pairs by status", statuses, kHalf));
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
    std::vector<std::vector<std::string>> rows;
    for (const PairFigures* p : attention)
        rows.push_back({"<span>" + person_cell(r, p->mentor, "mentor") + "<br>" + person_cell(r, p->mentee, "mentee") + "<br>" +
                            span("sub", p->id) + "</span>",
                        contact_cell(r, *p)});
    body += "<h3>" + html_escape(detail::attention_line(attention.size())) + "</h3>";
    body += attention.empty() ? "<p class=\"none\">None.</p>" : table({"pair", "write to"}, {false, false}, rows);
    return "<div class=\"grid\">" + section("health", "Health of the relationships", body, true, attention.size()) + "</div>";
}

std::string lists(const CohortReport& r) {
    std::string out = "<div class=\"grid\">";
    const auto soon = r.closing_soon();
    std::vector<std::vector<std::string>> rows;
    for (const PairFigures* p : soon)
        rows.push_back({r.name_of(p->mentor) + " → " + r.name_of(p->mentee), detail::date_text(p->end),
                        std::to_string(p->sessions())});
    out += section("closing-soon", "Closing in the next " + std::to_string(kUpcomingClosingDays) + " days",
                   soon.empty() ? "<p class=\"none\">None.</p>"
                                : table({"pair", "last planned session", "sessions"}, {false, false, true}, rows),
                   false, soon.size());
    rows.clear();
    for (const auto& u : r.unmatched) {
        std::string why;
        for (const auto& reason : u.reasons) why += (why.empty() ? "" : "; ") + reason;
        rows.push_back({u.id, why});
    }
    out += section("unmatched", "Unmatched mentees",
                   r.unmatched.empty() ? "<p class=\"none\">None: every mentee has a mentor.</p>"
                                       : table({"mentee", "why"}, {false, false}, rows),
                   false, r.unmatched.size());
    return out + "</div>";
}

}  // namespace

std::string render_cohort_html(const CohortReport& r) {
    const std::string scope = r.cohort.empty() ? "All cohorts" : "Cohort " + r.cohort;
    const std::string title = (r.program.empty() ? "" : r.program + " · ") + scope;
    std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"generator\" content=\"mentor\">\n<title>" +
                      html_escape("Mentoring dashboard: " + title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
    out += "<header><h1>" + html_escape(title) + "</h1><p>" +
           html_escape("Mentoring dashboard as of " + r.options.as_of().str() + " · " + detail::period_text(r.options) +
                       " · counts, dates and statuses only: no session content") +
           "</p></header>\n<main>\n";
    out += problems(r) + kpis(r) + "\n<div class=\"grid\">" + contact_first(r) + "</div>\n" + health(r) + "\n" +
           charts(r) + "\n" + lists(r) + "\n";
    out += "</main>\n<footer>Generated by mentor</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace mentor
