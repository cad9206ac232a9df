// render_report(): the one entry point per report kind, choosing the
// renderer for the format asked.

#include "report/common.hpp"

namespace mentor {
namespace {

[[noreturn]] void refuse(Format format, const std::string& kind, const std::string& formats) {
    throw usage_error("--format " + to_string(format) + " is not available for a " + kind + " report (choose " +
                      formats + ")");
}

}  // namespace

std::string render_report(const PairReport& r, Format format, const ReportStyle& style) {
    switch (format) {
        case Format::Text: return detail::pair_text(r, false, style.color);
        case Format::Markdown: return detail::pair_text(r, true, false);
        case Format::Json: return detail::pair_json(r);
        case Format::Csv: return detail::pair_csv(r);
        default: refuse(format, "pair", "text, markdown, json or csv");
    }
}

std::string render_report(const PersonReport& r, Format format, const ReportStyle& style) {
    switch (format) {
        case Format::Text: return detail::person_text(r, false, style.color);
        case Format::Markdown: return detail::person_text(r, true, false);
        case Format::Json: return detail::person_json(r);
        case Format::Csv: return detail::person_csv(r);
        default: refuse(format, "person", "text, markdown, json or csv");
    }
}

std::string render_report(const CohortReport& r, Format format, const ReportStyle& style) {
    switch (format) {
        case Format::Text: return detail::cohort_text(r, false, style.color);
        case Format::Markdown: return detail::cohort_text(r, true, false);
        case Format::Json: return detail::cohort_json(r);
        case Format::Csv: return detail::cohort_csv(r);
        case Format::Html: return render_cohort_html(r);
        default: refuse(format, "cohort", "text, markdown, json, csv or html");
    }
}

}  // namespace mentor
