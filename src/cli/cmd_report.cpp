// mentor report [PAIR | --person ID | --cohort C | --all]: a pair's own
// report, a person's pairs, or a cohort's health for the coordinator.

#include <iostream>

#include <optional>

#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/report/report.hpp"
#include "mentor/store/pair_lookup.hpp"
#include "sealing.hpp"

namespace mentor::cli {
namespace {

struct ReportCommand {
    std::string pair;
    std::optional<std::string> person, cohort, since, until, output;
    bool all = false, include_private = false, keep_going = false;
};

ReportOptions report_options(const ReportCommand& o, const Context& context) {
    ReportOptions options;
    options.today = context.today();
    if (o.since) options.since = date_option("--since", *o.since, options.today);
    if (o.until) options.until = date_option("--until", *o.until, options.today);
    if (options.since && options.until && *options.until < *options.since)
        throw usage_error(trf("--until {} is before --since {}", date_cell(*options.until), date_cell(*options.since)));
    options.include_private = o.include_private;
    return options;
}

void check_cohort(const Records& records, const std::string& cohort) {
    for (const auto& p : records.people)
        if (p.in_cohort(cohort)) return;
    for (const auto& p : records.pairs)
        if (p.cohort == cohort) return;
    std::vector<std::string> known;
    for (const auto& p : records.people)
        for (const auto& c : p.cohorts)
            if (std::find(known.begin(), known.end(), c) == known.end()) known.push_back(c);
    std::sort(known.begin(), known.end());
    std::string list;
    for (const auto& c : known) list += (list.empty() ? "" : ", ") + c;
    if (list.empty()) throw Error(trf("no one is in cohort '{}'", cohort.substr(0, 80)));
    throw Error(trf("no one is in cohort '{}' (cohorts: {})", cohort.substr(0, 80), list));
}

// Every record a report could not read, from the records' load and the
// plans and journals it read: without --keep-going they fail the report
// (exit 1) rather than let it count without them.
class Problems {
public:
    Problems(const Records& records, bool keep_going) : found_(records.diagnostics), keep_going_(keep_going) {}
    void add(const Diagnostics& more) { found_.insert(found_.end(), more.begin(), more.end()); }

    /// The problems the report shows; throws when there are some and --keep-going was not given.
    std::vector<ReportProblem> settle(const Context& context) {
        sort_diagnostics(found_);
        auto problems = report_problems(found_);
        if (problems.empty()) return problems;
        for (const auto& d : found_)
            if (d.severity == Severity::Error) std::cerr << d.str() << "\n";
        const size_t n = problems.size();
        if (!keep_going_)
            throw Error(trnf("{} record could not be read, so the report would leave it out; fix it (see `mentor validate`) or give --keep-going to report without it", "{} records could not be read, so the report would leave them out; fix them (see `mentor validate`) or give --keep-going to report without them",
                             n, n));
        context.warn(trnf("the report leaves out {} record it could not read (--keep-going)", "the report leaves out {} records it could not read (--keep-going)", n, n));
        return problems;
    }

private:
    Diagnostics found_;
    bool keep_going_;
};

template <typename Report>
std::string render(Report report, Problems& problems, const Context& context, Format format, const ReportStyle& style) {
    report.problems = problems.settle(context);
    return render_report(report, format, style);
}

std::string build(const ReportCommand& o, const Context& context, Format format) {
    const ReportOptions options = report_options(o, context);
    const ReportStyle style{format == Format::Text && !o.output && context.color()};
    Store store = context.open_store();
    Records records = context.load(store, false);
    Problems problems(records, o.keep_going);
    if (!o.pair.empty()) {
        const Pair& pair = resolve_pair(records, o.pair);
        Journal journal = load_journal(store.root(), pair.id());
        problems.add(journal.diagnostics);
        open_for_view(journal, records, context);
        std::optional<Plan> plan;
        try {
            plan = load_plan(store, pair.id());
        } catch (const Error& e) {
            problems.add({Diagnostic{e.where(), Severity::Error, e.message()}});
        }
        return render(build_pair_report(records, pair, std::move(plan), journal, options), problems, context, format, style);
    }
    Diagnostics found;
    if (o.person) {
        const Person& person = resolve_person(records, *o.person);
        std::vector<const Pair*> pairs;
        for (const auto& p : records.pairs)
            if (p.mentor == person.id || p.mentee == person.id) pairs.push_back(&p);
        auto figures = load_pair_figures(store, records, pairs, options, found);
        problems.add(found);
        return render(build_person_report(records, person, std::move(figures), options), problems, context, format, style);
    }
    const std::string cohort = o.cohort.value_or("");
    if (!cohort.empty()) check_cohort(records, cohort);
    auto figures = load_pair_figures(store, records, cohort_pairs(records, cohort), options, found);
    problems.add(found);
    return render(build_cohort_report(records, cohort, std::move(figures), options), problems, context, format, style);
}

// Writes the report beside its target first, then renames it into place, so
// that a reader never sees half a report.
void write_output(const std::string& file, const std::string& content) {
    const std::filesystem::path path(file);
    const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
    Store(folder).write({{path.filename().string(), content}});
}

void run_report(const ReportCommand& o, const Context& context) {
    const int kinds = !o.pair.empty() + o.person.has_value() + o.cohort.has_value() + o.all;
    if (kinds == 0)
        throw usage_error(tr("report on what? give a PAIR, --person ID, --cohort COHORT or --all"));
    if (kinds > 1) throw usage_error(tr("give only one of PAIR, --person, --cohort and --all"));
    if (o.include_private && o.pair.empty())
        throw usage_error(tr("--include-private is for a pair's own report (`mentor report PAIR --include-private`); "
                             "person and cohort reports never show session content"));
    const bool cohort = o.cohort || o.all;
    const Format format = *parse_format(context.format(
        cohort ? std::vector<std::string>{"text", "markdown", "json", "csv", "html"}
               : std::vector<std::string>{"text", "markdown", "json", "csv"}));
    // JSON and CSV list the records a report left out with their problems:
    // English in every language, so that those bytes never depend on the locale.
    std::optional<EnglishMessages> english;
    if (format == Format::Json || format == Format::Csv) english.emplace();
    const std::string report = build(o, context, format);
    english.reset();
    if (!o.output) {
        std::cout << csv_output(context, report);
        return;
    }
    write_output(*o.output, report);
    context.info(trf("wrote {}", *o.output));
}

}  // namespace

void setup_report(CLI::App& app, Context& context) {
    auto o = std::make_shared<ReportCommand>();
    auto* cmd = app.add_subcommand("report", tr("Report on one pair, one person, or a whole cohort (text, markdown, json, "
                                             "csv, or an html dashboard for cohorts)"));
    cmd->add_option("PAIR", o->pair, tr("A pair id, an unambiguous prefix of one, or a person id with one open pair"));
    cmd->add_option("--person", o->person, tr("Report on this person's pairs, as mentor and as mentee"));
    cmd->add_option("--cohort", o->cohort, tr("Report on this cohort, for its coordinator (never any session content)"));
    cmd->add_flag("--all", o->all, tr("Report on every cohort at once"));
    cmd->add_option("--since", o->since, tr("Count sessions and planned dates on or after this date"));
    cmd->add_option("--until", o->until, tr("Report as of this date: count only what happened on or before it"));
    cmd->add_option("--output", o->output, tr("Write the report to FILE (atomically) instead of standard output"));
    cmd->add_flag("--include-private", o->include_private, tr("Pair report: show the content of private sessions"));
    cmd->add_flag("--keep-going", o->keep_going,
                  tr("Report even when some records cannot be read; the report then names the records it left out"));
    cmd->callback([o, &context] { run_report(*o, context); });
}

}  // namespace mentor::cli
