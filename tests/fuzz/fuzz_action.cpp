// Fuzz target: the action parser (parse_action_spec, "OWNER: TEXT [due DATE]").
//
// Properties checked besides "no crash, only mentor::Error": an accepted
// action has text and, when due, a valid YYYY-MM-DD date; written back as
// "OWNER: TEXT [due DATE]" (or "OWNER: TEXT") it reads as the same action.

#include "fuzz_common.hpp"

#include "mentor/journal/journal.hpp"

namespace {

using namespace mentor;

std::string spec_of(const Action& action) {
    std::string spec = to_string(action.owner) + ": " + action.text;
    if (!action.due.empty()) spec += " [due " + action.due + "]";
    return spec;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text = fuzz::as_text(data, size);
    for (Date today : fuzz::kTodays) {
        Action action;
        if (!fuzz::accepted([&] { action = parse_action_spec(text, today); })) continue;
        const std::string spec = spec_of(action);
        FUZZ_CHECK(!action.text.empty(), spec);
        FUZZ_CHECK(action.due.empty() || parse_iso_date(action.due), spec);
        Action again;
        FUZZ_CHECK(fuzz::accepted([&] { again = parse_action_spec(spec, today); }), spec);
        FUZZ_CHECK(again.owner == action.owner && again.text == action.text && again.due == action.due,
                   spec + " -> " + spec_of(again));
    }
    return 0;
}
