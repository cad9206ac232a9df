#include "mentor/core/text.hpp"
#include "mentor/formats/csv.hpp"

#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"

#include <cstddef>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>

namespace mentor {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_line_end(char c) { return c == '\r' || c == '\n'; }

/// Length of the well-formed UTF-8 sequence at `pos`, or 0 when it is not one
/// (stray continuation byte, overlong form, surrogate, beyond U+10FFFF, or cut
/// short by the end of the text). Follows the table of Unicode 15, §3.9.
std::size_t utf8_sequence_length(std::string_view s, std::size_t pos) {
    auto byte = [&](std::size_t i) -> unsigned {
        return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u;
    };
    const unsigned lead = byte(pos);
    std::size_t length = 0;
    unsigned low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;   // overlong
        if (lead == 0xED) high = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;   // overlong
        if (lead == 0xF4) high = 0x8F;  // beyond U+10FFFF
    } else {
        return 0;
    }
    const unsigned second = byte(pos + 1);
    if (second < low || second > high) return 0;
    for (std::size_t i = 2; i < length; ++i) {
        const unsigned next = byte(pos + i);
        if (next < 0x80 || next > 0xBF) return 0;
    }
    return length;
}

std::string hex_byte(unsigned char b) {
    static constexpr char digits[] = "0123456789ABCDEF";
    return std::string("0x") + digits[b >> 4] + digits[b & 0xF];
}

/// A single forward pass over the text. Every byte goes through one of the
/// loops below exactly once, which is what keeps large imports fast, and the
/// parser tracks the current line itself so that errors and rows carry the
/// physical line numbers the user sees in an editor, even after quoted cells
/// that span several lines.
class CsvParser {
public:
    CsvParser(std::string_view text, const std::string& file) : text_(text), file_(file) {}

    /// Reads up to the header row and checks it: call once, first.
    std::vector<std::string> header() {
        skip_bom();
        if (!skip_blank_lines()) fail_empty();
        separator_ = detect_separator();
        CsvRow row;
        read_row(std::numeric_limits<std::size_t>::max(), row);
        std::vector<std::string> names;
        for (const std::string& name : row.cells) names.emplace_back(trim(name));
        check_header(names, row.line);
        columns_ = names.size();
        return names;
    }

    char separator() const { return separator_; }

    /// Reads the next data row into `row` (one cell per header column, short
    /// rows padded with empty cells), reusing its storage; false at the end.
    bool next(CsvRow& row) {
        if (!read_row(columns_, row)) return false;
        row.cells.resize(columns_);
        return true;
    }

    /// Where the last row read by next() started, for CsvRows::read.
    std::size_t row_start() const { return row_start_; }

    /// Goes to a row start that an earlier pass over the same text recorded.
    void seek(std::size_t pos, int line, char separator, std::size_t columns) {
        pos_ = line_start_ = pos;  // the column of an error, but a row read before has none
        line_ = line;
        separator_ = separator;
        columns_ = columns;
    }

private:
    /// A position the parser may need to report later (an opening quote, the
    /// first extra cell), with the line it was on.
    struct Mark {
        std::size_t pos = 0;
        int line = 1;
        std::size_t line_start = 0;
    };

    Mark here() const { return Mark{pos_, line_, line_start_}; }

    /// Columns count characters, not bytes, so that they match what an editor
    /// shows on a line holding accented names.
    int column_of(const Mark& at) const {
        int column = 1;
        for (std::size_t i = at.line_start; i < at.pos; ++i) {
            if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
        }
        return column;
    }

    [[noreturn]] void fail(const Mark& at, std::string message) const {
        throw Error(Location{file_, at.line, column_of(at)}, std::move(message));
    }

    [[noreturn]] void fail_empty() const {
        throw Error(Location{file_, 0, 0}, tr("empty CSV file: expected a header row"));
    }

    bool at_end() const { return pos_ >= text_.size(); }

    void skip_bom() {
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = line_start_ = 3;
    }

    /// Moves past one line end: CRLF, LF or a lone CR (old Mac spreadsheets).
    void consume_line_end() {
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
        ++line_;
        line_start_ = pos_;
    }

    /// Skips entirely empty lines; returns false at the end of the text.
    bool skip_blank_lines() {
        while (!at_end() && is_line_end(text_[pos_])) consume_line_end();
        return !at_end();
    }

    /// Moves past one non-ASCII character, or reports it as invalid UTF-8.
    void consume_utf8() {
        const std::size_t length = utf8_sequence_length(text_, pos_);
        if (length == 0) {
            // TRANSLATORS: the byte, e.g. 0xE9. "CSV UTF-8" is the name of Excel's choice in French too ("CSV UTF-8 (délimité par des virgules)").
            fail(here(), trf("invalid UTF-8 (byte {}): save the file as UTF-8 (\"CSV UTF-8\" in Excel)",
                             hex_byte(static_cast<unsigned char>(text_[pos_]))));
        }
        pos_ += length;
    }

    /// Counts `;` and `,` in the header row, outside quoted cells. Any other
    /// choice would need the separator to know where cells start, so a quote
    /// opens a cell only at the start of the line or after one of the two.
    char detect_separator() const {
        std::size_t semicolons = 0, commas = 0;
        bool in_quotes = false, at_cell_start = true;
        for (std::size_t i = pos_; i < text_.size(); ++i) {
            const char c = text_[i];
            if (in_quotes) {
                if (c == '"') {
                    if (i + 1 < text_.size() && text_[i + 1] == '"') ++i;
                    else in_quotes = false;
                }
                continue;
            }
            if (is_line_end(c)) break;
            if (c == ';' || c == ',') {
                ++(c == ';' ? semicolons : commas);
                at_cell_start = true;
            } else if (c == '"' && at_cell_start) {
                in_quotes = true;
            } else if (!is_blank(c)) {
                at_cell_start = false;
            }
        }
        // French locales save with ';' and keep ',' as the decimal mark, so a
        // tie goes to ';'. A single-column header has neither: ',' is the norm.
        return semicolons > 0 && semicolons >= commas ? ';' : ',';
    }

    /// Reads the next non-blank row into `row`, or returns false at the end
    /// of the text. The strings of `row` are reused: a pass over 100,000 rows
    /// allocates for none of them. A row with more than `max_cells` cells is
    /// an error pointing at the first extra one.
    bool read_row(std::size_t max_cells, CsvRow& row) {
        if (!skip_blank_lines()) return false;
        row_start_ = pos_;
        row.line = line_;
        std::size_t count = 0;
        Mark first_extra;
        for (;;) {
            if (count == max_cells) first_extra = here();
            if (count == row.cells.size()) row.cells.emplace_back();
            std::string& cell = row.cells[count++];
            cell.clear();
            read_cell(cell);
            if (at_end() || text_[pos_] != separator_) break;
            ++pos_;
        }
        row.cells.resize(count);
        if (count > max_cells) {
            fail(first_extra, trf("too many cells: expected {} (one per header column), got {}", max_cells, count));
        }
        if (!at_end()) consume_line_end();
        return true;
    }

    /// Reads one cell and stops on the separator, a line end or the end of text.
    void read_cell(std::string& out) {
        std::size_t first = pos_;
        while (first < text_.size() && is_blank(text_[first])) ++first;
        if (first < text_.size() && text_[first] == '"') {
            pos_ = first;  // spaces before a quoted cell are not part of it
            read_quoted(out);
        } else {
            read_unquoted(out);
        }
    }

    /// An unquoted cell is kept exactly as written, spaces and stray quotes
    /// included: the file says what it says.
    void read_unquoted(std::string& out) {
        const std::size_t start = pos_;
        while (!at_end()) {
            const char c = text_[pos_];
            if (c == separator_ || is_line_end(c)) break;
            if (static_cast<unsigned char>(c) >= 0x80) consume_utf8();
            else ++pos_;
        }
        out.assign(text_.substr(start, pos_ - start));
    }

    /// A quoted cell per RFC 4180: `""` is a quote, and separators and line
    /// ends are part of the cell. Line ends inside become "\n", since records
    /// are written with LF line endings whatever the spreadsheet used.
    void read_quoted(std::string& out) {
        const Mark open = here();
        ++pos_;
        std::size_t run = pos_;  // plain text is copied in runs, not byte by byte
        for (;;) {
            if (at_end()) {
                fail(open, tr("unterminated quoted field starting here: expected a closing '\"' "
                              "before the end of the file"));
            }
            const char c = text_[pos_];
            if (c == '"') {
                out.append(text_.substr(run, pos_ - run));
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                    out += '"';
                    pos_ += 2;
                    run = pos_;
                    continue;
                }
                ++pos_;
                break;
            }
            if (is_line_end(c)) {
                out.append(text_.substr(run, pos_ - run));
                out += '\n';
                consume_line_end();
                run = pos_;
            } else if (static_cast<unsigned char>(c) >= 0x80) {
                consume_utf8();
            } else {
                ++pos_;
            }
        }
        while (!at_end() && is_blank(text_[pos_])) ++pos_;  // spaces after the quote are dropped too
        if (!at_end() && text_[pos_] != separator_ && !is_line_end(text_[pos_])) {
            // TRANSLATORS: the separator of the file, ';' or ','.
            fail(here(), trf("text after a closing quote: expected '{}' or the end of the line (write \"\" for a "
                             "quote inside a quoted cell)", separator_));
        }
    }

    /// Column names must be unique, or a value would silently go to the wrong
    /// field. Every duplicate is named at once so that one fix is enough.
    void check_header(const std::vector<std::string>& names, int line) const {
        bool any_name = false;
        std::unordered_map<std::string_view, std::vector<std::size_t>> columns;
        std::vector<std::string_view> duplicated;  // in order of first repetition
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (names[i].empty()) continue;
            any_name = true;
            std::vector<std::size_t>& seen = columns[names[i]];
            seen.push_back(i + 1);
            if (seen.size() == 2) duplicated.push_back(names[i]);
        }
        if (!any_name) {
            throw Error(Location{file_, line, 0}, tr("expected a header row naming the columns, got only empty names"));
        }
        if (duplicated.empty()) return;

        std::string names_and_columns;
        for (std::size_t d = 0; d < duplicated.size(); ++d) {
            if (d > 0) names_and_columns += ", ";
            const std::vector<std::size_t>& at = columns[duplicated[d]];
            std::vector<std::string> numbers;
            for (std::size_t i : at) numbers.push_back(std::to_string(i));
            std::string list = numbers.front();
            for (std::size_t i = 1; i < numbers.size(); ++i)
                // TRANSLATORS: joins the last two column numbers: "2, 3 and 5".
                list = i + 1 == numbers.size() ? trf("{} and {}", list, numbers[i]) : list + ", " + numbers[i];
            // TRANSLATORS: a column name, then its column numbers ("2 and 5").
            names_and_columns += trf("\"{}\" (columns {})", duplicated[d], list);
        }
        // TRANSLATORS: the names with their column numbers, e.g. "email" (columns 2 and 5).
        const std::string message = trnf("duplicate column name in header: {}", "duplicate column names in header: {}",
                                         duplicated.size(), names_and_columns);
        throw Error(Location{file_, line, 0}, message);
    }

    std::string_view text_;
    const std::string& file_;
    char separator_ = ',';
    std::size_t columns_ = 0;
    std::size_t row_start_ = 0;
    std::size_t pos_ = 0;
    int line_ = 1;
    std::size_t line_start_ = 0;
};

}  // namespace

CsvTable parse_csv(std::string_view text, const std::string& file_name) {
    CsvParser parser(text, file_name);
    CsvTable table;
    table.header = parser.header();
    table.separator = parser.separator();
    CsvRow row;
    while (parser.next(row)) table.rows.push_back(row);
    return table;
}

CsvRows::CsvRows(std::string_view text, const std::string& file_name) : text_(text), file_(file_name) {
    CsvParser parser(text, file_name);
    header_ = parser.header();
    separator_ = parser.separator();
    CsvRow row;
    while (parser.next(row)) starts_.push_back(Start{parser.row_start(), row.line});
}

void CsvRows::read(std::size_t i, CsvRow& row) const {
    CsvParser parser(text_, file_);
    parser.seek(starts_.at(i).pos, starts_[i].line, separator_, header_.size());
    parser.next(row);
}

std::string csv_escape(std::string_view cell, char separator) {
    const char special[] = {'"', '\r', '\n', ',', ';', separator};
    // A cell that starts with a BOM is quoted too: first in a file, its BOM
    // would be read as the file's own and dropped.
    const bool needs_quotes =
        cell.find_first_of(std::string_view(special, sizeof special)) != std::string_view::npos ||
        (!cell.empty() && (is_blank(cell.front()) || is_blank(cell.back()))) || cell.starts_with("\xEF\xBB\xBF");
    if (!needs_quotes) return std::string(cell);

    std::string out;
    out.reserve(cell.size() + 2);
    out += '"';
    for (const char c : cell) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_line(const std::vector<std::string>& cells, char separator) {
    if (cells.size() == 1 && cells.front().empty()) return "\"\"\n";
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += separator;
        out += csv_escape(cells[i], separator);
    }
    out += '\n';
    return out;
}

bool is_csv_separator(char c) { return c == ',' || c == ';' || c == '\t' || c == '|'; }

std::string restyle_csv(std::string_view csv, const CsvStyle& style) {
    if (style == CsvStyle{}) return std::string(csv);
    std::string out = style.bom ? "\xEF\xBB\xBF" : "";
    out.reserve(csv.size() + csv.size() / 16 + 3);
    const std::string_view line_end = style.crlf ? "\r\n" : "\n";
    std::vector<std::string> cells;
    std::string cell;
    bool in_quotes = false;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        const char c = csv[i];
        if (in_quotes) {
            if (c != '"') cell += c;
            else if (i + 1 < csv.size() && csv[i + 1] == '"') cell += csv[++i];
            else in_quotes = false;
        } else if (c == '"') {
            in_quotes = true;
        } else if (c == ',') {
            cells.push_back(std::move(cell));
            cell.clear();
        } else if (c == '\n') {
            const bool blank = cells.empty() && cell.empty() && (i == 0 || csv[i - 1] == '\n');
            if (!blank) {
                cells.push_back(std::move(cell));
                std::string line = csv_line(cells, style.separator);
                line.pop_back();  // its "\n"
                out += line;
            }
            out += line_end;
            cells.clear();
            cell.clear();
        } else {
            cell += c;
        }
    }
    return out;
}

std::vector<std::string> split_list_cell(std::string_view cell) {
    const char delimiter = cell.find('|') != std::string_view::npos ? '|' : ',';
    std::vector<std::string> items;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = cell.find(delimiter, start);
        const std::string_view item = trim(cell.substr(start, end - start), " \t\r\n");
        if (!item.empty()) items.emplace_back(item);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return items;
}

}  // namespace mentor
