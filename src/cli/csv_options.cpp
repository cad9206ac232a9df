// --csv-separator, --csv-bom and --format csv-excel. See csv_options.hpp.

#include "csv_options.hpp"

#include "context.hpp"
#include "mentor/core/i18n.hpp"

namespace mentor::cli {

void add_csv_options(CLI::App& app, CsvOutputOptions& options) {
    app.add_option_function<std::string>(
           "--csv-separator",
           [&options](const std::string& value) { options.separator = value == "tab" ? '\t' : value.at(0); },
           tr("Separator of CSV output: , ; | or tab (default: config.yaml's csv, else ,)"))
        ->check(CLI::Validator(
            [](std::string& value) -> std::string {
                if (value == "tab" || (value.size() == 1 && is_csv_separator(value[0]))) return "";
                return trf("'{}' is not a CSV separator: choose , ; | or tab", value.substr(0, 20));
            },
            tr("one of , ; | or tab")));
    app.add_flag("--csv-bom", options.bom,
                 tr("Start CSV output with a UTF-8 byte order mark, for spreadsheets that need one to read UTF-8"));
}

CsvStyle csv_style(const Context& context) {
    const auto& o = context.options;
    CsvStyle style = o.format == kCsvExcel ? CsvStyle::excel() : context.config().csv.value_or(CsvStyle{});
    if (o.csv.separator) style.separator = *o.csv.separator;
    if (o.csv.bom) style.bom = true;
    return style;
}

std::string csv_output(const Context& context, const std::string& text, bool is_csv) {
    return is_csv ? restyle_csv(text, csv_style(context)) : text;
}

std::string csv_output(const Context& context, const std::string& text) {
    return csv_output(context, text, context.options.format == "csv" || context.options.format == kCsvExcel);
}

}  // namespace mentor::cli
