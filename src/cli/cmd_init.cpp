// mentor init [DIR]: a new records directory.

#include <iostream>

#include "context.hpp"
#include "mentor/git.hpp"
#include "mentor/init.hpp"

namespace mentor::cli {

namespace {
struct InitOptions {
    std::string dir;
    std::string program;
};

void run_init(const InitOptions& o, const Context& context) {
    std::filesystem::path dir = !o.dir.empty() ? o.dir : context.options.dir ? *context.options.dir : ".";
    std::string program = o.program;
    if (program.empty()) program = std::filesystem::absolute(dir).lexically_normal().filename().string();
    if (program.empty()) program = "mentoring program";
    init_records_dir(dir, program);
    context.info("created a records directory in " + dir.string() + " (mentor.yaml, people/, pairs/, plans/, journal/)");
    context.info("next: add people with `mentor add mentor NAME ...` or `mentor add --from-csv FILE`");
}
}  // namespace

void setup_init(CLI::App& app, Context& context) {
    auto o = std::make_shared<InitOptions>();
    auto* cmd = app.add_subcommand("init", "Create a records directory: mentor.yaml and the people, pairs, plans and journal folders");
    cmd->add_option("DIR", o->dir, "Where to create it (default: -C, else the working directory)");
    cmd->add_option("--program", o->program, "The program's name (default: the folder's name)");
    cmd->callback([o, &context] { run_init(*o, context); });
}

}  // namespace mentor::cli
