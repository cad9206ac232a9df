#pragma once
/// Creating a new records directory.

#include <filesystem>
#include <string>
#include <vector>

namespace mentor {

/// The mentor.yaml a new directory starts with: every setting at its
/// default, each with a comment saying what it does.
std::string settings_template(const std::string& program);

/// Creates `dir` (if needed), mentor.yaml and the people/, pairs/, plans/ and
/// journal/ folders (each with a .gitkeep so git keeps it). Refuses, changing
/// nothing, when `dir` already has a mentor.yaml. Returns the files created.
std::vector<std::string> init_records_dir(const std::filesystem::path& dir, const std::string& program);

}  // namespace mentor
