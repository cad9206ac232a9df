// solve_stable: mentee-proposing deferred acceptance with capacities.
//
// Full preference lists would be mentees x mentors entries, so each mentee
// holds only its next few choices and rescans its row when they run out. A
// rescan skips mentors that are full with mentees they rank above this one:
// in mentee-proposing deferred acceptance a full mentor only ever trades up,
// so such a mentor would reject the proposal anyway.
//
// With strict rankings the mentee-optimal stable matching is unique, so the
// order in which proposals are processed (and the thread count) cannot
// change the result.

#include "matching/engine/internal.hpp"
#include "mentor/core/i18n.hpp"

#include <climits>
#include <deque>

namespace mentor {

namespace {

using detail::Candidate;

/// How a mentor ranks a mentee: lower is better, compared lexicographically.
struct MentorKey {
    int listed = INT_MAX;  // position in mentor_prefers, INT_MAX when not listed
    int64_t score = 0;     // compared descending
    int mentee = 0;        // lower index wins ties

    bool operator<(const MentorKey& o) const {
        if (listed != o.listed) return listed < o.listed;
        if (score != o.score) return score > o.score;
        return mentee < o.mentee;
    }
};

/// A mentee's upcoming choices and where its next rescan resumes.
struct Choices {
    std::vector<Candidate> queue;  // best first: listed mentors, then by score
    size_t next = 0;
    std::vector<int> listed;  // mentors taken from mentee_prefers
    Candidate resume{};       // last candidate taken from the score order
    bool started = false;     // resume is meaningful
    bool exhausted = false;   // no mentor left beyond `queue`
    size_t batch = 0;         // size of the next rescan; grows for deep searchers
};

/// Choices fetched by a mentee's first scan, and the most fetched by one
/// refill (refills double up to it; it bounds the memory of deep searchers).
constexpr size_t kFirstBatch = 32;
constexpr size_t kMaxBatch = 128;

class Stable {
public:
    Stable(const AssignmentProblem& p, const AssignmentOptions& options)
        : p_(p),
          n_(p.mentees),
          m_(p.mentors),
          threads_(detail::thread_count(options)),
          progress_(options.progress),
          batch_(options.candidates > 0 ? static_cast<size_t>(options.candidates) : kFirstBatch),
          choices_(n_),
          seats_(m_),
          listed_by_(m_),
          scratch_(threads_),
          marks_(threads_, std::vector<char>(m_, 0)),
          row_(m_) {
        for (int j = 0; j < m_ && !p.mentor_prefers.empty(); ++j) {
            auto& pos = listed_by_[j];
            const auto& list = p.mentor_prefers[j];
            for (int r = 0; r < static_cast<int>(list.size()); ++r) pos.push_back({list[r], r});
            // Keep the first position of a repeated mentee.
            std::stable_sort(pos.begin(), pos.end(), [](auto a, auto b) { return a.first < b.first; });
            pos.erase(std::unique(pos.begin(), pos.end(), [](auto a, auto b) { return a.first == b.first; }),
                      pos.end());
        }
    }

    Assignment run() {
        Assignment result;
        result.mentor_of.assign(n_, -1);
        std::vector<int> all(n_);
        for (int i = 0; i < n_; ++i) all[i] = i;
        detail::for_each_row(p_, all, threads_,
                             [&](int worker, int i, std::span<const int64_t> row) { fill(i, row, true, worker); },
                             progress_, tr("mentees scored"));
        result.stats.rows_scored += n_;

        std::deque<int> free(all.begin(), all.end());
        while (!free.empty()) {
            int i = free.front();
            free.pop_front();
            propose(i, result, free);
        }

        std::vector<int64_t> chosen(n_, 0);
        for (int j = 0; j < m_; ++j)
            for (const auto& h : seats_[j]) chosen[h.mentee] = h.score;
        detail::tally(result, chosen);
        return result;
    }

private:
    int listed_position(int mentor, int mentee) const {
        const auto& pos = listed_by_[mentor];
        auto it = std::lower_bound(pos.begin(), pos.end(), std::pair<int, int>{mentee, INT_MIN});
        return it != pos.end() && it->first == mentee ? it->second : INT_MAX;
    }

    bool full(int mentor) const { return static_cast<int>(seats_[mentor].size()) >= p_.capacity[mentor]; }

    /// Whether `mentor` would reject mentee i (with this score) right now,
    /// and therefore forever: a full mentor only ever trades up.
    bool rejects(int mentor, int mentee, int64_t score) const {
        if (p_.capacity[mentor] == 0) return true;
        if (!full(mentor)) return false;
        MentorKey key{listed_position(mentor, mentee), score, mentee};
        return !(key < seats_[mentor].front());
    }

    /// Refills mentee i's queue from its score row: on the first call its
    /// listed mentors, then its best others; later, the next best after
    /// the last one taken, skipping mentors that would reject it. Writes
    /// only the mentee's own Choices and the worker's scratch space.
    void fill(int i, std::span<const int64_t> row, bool first, int worker) {
        Choices& c = choices_[i];
        std::vector<char>& mark = marks_[worker];
        c.queue.clear();
        c.next = 0;
        if (first) {
            c.batch = batch_;
            if (!p_.mentee_prefers.empty())
                for (int j : p_.mentee_prefers[i]) {
                    if (row[j] < 0 || p_.capacity[j] == 0 || mark[j]) continue;
                    mark[j] = 1;
                    c.listed.push_back(j);
                    c.queue.push_back({row[j], j});
                }
        } else {
            for (int j : c.listed) mark[j] = 1;
            // A mentee that needs another rescan is searching deep: fetch
            // more each time, so that a deep search costs few rescans.
            c.batch = std::min<size_t>(c.batch * 2, kMaxBatch);
        }
        auto keep = [&](int j, int64_t s) { return !mark[j] && !rejects(j, i, s); };
        const size_t before = c.queue.size();
        detail::select_best(row, c.batch, c.started ? &c.resume : nullptr, keep, scratch_[worker], c.queue);
        for (int j : c.listed) mark[j] = 0;
        const size_t got = c.queue.size() - before;
        c.exhausted = got < c.batch;
        if (got > 0) {
            c.resume = c.queue.back();
            c.started = true;
        }
    }

    /// A later refill runs at once on this thread: it then sees which
    /// mentors are full right now, which skips far more of them than a
    /// batch of refills in parallel would.
    void refill(int i, AssignmentStats& stats) {
        p_.score_row(i, row_);
        detail::check_row(i, row_);
        ++stats.rows_scored;
        fill(i, row_, false, 0);
    }

    /// Mentee i proposes down its choices (refilling them as needed) until
    /// a mentor holds it or none is left.
    void propose(int i, Assignment& result, std::deque<int>& free) {
        Choices& c = choices_[i];
        for (;;) {
            if (c.next == c.queue.size()) {
                if (c.exhausted) return;
                refill(i, result.stats);
                continue;
            }
            const Candidate cand = c.queue[c.next++];
            const int j = cand.mentor;
            ++result.stats.proposals;
            MentorKey key{listed_position(j, i), cand.score, i};
            auto& held = seats_[j];
            if (!full(j)) {
                held.push_back(key);
                std::push_heap(held.begin(), held.end());
            } else if (key < held.front()) {
                std::pop_heap(held.begin(), held.end());
                const int evicted = held.back().mentee;
                held.back() = key;
                std::push_heap(held.begin(), held.end());
                result.mentor_of[evicted] = -1;
                free.push_back(evicted);
            } else {
                continue;
            }
            result.mentor_of[i] = j;
            return;
        }
    }

    const AssignmentProblem& p_;
    const int n_, m_, threads_;
    const Progress& progress_;
    const size_t batch_;
    std::vector<Choices> choices_;
    std::vector<std::vector<MentorKey>> seats_;                // max-heap: front is the worst held mentee
    std::vector<std::vector<std::pair<int, int>>> listed_by_;  // per mentor: (mentee, position), sorted
    std::vector<std::vector<Candidate>> scratch_;              // per worker
    std::vector<std::vector<char>> marks_;                     // per worker: mentors listed by the row's mentee
    std::vector<int64_t> row_;                                 // for refills
};

}  // namespace

Assignment solve_stable(const AssignmentProblem& problem, const AssignmentOptions& options) {
    detail::validate(problem);
    if (problem.mentees == 0 || problem.mentors == 0) {
        Assignment empty;
        empty.mentor_of.assign(problem.mentees, -1);
        return empty;
    }
    return Stable(problem, options).run();
}

}  // namespace mentor
