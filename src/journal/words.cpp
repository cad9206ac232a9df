// The journal's words in the user's language: see journal/words.hpp. The
// English tokens are to_string()'s; here each has its translation, with a
// context, since one English word ("done") is a status and a change.

#include "mentor/journal/words.hpp"

#include "mentor/core/i18n.hpp"
#include "mentor/records/cadence.hpp"

namespace mentor {

const char* owner_word(Role role) {
    return role == Role::Mentor ? tr_ctx("role", "mentor") : tr_ctx("role", "mentee");
}

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

const char* pair_status_word(PairStatus status) {
    switch (status) {
        case PairStatus::Proposed: return tr_ctx("pair status", "proposed");
        case PairStatus::Active: return tr_ctx("pair status", "active");
        case PairStatus::Paused: return tr_ctx("pair status", "paused");
        case PairStatus::Closed: return tr_ctx("pair status", "closed");
    }
    return tr_ctx("pair status", "proposed");
}

std::string mode_word(std::string_view mode) {
    // The values of kMeetingModes (records/cadence.hpp), in its order.
    static constexpr const char* kWords[] = {NC_("session mode", "remote"), NC_("session mode", "in-person"),
                                             NC_("session mode", "phone")};
    static_assert(std::size(kWords) == std::size(kMeetingModes));
    for (size_t i = 0; i < std::size(kMeetingModes); ++i)
        if (mode == kMeetingModes[i]) return tr_ctx("session mode", kWords[i]);
    return std::string(mode);
}

JournalWords::JournalWords()
    : owner{owner_word(Role::Mentor), owner_word(Role::Mentee)},
      status{status_word(ActionStatus::Open), status_word(ActionStatus::Overdue), status_word(ActionStatus::Done),
             status_word(ActionStatus::Cancelled)} {}

}  // namespace mentor
