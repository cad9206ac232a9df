// Inline SVG charts: plain shapes and text with fixed coordinates, scaled by
// the browser through viewBox. Numbers are written with json_number so the
// output does not depend on the locale.

#include "report/svg.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "mentor/core/i18n.hpp"
#include "mentor/core/unicode.hpp"
#include "mentor/formats/json_writer.hpp"

namespace mentor::detail {
namespace {

// Average advance of a character of the 13 px label font, for room to leave.
constexpr double kLabelCharWidth = 7.2;

std::string num(double v) { return json_number(v, 2); }

// A value shown on a chart: "3", "2.5" ("2,5" in French).
std::string value_text(double v) {
    const std::string s = json_number(v, 1);
    return s.find('.') == std::string::npos ? s : decimal(v, 1);
}

// A bar's or slice's tooltip: "active: 3".
std::string tip(const std::string& label, double value, const char* separator) { return label + separator + value_text(value); }

const char* label_separator() { return tr_ctx("label separator", ": "); }

std::string open_svg(const std::string& id, const std::string& title, double width, double height) {
    return "<svg id=\"" + html_escape(id) + "\" class=\"chart\" role=\"img\" aria-label=\"" + html_escape(title) +
           "\" viewBox=\"0 0 " + num(width) + " " + num(height) + "\" xmlns=\"http://www.w3.org/2000/svg\">" +
           "<title>" + html_escape(title) + "</title>";
}

std::string text(double x, double y, const std::string& content, const std::string& cls,
                 const std::string& anchor = "start") {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" class=\"" + cls + "\" text-anchor=\"" + anchor + "\">" +
           html_escape(content) + "</text>";
}

std::string rect(double x, double y, double w, double h, const std::string& color, const std::string& tip) {
    return "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" + num(h) +
           "\" rx=\"3\" fill=\"" + html_escape(color) + "\"><title>" + html_escape(tip) + "</title></rect>";
}

double max_value(const std::vector<ChartItem>& items) {
    double max = 0;
    for (const auto& i : items) max = std::max(max, i.value);
    return max;
}

std::string empty_chart(const std::string& id, const std::string& title) {
    return open_svg(id, title, 540, 80) + text(270, 45, tr("No data yet"), "muted", "middle") + "</svg>";
}

}  // namespace

std::string html_escape(std::string_view raw) {
    std::string valid = to_valid_utf8(raw);
    std::string out;
    out.reserve(valid.size());
    for (char c : valid) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string svg_columns(const std::string& id, const std::string& title, const std::vector<ChartItem>& items,
                        double width) {
    const char* separator = label_separator();
    if (items.empty()) return empty_chart(id, title);
    const double height = 240, top = 22, bottom = 36, left = 8, right = 8;
    const double plot = height - top - bottom;
    const double slot = (width - left - right) / static_cast<double>(items.size());
    const double bar = std::min(48.0, slot * 0.7);
    const double max = std::max(1.0, max_value(items));
    // Label every month when they fit, else every n-th so the labels never overlap.
    const size_t every = std::max<size_t>(1, static_cast<size_t>(std::ceil(44.0 / slot)));
    std::string out = open_svg(id, title, width, height);
    out += "<line x1=\"" + num(left) + "\" y1=\"" + num(top + plot) + "\" x2=\"" + num(width - right) + "\" y2=\"" +
           num(top + plot) + "\" class=\"axis\"/>";
    for (size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        const double h = item.value / max * plot;
        const double x = left + slot * static_cast<double>(i) + (slot - bar) / 2;
        const double centre = x + bar / 2;
        if (h > 0) out += rect(x, top + plot - h, bar, h, item.color, tip(item.label, item.value, separator));
        if (items.size() <= 24 || item.value == max)
            out += text(centre, top + plot - h - 5, value_text(item.value), "value", "middle");
        if (i % every == 0) out += text(centre, height - 14, item.label, "label", "middle");
    }
    return out + "</svg>";
}

std::string svg_bars(const std::string& id, const std::string& title, const std::vector<ChartItem>& items, double width) {
    const char* separator = label_separator();
    if (items.empty()) return empty_chart(id, title);
    // Labels are right-aligned before the bars: room for the longest (a
    // translated label may be twice the English one), 130 at least.
    int longest = 0;
    for (const auto& i : items) longest = std::max(longest, display_width(i.label));
    const double label_width = std::max(130.0, 10 + kLabelCharWidth * longest);
    const double row = 30, value_width = 60, top = 6;
    const double height = top * 2 + row * static_cast<double>(items.size());
    const double span = width - label_width - value_width;
    const double max = std::max(1.0, max_value(items));
    std::string out = open_svg(id, title, width, height);
    for (size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        const double y = top + row * static_cast<double>(i);
        out += text(label_width - 10, y + row / 2 + 5, item.label, "label", "end");
        out += rect(label_width, y + 5, span, row - 10, "#eef1f5", item.label);
        const double w = item.value / max * span;
        if (w > 0) out += rect(label_width, y + 5, std::max(w, 3.0), row - 10, item.color, tip(item.label, item.value, separator));
        out += text(label_width + span + 8, y + row / 2 + 5, value_text(item.value), "value");
    }
    return out + "</svg>";
}

std::string svg_donut(const std::string& id, const std::string& title, const std::vector<ChartItem>& items,
                      const std::string& centre_caption) {
    const char* separator = label_separator();
    double total = 0;
    for (const auto& i : items) total += i.value;
    if (total <= 0) return empty_chart(id, title);
    const double width = 540, height = 220, cx = 110, cy = 110, r = 80, stroke = 30;
    const double circumference = 2 * std::numbers::pi * r;
    std::string out = open_svg(id, title, width, height);
    out += "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" + num(r) +
           "\" fill=\"none\" stroke=\"#eef1f5\" stroke-width=\"" + num(stroke) + "\"/>";
    double offset = 0;
    for (const auto& item : items) {
        if (item.value <= 0) continue;
        const double length = item.value / total * circumference;
        // Each slice is a dash of the ring, rotated to start at 12 o'clock.
        out += "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" + num(r) +
               "\" fill=\"none\" stroke=\"" + html_escape(item.color) + "\" stroke-width=\"" + num(stroke) +
               "\" stroke-dasharray=\"" + num(length) + " " + num(circumference - length) + "\" stroke-dashoffset=\"" +
               num(-offset) + "\" transform=\"rotate(-90 " + num(cx) + " " + num(cy) + ")\"><title>" +
               html_escape(tip(item.label, item.value, separator)) + "</title></circle>";
        offset += length;
    }
    out += text(cx, cy + 4, value_text(total), "big", "middle");
    out += text(cx, cy + 24, centre_caption, "muted", "middle");
    double y = cy - 14.0 * static_cast<double>(items.size()) + 14;
    for (const auto& item : items) {
        out += "<rect x=\"240\" y=\"" + num(y - 11) + "\" width=\"14\" height=\"14\" rx=\"3\" fill=\"" +
               html_escape(item.color) + "\"/>";
        out += text(262, y, item.label, "label");
        out += text(420, y, value_text(item.value), "value", "end");
        const double share = item.value / total * 100;
        out += text(490, y, percent(std::lround(share)), "muted", "end");
        y += 28;
    }
    return out + "</svg>";
}

}  // namespace mentor::detail
