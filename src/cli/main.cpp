// mentor: the command-line front end. Parses arguments, runs one
// subcommand, and maps every failure to an exit code in one place:
// 0 success, 1 data or operation failed, 2 the command line was wrong.

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>

#include "context.hpp"
#include "mentor/error.hpp"

namespace {

// Edit distance counting a swap of neighbours as one edit ("lsit" is one
// edit from "list"), for "did you mean" suggestions.
size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
    for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (size_t i = 1; i <= a.size(); ++i)
        for (size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

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
        for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
        if (std::find(names.begin(), names.end(), arg) != names.end()) return;
        std::string best;
        size_t best_distance = 3;
        for (const auto& n : names) {
            size_t d = edit_distance(arg, n);
            if (d < best_distance || (n.rfind(arg, 0) == 0 && best.empty())) best = n, best_distance = d;
        }
        std::string all;
        for (const auto& n : names) all += (all.empty() ? "" : ", ") + n;
        throw mentor::usage_error("unknown command '" + arg + "'" + (best.empty() ? "" : "; did you mean '" + best + "'?") +
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
    app.add_option("--color", o.color, "Colour: auto (on a terminal, unless NO_COLOR is set), always or never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_flag("-q,--quiet", o.quiet, "Print no informational messages on stderr");
    app.add_option("--today", o.today, "Take this date as today (YYYY-MM-DD; also $MENTOR_TODAY), for reproducible output");
    app.add_flag("--commit", o.commit, "Commit the files a command writes with git (also: git: autocommit in mentor.yaml)");

    setup_init(app, context);
    setup_add(app, context);
    setup_list(app, context);
    setup_show(app, context);
    setup_validate(app, context);
    setup_match(app, context);
    setup_log(app, context);
    setup_plan(app, context);
    setup_report(app, context);

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
