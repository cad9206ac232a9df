// The display words of enum values, one table each, in the enums' order.

#include "report/words.hpp"

#include "mentor/core/error.hpp"
#include "mentor/records/cadence.hpp"
#include "mentor/records/words.hpp"

namespace mentor::detail {
namespace {

template <size_t N>
std::array<const char*, N> look_up(const char* context, const std::array<const char*, N>& english) {
    std::array<const char*, N> out{};
    for (size_t i = 0; i < N; ++i) out[i] = *english[i] ? tr_ctx(context, english[i]) : "";
    return out;
}

constexpr std::array<const char*, 3> kKind = {NC_("pair kind", "classic"), NC_("pair kind", "reverse"),
                                              NC_("pair kind", "peer")};
constexpr std::array<const char*, 3> kFit = {NC_("fit", "good"), NC_("fit", "unsure"), NC_("fit", "poor")};
constexpr std::array<const char*, 4> kGoal = {NC_("goal status", "open"), NC_("goal status", "overdue"),
                                              NC_("goal status", "achieved"), NC_("goal status", "dropped")};
constexpr std::array<const char*, 4> kAction = {NC_("action status", "open"), NC_("action status", "overdue"),
                                                NC_("action status", "done"), NC_("action status", "cancelled")};

constexpr std::array<const char*, 3> kCadence = {NC_("cadence", "weekly"), NC_("cadence", "biweekly"),
                                                 NC_("cadence", "monthly")};
constexpr std::array<const char*, 3> kPriority = {NC_("priority", "high"), NC_("priority", "medium"),
                                                  NC_("priority", "low")};
constexpr std::array<const char*, 3> kGoals = {NC_("goals assessment", "met"), NC_("goals assessment", "partly"),
                                               NC_("goals assessment", "not-met")};
// In the order of kMeetingModes (records/cadence.hpp), as written in plans;
// the words of records/words.hpp's mode_word (same context), kept as an
// array so that a render looks them up once.
constexpr std::array<const char*, 3> kMode = {NC_("meeting mode", "remote"), NC_("meeting mode", "in-person"),
                                              NC_("meeting mode", "phone")};

}  // namespace

std::string Words::cadence(const std::string& text) const {
    try {
        const Cadence c = parse_cadence(text);
        if (c.kind == Cadence::EveryNDays)
            return trnf("every {} day", "every {} days", static_cast<unsigned long>(c.days), c.days);
        return cadence_[static_cast<size_t>(c.kind)];
    } catch (const Error&) {
        return text;  // reported when the plan was read
    }
}

std::string Words::mode(const std::string& text) const {
    static_assert(std::size(kMeetingModes) == kMode.size());
    for (size_t i = 0; i < kMode.size(); ++i)
        if (text == kMeetingModes[i]) return mode_[i];
    return text;
}

Words::Words()
    // A pair's status and a side are records/words.hpp's, looked up once here.
    : status_{pair_status_word(PairStatus::Proposed), pair_status_word(PairStatus::Active),
              pair_status_word(PairStatus::Paused), pair_status_word(PairStatus::Closed)},
      goal_(look_up("goal status", kGoal)),
      action_(look_up("action status", kAction)),
      // A pair's risk is plan/attention.hpp's word (the agenda's too); none reads as nothing.
      risk_{"", risk_text(Risk::NoFirstSession), risk_text(Risk::ScheduleEnded), risk_text(Risk::Inactive)},
      kind_(look_up("pair kind", kKind)),
      fit_(look_up("fit", kFit)),
      role_{role_word(Role::Mentor), role_word(Role::Mentee)},
      cadence_(look_up("cadence", kCadence)),
      mode_(look_up("meeting mode", kMode)),
      priority_(look_up("priority", kPriority)),
      goals_(look_up("goals assessment", kGoals)),
      yes_(tr_ctx("answer", "yes")),
      no_(tr_ctx("answer", "no")) {}

}  // namespace mentor::detail
