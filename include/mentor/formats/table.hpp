#pragma once
/// Tables of text for the terminal and for markdown, and small bar charts.
///
/// Rendering returns strings; the caller decides where they go. Cells are
/// measured in terminal columns (see unicode.hpp), so accented, CJK and emoji
/// text lines up.

#include <cstddef>
#include <string>
#include <vector>

namespace mentor {

/// How a column's cells are aligned.
enum class Align { Left, Right };

/// Options of Table::render_text.
struct TextStyle {
    /// Bold header through ANSI escapes; with false the output has no escape at all.
    bool color = false;
    /// Rule line made of '-' instead of '─', for terminals without Unicode.
    bool ascii = false;
    /// When > 0, cells wider than this many columns are cut with "…".
    int max_column_width = 0;
};

/// A table with a header row and any number of rows of the same columns.
class Table {
public:
    /// One column per header.
    explicit Table(std::vector<std::string> headers);

    /// Sets a column's alignment (Left by default).
    /// Throws std::out_of_range when there is no such column.
    void set_align(std::size_t column, Align align);

    /// Adds a row. A shorter row is completed with empty cells; a longer one
    /// throws std::invalid_argument.
    void add_row(std::vector<std::string> cells);

    std::size_t column_count() const { return headers_.size(); }
    std::size_t row_count() const { return rows_.size(); }

    /// Aligned text: a header row, a rule line under it, then the rows.
    /// Columns are separated by two spaces; no line has trailing spaces and
    /// every line ends with "\n". Line breaks and tabs in cells become spaces
    /// and other control characters U+FFFD, so data cannot break the layout or
    /// send escapes to the terminal. A table without columns renders as "".
    std::string render_text(const TextStyle& style = {}) const;

    /// A GitHub-flavoured markdown table ("| a | b |", then "|---|--:|").
    /// '|' in cells is escaped as "\|"; line breaks become spaces.
    /// A table without columns renders as "".
    std::string render_markdown() const;

private:
    std::vector<std::string> headers_;
    std::vector<Align> aligns_;
    std::vector<std::vector<std::string>> rows_;
};

/// A horizontal bar of at most `width` columns for value / max, drawn with
/// '█' and the eighth blocks ▏▎▍▌▋▊▉ (rounded to the nearest eighth). Empty
/// for a value <= 0 (or NaN), at least one eighth for any value > 0, full
/// width for value >= max. Not padded: pad it with pad_right to line bars up.
/// Empty when max <= 0 or width <= 0.
std::string bar(double value, double max, int width);

}  // namespace mentor
