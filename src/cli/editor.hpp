#pragma once
// Letting the user write text in their own editor, the way `git commit`
// does (which editor: Context::editor()).

#include <string>

namespace mentor::cli {

/// Writes `text` to a new file named `file_name` (mode 0600) in a private
/// temporary folder (mode 0700), runs the editor on it and returns what was
/// saved. `command` is a shell command line; the file's path is appended. The file and its folder are removed in every case, also when the
/// editor fails. Throws mentor::Error when the editor cannot be started or
/// exits with an error.
std::string edit_text(const std::string& text, const std::string& file_name, const std::string& command);

}  // namespace mentor::cli
