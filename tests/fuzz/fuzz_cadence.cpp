// Fuzz target: the cadence parser (parse_cadence) and the schedules a
// cadence generates.
//
// Properties checked besides "no crash, only mentor::Error": an accepted
// cadence's canonical spelling reads back to the same cadence, and its
// schedules are strictly increasing working days.

#include "fuzz_common.hpp"

#include "mentor/plan/schedule.hpp"

namespace {

using namespace mentor;

void check_schedule(const std::vector<Date>& dates, const std::string& cadence) {
    for (size_t i = 0; i < dates.size(); ++i) {
        FUZZ_CHECK(!dates[i].is_weekend(), cadence + ": " + dates[i].str());
        if (i > 0) FUZZ_CHECK(dates[i - 1] < dates[i], cadence + ": " + dates[i - 1].str() + " " + dates[i].str());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Cadence cadence;
    if (!fuzz::accepted([&] { cadence = parse_cadence(fuzz::as_text(data, size)); })) return 0;
    const std::string spelling = cadence.str();
    FUZZ_CHECK(cadence.days >= 1 && cadence.days <= 365, spelling);
    Cadence again;
    FUZZ_CHECK(fuzz::accepted([&] { again = parse_cadence(spelling); }) && again == cadence, spelling);

    const Date start = fuzz::kTodays[0];
    const std::set<Date> holidays = {start + 7, start + 14, start + 31};
    const auto counted = generate_schedule(start, cadence, ScheduleLimit::sessions(12), holidays);
    FUZZ_CHECK(counted.size() == 12, spelling);
    check_schedule(counted, spelling);
    check_schedule(generate_schedule(start, cadence, ScheduleLimit::until(start.add_months(12)), holidays), spelling);
    return 0;
}
