// The rule of a pair needing attention, shared by the cohort report and the agenda.

#include "mentor/plan/attention.hpp"

#include "mentor/core/i18n.hpp"
#include "mentor/records/cadence.hpp"

namespace mentor {

std::string to_string(Risk risk) {
    switch (risk) {
        case Risk::NoFirstSession: return "no first session";
        case Risk::ScheduleEnded: return "schedule ended";
        case Risk::Inactive: return "inactive";
        case Risk::None: break;
    }
    return "none";
}

const char* risk_text(Risk risk) {
    switch (risk) {
        case Risk::NoFirstSession: return tr_ctx("pair risk", "no first session");
        case Risk::ScheduleEnded: return tr_ctx("pair risk", "schedule ended");
        case Risk::Inactive: return tr_ctx("pair risk", "inactive");
        case Risk::None: break;
    }
    return tr_ctx("pair risk", "none");
}

int held_cadence_days(const Plan* plan, const Settings& settings) {
    for (const std::string* text : {plan ? &plan->agreement.cadence : nullptr, &settings.default_cadence}) {
        if (!text || text->empty()) continue;
        try {
            return parse_cadence(*text).nominal_days();
        } catch (const Error&) {
            // An unreadable cadence was reported when the plan was read; try the next.
        }
    }
    return 0;
}

Attention pair_attention(const PairPulse& p, Date day) {
    Attention a;
    if (p.last_session)
        a.days_since_contact = days_between(*p.last_session, day);
    else if (p.start && *p.start <= day)
        a.days_since_contact = days_between(*p.start, day);
    if (p.status != PairStatus::Active || !a.days_since_contact) return a;
    if (!p.last_session && *a.days_since_contact > kFirstSessionGraceDays)
        a.risk = Risk::NoFirstSession;
    else if (p.has_plan && p.end && days_between(*p.end, day) > kScheduleEndedGraceDays)
        a.risk = Risk::ScheduleEnded;
    else if (p.last_session && p.cadence_days > 0 && *a.days_since_contact > 2 * p.cadence_days)
        a.risk = Risk::Inactive;
    return a;
}

}  // namespace mentor
