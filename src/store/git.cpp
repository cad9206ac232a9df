#include "mentor/store/git.hpp"

#include "mentor/core/error.hpp"
#include "mentor/core/process.hpp"

namespace mentor {

bool inside_git_work_tree(const std::filesystem::path& dir) {
    auto r = run_process({"git", "rev-parse", "--is-inside-work-tree"}, dir);
    return r.exit_code == 0 && r.output.rfind("true", 0) == 0;
}

void git_commit_files(const std::filesystem::path& root, const std::vector<std::string>& files,
                      const std::string& message) {
    if (files.empty()) return;
    if (!inside_git_work_tree(root))
        throw Error("cannot commit: " + root.string() + " is not inside a git repository (run `git init` there, or turn autocommit off)");
    std::vector<std::string> add = {"git", "add", "--"};
    add.insert(add.end(), files.begin(), files.end());
    auto r = run_process(add, root);
    if (r.exit_code != 0) throw Error("git add failed: " + r.output);
    // --only commits these paths alone, leaving anything else staged untouched.
    std::vector<std::string> commit = {"git", "commit", "--quiet", "--no-verify", "-m", message, "--only", "--"};
    commit.insert(commit.end(), files.begin(), files.end());
    r = run_process(commit, root);
    if (r.exit_code != 0) throw Error("git commit failed: " + r.output);
}

}  // namespace mentor
