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

/// What `mentor git-setup` does in the clone holding `root`: registers the
/// record-aware merge driver in the clone's local git config
/// (merge.mentor.name, merge.mentor.driver = "<program> merge-driver %O %A
/// %B %P"), and with `hooks` a post-merge hook that runs `<program>
/// validate` on the records after every merge. Returns what it did, one line
/// each. Throws mentor::Error when `root` is not in a git work tree, or
/// when a post-merge hook that mentor did not write is there (never replaced).
std::vector<std::string> git_setup(const std::filesystem::path& root, const std::string& program, bool hooks);

/// True when the clone holding `root` has the merge driver registered.
bool git_merge_driver_set(const std::filesystem::path& root);

/// True when `root`'s .gitattributes sends records to the merge driver but
/// the clone's .git/config (found above `root`) does not register it: a
/// cheap check by reading two files, no git process, made by every command.
/// False whenever it cannot tell (no .git folder, a linked work tree).
bool git_merge_driver_missing(const std::filesystem::path& root);

}  // namespace mentor
