// mentor: the command-line front end. Parses arguments, runs one
// subcommand, and maps every failure to an exit code in one place:
// 0 success, 1 data or operation failed, 2 the command line was wrong.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "context.hpp"
#include "mentor/error.hpp"
#include "mentor/suggest.hpp"

namespace {

// CLI11 says only "A subcommand is required" for `mentor bogus`; say what
// was wrong and what was probably meant.
void check_subcommand_name(const CLI::App& app, int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.empty() || arg[0] == '-') {
            if (arg == "-C" || arg == "--dir" || arg == "--format" || arg == "--color" || arg == "--today") ++i;
            continue;
        }
        std::vector<std::string> names;
        for (const CLI::App* sub : app.get_subcommands({})) {
            if (sub->get_name() == arg) return;                      // hidden ones (__complete, __man) too
            if (!sub->get_group().empty()) names.push_back(sub->get_name());  // never suggest nor list those
        }
        if (std::find(names.begin(), names.end(), arg) != names.end()) return;
        auto best = mentor::closest_ids(arg, names, 1);
        std::string all;
        for (const auto& n : names) all += (all.empty() ? "" : ", ") + n;
        throw mentor::usage_error("unknown command '" + arg + "'" + (best.empty() ? "" : "; did you mean '" + best.front() + "'?") +
                                  " (commands: " + all + ")");
    }
}

}  // namespace

int main(int argc, char** argv) {
    using namespace mentor::cli;
    CLI::App app{"mentor: records, matching, plans, journals and reports for mentoring programs,\n"
                 "kept as plain-text YAML in a git-friendly directory.",
                 "mentor"};
    app.set_version_flag("--version", std::string("mentor ") + MENTOR_VERSION);
    app.require_subcommand(1);
    app.fallthrough();  // global options may also follow the subcommand

    Context context;
    auto& o = context.options;
    app.add_option("-C,--dir", o.dir, "Records directory (default: $MENTOR_DIR, else the nearest folder up with mentor.yaml)");
    app.add_option("--format", o.format, "Output format: text, markdown, json, yaml, csv or html (per command)")
        ->check(CLI::IsMember({"text", "markdown", "json", "yaml", "csv", "html"}));
    app.add_option("--color", o.color, "Colour: auto (on a terminal, unless NO_COLOR is set), always or never (default: config.yaml's color, else auto)")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_flag("-q,--quiet", o.quiet, "Print no informational messages on stderr");
    app.add_option("--today", o.today, "Take this date as today (YYYY-MM-DD; also $MENTOR_TODAY), for reproducible output");
    auto* commit = app.add_flag("--commit", o.commit,
                                "Commit the files a command writes with git (default: git: autocommit in mentor.yaml, else autocommit in config.yaml)");
    app.add_flag("--no-commit", o.no_commit, "Do not commit, whatever mentor.yaml or config.yaml say")->excludes(commit);

    setup_init(app, context);
    setup_add(app, context);
    setup_list(app, context);
    setup_show(app, context);
    setup_validate(app, context);
    setup_match(app, context);
    setup_log(app, context);
    setup_plan(app, context);
    setup_report(app, context);
    setup_complete(app, context);  // hidden: mentor __complete, for the shell completions
    setup_man(app, context);       // hidden: mentor __man, writes the man pages

    try {
        check_subcommand_name(app, argc, argv);
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    } catch (const mentor::Error& e) {
        std::cerr << "mentor: error: " << e.what() << "\n";
        return static_cast<int>(e.kind());
    } catch (const std::exception& e) {
        std::cerr << "mentor: error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
