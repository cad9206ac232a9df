#include "mentor/store/git.hpp"

#include <fstream>

#include "mentor/core/error.hpp"
#include "mentor/core/process.hpp"
#include "mentor/store/layout.hpp"

namespace mentor {
namespace {

constexpr const char* kDriverKey = "merge.mentor.driver";
// The first line after #! of the hook mentor writes: a hook without it is
// someone else's, never replaced.
constexpr const char* kHookMark = "# post-merge hook written by `mentor git-setup --hooks`";

std::string git_output(const std::vector<std::string>& args, const std::filesystem::path& dir) {
    auto r = run_process(args, dir);
    if (r.exit_code != 0) throw Error("git failed (" + args[1] + " " + args[2] + "): " + r.output);
    std::string out = r.output;
    while (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
}

std::string shell_quoted(const std::string& text) {
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

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

std::vector<std::string> git_setup(const std::filesystem::path& root, const std::string& program, bool hooks) {
    if (!inside_git_work_tree(root))
        throw Error(root.string() + " is not inside a git work tree: run `git init` (or clone) first");
    std::vector<std::string> done;
    git_output({"git", "config", "--local", "merge.mentor.name", "mentor records, merged field by field"}, root);
    git_output({"git", "config", "--local", kDriverKey, program + " merge-driver %O %A %B %P"}, root);
    done.push_back("git config " + std::string(kDriverKey) + " \"" + program + " merge-driver %O %A %B %P\"");
    if (!hooks) return done;
    std::filesystem::path hook = git_output({"git", "rev-parse", "--path-format=absolute", "--git-path", "hooks/post-merge"}, root);
    // The records directory as the hook sees it: git runs hooks at the top of the work tree.
    std::string prefix = git_output({"git", "rev-parse", "--show-prefix"}, root);
    std::error_code ec;
    if (std::filesystem::exists(hook, ec)) {
        std::ifstream in(hook);
        std::string first, second;
        std::getline(in, first);
        std::getline(in, second);
        if (second != kHookMark)
            throw Error(hook.string() + " exists and was not written by mentor; add `" + program +
                        " validate` to it by hand (docs/git.md)");
    }
    std::filesystem::create_directories(hook.parent_path(), ec);
    {
        std::ofstream out(hook, std::ios::trunc);
        out << "#!/bin/sh\n" << kHookMark << "\n"
            << "# A merge must not break the program's rules: say so at once (docs/git.md).\n"
            << shell_quoted(program) << " -C " << shell_quoted("./" + prefix) << " validate -q ||\n"
            << "    echo \"mentor: the merge broke a rule of the records; see above and docs/git.md\" >&2\n";
        if (!out) throw Error(hook.string() + ": cannot write the hook");
    }
    std::filesystem::permissions(hook, std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                                           std::filesystem::perms::group_exec | std::filesystem::perms::others_read |
                                           std::filesystem::perms::others_exec);
    done.push_back("wrote " + hook.string());
    return done;
}

bool git_merge_driver_missing(const std::filesystem::path& root) {
    namespace fs = std::filesystem;
    auto holds = [](const fs::path& file, std::string_view what) {
        std::ifstream in(file);
        std::string line;
        while (std::getline(in, line))
            if (line.find(what) != std::string::npos) return true;
        return false;
    };
    if (!holds(root / layout::kGitattributesFile, "merge=mentor")) return false;
    std::error_code ec;
    for (fs::path dir = fs::absolute(root, ec); !ec && !dir.empty(); dir = dir.parent_path()) {
        if (fs::is_directory(dir / ".git", ec)) return !holds(dir / ".git" / "config", "[merge \"mentor\"]");
        if (fs::exists(dir / ".git", ec) || dir == dir.parent_path()) return false;
    }
    return false;
}

bool git_merge_driver_set(const std::filesystem::path& root) {
    auto r = run_process({"git", "config", "--get", kDriverKey}, root);
    return r.exit_code == 0;
}

}  // namespace mentor
