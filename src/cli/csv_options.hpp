#pragma once
// The options of CSV output, for every command that writes CSV (list,
// match, report): --csv-separator, --csv-bom and --format csv-excel (";",
// BOM, CRLF), defaulting from config.yaml's `csv:`. The style never follows
// the locale: the same flags give the same bytes in every language.

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "mentor/formats/csv.hpp"

namespace mentor::cli {

class Context;

struct CsvOutputOptions {
    std::optional<char> separator;  ///< --csv-separator
    bool bom = false;               ///< --csv-bom
};

/// --format csv-excel: CSV in the style Excel opens directly.
inline constexpr const char* kCsvExcel = "csv-excel";

/// Registers --csv-separator and --csv-bom as global options.
void add_csv_options(CLI::App& app, CsvOutputOptions& options);

/// The style of the CSV a command writes: --format csv-excel, else the
/// config's `csv:`, else the default; --csv-separator and --csv-bom over it.
CsvStyle csv_style(const Context& context);

/// `text`, written by a command as plain CSV, in the style of csv_style
/// when `is_csv` (by default: when --format is csv or csv-excel).
std::string csv_output(const Context& context, const std::string& text);
std::string csv_output(const Context& context, const std::string& text, bool is_csv);

}  // namespace mentor::cli
