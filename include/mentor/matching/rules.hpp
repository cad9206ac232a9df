#pragma once
/// The hard rules of SPEC §4: a pair that breaks one is never proposed and
/// is refused by `add pair` unless forced. Conflicts of interest are hard
/// exclusions, never a soft penalty.

#include <string>
#include <vector>

#include "mentor/records/records.hpp"

namespace mentor {

struct RuleOptions {
    PairKind kind = PairKind::Classic;
    bool check_capacity = true;
    bool allow_repeat = false;  ///< allow a new pair where a closed one exists
};

/// Every rule `mentor` mentoring `mentee` breaks, as sentences a coordinator
/// can act on ("dana-white is in the management chain of lee-kim"); empty
/// when the pair is allowed. The rules: different people; roles (mentor and
/// mentee; either role for peer pairs); both active; the mentor is neither in the
/// mentee's management chain nor a direct report of the mentee; neither lists the other in `avoids`; a common
/// language when both list languages; the optional same-organisation,
/// same-team and time-zone rules of mentor.yaml; no existing pair of the
/// two; the mentor's free capacity.
std::vector<std::string> pair_rule_violations(const Records& records, const Person& mentor, const Person& mentee,
                                              const RuleOptions& options);

/// The ids of `person`'s managers, nearest first, stopping at a cycle or an
/// unknown id.
std::vector<std::string> management_chain(const Records& records, const Person& person);

/// True when the two lists share an item.
bool share_any(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace mentor
