#pragma once
/// How a long operation (an import, a match) says how far it has got
/// without printing anything: the library calls it, the command line decides
/// whether and how to show it (src/cli/progress_line.hpp).

#include <cstddef>
#include <functional>

namespace mentor {

/// `done` of `total` steps of `what` ("rows read", "files written"). Called
/// from the caller's thread only, every so many steps and once at the end;
/// an empty function asks for nothing.
using Progress = std::function<void(const char* what, size_t done, size_t total)>;

/// Calls `progress` at every 1,024th step and at the last, so that a loop
/// can report each step for the cost of a test.
inline void report_progress(const Progress& progress, const char* what, size_t done, size_t total) {
    if (progress && (done % 1024 == 0 || done == total)) progress(what, done, total);
}

}  // namespace mentor
