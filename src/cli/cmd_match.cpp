// mentor match: proposes pairs for a cohort; --write records them.

#include <chrono>
#include <iostream>

#include "choice.hpp"
#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "spelled_option.hpp"
#include "mentor/matching/matching.hpp"
#include "progress_line.hpp"

namespace mentor::cli {
namespace {

struct MatchCommandOptions {
    std::string cohort, algorithm, objective, explain, kind = "classic";
    bool write = false, dry_run = false, allow_repeat = false, matrix = false;
};

void run_match_command(const MatchCommandOptions& o, const Context& context) {
    MatchOptions options;
    options.cohort = o.cohort;
    options.algorithm = o.algorithm;
    options.objective = o.objective;
    options.allow_repeat = o.allow_repeat;
    options.kind = *parse_pair_kind(o.kind);
    if (o.matrix && !o.explain.empty()) throw usage_error(tr("--matrix and --explain are two different outputs; choose one"));
    if ((o.matrix || !o.explain.empty()) && (o.write || o.dry_run))
        throw usage_error(tr("--write and --dry-run go with a match, not with --matrix or --explain"));
    Store store = context.open_store();
    // Held from reading to writing: two `match --write` runs one after the
    // other each see the other's pairs and every mentor's remaining places.
    auto lock = context.lock_for_writing(store, o.write && !o.dry_run);
    Records records = context.load(store, o.write);
    if (o.matrix) {
        context.format({"csv", "text"});
        std::cout << csv_output(context, match_matrix_csv(records, options), true);
        return;
    }
    if (!o.explain.empty()) {
        Format format = *parse_format(context.format({"text", "markdown", "json", "yaml"}));
        std::cout << render_explanation(records, o.explain, explain_mentee(records, options, o.explain), format, context.color());
        return;
    }
    Format format = *parse_format(context.format({"text", "markdown", "json", "yaml", "csv"}));
    auto start = std::chrono::steady_clock::now();
    MatchResult result;
    {
        ProgressLine progress(context.options.quiet);
        options.progress = progress.callback();
        result = run_match(records, options);
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cout << csv_output(context, render_match(result, format, context.color()));
    if (seconds > 1.0) context.info(trf("matched in {} s", decimal(static_cast<int>(seconds * 10) / 10.0, 1)));
    if (o.write || o.dry_run) {
        auto files = proposed_pair_files(records, result, context.today().str(), options.kind);
        if (files.empty()) {
            context.info(tr("nothing to write: no new pair proposed"));
            return;
        }
        context.write(store, records.settings, files,  // the commit message stays English
                      "match " + (o.cohort.empty() ? std::string("all") : o.cohort) + ": propose " +
                          std::to_string(files.size()) + " pairs (" + result.algorithm + ")",
                      o.dry_run);
        if (!o.dry_run)
            context.info(trnf("recorded {} proposed pair in pairs/", "recorded {} proposed pairs in pairs/", files.size(), files.size()));
    }
}

}  // namespace

void setup_match(CLI::App& app, Context& context) {
    auto o = std::make_shared<MatchCommandOptions>();
    auto* cmd = app.add_subcommand("match", tr("Propose mentor-mentee pairs for the unmatched mentees of a cohort"));
    cmd->add_option("--cohort", o->cohort, tr("Only this cohort's people (default: everyone)"));
    cmd->add_option("--algorithm", o->algorithm, tr("optimal (best total), stable (no pair would rather swap) or greedy"))
        ->check(one_of({"optimal", "stable", "greedy"}));
    cmd->add_option("--objective", o->objective, tr("coverage (most mentees matched, then best score) or score"))
        ->check(one_of({"coverage", "score"}));
    cmd->add_option("--kind", o->kind, tr("classic, reverse (the mentor is the junior) or peer: a rule on seniority"))
        ->transform(spelled(schema::pair().at("kind")))
        ->check(one_of({"classic", "reverse", "peer"}));
    cmd->add_flag("--allow-repeat", o->allow_repeat, tr("Allow pairs of two people who were paired before (closed)"));
    cmd->add_option("--explain", o->explain, tr("Show every mentor for this mentee: score parts, or the rule that excludes them"));
    cmd->add_flag("--matrix", o->matrix, tr("CSV of every mentee-mentor pair: mentee,mentor,score,excluded_by"));
    cmd->add_flag("--write", o->write, tr("Record the proposed pairs in pairs/ (status proposed)"));
    cmd->add_flag("--dry-run", o->dry_run, tr("Show the pair files that --write would write; write nothing"));
    cmd->callback([o, &context] { run_match_command(*o, context); });
}

}  // namespace mentor::cli
