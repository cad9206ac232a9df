#pragma once
/// Reading and writing CSV, as spreadsheet programs save it.
///
/// Coordinators import participants from a spreadsheet (`mentor add --from-csv`)
/// and take reports back to one (`mentor report --format csv`). The reader
/// accepts what Excel, LibreOffice and Google Sheets actually write: a UTF-8
/// BOM, CRLF line ends, `;` as separator (French locales), RFC 4180 quoting.
/// The writer produces plain RFC 4180 that all of them read back.

#include <string>
#include <string_view>
#include <vector>

namespace mentor {

/// One data row of a CSV file.
struct CsvRow {
    int line = 0;                    ///< 1-based line where the row starts in the file
    std::vector<std::string> cells;  ///< exactly one cell per header column
};

/// A whole CSV file: its separator, its header row and its data rows.
struct CsvTable {
    char separator = ',';             ///< ',' or ';', as detected from the header row
    std::vector<std::string> header;  ///< column names, trimmed of surrounding spaces
    std::vector<CsvRow> rows;         ///< data rows in file order, blank lines left out
};

/// Parses CSV text whose first non-blank row names the columns.
///
/// The separator is `;` or `,`, whichever appears more often in the header row
/// outside quotes (`;` wins a tie). Cells keep their spaces, except spaces
/// around a quoted cell (`a, "b" ,c`). A row shorter than the header is padded
/// with empty cells; a longer one is an error, as are unterminated quotes, text
/// after a closing quote, duplicate column names, invalid UTF-8 and a file with
/// no header row. Empty column names are kept (never counted as duplicates) so
/// that the caller decides what they mean.
///
/// @param file_name used only in error locations.
/// @throws mentor::Error with the file, line and column of the problem.
CsvTable parse_csv(std::string_view text, const std::string& file_name);

/// A CSV file checked whole as parse_csv checks it (and throwing the same
/// errors), but holding only where each row starts, not a copy of its cells:
/// an import of 100,000 rows reads one row at a time instead of keeping a
/// table of 1.3 million strings. `text` must outlive it.
class CsvRows {
public:
    CsvRows(std::string_view text, const std::string& file_name);

    char separator() const { return separator_; }
    const std::vector<std::string>& header() const { return header_; }  ///< as CsvTable::header
    std::size_t size() const { return starts_.size(); }

    /// Reads data row `i` (0-based, blank lines left out) into `row`, as
    /// parse_csv's rows[i], reusing its storage. Safe from several threads.
    void read(std::size_t i, CsvRow& row) const;

private:
    struct Start {
        std::size_t pos;  ///< the row's first byte in the text
        int line;
    };
    std::string_view text_;
    std::string file_;
    char separator_ = ',';
    std::vector<std::string> header_;
    std::vector<Start> starts_;
};

/// The largest spreadsheet `add --from-csv` reads (docs/security.md): 32 MiB,
/// some 100,000 people; parsing takes a few times its size in memory.
inline constexpr size_t kMaxCsvBytes = 32u << 20;

/// Returns one cell as it must appear in a CSV line, quoted when needed.
///
/// A cell is quoted when it holds the separator, a quote, CR or LF, or starts or
/// ends with a space or tab. It is also quoted when it holds either of `,` and
/// `;`, so that the reader's separator detection cannot be misled by a header
/// cell such as "city;country" in a comma-separated file. A cell that starts
/// with a UTF-8 byte order mark is quoted as well: first in a file, the mark
/// would otherwise be taken for the file's own and dropped on reading.
std::string csv_escape(std::string_view cell, char separator = ',');

/// Returns one CSV line: the escaped cells joined by the separator, then "\n".
///
/// A row made of one empty cell is written `""` so that it is not read back as
/// a blank line (blank lines are skipped by parse_csv).
std::string csv_line(const std::vector<std::string>& cells, char separator = ',');

/// How CSV output is laid out for a spreadsheet. The default is what
/// csv_line writes: `,`, LF, no byte order mark. Excel in a French locale
/// opens `;`-separated files with a BOM (so that it reads UTF-8) and CRLF
/// line ends directly; the style never follows the locale by itself.
struct CsvStyle {
    char separator = ',';
    bool bom = false;   ///< a UTF-8 byte order mark first
    bool crlf = false;  ///< CRLF line ends (quoted cells keep their LF)

    /// `;`, BOM, CRLF: `--format csv-excel`.
    static CsvStyle excel() { return CsvStyle{';', true, true}; }
    friend bool operator==(const CsvStyle&, const CsvStyle&) = default;
};

/// The separators CsvStyle takes: `,` `;` tab and `|`.
bool is_csv_separator(char c);

/// CSV text as csv_line writes it (`,` and LF; a blank line between two
/// tables, as report CSV has) laid out in `style`: each cell escaped again
/// for the new separator (quoted when it holds it), line ends and the BOM as
/// the style says. The default style returns the text as it is.
std::string restyle_csv(std::string_view csv, const CsvStyle& style);

/// Splits a cell holding a list, such as "python | sql | public speaking".
///
/// Items are separated by `|`, or by `,` when the cell holds no `|` (so that
/// "Lyon, France" can still be one item of a `|` list). Items are trimmed of
/// surrounding white space and empty items are dropped.
std::vector<std::string> split_list_cell(std::string_view cell);

}  // namespace mentor
