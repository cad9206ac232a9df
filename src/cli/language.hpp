#pragma once
// The language of the messages: the process's LC_MESSAGES from the
// environment, and where the "mentor" catalogue is.

namespace mentor::cli {

/// Binds the catalogue and takes LC_MESSAGES from LC_ALL, LC_MESSAGES or LANG
/// (and LANGUAGE), as every gettext program does. Call before any message is
/// built, the command definitions' help texts included. `mentor __man`
/// stays in English whatever the locale: the man pages it writes are English.
void init_language(int argc, const char* const* argv);

}  // namespace mentor::cli
