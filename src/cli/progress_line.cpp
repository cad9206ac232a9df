// The progress line on stderr (progress_line.hpp).

#include "progress_line.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

#include "mentor/core/i18n.hpp"

namespace mentor::cli {

ProgressLine::ProgressLine(bool quiet)
    : enabled_(!quiet && ::isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now()), last_(start_) {}

ProgressLine::~ProgressLine() { done(); }

void ProgressLine::done() {
    if (shown_) std::fputs("\r\033[K", stderr);  // the line goes, so the messages after it start clean
    shown_ = false;
}

Progress ProgressLine::callback() {
    if (!enabled_) return {};
    return [this](const char* what, size_t done, size_t total) { show(what, done, total); };
}

void ProgressLine::show(const char* what, size_t done, size_t total) {
    using namespace std::chrono_literals;
    const auto now = std::chrono::steady_clock::now();
    // After a second, and then at most ten times a second: a quick command
    // prints nothing, and a terminal is not flooded.
    if (now - start_ < 1s || (shown_ && now - last_ < 100ms && done != total)) return;
    last_ = now;
    shown_ = true;
    // Only numbers and the library's fixed words: no record text reaches
    // the terminal through this line.
    // TRANSLATORS: a progress line, "mentor: 500 of 2000 people".
    std::fprintf(stderr, "\r\033[K%s", trf("mentor: {} of {} {}", done, total, tr(what)).c_str());
    std::fflush(stderr);
}

}  // namespace mentor::cli
