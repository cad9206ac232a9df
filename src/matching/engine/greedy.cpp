// solve_greedy: feasible pairs best first (score descending, then lower
// mentee index, then lower mentor index); a pair is taken when its mentee is
// unmatched and its mentor has capacity left.
//
// Sorting all pairs would need the dense matrix. Instead every unmatched
// mentee keeps its own candidates in that order (a few at a time, rescanning
// its row when they run out), and a heap holds each mentee's best unexamined
// pair. The heap top is then the globally next pair of the full sorted order
// among those that can still be taken: pairs of matched mentees and of full
// mentors (who never free a seat) would be skipped by the definition anyway.

#include "matching/engine/internal.hpp"
#include "mentor/core/i18n.hpp"

#include <optional>
#include <queue>

namespace mentor {

namespace {

using detail::Candidate;

/// Candidates fetched by a mentee's first scan, and the most fetched by one
/// rescan (rescans double up to it; it bounds the memory of deep searchers).
constexpr size_t kFirstBatch = 32;
constexpr size_t kMaxBatch = 128;

struct Pending {
    int64_t score;
    int mentee;
    int mentor;
};

/// priority_queue puts the "largest" on top: make that the best pair.
struct WorseThan {
    bool operator()(const Pending& a, const Pending& b) const {
        if (a.score != b.score) return a.score < b.score;
        if (a.mentee != b.mentee) return a.mentee > b.mentee;
        return a.mentor > b.mentor;
    }
};

struct Choices {
    std::vector<Candidate> queue;  // upcoming candidates, best first
    size_t next = 0;
    size_t batch = 0;        // size of the next rescan; doubles for deep searchers
    bool exhausted = false;  // nothing beyond `queue`
};

/// Every mentee's candidates, best first, fetched a batch at a time.
class Candidates {
public:
    Candidates(const AssignmentProblem& problem, const std::vector<int>& load, AssignmentStats& stats)
        : problem_(problem), load_(load), stats_(stats), choices_(problem.mentees), row_(problem.mentors) {}

    /// The first scan, in parallel: every mentee's best candidates among the
    /// mentors with any capacity.
    void first_scan(size_t first_batch, int threads, const Progress& progress) {
        std::vector<int> all(problem_.mentees);
        for (int i = 0; i < problem_.mentees; ++i) all[i] = i;
        std::vector<std::vector<Candidate>> scratch(threads);
        detail::for_each_row(problem_, all, threads, [&](int worker, int i, std::span<const int64_t> row) {
            Choices& c = choices_[i];
            c.batch = first_batch;
            detail::select_best(
                row, c.batch, nullptr, [&](int j, int64_t) { return problem_.capacity[j] > 0; }, scratch[worker],
                c.queue);
            c.exhausted = c.queue.size() < c.batch;
        }, progress, tr("mentees scored"));
        stats_.rows_scored += problem_.mentees;
    }

    /// Mentee i's best candidate whose mentor still has room, if any.
    std::optional<Candidate> next(int i) {
        Choices& c = choices_[i];
        for (;;) {
            while (c.next < c.queue.size() && !open(c.queue[c.next].mentor)) ++c.next;
            if (c.next < c.queue.size()) return c.queue[c.next++];
            if (c.exhausted || c.queue.empty()) return std::nullopt;
            rescan(i);
        }
    }

    bool open(int j) const { return load_[j] < problem_.capacity[j]; }

private:
    // Later rescans are rare and depend on the order of events, so they run
    // on this thread, one row at a time, resuming after the last candidate.
    void rescan(int i) {
        Choices& c = choices_[i];
        const Candidate resume = c.queue.back();
        c.queue.clear();
        c.next = 0;
        c.batch = std::min<size_t>(c.batch * 2, kMaxBatch);
        problem_.score_row(i, row_);
        detail::check_row(i, row_);
        ++stats_.rows_scored;
        // Full mentors stay full, so they are dropped from the rescan.
        detail::select_best(
            row_, c.batch, &resume, [&](int j, int64_t) { return open(j); }, scratch_, c.queue);
        c.exhausted = c.queue.size() < c.batch;
    }

    const AssignmentProblem& problem_;
    const std::vector<int>& load_;
    AssignmentStats& stats_;
    std::vector<Choices> choices_;
    std::vector<int64_t> row_;
    std::vector<Candidate> scratch_;
};

}  // namespace

Assignment solve_greedy(const AssignmentProblem& problem, const AssignmentOptions& options) {
    detail::validate(problem);
    const int n = problem.mentees, m = problem.mentors;
    Assignment result;
    result.mentor_of.assign(n, -1);
    if (n == 0 || m == 0) return result;

    std::vector<int> load(m, 0);
    Candidates candidates(problem, load, result.stats);
    candidates.first_scan(options.candidates > 0 ? static_cast<size_t>(options.candidates) : kFirstBatch,
                          detail::thread_count(options), options.progress);

    // The heap holds each unmatched mentee's best pair still possible.
    std::priority_queue<Pending, std::vector<Pending>, WorseThan> heap;
    auto advance = [&](int i) {
        if (auto best = candidates.next(i)) heap.push({best->score, i, best->mentor});
    };
    for (int i = 0; i < n; ++i) advance(i);
    std::vector<int64_t> chosen(n, 0);
    while (!heap.empty()) {
        const Pending top = heap.top();
        heap.pop();
        ++result.stats.proposals;
        if (candidates.open(top.mentor)) {
            ++load[top.mentor];
            result.mentor_of[top.mentee] = top.mentor;
            chosen[top.mentee] = top.score;
        } else {
            advance(top.mentee);
        }
    }
    detail::tally(result, chosen);
    return result;
}

}  // namespace mentor
