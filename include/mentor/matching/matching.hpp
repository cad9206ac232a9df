#pragma once
/// `mentor match`: proposes mentor–mentee pairs for a cohort (SPEC §4).
///
/// The records are compiled into compact per-person data (bit masks for
/// languages, interests and days; a dense table of skill levels), so that
/// the hard rules and the score of any pair cost a few dozen instructions
/// and the engine of assignment.hpp can score 100 million pairs in seconds.

#include <optional>
#include <string>
#include <vector>

#include "mentor/core/progress.hpp"
#include "mentor/formats/format.hpp"
#include "mentor/matching/wording.hpp"
#include "mentor/store/store.hpp"

namespace mentor {

struct MatchOptions {
    std::string cohort;               ///< empty: everyone
    std::string algorithm;            ///< optimal | stable | greedy; empty: mentor.yaml's
    std::string objective;            ///< coverage | score; empty: mentor.yaml's
    PairKind kind = PairKind::Classic;  ///< a rule on seniority (rules.hpp), and the seniority part of the score
    bool allow_repeat = false;        ///< allow pairs that were closed before
    int threads = 0;                  ///< 0: automatic
    Progress progress;                ///< hears the engine's rows scored (assignment.hpp)
};

/// The parts of a pair's score, each in [0, 1] before weighting.
struct ScoreParts {
    double skills = 0, interests = 0, availability = 0, seniority = 0, timezone = 0, preferences = 0;
};

/// Sentences for two readers (wording.hpp): `english` for JSON, YAML, CSV and
/// the pair files, `translated` for text and markdown, left empty when the
/// user's language is English (shown() then gives `english`).
struct Sentences {
    std::vector<std::string> english, translated;
    const std::vector<std::string>& shown() const { return translated.empty() ? english : translated; }
};
struct Sentence {
    std::string english, translated;
    const std::string& shown() const { return translated.empty() ? english : translated; }
};

struct ProposedPair {
    std::string mentor, mentee;
    int64_t score_units = 0;  ///< exact integer score (see score_text)
    std::string score;        ///< score in [0, 1], 4 decimals, e.g. "0.8125"
    Sentences reasons;        ///< best first
};

struct UnmatchedMentee {
    std::string mentee;
    Sentences reasons;
};

struct MentorPlaces {
    std::string mentor;
    int before = 0;    ///< pairs held before this match
    int proposed = 0;  ///< pairs this match proposes
    int capacity = 0;
};

struct MatchResult {
    std::string algorithm, objective, cohort;
    int candidates = 0;  ///< mentees considered
    int mentors = 0;     ///< mentors considered
    std::vector<ProposedPair> pairs;  ///< sorted by mentor id, then mentee id
    std::vector<UnmatchedMentee> unmatched;  ///< sorted by mentee id
    std::vector<MentorPlaces> load;  ///< every mentor considered, by id
    int64_t total_units = 0;
    std::string total_score;  ///< sum of the rounded pair scores, 4 decimals
    std::string mean_score;
};

/// Runs the matcher. Throws a usage error for an unknown algorithm or
/// objective.
MatchResult run_match(const Records& records, const MatchOptions& options);

/// One mentor as seen from one mentee: the score split into its weighted
/// parts, or the hard rule that excludes them.
struct MentorAssessment {
    std::string mentor;
    bool excluded = false;
    Sentence excluded_by;     ///< the first rule broken
    std::string score;        ///< 4 decimals
    int64_t score_units = 0;
    ScoreParts parts;
    Sentences reasons;
};

/// Every mentor of the cohort for `mentee_id`, best first, excluded last.
/// Throws when the id is unknown or not a mentee.
std::vector<MentorAssessment> explain_mentee(const Records& records, const MatchOptions& options,
                                             const std::string& mentee_id);

/// CSV `mentee,mentor,score,excluded_by` for every candidate pair.
std::string match_matrix_csv(const Records& records, const MatchOptions& options);

std::string render_match(const MatchResult& result, Format format, bool color);
std::string render_explanation(const Records& records, const std::string& mentee_id,
                               const std::vector<MentorAssessment>& mentors, Format format, bool color);

/// The pairs/<mentor>--<mentee>.yaml files `match --write` records.
std::vector<FileWrite> proposed_pair_files(const Records& records, const MatchResult& result,
                                           const std::string& date, PairKind kind);

}  // namespace mentor
