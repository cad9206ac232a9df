#pragma once
/// Internals shared by the assignment algorithms (not installed, not API).

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

#include "mentor/core/progress.hpp"
#include "mentor/matching/assignment.hpp"

namespace mentor::detail {

/// One scored pair as seen from its mentee.
struct Candidate {
    int64_t score = 0;
    int mentor = 0;
};

/// The order in which a mentee considers mentors by score: higher score
/// first, then lower index. Strict and total, so selections are unique.
/// A function object, so that sorts inline it.
struct Better {
    bool operator()(const Candidate& a, const Candidate& b) const {
        return a.score != b.score ? a.score > b.score : a.mentor < b.mentor;
    }
};
inline constexpr Better better{};

/// Throws std::invalid_argument unless sizes, capacities and preference
/// indexes are consistent.
void validate(const AssignmentProblem& problem);

/// Threads to use: options.threads, else min(2, hardware threads).
int thread_count(const AssignmentOptions& options);

/// Throws std::invalid_argument if a score is neither kInfeasible nor in
/// 0..kMaxScore; a bad callback must not silently corrupt the exact solver.
void check_row(int mentee, std::span<const int64_t> row);

/// Calls fn(worker, row_index, scores) for every index in `rows`, where
/// `scores` is the freshly computed score row and `worker` (0..threads-1)
/// indexes per-thread scratch space, spreading rows over `threads` threads.
/// fn may only write state owned by its row or its worker, so the outcome
/// does not depend on scheduling. The first exception thrown is rethrown.
/// `progress`, when set, hears how many rows are done as `what`, from the
/// caller's thread only.
template <typename Fn>
void for_each_row(const AssignmentProblem& problem, std::span<const int> rows, int threads, Fn&& fn,
                  const Progress& progress = {}, const char* what = nullptr) {
    const size_t count = rows.size();
    if (count == 0) return;
    // Rows are handed out in small chunks: rows cost about the same, but a
    // static split would leave one core idle when the other is preempted.
    constexpr size_t kChunk = 16;
    std::atomic<size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    std::atomic<bool> failed{false};
    auto work = [&](int worker) {
        std::vector<int64_t> scores(static_cast<size_t>(problem.mentors));
        try {
            for (;;) {
                size_t begin = next.fetch_add(kChunk);
                if (begin >= count || failed.load(std::memory_order_relaxed)) return;
                if (worker == 0 && progress) progress(what, begin, count);
                size_t end = std::min(count, begin + kChunk);
                for (size_t k = begin; k < end; ++k) {
                    int row = rows[k];
                    problem.score_row(row, std::span<int64_t>(scores));
                    check_row(row, scores);
                    fn(worker, row, std::span<const int64_t>(scores));
                }
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            failed = true;
        }
    };
    int extra =
        static_cast<int>(std::min<size_t>(static_cast<size_t>(std::max(threads, 1)), (count + kChunk - 1) / kChunk)) -
        1;
    std::vector<std::thread> pool;
    pool.reserve(static_cast<size_t>(std::max(extra, 0)));
    for (int t = 0; t < extra; ++t) pool.emplace_back(work, t + 1);
    work(0);
    for (auto& thread : pool) thread.join();
    if (failure) std::rethrow_exception(failure);
    if (progress) progress(what, count, count);
}

/// Appends to `out`, best first, the up-to-k best feasible entries of `row`
/// that come strictly after `after` in the `better` order (all entries when
/// `after` is null) and that `keep(mentor, score)` accepts. Costs O(row);
/// `keep` is only asked about entries that would make the cut so far.
/// `scratch` is reused storage.
template <typename Keep>
void select_best(std::span<const int64_t> row, size_t k, const Candidate* after, Keep&& keep,
                 std::vector<Candidate>& scratch, std::vector<Candidate>& out) {
    scratch.clear();
    if (k == 0) return;
    const int m = static_cast<int>(row.size());
    // Small k: a sorted buffer that only changes when an entry beats its
    // last one (rare once filled). Large k: collect, then nth_element.
    const bool small = k <= 64;
    for (int j = 0; j < m; ++j) {
        const int64_t s = row[j];
        if (s < 0) continue;
        const Candidate c{s, j};
        if (after && !better(*after, c)) continue;
        if (small && scratch.size() == k && !better(c, scratch.back())) continue;
        if (!keep(j, s)) continue;
        if (!small) {
            scratch.push_back(c);
            continue;
        }
        if (scratch.size() == k) scratch.pop_back();
        scratch.insert(std::upper_bound(scratch.begin(), scratch.end(), c, better), c);
    }
    if (!small) {
        if (scratch.size() > k) {
            std::nth_element(scratch.begin(), scratch.begin() + static_cast<std::ptrdiff_t>(k), scratch.end(), better);
            scratch.resize(k);
        }
        std::sort(scratch.begin(), scratch.end(), better);
    }
    out.insert(out.end(), scratch.begin(), scratch.end());
}

/// A fixed pseudo-random rank of the pair (mentee, mentor), used by
/// solve_optimal to order ties so that they spread over many mentors.
uint32_t tie_rank(int mentee, int mentor);

/// solve_optimal's first sparse graph, from one scan of every row (see
/// assignment_candidates.cpp).
struct InitialGraph {
    std::vector<std::vector<Candidate>> arcs;  ///< per mentee: (score, mentor), in `better` order
    std::vector<int> feasible;                 ///< per mentee: feasible pairs with a usable mentor
    int64_t max_score = 0;                     ///< the largest feasible score
};

/// How many candidates the first scan keeps.
struct InitialSizes {
    size_t per_mentee = 8;  ///< a mentee's best mentors
    int per_seat = 3;       ///< a mentor's best mentees: per_seat x capacity + per_mentor
    int per_mentor = 2;
};

/// The best candidates of every mentee and of every mentor, by score.
InitialGraph initial_graph(const AssignmentProblem& problem, const std::vector<char>& usable, const InitialSizes& sizes,
                           int threads, const Progress& progress);

/// A sparse bipartite graph: the arcs of mentee i are [begin[i], begin[i+1]).
struct SparseGraph {
    std::vector<int> begin{0};
    std::vector<int> mentor;     ///< per arc
    std::vector<int64_t> value;  ///< per arc, > 0: what choosing the pair is worth
};

/// An optimal b-matching of a SparseGraph with its dual certificate:
/// value <= profit[i] + price[j] on every arc, with equality on chosen arcs,
/// profit[i] == 0 for unmatched mentees, price[j] == 0 for mentors with
/// capacity left, all duals >= 0. By LP duality a pair (i, j) outside the
/// graph cannot improve the matching when value(i, j) <= profit[i] + price[j].
struct FlowSolution {
    std::vector<int> mentor_of;   ///< per mentee, -1 when unmatched
    std::vector<int64_t> profit;  ///< per mentee
    std::vector<int64_t> price;   ///< per mentor
};

/// Maximum-value b-matching of `graph` under `capacity` (exact; LEMON's
/// network simplex). Throws std::logic_error if the dual certificate does
/// not check, which would be a bug.
FlowSolution max_value_matching(const SparseGraph& graph, const std::vector<int>& capacity);

/// Re-optimises `solution` after arcs were appended to `graph`: `solution`
/// must be optimal, with its certificate, for the graph without them. Warm
/// successive shortest paths; cheap when few mentees gained arcs that beat
/// their current duals. Gives up, leaving `solution` unchanged and returning
/// false, once its searches have settled more than `budget` nodes.
bool repair_matching(const SparseGraph& graph, const std::vector<int>& capacity, FlowSolution& solution,
                     int64_t budget);

/// Throws std::logic_error unless `s` is a feasible b-matching of `graph`
/// and its duals certify it optimal (see FlowSolution). Every solution is
/// checked: the verification of absent pairs relies on the duals.
void check_certificate(const SparseGraph& graph, const std::vector<int>& capacity, const FlowSolution& s);

/// Fills matched and total_score from mentor_of and the chosen pair scores.
void tally(Assignment& result, const std::vector<int64_t>& chosen_score);

}  // namespace mentor::detail
