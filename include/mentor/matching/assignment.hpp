#pragma once
/// The records-agnostic matching engine.
///
/// It knows nothing about people: the caller numbers mentees 0..n-1 and
/// mentors 0..m-1 (sorted by id, so that "lower index wins ties" means
/// "lower id wins ties"), and supplies a row-scoring callback. Three
/// algorithms share that input:
///
/// - solve_optimal: exact maximum under capacities (min-cost flow on a
///   sparse candidate graph, proved optimal against every feasible pair);
/// - solve_stable: mentee-proposing deferred acceptance with capacities;
/// - solve_greedy: best pair first, a fast baseline.
///
/// None of them stores the dense score matrix, so 20,000 x 5,000 problems
/// fit in a few tens of megabytes. The engine never prints and never exits;
/// an ill-formed problem throws std::invalid_argument, and an exception
/// thrown by score_row is propagated to the caller.

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "mentor/core/progress.hpp"

namespace mentor {

/// Score of a pair that a hard rule excludes.
inline constexpr int64_t kInfeasible = -1;

/// Largest score accepted from score_row. Larger values would risk overflow
/// in the exact integer arithmetic of solve_optimal.
inline constexpr int64_t kMaxScore = 1'000'000'000;

/// A bipartite matching problem with capacities on the mentor side.
struct AssignmentProblem {
    int mentees = 0;  ///< number of mentees; indexes are sorted by id, lower index wins ties
    int mentors = 0;  ///< number of mentors; indexes are sorted by id, lower index wins ties
    /// Free capacity per mentor (size == mentors, each >= 0).
    std::vector<int> capacity;
    /// Fills out[j] (out.size() == mentors) with the integer score of pairing
    /// mentee `mentee` with mentor j (0..kMaxScore, e.g. thousandths), or
    /// kInfeasible when a hard rule excludes the pair. Must be thread-safe and
    /// a pure function of its arguments: it is called from several threads,
    /// for any row, any number of times.
    std::function<void(int mentee, std::span<int64_t> out)> score_row;
    /// Optional ranked preferences, used by solve_stable only.
    /// mentee_prefers[i]: mentor indexes mentee i ranks first, best first.
    /// mentor_prefers[j]: mentee indexes mentor j ranks first, best first.
    /// Each may be empty (no preferences) or sized mentees / mentors.
    /// Infeasible entries and repeats are ignored.
    std::vector<std::vector<int>> mentee_prefers, mentor_prefers;
};

/// What solve_optimal maximises.
enum class Objective {
    Coverage,  ///< the number of matched mentees first, then the total score
    Score,     ///< the total score first, then the number of matched mentees
};

/// Tuning knobs and test hooks; the defaults suit every size.
struct AssignmentOptions {
    /// Threads that score rows in parallel; 0 = min(2, hardware threads).
    /// The result never depends on it.
    int threads = 0;
    /// Candidates kept before the first solve (solve_optimal: per mentee,
    /// and per seat of each mentor) or between two rescans of a mentee's row
    /// (stable, greedy); 0 = automatic. A small value is a test hook that
    /// forces the verification and refill paths to run. The result of
    /// stable and greedy never depends on it; optimal's objective never does.
    int candidates = 0;
    /// Hears the rows scored ("mentees scored", then each check of the
    /// optimal solution, "mentees checked"), from the caller's thread.
    Progress progress = {};
};

/// Work counters, for benchmarks and tests; they do not affect the result.
struct AssignmentStats {
    int64_t rows_scored = 0;  ///< calls to score_row
    int solves = 0;           ///< optimal: optimisations of the sparse graph (from scratch or warm)
    int warm_solves = 0;      ///< optimal: those that repaired the previous solution
    int64_t graph_pairs = 0;  ///< optimal: mentee-mentor arcs in the final sparse graph
    int64_t pairs_added = 0;  ///< optimal: arcs added because a pair violated the dual proof
    int64_t proposals = 0;    ///< stable: proposals made; greedy: pairs examined
};

/// A solution: who mentors whom.
struct Assignment {
    std::vector<int> mentor_of;  ///< per mentee: mentor index, or -1 when unmatched
    int matched = 0;             ///< mentees with a mentor
    int64_t total_score = 0;     ///< sum of the scores of the chosen pairs
    AssignmentStats stats;
};

/// Exact optimum of `objective` under the capacities, over every feasible
/// pair (min-cost flow on a sparse candidate graph, proved optimal against
/// every pair by its dual prices). Deterministic: the same problem and
/// options give the same assignment on every run, whatever the thread
/// count. Which of several equally optimal assignments is returned is fixed
/// but not otherwise specified: candidates with equal scores are taken in a
/// pseudo-random order derived from the pair's indexes, because "lower index
/// first" would give every mentee the same few mentors when scores tie.
/// Throws std::invalid_argument if (max score) x (mentees) x (mentees +
/// mentors) exceeds about 2^60, where 64-bit arithmetic would stop being
/// exact (far beyond 100,000 x 100,000 with scores up to 10^6).
Assignment solve_optimal(const AssignmentProblem& problem, Objective objective, const AssignmentOptions& options = {});

/// The mentee-optimal stable matching (mentee-proposing deferred acceptance
/// with capacities). A mentee ranks its feasible mentee_prefers entries first,
/// in order, then every other feasible mentor by score descending, then lower
/// index; a mentor ranks mentees the same way with mentor_prefers. Every
/// feasible pair is acceptable to both sides, so the result has no blocking
/// pair among feasible pairs. Rankings are strict, so the result is unique.
Assignment solve_stable(const AssignmentProblem& problem, const AssignmentOptions& options = {});

/// Greedy baseline: feasible pairs in order of score descending, then lower
/// mentee index, then lower mentor index; a pair is taken when the mentee is
/// unmatched and the mentor has capacity left.
Assignment solve_greedy(const AssignmentProblem& problem, const AssignmentOptions& options = {});

}  // namespace mentor
