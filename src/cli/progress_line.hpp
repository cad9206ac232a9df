#pragma once
// The progress line of a long command on stderr: "mentor: 12,288 of 20,000
// rows read", rewritten in place. Only on a terminal, never with -q, and
// only once the command has run for a second, so that scripts, logs and
// quick commands never see it. The line is cleared when the object goes.

#include <chrono>

#include "mentor/core/progress.hpp"

namespace mentor::cli {

class ProgressLine {
public:
    explicit ProgressLine(bool quiet);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    /// The callback to give the library; valid while this object lives.
    Progress callback();
    /// Clears the line, if shown, before the command's own messages.
    void done();

private:
    void show(const char* what, size_t done, size_t total);

    bool enabled_;
    bool shown_ = false;
    std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace mentor::cli
