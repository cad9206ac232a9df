// Fuzz target: dates as users type them (parse_date, parse_iso_date).
//
// Properties checked besides "no crash, only mentor::Error": an accepted
// date lies in 0001-01-01..9999-12-31 and its YYYY-MM-DD text reads back to
// the same day; an ISO date is the text it was read from.

#include "fuzz_common.hpp"

namespace {

using namespace mentor;

std::string show(Date date) { return std::to_string(date.days.time_since_epoch().count()) + " days"; }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    const auto iso = parse_iso_date(text);
    if (iso) FUZZ_CHECK(iso->str() == text, iso->str());
    for (Date today : fuzz::kTodays) {
        Date date;
        if (!fuzz::accepted([&] { date = parse_date(text, today); })) continue;
        FUZZ_CHECK(date >= Date::min() && date <= Date::max(), show(date));
        FUZZ_CHECK(parse_iso_date(date.str()) == date, date.str());
        if (iso) FUZZ_CHECK(date == *iso, date.str());
    }
    return 0;
}
