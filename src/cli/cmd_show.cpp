// mentor show ID: one person or one pair.

#include <iostream>

#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/core/ids.hpp"
#include "mentor/core/suggest.hpp"
#include "mentor/journal/seal.hpp"
#include "mentor/report/listing.hpp"
#include "sealing.hpp"

namespace mentor::cli {
namespace {

void run_show(const std::string& id, bool include_private, const Context& context) {
    Format format = *parse_format(context.format({"text", "markdown", "json", "yaml"}));
    if (!is_valid_id(id) && !is_valid_pair_id(id))
        throw usage_error(trf("'{}' is not a person id or a pair id (mentor-id--mentee-id)", id.substr(0, 80)));
    Store store = context.open_store();
    Records records = context.load(store, false);
    if (const Person* p = records.person(id)) {
        std::cout << render_person(records, *p, format);
    } else if (const Pair* pair = records.pair(id)) {
        Pair shown = *pair;
        // Its closing review, when sealed, is opened only to be shown.
        if (include_private && shown.extra.find("sealed") && !unseal_pair(shown, local_identities()))
            context.warn(trf("the closing review of {} is sealed to its pair; it opens with their identity, not yours", shown.id()));
        std::cout << render_pair(records, shown, format, include_private);
    } else {
        std::vector<std::string> ids;
        for (const auto& p : records.people) ids.push_back(p.id);
        for (const auto& p : records.pairs) ids.push_back(p.id());
        std::string hint = did_you_mean(id, ids);
        // TRANSLATORS: {1} is "; did you mean x?".
        if (!hint.empty()) throw Error(trf("no person or pair with id '{0}'{1}", id, hint));
        throw Error(trf("no person or pair with id '{}' (see `mentor list people` and `mentor list pairs`)", id));
    }
}

}  // namespace

void setup_show(CLI::App& app, Context& context) {
    auto id = std::make_shared<std::string>();
    auto include_private = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand("show", tr("Show one person (with their pairs) or one pair"));
    cmd->add_option("ID", *id, tr("A person id or a pair id"))->required();
    cmd->add_flag("--include-private", *include_private, tr("With a pair: its closing review too (the pair's own words)"));
    cmd->callback([id, include_private, &context] { run_show(*id, *include_private, context); });
}

}  // namespace mentor::cli
