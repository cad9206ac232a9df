#pragma once
// The one place where the command line's output meets the terminal: while a
// SafeOutput lives, everything written to its stream (std::cout, std::cerr)
// passes through a TerminalFilter, so that no text from a record reaches a
// terminal as a control character or an escape sequence, in any view.

#include <ostream>
#include <streambuf>
#include <string>

#include "mentor/core/terminal.hpp"

namespace mentor::cli {

class SafeOutput : private std::streambuf {
public:
    explicit SafeOutput(std::ostream& stream);
    ~SafeOutput() override;
    SafeOutput(const SafeOutput&) = delete;
    SafeOutput& operator=(const SafeOutput&) = delete;

private:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* text, std::streamsize size) override;
    int sync() override;

    std::ostream& stream_;
    std::streambuf* downstream_;
    TerminalFilter filter_;
    std::string buffer_;
};

}  // namespace mentor::cli
