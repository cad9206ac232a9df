#pragma once
/// Why mentees have no mentor: reasons a coordinator can act on, shared by
/// `mentor match` and the cohort report.

#include <string>
#include <utility>
#include <vector>

#include "mentor/matching/wording.hpp"
#include "mentor/store/store.hpp"

namespace mentor {

/// Every active mentee of `cohort` (every cohort when empty) without a
/// proposed, active or paused pair, sorted by id, each with one or more
/// sentences saying why, judged against the cohort's active mentors and their
/// free places now: "no mentor speaks pt", "all 3 compatible mentors are at
/// capacity", "excluded by every mentor: 12 no common language, 1 their
/// manager", or that compatible mentors still have room (run `mentor match`).
/// Uses the matcher's compiled rules, so it costs one pass over the mentors
/// per waiting mentee. The pair kind is the cohort's (cohort_kind). The
/// sentences are English unless `w` is Wording::shown(): JSON and CSV keep
/// English, text, markdown and HTML ask for the user's language.
std::vector<std::pair<std::string, std::vector<std::string>>> unmatched_mentees(const Records& records,
                                                                                const std::string& cohort,
                                                                                Wording w = Wording::english());

/// The kind a cohort is matched in: the kind of its pairs when they all
/// share one (a cohort matched with `--kind reverse`), else classic.
PairKind cohort_kind(const Records& records, const std::string& cohort);

}  // namespace mentor
