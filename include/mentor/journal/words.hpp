#pragma once
/// The words of the journal as a view shows them, in the user's language:
/// an action's status and a follow-up's change (whose it is, a pair's status
/// and a session's mode are records/words.hpp's).
/// The records, the JSON and the enum values users type keep the English
/// tokens of to_string(); only text, markdown and e-mail call these. Each is
/// one catalogue lookup: a view over many rows looks its words up once.

#include <string>
#include <string_view>

#include "mentor/journal/journal.hpp"
#include "mentor/records/records.hpp"
#include "mentor/records/words.hpp"  // pair_status_word, role_word, mode_word

namespace mentor {

/// "open" / "ouverte", "overdue" / "en retard", "done" / "faite", ...
const char* status_word(ActionStatus status);
/// A follow-up's change as a past participle: "done" / "faite", "redated" / "reportée".
const char* change_word(FollowUpChange change);

/// The words of one view, looked up once for all its rows.
struct JournalWords {
    const char* owner[2];
    const char* status[4];
    JournalWords();
    const char* of(Role role) const { return owner[role == Role::Mentor ? 0 : 1]; }
    const char* of(ActionStatus s) const { return status[static_cast<int>(s)]; }
};

}  // namespace mentor
