// The reports as CSV, for spreadsheets: one row per session (pair report) or
// one row per pair (person and cohort reports).

#include "mentor/core/text.hpp"
#include "mentor/formats/csv.hpp"
#include "report/common.hpp"

namespace mentor::detail {
namespace {

// Lists in one cell: " | ", as the CSV import reads them (split_list_cell).
constexpr std::string_view kListSeparator = " | ";

// Notes end with a line break in the files; a spreadsheet cell should not.
std::string trim_end(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

// The records left out (--keep-going) follow the rows, after an empty
// line, as a table of their own: a spreadsheet shows them below the pairs,
// and a reader of the pair rows stops at the empty line.
std::string problems_csv(const std::vector<ReportProblem>& problems) {
    if (problems.empty()) return "";
    std::string out = "\n" + csv_line({"left_out_file", "line", "problem"});
    for (const auto& p : problems) out += csv_line({p.file, std::to_string(p.line), p.message});
    return out;
}

std::string pairs_csv(const std::vector<const std::vector<PairFigures>*>& lists,
                      const std::vector<ReportProblem>& problems) {
    std::string out = csv_line(csv_pair_header());
    for (const auto* list : lists)
        for (const auto& p : *list) out += csv_line(csv_pair_row(p));
    return out + problems_csv(problems);
}

}  // namespace

std::string pair_csv(const PairReport& r) {
    std::string out = csv_line({"pair", "session", "date", "duration", "mode", "rating", "private", "topics", "goals",
                                "actions_agreed", "actions_done", "notes"});
    for (const auto& s : r.journal) {
        const bool withheld = s.is_private && !r.include_private;
        std::vector<std::string> agreed;
        for (const auto& a : s.actions) agreed.push_back(to_string(a.owner) + ": " + a.text);
        out += csv_line({r.figures.id, s.file, s.date, s.duration ? std::to_string(*s.duration) : "", s.mode,
                         s.rating ? std::to_string(*s.rating) : "", s.is_private ? "yes" : "no",
                         withheld ? "" : join(s.topics, kListSeparator), withheld ? "" : join(s.goals, kListSeparator), withheld ? "" : join(agreed, kListSeparator),
                         withheld ? "" : join(s.done, kListSeparator), withheld ? "" : trim_end(s.notes)});
    }
    return out + problems_csv(r.problems);
}

std::string person_csv(const PersonReport& r) { return pairs_csv({&r.as_mentor, &r.as_mentee}, r.problems); }

// The cohort's own figures follow its pair rows after an empty line, as a
// figure,value table; a withheld figure is an empty value (null).
std::string cohort_csv(const CohortReport& r) {
    std::string out = pairs_csv({&r.pairs}, {});
    out += "\n" + csv_line({"figure", "value"});
    for (const auto& [figure, value] : cohort_health_cells(r)) out += csv_line({figure, value});
    return out + problems_csv(r.problems);
}

}  // namespace mentor::detail
