#pragma once
// CLI11's own words in the user's language: the help formatter's labels and
// group headings, the help and version flags, and the parse errors CLI11
// writes in English ("PAIR is required", "Run with --help for more
// information."). In English every one of them prints what CLI11 prints.

#include <CLI/CLI.hpp>
#include <string>

namespace mentor::cli {

/// Gives `app` the translated formatter, help and version flags and failure
/// message. Call before any subcommand is added: subcommands copy them from
/// their parent when they are created.
void install_cli11_text(CLI::App& app, const std::string& version);

/// CLI11's message for a parse error, in the user's language: the pattern
/// of CLI11's English text matched and rebuilt from its parts, or the text
/// as is when no pattern fits (it is then already ours, e.g. a validator's).
std::string translated_parse_error(const std::string& what);

}  // namespace mentor::cli
