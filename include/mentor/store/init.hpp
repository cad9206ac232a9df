#pragma once
/// Creating a new records directory.

#include <filesystem>
#include <string>
#include <vector>

#include "mentor/store/store.hpp"

namespace mentor {

/// The mentor.yaml a new directory starts with: every setting at its
/// default, each with a comment saying what it does.
std::string settings_template(const std::string& program);

/// The .gitignore a new directory starts with: the writers' lock file and
/// the temporary files a killed write can leave, never records.
std::string gitignore_template();

/// Every file a new records directory `dir` starts with, relative to it:
/// mentor.yaml, .gitignore, .gitattributes (records merged by
/// `mentor merge-driver`), and a .gitkeep in each of people/, pairs/,
/// plans/ and journal/ so that git keeps the empty folders. A .gitignore
/// or .gitattributes already there is kept, with mentor's lines added unless
/// it has them.
std::vector<FileWrite> init_files(const std::filesystem::path& dir, const std::string& program);

/// Throws, changing nothing, when `dir` cannot take a new records directory:
/// it already has a mentor.yaml, or it is not a folder.
void check_init_target(const std::filesystem::path& dir);

/// Creates `dir` (if needed) and init_files() in it, all or nothing: on
/// failure, the folders it made are removed again. Returns the files created.
std::vector<std::string> init_records_dir(const std::filesystem::path& dir, const std::string& program);

}  // namespace mentor
