// The first pass of solve_optimal: one scan of every row builds the initial
// sparse graph from each mentee's best mentors and each mentor's best
// mentees.
//
// Rows alone are not enough: when everybody ranks the same popular mentors
// first, the mentors nobody ranks high would have no arc at all, and the
// verification loop would have to discover them pair by pair. Each mentor
// therefore also brings its own top few mentees (a few per seat).
//
// Ties are ordered by a fixed hash of the pair, not by index: with equal
// scores, "lower index first" would hand every mentee the same few mentors
// and every mentor the same few mentees, a graph with almost no room.

#include "matching/engine/internal.hpp"
#include "mentor/core/i18n.hpp"

#include <limits>

namespace mentor::detail {

namespace {

/// Score and tie rank in one integer, higher is better. Scores are at most
/// kMaxScore < 2^31, so keys stay below 2^63.
int64_t key_of(int64_t score, uint32_t tie) { return score << 32 | static_cast<int64_t>(tie); }

/// The largest key a score can have: when even that does not beat the bar,
/// the pair's hash need not be computed, which is most of the time.
int64_t best_key_of(int64_t score) { return score << 32 | 0xFFFFFFFFll; }

/// The best `keep` entries offered so far, by key, best first. Entries come
/// in increasing index order, so on equal keys (a hash collision) the lower
/// index stays, as the order requires.
class TopKeys {
public:
    explicit TopKeys(size_t keep = 0) : keep_(keep), bar_(keep > 0 ? -1 : kNever) {}

    bool wants(int64_t score) const { return best_key_of(score) > bar_; }

    void add(int64_t key, int index) {
        if (key <= bar_) return;
        if (list_.size() == keep_) list_.pop_back();
        const Candidate c{key, index};
        list_.insert(std::upper_bound(list_.begin(), list_.end(), c, better), c);
        if (list_.size() == keep_) bar_ = list_.back().score;
    }

    void clear() {
        list_.clear();
        bar_ = keep_ > 0 ? -1 : kNever;
    }
    size_t keep() const { return keep_; }
    const std::vector<Candidate>& list() const { return list_; }

private:
    static constexpr int64_t kNever = std::numeric_limits<int64_t>::max();
    size_t keep_;
    int64_t bar_;  // a key must beat this to enter: the worst kept once full
    std::vector<Candidate> list_;
};

/// One worker's column pass: per mentor, its best mentees among the rows
/// this worker scanned (TopKeys rules, with the bars in one array because
/// every pair of every row checks one).
class ColumnTops {
public:
    ColumnTops(const std::vector<int>& capacity, int mentees, const InitialSizes& sizes)
        : keep_(capacity.size(), 0), bar_(capacity.size(), kNever), list_(capacity.size()) {
        for (size_t j = 0; j < capacity.size(); ++j) {
            const int64_t keep =
                capacity[j] > 0 ? static_cast<int64_t>(sizes.per_seat) * capacity[j] + sizes.per_mentor : 0;
            keep_[j] = static_cast<size_t>(std::min<int64_t>(mentees, keep));
            if (keep_[j] > 0) bar_[j] = -1;
        }
    }

    bool wants(int mentor, int64_t score) const { return best_key_of(score) > bar_[mentor]; }

    void add(int mentor, int64_t key, int mentee) {
        if (key <= bar_[mentor]) return;
        auto& list = list_[mentor];
        if (list.size() == keep_[mentor]) list.pop_back();
        const Candidate c{key, mentee};  // in columns, `mentor` holds the mentee
        list.insert(std::upper_bound(list.begin(), list.end(), c, better), c);
        if (list.size() == keep_[mentor]) bar_[mentor] = list.back().score;
    }

    size_t mentors() const { return keep_.size(); }
    size_t keep(size_t mentor) const { return keep_[mentor]; }
    const std::vector<Candidate>& list(size_t mentor) const { return list_[mentor]; }

private:
    static constexpr int64_t kNever = std::numeric_limits<int64_t>::max();
    std::vector<size_t> keep_;
    std::vector<int64_t> bar_;
    std::vector<std::vector<Candidate>> list_;
};

/// Adds every mentor's overall best mentees (over all workers) to their rows.
void merge_columns(const std::vector<ColumnTops>& columns, InitialGraph& graph) {
    std::vector<Candidate> all;
    std::vector<char> touched(graph.arcs.size(), 0);
    for (size_t j = 0; j < columns.front().mentors(); ++j) {
        all.clear();
        for (const auto& worker : columns) all.insert(all.end(), worker.list(j).begin(), worker.list(j).end());
        std::sort(all.begin(), all.end(), better);
        all.resize(std::min(all.size(), columns.front().keep(j)));
        for (const auto& c : all) {
            auto& arcs = graph.arcs[c.mentor];  // in columns, `mentor` holds the mentee
            const int mentor = static_cast<int>(j);
            if (std::any_of(arcs.begin(), arcs.end(), [&](const Candidate& a) { return a.mentor == mentor; })) continue;
            arcs.push_back({c.score >> 32, mentor});
            touched[c.mentor] = 1;
        }
    }
    for (size_t i = 0; i < graph.arcs.size(); ++i)
        if (touched[i]) std::sort(graph.arcs[i].begin(), graph.arcs[i].end(), better);
}

}  // namespace

uint32_t tie_rank(int mentee, int mentor) {
    uint64_t h = (static_cast<uint64_t>(static_cast<uint32_t>(mentee)) << 32 | static_cast<uint32_t>(mentor)) *
                 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    h ^= h >> 32;
    return static_cast<uint32_t>(h);
}

InitialGraph initial_graph(const AssignmentProblem& problem, const std::vector<char>& usable, const InitialSizes& sizes,
                           int threads, const Progress& progress) {
    const int n = problem.mentees, m = problem.mentors;
    InitialGraph graph;
    graph.arcs.resize(n);
    graph.feasible.assign(n, 0);
    std::vector<int64_t> row_max(n, -1);
    std::vector<int> all(n);
    for (int i = 0; i < n; ++i) all[i] = i;
    // A sorted buffer for the usual few candidates per row; a test asking
    // for hundreds gets collect-and-select instead.
    const bool small = sizes.per_mentee <= 64;
    std::vector<TopKeys> row_tops(threads, TopKeys(small ? sizes.per_mentee : 0));
    std::vector<std::vector<Candidate>> collected(threads);
    std::vector<ColumnTops> columns(threads, ColumnTops(problem.capacity, n, sizes));
    for_each_row(problem, all, threads, [&](int worker, int i, std::span<const int64_t> row) {
        TopKeys& top = row_tops[worker];
        ColumnTops& col = columns[worker];
        auto& every = collected[worker];
        top.clear();
        every.clear();
        int feasible = 0;
        int64_t best = -1;
        for (int j = 0; j < m; ++j) {
            const int64_t s = row[j];
            if (s < 0 || !usable[j]) continue;
            ++feasible;
            best = std::max(best, s);
            const bool for_row = small ? top.wants(s) : true;
            if (!for_row && !col.wants(j, s)) continue;
            const int64_t key = key_of(s, tie_rank(i, j));
            if (!small)
                every.push_back({key, j});
            else if (for_row)
                top.add(key, j);
            col.add(j, key, i);
        }
        graph.feasible[i] = feasible;
        row_max[i] = best;
        auto& arcs = graph.arcs[i];
        if (small) {
            arcs = top.list();
        } else {
            const size_t k = std::min(sizes.per_mentee, every.size());
            std::nth_element(every.begin(), every.begin() + static_cast<std::ptrdiff_t>(k), every.end(), better);
            arcs.assign(every.begin(), every.begin() + static_cast<std::ptrdiff_t>(k));
        }
        for (auto& c : arcs) c.score >>= 32;
        std::sort(arcs.begin(), arcs.end(), better);
    }, progress, tr("mentees scored"));
    merge_columns(columns, graph);
    for (int64_t s : row_max) graph.max_score = std::max(graph.max_score, s);
    return graph;
}

}  // namespace mentor::detail
