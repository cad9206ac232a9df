// mentor: the command-line front end. Parses arguments, runs one
// subcommand, and maps every failure to an exit code in one place:
// 0 success, 1 data or operation failed, 2 the command line was wrong.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "cli11_text.hpp"
#include "context.hpp"
#include "language.hpp"
#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
#include "safe_output.hpp"
#include "usage_hint.hpp"


int main(int argc, char** argv) {
    using namespace mentor::cli;
    init_language(argc, argv);  // before the first message: the help texts are built below
    // Before anything is printed, and for everything printed.
    SafeOutput safe_stdout(std::cout), safe_stderr(std::cerr);
    CLI::App app{mentor::tr("mentor: records, matching, plans, journals and reports for mentoring programs,\n"
                            "kept as plain-text YAML in a git-friendly directory."),
                 "mentor"};
    install_cli11_text(app, std::string("mentor ") + MENTOR_VERSION);  // before the subcommands copy it
    app.require_subcommand(1);
    app.fallthrough();  // global options may also follow the subcommand

    Context context;
    auto& o = context.options;
    app.add_option("-C,--dir", o.dir, mentor::tr("Records directory (default: $MENTOR_DIR, else the nearest folder up with mentor.yaml)"));
    app.add_option("--format", o.format, mentor::tr("Output format: text, markdown, json, yaml, csv, csv-excel, html or ics (per command)"))
        ->check(CLI::IsMember({"text", "markdown", "json", "yaml", "csv", "html", "ics", kCsvExcel}));
    app.add_option("--color", o.color, mentor::tr("Colour: auto (on a terminal, unless NO_COLOR is set), always or never (default: config.yaml's color, else auto)"))
        ->check(CLI::IsMember({"auto", "always", "never"}));
    add_csv_options(app, o.csv);
    app.add_flag("-q,--quiet", o.quiet, mentor::tr("Print no informational messages on stderr"));
    app.add_option("--today", o.today, mentor::tr("Take this date as today (YYYY-MM-DD; also $MENTOR_TODAY), for reproducible output"));
    auto* commit = app.add_flag("--commit", o.commit,
                                mentor::tr("Commit the files a command writes with git (default: git: autocommit in mentor.yaml, else autocommit in config.yaml)"));
    app.add_flag("--no-commit", o.no_commit, mentor::tr("Do not commit, whatever mentor.yaml or config.yaml say"))->excludes(commit);

    setup_init(app, context);
    setup_add(app, context);
    setup_list(app, context);
    setup_show(app, context);
    setup_validate(app, context);
    setup_match(app, context);
    setup_log(app, context);
    setup_action(app, context);
    setup_agenda(app, context);
    setup_checkin(app, context);
    setup_plan(app, context);
    setup_report(app, context);
    setup_key(app, context);
    setup_git_setup(app, context);
    setup_merge_driver(app, context);
    setup_complete(app, context);  // hidden: mentor __complete, for the shell completions
    setup_man(app, context);       // hidden: mentor __man, writes the man pages

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // Help and version are "errors" that succeed; for real ones, say
        // which name was unknown and what was probably meant.
        if (e.get_exit_code() != 0)
            if (auto hint = usage_hint(app, argc, argv)) {
                std::cerr << mentor::trf("mentor: error: {}", *hint) << "\n";
                return 2;
            }
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    } catch (const mentor::Error& e) {
        std::cerr << mentor::trf("mentor: error: {}", e.what()) << "\n";
        return static_cast<int>(e.kind());
    } catch (const std::exception& e) {
        std::cerr << mentor::trf("mentor: error: {}", e.what()) << "\n";
        return 1;
    }
    return 0;
}
