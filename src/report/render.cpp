// render_report(): the one entry point per report kind, choosing the
// renderer for the format asked.

#include "mentor/core/i18n.hpp"
#include "report/common.hpp"

namespace mentor {
namespace {

// `message` names the format asked ({}) and those to choose from.
[[noreturn]] void refuse(const char* message, Format format) { throw usage_error(trf(message, to_string(format))); }

}  // namespace

std::string render_report(const PairReport& r, Format format, const ReportStyle& style) {
    switch (format) {
        case Format::Text: return detail::pair_text(r, false, style.color);
        case Format::Markdown: return detail::pair_text(r, true, false);
        case Format::Json: return detail::pair_json(r);
        case Format::Csv: return detail::pair_csv(r);
        default: refuse(N_("--format {} is not available for a pair report (choose text, markdown, json or csv)"), format);
    }
}

std::string render_report(const PersonReport& r, Format format, const ReportStyle& style) {
    switch (format) {
        case Format::Text: return detail::person_text(r, false, style.color);
        case Format::Markdown: return detail::person_text(r, true, false);
        case Format::Json: return detail::person_json(r);
        case Format::Csv: return detail::person_csv(r);
        default: refuse(N_("--format {} is not available for a person report (choose text, markdown, json or csv)"), format);
    }
}

std::string render_report(const CohortReport& r, Format format, const ReportStyle& style) {
    switch (format) {
        case Format::Text: return detail::cohort_text(r, false, style.color);
        case Format::Markdown: return detail::cohort_text(r, true, false);
        case Format::Json: return detail::cohort_json(r);
        case Format::Csv: return detail::cohort_csv(r);
        case Format::Html: return render_cohort_html(r);
        default: refuse(N_("--format {} is not available for a cohort report (choose text, markdown, json, csv or html)"), format);
    }
}

}  // namespace mentor
