#include "mentor/formats/table.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string_view>

#include "mentor/core/unicode.hpp"

namespace mentor {

namespace {

constexpr std::string_view kSeparator = "  ";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kReset = "\x1b[0m";

void trim_trailing_spaces(std::string& line) {
    const auto end = line.find_last_not_of(' ');
    line.erase(end == std::string::npos ? 0 : end + 1);
}

/// Cells as they will be shown: one line, no control characters, cut to the
/// maximum width when there is one.
std::vector<std::string> prepare(const std::vector<std::string>& cells, int max_width) {
    std::vector<std::string> out;
    out.reserve(cells.size());
    for (const auto& cell : cells) {
        std::string shown = single_line(cell);
        if (max_width > 0) shown = truncate_to_width(shown, max_width);
        out.push_back(std::move(shown));
    }
    return out;
}

std::string text_line(const std::vector<std::string>& cells, const std::vector<int>& widths,
                      const std::vector<Align>& aligns) {
    std::string line;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c > 0) line += kSeparator;
        line += aligns[c] == Align::Right ? pad_left(cells[c], widths[c])
                                          : pad_right(cells[c], widths[c]);
    }
    // Left-aligned last columns and empty trailing cells leave padding behind.
    trim_trailing_spaces(line);
    return line;
}

std::string rule_line(const std::vector<int>& widths, bool ascii) {
    const std::string_view stroke = ascii ? "-" : "\u2500";
    std::string line;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        if (c > 0) line += kSeparator;
        for (int i = 0; i < widths[c]; ++i) line += stroke;
    }
    return line;
}

std::string markdown_cell(const std::string& cell) {
    std::string out;
    for (char ch : single_line(cell)) {
        if (ch == '|') out += '\\';
        out += ch;
    }
    return out;
}

std::string markdown_line(const std::vector<std::string>& cells) {
    std::string line = "|";
    for (const auto& cell : cells) {
        line += ' ';
        line += markdown_cell(cell);
        line += " |";
    }
    return line;
}

}  // namespace

Table::Table(std::vector<std::string> headers)
    : headers_(std::move(headers)), aligns_(headers_.size(), Align::Left) {}

void Table::set_align(std::size_t column, Align align) {
    if (column >= aligns_.size()) throw std::out_of_range("Table::set_align: no such column");
    aligns_[column] = align;
}

void Table::add_row(std::vector<std::string> cells) {
    if (cells.size() > headers_.size())
        throw std::invalid_argument("Table::add_row: more cells than columns");
    cells.resize(headers_.size());
    rows_.push_back(std::move(cells));
}

std::string Table::render_text(const TextStyle& style) const {
    if (headers_.empty()) return {};

    const auto header = prepare(headers_, style.max_column_width);
    std::vector<std::vector<std::string>> rows;
    rows.reserve(rows_.size());
    for (const auto& row : rows_) rows.push_back(prepare(row, style.max_column_width));

    // At least one column wide, so that every column shows in the rule line.
    std::vector<int> widths(header.size(), 1);
    for (std::size_t c = 0; c < header.size(); ++c) {
        widths[c] = std::max(widths[c], display_width(header[c]));
        for (const auto& row : rows) widths[c] = std::max(widths[c], display_width(row[c]));
    }

    std::string out;
    const std::string header_line = text_line(header, widths, aligns_);
    if (style.color && !header_line.empty()) {
        out += kBold;
        out += header_line;
        out += kReset;
    } else {
        out += header_line;
    }
    out += '\n';
    out += rule_line(widths, style.ascii);
    out += '\n';
    for (const auto& row : rows) {
        out += text_line(row, widths, aligns_);
        out += '\n';
    }
    return out;
}

std::string Table::render_markdown() const {
    if (headers_.empty()) return {};

    std::string out = markdown_line(headers_);
    out += '\n';
    out += '|';
    for (Align align : aligns_) out += align == Align::Right ? "--:|" : "---|";
    out += '\n';
    for (const auto& row : rows_) {
        out += markdown_line(row);
        out += '\n';
    }
    return out;
}

std::string bar(double value, double max, int width) {
    // Written with !(x > 0) so that NaN gives an empty bar too.
    if (!(value > 0) || !(max > 0) || width <= 0) return {};

    const double fraction = std::isinf(value) ? 1.0 : std::min(value / max, 1.0);
    const long capacity = static_cast<long>(width) * 8;
    long eighths = std::lround(fraction * static_cast<double>(capacity));
    // Any positive value shows, however small next to max.
    eighths = std::clamp(eighths, 1L, capacity);

    static constexpr std::string_view kPartial[] = {
        "", "\u258F", "\u258E", "\u258D", "\u258C", "\u258B", "\u258A", "\u2589",
    };
    std::string out;
    for (long i = 0; i < eighths / 8; ++i) out += "\u2588";
    out += kPartial[eighths % 8];
    return out;
}

}  // namespace mentor
