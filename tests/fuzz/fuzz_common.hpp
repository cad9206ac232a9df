#pragma once
// Shared by the fuzz harnesses (tests/fuzz/fuzz_*.cpp).
//
// Each harness feeds one input to a parser. Throwing mentor::Error is the
// expected way to refuse bad input; anything else (another exception, a
// crash, a sanitizer report, a failed FUZZ_CHECK) is a bug that libFuzzer, or
// replay_main.cpp in a normal build, reports.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "mentor/core/date.hpp"
#include "mentor/core/error.hpp"

namespace mentor::fuzz {

inline std::string_view as_text(const uint8_t* data, size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

/// Runs `body`; false when it refused its input with mentor::Error.
template <typename Body>
bool accepted(Body&& body) {
    try {
        body();
        return true;
    } catch (const Error&) {
        return false;
    }
}

/// A property every accepted input must have does not hold: report and abort,
/// so that libFuzzer saves the input as a crash.
[[noreturn]] inline void property_failed(const char* property, const char* file, int line, const std::string& detail) {
    std::fprintf(stderr, "%s:%d: fuzz property failed: %s\n%s\n", file, line, property, detail.c_str());
    std::abort();
}

/// The "today" dates that relative forms are resolved against: an ordinary
/// day and both ends of the accepted range.
inline const Date kTodays[] = {Date::from_ymd(2026, 3, 9), Date::min(), Date::max()};

}  // namespace mentor::fuzz

#define FUZZ_CHECK(condition, detail) \
    ((condition) ? void() : ::mentor::fuzz::property_failed(#condition, __FILE__, __LINE__, (detail)))
