// mentor list people|pairs: tables of records.

#include <iostream>

#include "choice.hpp"
#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "spelled_option.hpp"
#include "mentor/report/listing.hpp"

namespace mentor::cli {
namespace {

struct ListOptions {
    std::string what;
    std::string role, cohort, status, person;
};

void run_list(const ListOptions& o, const Context& context) {
    Format format = *parse_format(context.format({"text", "markdown", "json", "yaml", "csv"}));
    Store store = context.open_store();
    Records records = context.load(store, false);
    if (o.what == "people") {
        if (!o.status.empty()) throw usage_error(tr("--status filters pairs; people have --role and --cohort"));
        PeopleFilter filter;
        if (!o.role.empty()) filter.role = parse_role(o.role);
        filter.cohort = o.cohort;
        std::cout << csv_output(context, render_people(records, filter_people(records, filter), format, context.color()));
    } else {
        if (!o.role.empty()) throw usage_error(tr("--role filters people; pairs have --status, --cohort and --person"));
        PairFilter filter;
        if (!o.status.empty()) filter.status = parse_pair_status(o.status);
        filter.cohort = o.cohort;
        filter.person = o.person;
        std::cout << csv_output(context, render_pairs(records, filter_pairs(records, filter), format, context.color()));
    }
}

}  // namespace

void setup_list(CLI::App& app, Context& context) {
    auto o = std::make_shared<ListOptions>();
    auto* cmd = app.add_subcommand("list", tr("List people or pairs (text, markdown, json, yaml or csv)"));
    cmd->add_option("WHAT", o->what, tr("people or pairs"))->required()->check(one_of({"people", "pairs"}));
    cmd->add_option("--role", o->role, tr("people: only mentors or only mentees"))
        ->transform(spelled(schema::person().at("roles")))
        ->check(one_of({"mentor", "mentee"}));
    cmd->add_option("--cohort", o->cohort, tr("Only this cohort"));
    cmd->add_option("--status", o->status, tr("pairs: proposed, active, paused or closed"))
        ->transform(spelled(schema::pair().at("status")))
        ->check(one_of({"proposed", "active", "paused", "closed"}));
    cmd->add_option("--person", o->person, tr("pairs: only the pairs of this person id"));
    cmd->callback([o, &context] { run_list(*o, context); });
}

}  // namespace mentor::cli
