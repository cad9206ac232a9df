#pragma once
// The CLI side of sealed journals: the local identity, and opening a pair's
// journal for a view with the one warning that says which keys open the rest.

#include <vector>

#include "context.hpp"
#include "mentor/formats/age.hpp"
#include "mentor/journal/journal.hpp"

namespace mentor::cli {

/// The user's identities ($XDG_CONFIG_HOME/mentor/identity.txt, else
/// ~/.config/mentor/identity.txt); none when there is no file.
std::vector<age::Identity> local_identities();

/// Opens what the local identity can of `journal` (journal/seal.hpp); says
/// once on stderr what stays sealed and whose key opens it. A damaged
/// sealed message is a data error naming its file.
void open_for_view(Journal& journal, const Records& records, const Context& context);

}  // namespace mentor::cli
