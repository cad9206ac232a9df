#pragma once
/// Optional git integration: one commit per mutating command, holding
/// exactly the files that command wrote.

#include <filesystem>
#include <string>
#include <vector>

namespace mentor {

/// True when `dir` is inside a git work tree.
bool inside_git_work_tree(const std::filesystem::path& dir);

/// Stages and commits exactly `files` (relative to `root`) with `message`;
/// whatever else is staged or changed stays as it was. Throws mentor::Error
/// with git's own words when git fails.
void git_commit_files(const std::filesystem::path& root, const std::vector<std::string>& files,
                      const std::string& message);

}  // namespace mentor
