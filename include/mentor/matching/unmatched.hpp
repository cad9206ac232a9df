#pragma once
/// Why mentees have no mentor: reasons a coordinator can act on, shared by
/// `mentor match` and the cohort report.

#include <string>
#include <vector>

#include "mentor/matching/matching.hpp"
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
/// per waiting mentee. The pair kind is the cohort's (cohort_kind). Each
/// mentee's sentences come in English (JSON and CSV keep them) and, when the
/// user's language is not English, in it too (text, markdown and HTML): both
/// from the one pass over the mentors (the `UnmatchedMentee` of a match).
std::vector<UnmatchedMentee> unmatched_mentees(const Records& records, const std::string& cohort);

/// The kind a cohort is matched in: the kind of its pairs when they all
/// share one (a cohort matched with `--kind reverse`), else classic.
PairKind cohort_kind(const Records& records, const std::string& cohort);

}  // namespace mentor
