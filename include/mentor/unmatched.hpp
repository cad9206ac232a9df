#pragma once
/// Why a mentee has no mentor: reasons a coordinator can act on, shared by
/// `mentor match` and the cohort report.

#include <string>
#include <vector>

#include "mentor/store.hpp"

namespace mentor {

/// The mentors a cohort's mentees may be matched with: active people with the
/// mentor role in `cohort` (every cohort when empty).
std::vector<const Person*> cohort_mentors(const Records& records, const std::string& cohort);

/// One or more sentences saying why `mentee` is without a pair among
/// `mentors`, e.g. "no mentor speaks es", "all 3 compatible mentors are at
/// capacity", "excluded: only candidate is their manager", or, when
/// compatible mentors had room, that they went to other mentees.
std::vector<std::string> unmatched_reasons(const Records& records, const Person& mentee,
                                           const std::vector<const Person*>& mentors);

}  // namespace mentor
