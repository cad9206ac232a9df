#pragma once
/// Messages and dates in the user's language (gettext, catalogue "mentor").
///
/// Every user-facing string goes through one of these calls; `po/update.sh`
/// extracts them into po/mentor.pot (keywords: tr, tr_ctx:1c,2, tr_n:1,2,
/// trf, trf_ctx:1c,2, trnf:1,2, N_, NC_:1c,2) and po/fr.po translates them. Until the
/// CLI binds the catalogue (cli/language.cpp), every call returns the English
/// source, so the library and its unit tests speak English.
///
/// Placeholders are fmt's: "{}" or, when a translation may reorder them,
/// "{0}", "{1}" or named ones. A translation whose placeholders do not fit
/// falls back to the English source rather than failing the command.
///
/// Machine formats (JSON, YAML, CSV, records, .ics fields other than
/// SUMMARY and DESCRIPTION) never call these.

#include <fmt/format.h>

#include <string>
#include <string_view>

#include "mentor/core/date.hpp"

namespace mentor {

/// Marks a string for extraction without translating it yet (tables of names
/// translated where they are used).
constexpr const char* N_(const char* msgid) { return msgid; }
/// Same, for a string looked up later with tr_ctx(context, msgid).
constexpr const char* NC_(const char* /*context*/, const char* msgid) { return msgid; }

/// The translation of msgid, or msgid itself.
const char* tr(const char* msgid);
/// The translation of msgid in a context, for one English word with two
/// meanings ("May" the month, "open" the status).
const char* tr_ctx(const char* context, const char* msgid);
/// The singular or plural translation for n.
const char* tr_n(const char* singular, const char* plural, unsigned long n);

namespace i18n_detail {
std::string format_or_source(const char* translated, const char* source, fmt::format_args args);
}

/// fmt::format of the translation of msgid.
template <class... Args>
std::string trf(const char* msgid, const Args&... args) {
    return i18n_detail::format_or_source(tr(msgid), msgid, fmt::make_format_args(args...));
}
template <class... Args>
std::string trf_ctx(const char* context, const char* msgid, const Args&... args) {
    return i18n_detail::format_or_source(tr_ctx(context, msgid), msgid, fmt::make_format_args(args...));
}
/// fmt::format of the singular or plural translation for n; n is not passed
/// as an argument by itself: name it among args when the text shows it.
template <class... Args>
std::string trnf(const char* singular, const char* plural, unsigned long n, const Args&... args) {
    return i18n_detail::format_or_source(tr_n(singular, plural, n), n == 1 ? singular : plural,
                                         fmt::make_format_args(args...));
}

/// While one is alive, every call above returns the English source, in every
/// thread: for a command whose output is a machine format (JSON, YAML, CSV)
/// that carries messages, such as the problems a report left out or
/// `validate --format json`, so that those bytes never depend on the locale.
class EnglishMessages {
public:
    EnglishMessages();
    ~EnglishMessages();
    EnglishMessages(const EnglishMessages&) = delete;
    EnglishMessages& operator=(const EnglishMessages&) = delete;
};

/// The language the messages are shown in: "en" (the source) or the code of
/// the catalogue in use ("fr").
std::string_view language();

// Dates and numbers as the user's language writes them, for text, markdown,
// HTML and e-mail only. English keeps ISO 8601 dates everywhere; French
// writes "lundi 4 janvier 2027" in sentences, "04/01/2027" in tables and
// "janv. 2027" for a month.

/// A date in a sentence or a heading. English: "2027-01-04"; French: "lundi 4 janvier 2027".
std::string date_long(Date d);
/// A date in a table cell or a list. English: "2027-01-04"; French: "04/01/2027".
std::string date_cell(Date d);
/// Same as date_cell for an ISO date text; any other text is returned as is
/// (an empty field, a partial date kept from a record).
std::string date_cell(std::string_view iso);
/// Same as date_long for an ISO date text; any other text is returned as is.
std::string date_long(std::string_view iso);
/// A month. English: "Jan 2027"; French: "janv. 2027".
std::string month_short(int year, unsigned month);
/// A month in full. English: "January 2027"; French: "janvier 2027".
std::string month_long(int year, unsigned month);
/// The day of the week, short. English: "Mon"; French: "lun.".
std::string weekday_short(Date d);
/// The day of the week in full. English: "Monday"; French: "lundi".
std::string weekday_long(Date d);
/// A number with `decimals` digits after the separator: "0.58" / "0,58".
std::string decimal(double value, int decimals);
/// A percentage of a whole number: "58%" / "58 %".
std::string percent(long value);
/// A percentage of a ratio rounded to whole percent: percent(0.583) is "58%".
std::string percent_of(double ratio);

}  // namespace mentor
