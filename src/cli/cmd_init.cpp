// mentor init [DIR]: a new records directory.

#include <iostream>

#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/store/git.hpp"
#include "mentor/store/init.hpp"
#include "mentor/store/layout.hpp"

namespace mentor::cli {

namespace {
struct InitOptions {
    std::string dir;
    std::string program;
    bool dry_run = false;
    bool git_hooks = false;
};

// A path as the user can paste it into a shell.
std::string shell_quoted(const std::string& text) {
    if (text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./+@") == std::string::npos)
        return text;
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

void run_init(const InitOptions& o, const Context& context) {
    std::filesystem::path dir = !o.dir.empty() ? o.dir : context.options.dir ? *context.options.dir : ".";
    std::string program = o.program;
    if (program.empty()) program = std::filesystem::absolute(dir).lexically_normal().filename().string();
    if (program.empty()) program = "mentoring program";  // written in mentor.yaml: the same in every language
    if (o.dry_run) {
        check_init_target(dir);
        return context.show_dry_run(init_files(dir, program));
    }
    init_records_dir(dir, program);
    std::string made(layout::kSettingsFile);
    for (std::string_view folder : layout::kFolders) made += ", " + std::string(folder) + "/";
    // TRANSLATORS: {0} is a folder, {1} the files and folders made in it.
    context.info(trf("created a records directory in {0} ({1})", dir.string(), made));
    if (inside_git_work_tree(dir)) {
        for (const auto& line : git_setup(dir, std::string(kGitProgram), o.git_hooks)) context.info(line);
    } else {
        if (o.git_hooks) context.warn(tr("not in a git work tree: no hook installed (run `mentor git-setup --hooks` after `git init`)"));
        std::string d = shell_quoted(dir.string());
        // A command line to copy, the same in every language.
        const std::string commands = "git -C " + d + " init && git -C " + d + " add -A && git -C " + d +
                                     " commit -m \"Start the mentoring records\" && mentor -C " + d + " git-setup";
        context.info(trf("to keep its history, put it under git:\n  {}", commands));
    }
    context.info(tr("next: add people with `mentor add mentor NAME ...` or `mentor add --from-csv FILE`"));
}
}  // namespace

void setup_init(CLI::App& app, Context& context) {
    auto o = std::make_shared<InitOptions>();
    auto* cmd = app.add_subcommand("init", tr("Create a records directory: mentor.yaml, a .gitignore and the people, pairs, plans and journal folders"));
    cmd->add_option("DIR", o->dir, tr("Where to create it (default: -C, else the working directory)"));
    cmd->add_option("--program", o->program, tr("The program's name (default: the folder's name)"));
    cmd->add_flag("--git-hooks", o->git_hooks, tr("Also install a post-merge hook that runs `mentor validate` (see git-setup)"));
    cmd->add_flag("--dry-run", o->dry_run, tr("Show the files that would be written; write nothing"));
    cmd->callback([o, &context] { run_init(*o, context); });
}

}  // namespace mentor::cli
