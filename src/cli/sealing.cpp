#include "sealing.hpp"

#include <cstdlib>

#include "mentor/journal/seal.hpp"
#include "mentor/store/config.hpp"
#include "mentor/store/keys.hpp"

namespace mentor::cli {

std::vector<age::Identity> local_identities() {
    return read_identity_file(user_identity_path(std::getenv("XDG_CONFIG_HOME"), std::getenv("HOME")));
}

void open_for_view(Journal& journal, const Records& records, const Context& context) {
    // The identity is read only when there is something to open with it.
    if (!has_sealed(journal)) return;
    const UnsealReport report = unseal_journal(journal, local_identities());
    if (!report.problems.empty()) {
        const auto& first = report.problems.front();
        throw Error(first.where, first.message);
    }
    if (const std::string warning = sealed_warning(report, records, journal.pair); !warning.empty()) context.warn(warning);
}

}  // namespace mentor::cli
