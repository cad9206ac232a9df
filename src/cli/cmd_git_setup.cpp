// mentor git-setup [--hooks]: makes this clone merge records field by field
// (as `git lfs install` does for its filters): git's config is per clone,
// so each clone runs it once; `mentor init` runs it inside a work tree.

#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/store/git.hpp"

namespace mentor::cli {
namespace {

struct GitSetupOptions {
    bool hooks = false;
};

void run_git_setup(const GitSetupOptions& o, const Context& context) {
    Store store = context.open_store();
    for (const auto& line : git_setup(store.root(), std::string(kGitProgram), o.hooks)) context.info(line);
}

}  // namespace

void setup_git_setup(CLI::App& app, Context& context) {
    auto o = std::make_shared<GitSetupOptions>();
    auto* cmd = app.add_subcommand("git-setup", tr("Register the record-aware merge driver in this clone's git config"));
    cmd->add_flag("--hooks", o->hooks, tr("Also install a post-merge hook that runs `mentor validate` after every merge"));
    cmd->callback([o, &context] { run_git_setup(*o, context); });
}

}  // namespace mentor::cli
