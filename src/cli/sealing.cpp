#include "sealing.hpp"

#include <cstdlib>

#include "mentor/journal/seal.hpp"
#include "mentor/store/config.hpp"
#include "mentor/store/keys.hpp"

namespace mentor::cli {

std::vector<age::Identity> local_identities() {
    return read_identity_file(user_identity_path(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME")));
}

namespace {

bool any_sealed(const Journal& journal) {
    for (const auto& s : journal.sessions)
        if (!s.sealed.empty()) return true;
    for (const auto& f : journal.followups)
        if (!f.sealed.empty()) return true;
    return false;
}

}  // namespace

void open_for_view(Journal& journal, const Records& records, const Context& context) {
    // The identity is read only when there is something to open with it.
    if (!any_sealed(journal)) return;
    const UnsealReport report = unseal_journal(journal, local_identities());
    if (!report.problems.empty()) {
        const auto& first = report.problems.front();
        throw Error(first.where, first.message);
    }
    if (report.all_opened()) return;
    std::string who;
    if (const Pair* pair = records.pair(journal.pair))
        for (const std::string* id : {&pair->mentor, &pair->mentee})
            if (const Person* p = records.person(*id); p && !p->recipient.empty())
                who += (who.empty() ? "" : " or ") + p->id + "'s (" + p->recipient + ")";
    context.warn(std::to_string(report.sealed - report.opened) + " of " + std::to_string(report.sealed) +
                 " sealed entries of " + journal.pair + " show as " + kSealedPlaceholder +
                 ": they open with " + (who.empty() ? "the pair's identities" : who) + " identity, not yours");
}

}  // namespace mentor::cli
