// The words of record values in the user's language: see records/words.hpp.

#include "mentor/records/words.hpp"

#include <array>

#include "mentor/core/i18n.hpp"
#include "mentor/records/cadence.hpp"

namespace mentor {

const char* pair_status_word(PairStatus status) {
    switch (status) {
        case PairStatus::Proposed: return tr_ctx("pair status", "proposed");
        case PairStatus::Active: return tr_ctx("pair status", "active");
        case PairStatus::Paused: return tr_ctx("pair status", "paused");
        case PairStatus::Closed: return tr_ctx("pair status", "closed");
    }
    return tr_ctx("pair status", "proposed");
}

const char* role_word(Role role) {
    return role == Role::Mentor ? tr_ctx("role", "mentor") : tr_ctx("role", "mentee");
}

std::string mode_word(std::string_view mode) {
    // The values of kMeetingModes (records/cadence.hpp), in its order.
    static constexpr std::array<const char*, 3> kWords = {NC_("meeting mode", "remote"), NC_("meeting mode", "in-person"),
                                                          NC_("meeting mode", "phone")};
    static_assert(kWords.size() == std::size(kMeetingModes));
    for (size_t i = 0; i < kWords.size(); ++i)
        if (mode == kMeetingModes[i]) return tr_ctx("meeting mode", kWords[i]);
    if (mode == "any") return tr_ctx("meeting mode", "any");
    return std::string(mode);
}

}  // namespace mentor
