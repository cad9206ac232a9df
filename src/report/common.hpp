#pragma once
// What the report renderers share: number and date texts, and a small
// document builder that writes the same report as terminal text or markdown.
// Private to the library.

#include <optional>
#include <string>
#include <vector>

#include "mentor/formats/json_writer.hpp"
#include "mentor/formats/table.hpp"
#include "mentor/report/report.hpp"

namespace mentor::detail {

// Texts for text, markdown and HTML, in the user's language (core/i18n);
// JSON and CSV write their numbers and dates themselves.

/// "4.5" hours from minutes (one decimal, no trailing ".0"; "4,5" in French).
std::string hours_text(int minutes);
/// "4.2" (one decimal), or "–".
std::string rating_text(std::optional<double> rating);
/// A table cell's date (date_cell), or "–".
std::string date_text(const std::optional<Date>& date);
/// A month of sessions_by_month ("2027-01") as the language names it: "Jan 2027", "janv. 2027".
std::string month_label(const std::string& month);
/// "all sessions", "sessions from 2026-01-01", "sessions from A to B"...
std::string period_text(const ReportOptions& options);

/// Width of the small bar charts in terminal columns.
inline constexpr int kBarWidth = 24;

/// Builds a report as text for the terminal or as GitHub-flavoured markdown.
class ReportDoc {
public:
    ReportDoc(bool markdown, bool color);

    void title(const std::string& text);
    void heading(const std::string& text);
    /// "  name: value" (text) or "- **name**: value" (markdown); nothing when value is empty.
    void field(const std::string& name, const std::string& value);
    void table(const Table& t);
    /// A line of prose, e.g. "None." under a heading.
    void line(const std::string& text);
    /// Raw text, already formatted for the target.
    void raw(const std::string& text) { out_ += text; }
    bool markdown() const { return markdown_; }
    std::string str() const { return out_; }

private:
    void end_fields();
    bool markdown_, color_;
    bool in_fields_ = false;
    const char* separator_;  ///< between a field's name and value: ": ", " : " in French
    std::string out_;
};

/// The notice at the top of a report that left records out (--keep-going):
/// how many, and each one's file, line and problem. Nothing when none was.
void problems_notice(ReportDoc& doc, const std::vector<ReportProblem>& problems);
/// "2 records could not be read and are left out of every figure".
std::string problems_summary(const std::vector<ReportProblem>& problems);
/// "people/x.yaml:3: message" (no line when unknown).
std::string problem_text(const ReportProblem& problem);

/// A table of label | count | bar, the bars scaled to the largest count.
Table bar_table(const std::string& label, const std::vector<std::pair<std::string, int>>& rows,
                const std::string& count_header);

/// JSON helpers: a date or null, a ratio with 4 decimals or null.
void json_date(JsonWriter& json, std::string_view key, const std::optional<Date>& date);
void json_ratio(JsonWriter& json, std::string_view key, std::optional<double> value, int decimals);
void json_actions(JsonWriter& json, std::string_view key, const ActionCounts& counts);
void json_strings(JsonWriter& json, std::string_view key, const std::vector<std::string>& items);
/// "report", "schema", "today", "since", "until", "as_of" and "problems": how every JSON report starts.
void json_header(JsonWriter& json, const char* kind, const ReportOptions& o, const std::vector<ReportProblem>& problems);
void json_figures_list(JsonWriter& json, std::string_view key, const std::vector<PairFigures>& pairs);
/// A list of ids: of pairs (closing soon), of mentors (by load band).
template <typename Item>
void json_ids(JsonWriter& json, std::string_view key, const std::vector<const Item*>& items) {
    json.key(key);
    json.begin_array();
    for (const Item* i : items) json.value(i->id);
    json.end_array();
}
/// The figures of one pair as a JSON object (shared by cohort and person
/// reports, whose rows are not `own`: no rating; and the pair report).
void json_pair_figures(JsonWriter& json, const PairFigures& f, bool own);
/// A figure over a group: its value, or null when withheld (group_figure).
void json_group_ratio(JsonWriter& json, std::string_view key, std::optional<double> value, const GroupFigure& group,
                      int decimals);
/// A figure's text, or withheld_text() when the group is too small.
std::string group_text(const std::string& text, const GroupFigure& group, int min_group);
/// The figures of one pair as CSV cells, and their header.
std::vector<std::string> csv_pair_header();
std::vector<std::string> csv_pair_row(const PairFigures& f);

/// The renderers behind render_report(), one file per format.
std::string pair_text(const PairReport& r, bool markdown, bool color);
std::string person_text(const PersonReport& r, bool markdown, bool color);
std::string cohort_text(const CohortReport& r, bool markdown, bool color);
std::string pair_json(const PairReport& r);
std::string person_json(const PersonReport& r);
std::string cohort_json(const CohortReport& r);
std::string pair_csv(const PairReport& r);
std::string person_csv(const PersonReport& r);
std::string cohort_csv(const CohortReport& r);
/// The cohort's health section (text, markdown), in cohort_health.cpp.
void cohort_health_text(ReportDoc& doc, const CohortReport& r);
void cohort_health_json(JsonWriter& json, const CohortReport& r);
/// The cohort-level figures CSV carries after its rows: figure, value.
std::vector<std::pair<std::string, std::string>> cohort_health_cells(const CohortReport& r);
/// The health figures as (label, text), for text, markdown and HTML alike.
std::vector<std::pair<std::string, std::string>> cohort_health_lines(const CohortReport& r);
/// "Pairs needing attention (2): a poor fit, or unsure twice in a row."
std::string attention_line(size_t pairs);

}  // namespace mentor::detail
