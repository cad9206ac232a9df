// Lookups in the "mentor" catalogue, and dates and numbers built from it.
//
// Month and day names, the order of a date's parts and the decimal separator
// are messages of the catalogue like any other (with a context), not the C
// library's LC_TIME and LC_NUMERIC: the dates then always speak the language
// of the messages around them, and the C library's number formatting, which
// machine formats rely on, never changes with the locale.

#include "mentor/core/i18n.hpp"

#include <libintl.h>

#include <array>
#include <atomic>
#include <cmath>

namespace mentor {

namespace {

constexpr const char* kDomain = "mentor";

// How many EnglishMessages are alive; read by every lookup, on any thread
// (records load in parallel).
std::atomic<int> english_only{0};

bool english() { return english_only.load(std::memory_order_relaxed) > 0; }

// gettext's msgctxt is the context and the id joined by EOT, as pgettext does.
const char* lookup_ctx(const char* context, const char* msgid) {
    if (english()) return msgid;
    std::string key = std::string(context) + '\004' + msgid;
    const char* found = dgettext(kDomain, key.c_str());
    // dgettext returns its argument when there is no translation.
    return found == key.c_str() ? msgid : found;
}

constexpr std::array<const char*, 7> kWeekdays = {NC_("weekday", "Sunday"),   NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
                                                  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday")};
constexpr std::array<const char*, 7> kWeekdaysShort = {NC_("weekday, short", "Sun"), NC_("weekday, short", "Mon"), NC_("weekday, short", "Tue"), NC_("weekday, short", "Wed"),
                                                       NC_("weekday, short", "Thu"), NC_("weekday, short", "Fri"), NC_("weekday, short", "Sat")};
constexpr std::array<const char*, 12> kMonths = {NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),     NC_("month", "April"),
                                                 NC_("month", "May"),     NC_("month", "June"),     NC_("month", "July"),      NC_("month", "August"),
                                                 NC_("month", "September"), NC_("month", "October"), NC_("month", "November"), NC_("month", "December")};
constexpr std::array<const char*, 12> kMonthsShort = {NC_("month, short", "Jan"), NC_("month, short", "Feb"), NC_("month, short", "Mar"), NC_("month, short", "Apr"),
                                                      NC_("month, short", "May"), NC_("month, short", "Jun"), NC_("month, short", "Jul"), NC_("month, short", "Aug"),
                                                      NC_("month, short", "Sep"), NC_("month, short", "Oct"), NC_("month, short", "Nov"), NC_("month, short", "Dec")};

std::string two_digits(unsigned n) { return fmt::format("{:02}", n); }

std::string date_from_pattern(const char* context, const char* pattern, Date d) {
    const unsigned wd = d.weekday().c_encoding();
    return i18n_detail::format_or_source(
        tr_ctx(context, pattern), pattern,
        fmt::make_format_args(fmt::arg("iso", d.str()), fmt::arg("year", d.year()), fmt::arg("month", tr_ctx("month", kMonths[d.month() - 1])),
                              fmt::arg("month_short", tr_ctx("month, short", kMonthsShort[d.month() - 1])),
                              fmt::arg("mm", two_digits(d.month())), fmt::arg("day", d.day()),
                              fmt::arg("dd", two_digits(d.day())), fmt::arg("weekday", tr_ctx("weekday", kWeekdays[wd])),
                              fmt::arg("weekday_short", tr_ctx("weekday, short", kWeekdaysShort[wd]))));
}

}  // namespace

const char* tr(const char* msgid) { return english() ? msgid : dgettext(kDomain, msgid); }

const char* tr_ctx(const char* context, const char* msgid) { return lookup_ctx(context, msgid); }

const char* tr_n(const char* singular, const char* plural, unsigned long n) {
    if (english()) return n == 1 ? singular : plural;
    return dngettext(kDomain, singular, plural, n);
}

EnglishMessages::EnglishMessages() { english_only.fetch_add(1); }
EnglishMessages::~EnglishMessages() { english_only.fetch_sub(1); }

namespace i18n_detail {
std::string format_or_source(const char* translated, const char* source, fmt::format_args args) {
    try {
        return fmt::vformat(translated, args);
    } catch (const fmt::format_error&) {
        // A translation with a placeholder the source does not have: the
        // catalogue test catches it, and the user still gets the message.
        return fmt::vformat(source, args);
    }
}
}  // namespace i18n_detail

std::string_view language() {
    // TRANSLATORS: the ISO 639-1 code of the language you translate into.
    return tr_ctx("language code", "en");
}

std::string date_long(Date d) {
    // TRANSLATORS: a date in a sentence or heading. Placeholders: {weekday}
    // ("Monday"), {day} (4), {month} ("January"), {year}, {iso} (2027-01-04),
    // {dd} and {mm} (two digits). French: "{weekday} {day} {month} {year}".
    return date_from_pattern("long date", "{iso}", d);
}

std::string date_cell(Date d) {
    // TRANSLATORS: a date in a table cell; same placeholders as the long date.
    // French: "{dd}/{mm}/{year}".
    return date_from_pattern("table date", "{iso}", d);
}

std::string date_cell(std::string_view iso) {
    if (auto d = parse_iso_date(iso)) return date_cell(*d);
    return std::string(iso);
}

std::string date_long(std::string_view iso) {
    if (auto d = parse_iso_date(iso)) return date_long(*d);
    return std::string(iso);
}

std::string month_short(int year, unsigned month) {
    // TRANSLATORS: {month} is the short month name ("Jan"). French: "{month} {year}".
    return trf_ctx("month and year, short", "{month} {year}", fmt::arg("month", tr_ctx("month, short", kMonthsShort[(month - 1) % 12])),
                   fmt::arg("year", year));
}

std::string month_long(int year, unsigned month) {
    return trf_ctx("month and year", "{month} {year}", fmt::arg("month", tr_ctx("month", kMonths[(month - 1) % 12])),
                   fmt::arg("year", year));
}

std::string weekday_short(Date d) { return tr_ctx("weekday, short", kWeekdaysShort[d.weekday().c_encoding()]); }

std::string weekday_long(Date d) { return tr_ctx("weekday", kWeekdays[d.weekday().c_encoding()]); }

std::string decimal(double value, int decimals) {
    std::string out = fmt::format("{:.{}f}", value, decimals);
    // TRANSLATORS: the decimal separator, "," in French.
    const std::string_view separator = tr_ctx("decimal separator", ".");
    if (separator != ".")
        if (auto dot = out.find('.'); dot != std::string::npos) out.replace(dot, 1, separator);
    return out;
}

std::string percent(long value) {
    // TRANSLATORS: a percentage; French puts a space before the sign: "{} %".
    return trf_ctx("percentage", "{}%", value);
}

std::string percent_of(double ratio) { return percent(std::lround(ratio * 100)); }

}  // namespace mentor
