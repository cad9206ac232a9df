// The journal's words in the user's language: see journal/words.hpp. The
// English tokens are to_string()'s; here each has its translation, with a
// context, since one English word ("done") is a status and a change.

#include "mentor/journal/words.hpp"

#include "mentor/core/i18n.hpp"

namespace mentor {

const char* status_word(ActionStatus status) {
    switch (status) {
        case ActionStatus::Open: return tr_ctx("action status", "open");
        case ActionStatus::Overdue: return tr_ctx("action status", "overdue");
        case ActionStatus::Done: return tr_ctx("action status", "done");
        case ActionStatus::Cancelled: return tr_ctx("action status", "cancelled");
    }
    return tr_ctx("action status", "open");
}

const char* change_word(FollowUpChange change) {
    switch (change) {
        case FollowUpChange::Done: return tr_ctx("action change", "done");
        case FollowUpChange::Cancelled: return tr_ctx("action change", "cancelled");
        case FollowUpChange::Reopened: return tr_ctx("action change", "reopened");
        case FollowUpChange::Redated: return tr_ctx("action change", "redated");
    }
    return tr_ctx("action change", "done");
}

JournalWords::JournalWords()
    : owner{role_word(Role::Mentor), role_word(Role::Mentee)},
      status{status_word(ActionStatus::Open), status_word(ActionStatus::Overdue), status_word(ActionStatus::Done),
             status_word(ActionStatus::Cancelled)} {}

}  // namespace mentor
