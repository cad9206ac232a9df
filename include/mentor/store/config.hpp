#pragma once
/// The user's own defaults: $XDG_CONFIG_HOME/mentor/config.yaml (else
/// ~/.config/mentor/config.yaml). They apply to every records directory the
/// user works in; a program's mentor.yaml overrides them, and command-line
/// flags and environment variables override both.
///
///     dir: ~/mentoring/records   # records directory when none is found
///     editor: nano               # for `mentor log`
///     color: auto                # auto, always or never
///     autocommit: true           # commit what each command writes
///     csv: excel                 # CSV output: excel (";", BOM, CRLF), or a map
///                                # separator: ";"  bom: true  crlf: true

#include <filesystem>
#include <optional>
#include <string>

#include "mentor/core/error.hpp"
#include "mentor/formats/csv.hpp"

namespace mentor {

struct UserConfig {
    /// Where the file was read from; empty when there is none.
    std::filesystem::path path;
    std::optional<std::filesystem::path> dir;
    std::optional<std::string> editor;
    std::optional<std::string> color;
    std::optional<bool> autocommit;
    /// How commands write CSV unless --format csv-excel, --csv-separator or
    /// --csv-bom say otherwise.
    std::optional<CsvStyle> csv;
    /// Warnings (unknown keys); errors are thrown.
    Diagnostics warnings;
};

/// $XDG_CONFIG_HOME/mentor/config.yaml when that variable is an absolute
/// path, else $HOME/.config/mentor/config.yaml; empty when neither is set.
std::filesystem::path user_config_path(const char* xdg_config_home, const char* home);

/// The folder of both: $XDG_CONFIG_HOME/mentor, else $HOME/.config/mentor.
std::filesystem::path user_config_dir(const char* xdg_config_home, const char* home);

/// The user's age identity beside it: <config dir>/identity.txt
/// (store/keys.hpp reads and creates it); empty when neither is set.
std::filesystem::path user_identity_path(const char* xdg_config_home, const char* home);

/// Reads the file at `path`; a missing file gives an empty configuration.
/// `home` expands a leading "~/" in `dir`. Throws mentor::Error with the
/// file, line and column for a malformed file or a bad value.
UserConfig read_user_config(const std::filesystem::path& path, const char* home);

}  // namespace mentor
