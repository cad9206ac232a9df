#pragma once
// What was probably meant when the command line does not parse: CLI11 says
// "The following arguments were not expected: X Y mentr" for `mentor add
// mentr "X Y"`; this says "unknown command 'add mentr'; did you mean
// 'mentor'?".

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

namespace mentor::cli {

/// Walks the arguments through the command tree of `app` and explains the
/// first unknown option or subcommand, with the closest known names; none
/// when every name is known (the error was something else).
std::optional<std::string> usage_hint(const CLI::App& app, int argc, const char* const* argv);

}  // namespace mentor::cli
