#pragma once
/// When a pair needs the coordinator's attention (SPEC §5: "pairs inactive
/// for more than twice their cadence"): the one rule that the cohort report
/// (`Risk` of PairFigures) and `mentor agenda` (its attention items) share,
/// so that they never disagree on a pair.

#include <optional>
#include <string>

#include "mentor/core/date.hpp"
#include "mentor/records/records.hpp"

namespace mentor {

/// Days without a first session after the start before a pair is at risk.
inline constexpr int kFirstSessionGraceDays = 14;
/// Days after its last planned session before an active pair is "schedule ended".
inline constexpr int kScheduleEndedGraceDays = 14;

/// Why a pair needs the coordinator: no first session kFirstSessionGraceDays
/// after the start; its schedule ended kScheduleEndedGraceDays ago but it is
/// still active (to close or re-plan); or silent for more than twice its cadence.
enum class Risk { None, NoFirstSession, ScheduleEnded, Inactive };
std::string to_string(Risk risk);
/// The risk in the user's language, for text, markdown and HTML (to_string
/// is the value of JSON and CSV).
const char* risk_text(Risk risk);

/// The rhythm a pair is held to, in days: its plan's cadence (nullptr: no
/// plan), else the program's default (a pair made active by hand has no plan
/// but still should not fall silent); 0 when neither can be read.
int held_cadence_days(const Plan* plan, const Settings& settings);

/// What the rule looks at: dates and a status, never content.
struct PairPulse {
    PairStatus status = PairStatus::Proposed;  ///< on the day judged
    bool has_plan = false;
    std::optional<Date> start;         ///< the agreement's start, else the pair's
    std::optional<Date> end;           ///< the last planned date, else the agreement's until
    std::optional<Date> last_session;  ///< last session held up to the day judged
    int cadence_days = 0;              ///< held_cadence_days()
};

struct Attention {
    Risk risk = Risk::None;
    std::optional<int> days_since_contact;  ///< since the last session, else since the start
};

/// The pair's risk on `day`: only an active pair is at risk.
Attention pair_attention(const PairPulse& pulse, Date day);

}  // namespace mentor
