#pragma once
// Small inline SVG charts for the HTML dashboard: no script, no font and no
// image fetched, so the page works offline and in a mail. Private to the library.

#include <string>
#include <string_view>
#include <vector>

namespace mentor::detail {

/// Text made safe inside HTML and SVG, in element content and in quoted attributes.
std::string html_escape(std::string_view text);

/// One bar, slice or column of a chart.
struct ChartItem {
    std::string label;
    double value = 0;
    std::string color;  ///< CSS colour, e.g. "#2563eb"
};

/// Vertical columns with the value above each and the label below
/// (sessions per month). `id` becomes the svg element's id.
std::string svg_columns(const std::string& id, const std::string& title, const std::vector<ChartItem>& items,
                        double width);

/// Horizontal bars, one per row, with label and value (pairs by status, mentor load).
std::string svg_bars(const std::string& id, const std::string& title, const std::vector<ChartItem>& items, double width);

/// `width` is the drawing's width in CSS pixels at full size, so that text
/// keeps one size whatever the section's width.

/// A ring of slices with the total in the middle and a legend (goal status).
std::string svg_donut(const std::string& id, const std::string& title, const std::vector<ChartItem>& items,
                      const std::string& centre_caption);

}  // namespace mentor::detail
