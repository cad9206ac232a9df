#include "mentor/store/git.hpp"

#include <fstream>

#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/core/process.hpp"
#include "mentor/store/layout.hpp"

namespace mentor {
namespace {

constexpr const char* kDriverKey = "merge.mentor.driver";
// The first line after #! of the hook mentor writes: a hook without it is
// someone else's, never replaced.
constexpr const char* kHookMark = "# post-merge hook written by `mentor git-setup --hooks`";

// Runs git with `args` in the C locale: what mentor reads of its output
// ("true", paths) and the errors it quotes must not change with the
// user's language (LANGUAGE would override LC_ALL for gettext).
ProcessResult run_git(const std::vector<std::string>& args, const std::filesystem::path& dir) {
    std::vector<std::string> command = {"env", "-u", "LANGUAGE", "LC_ALL=C", "git"};
    command.insert(command.end(), args.begin(), args.end());
    return run_process(command, dir);
}

std::string git_output(const std::vector<std::string>& args, const std::filesystem::path& dir) {
    auto r = run_git(args, dir);
    // TRANSLATORS: {0} is a git command ("config --local"), {1} what git said (in English).
    if (r.exit_code != 0) throw Error(trf("git failed ({0}): {1}", args[0] + " " + args[1], r.output));
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
    auto r = run_git({"rev-parse", "--is-inside-work-tree"}, dir);
    return r.exit_code == 0 && r.output.rfind("true", 0) == 0;
}

void git_commit_files(const std::filesystem::path& root, const std::vector<std::string>& files,
                      const std::string& message) {
    if (files.empty()) return;
    if (!inside_git_work_tree(root))
        throw Error(trf("cannot commit: {} is not inside a git repository (run `git init` there, or turn autocommit off)",
                        root.string()));
    std::vector<std::string> add = {"add", "--"};
    add.insert(add.end(), files.begin(), files.end());
    auto r = run_git(add, root);
    // TRANSLATORS: {} is what git said (in English).
    if (r.exit_code != 0) throw Error(trf("git add failed: {}", r.output));
    // --only commits these paths alone, leaving anything else staged untouched.
    // The message is shared history: the caller writes it in English.
    std::vector<std::string> commit = {"commit", "--quiet", "--no-verify", "-m", message, "--only", "--"};
    commit.insert(commit.end(), files.begin(), files.end());
    r = run_git(commit, root);
    // TRANSLATORS: {} is what git said (in English).
    if (r.exit_code != 0) throw Error(trf("git commit failed: {}", r.output));
}

std::vector<std::string> git_setup(const std::filesystem::path& root, const std::string& program, bool hooks) {
    if (!inside_git_work_tree(root))
        throw Error(trf("{} is not inside a git work tree: run `git init` (or clone) first", root.string()));
    std::vector<std::string> done;
    git_output({"config", "--local", "merge.mentor.name", "mentor records, merged field by field"}, root);
    git_output({"config", "--local", kDriverKey, program + " merge-driver %O %A %B %P"}, root);
    done.push_back("git config " + std::string(kDriverKey) + " \"" + program + " merge-driver %O %A %B %P\"");
    if (!hooks) return done;
    std::filesystem::path hook = git_output({"rev-parse", "--path-format=absolute", "--git-path", "hooks/post-merge"}, root);
    // The records directory as the hook sees it: git runs hooks at the top of the work tree.
    std::string prefix = git_output({"rev-parse", "--show-prefix"}, root);
    std::error_code ec;
    if (std::filesystem::exists(hook, ec)) {
        std::ifstream in(hook);
        std::string first, second;
        std::getline(in, first);
        std::getline(in, second);
        if (second != kHookMark)
            // TRANSLATORS: {0} is the hook file, {1} the command line to add to it.
            throw Error(trf("{0} exists and was not written by mentor; add `{1}` to it by hand (docs/git.md)", hook.string(),
                            program + " validate"));
    }
    std::filesystem::create_directories(hook.parent_path(), ec);
    {
        std::ofstream out(hook, std::ios::trunc);
        out << "#!/bin/sh\n" << kHookMark << "\n"
            << "# A merge must not break the program's rules: say so at once (docs/git.md).\n"
            << shell_quoted(program) << " -C " << shell_quoted("./" + prefix) << " validate -q ||\n"
            << "    echo \"mentor: the merge broke a rule of the records; see above and docs/git.md\" >&2\n";
        if (!out) throw Error(trf("{}: cannot write the hook", hook.string()));
    }
    std::filesystem::permissions(hook, std::filesystem::perms::owner_all | std::filesystem::perms::group_read |
                                           std::filesystem::perms::group_exec | std::filesystem::perms::others_read |
                                           std::filesystem::perms::others_exec);
    // TRANSLATORS: what git-setup did: {} is the file of the hook it wrote.
    done.push_back(trf("wrote {}", hook.string()));
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
    auto r = run_git({"config", "--get", kDriverKey}, root);

    return r.exit_code == 0;
}

}  // namespace mentor
