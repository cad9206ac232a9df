// mentor key init [--import FILE] | show | reseal PAIR: the user's age
// identity, and a pair's journal sealed again to its people's current
// recipients (docs/keys.md).

#include <cstdlib>
#include <ctime>
#include <iostream>

#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/journal/seal.hpp"
#include "mentor/store/config.hpp"
#include "mentor/store/keys.hpp"
#include "mentor/store/pair_lookup.hpp"
#include "sealing.hpp"

namespace mentor::cli {
namespace {

// An identity file is a few hundred bytes; anything much larger is not one.
constexpr size_t kMaxIdentityBytes = 64 * 1024;

std::filesystem::path identity_path() {
    return user_identity_path(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME"));
}

// age-keygen's "# created:" stamp, RFC 3339 in UTC.
std::string now_utc() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    ::gmtime_r(&t, &tm);
    char out[32];
    std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return out;
}

void run_init(const std::optional<std::string>& import, const Context& context) {
    context.format({"text"});
    const std::string text = import ? read_input_file(*import, kMaxIdentityBytes, tr("an age identity file"))
                                    : age::identity_file_text(age::Identity::generate(), now_utc());
    const auto path = identity_path();
    const auto identities = create_identity_file(path, text, import ? *import : path.string());
    context.info(import ? trf("imported the age identity into {}; keep a copy somewhere safe: notes sealed to it cannot be read without it",
                              path.string())
                        : trf("created an age identity in {}; keep a copy somewhere safe: notes sealed to it cannot be read without it",
                              path.string()));
    std::cout << identities.front().recipient() << "\n";
}

void run_show(const Context& context) {
    context.format({"text"});
    const auto identities = local_identities();
    if (identities.empty())
        throw Error(Location{identity_path().string()}, tr("no age identity yet: create one with `mentor key init`"));
    for (const auto& id : identities) std::cout << id.recipient() << "\n";
}

void run_reseal(const std::string& wanted, bool dry_run, const Context& context) {
    context.format({"text"});
    Store store = context.open_store();
    // One transaction under the lock: no session is logged half-way through.
    auto lock = context.lock_for_writing(store, !dry_run);
    Records records = context.load(store, false);
    const Pair& pair = resolve_pair(records, wanted);
    const auto recipients = seal_recipients(records, pair);
    const auto files = reseal_journal(store.root(), pair, recipients, local_identities());
    if (files.empty()) {
        context.info(trf("nothing to reseal: the journal of {} holds no content", pair.id()));
        return;
    }
    context.write(store, records.settings, files, "reseal the journal of " + pair.id(), dry_run);
    if (!dry_run)
        // TRANSLATORS: {0} how many entries, {1} the pair, {2} how many recipients.
        context.info(trnf("resealed {0} journal entry of {1} to {2} recipient(s)", "resealed {0} journal entries of {1} to {2} recipient(s)",
                          files.size(), files.size(), pair.id(), recipients.size()));
}

}  // namespace

void setup_key(CLI::App& app, Context& context) {
    auto* key = app.add_subcommand("key", tr("Your age identity, and sealing a pair's journal to its people (docs/keys.md)"));
    key->require_subcommand(1);

    auto import = std::make_shared<std::optional<std::string>>();
    auto* init = key->add_subcommand("init", tr("Create your age identity (~/.config/mentor/identity.txt, mode 0600)"));
    init->add_option_function<std::string>(
        "--import", [import](const std::string& file) { *import = file; },
        tr("Take an existing age identity file (as age-keygen writes it) instead of creating one"));
    init->callback([import, &context] { run_init(*import, context); });

    auto* show = key->add_subcommand("show", tr("Print your public recipient (age1...), for `mentor add ... --recipient`"));
    show->callback([&context] { run_show(context); });

    auto pair = std::make_shared<std::string>();
    auto dry_run = std::make_shared<bool>(false);
    auto* reseal = key->add_subcommand("reseal", tr("Seal a pair's journal again to its people's current recipients"));
    reseal->add_option("PAIR", *pair, tr("A pair id, an unambiguous prefix of one, or a person id with one pair"))->required();
    reseal->add_flag("--dry-run", *dry_run, tr("Show the files that would be written; write nothing"));
    reseal->callback([pair, dry_run, &context] { run_reseal(*pair, *dry_run, context); });
}

}  // namespace mentor::cli
