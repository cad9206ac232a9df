// solve_optimal: exact maximum-value assignment without the dense matrix.
//
// 1. Scan every row once: each mentee's top-K mentors and each mentor's top
//    mentees make a sparse graph (assignment_candidates.cpp).
// 2. Solve the b-matching exactly on that graph (network simplex). Its dual
//    gives every mentee a profit and every mentor a price.
// 3. Rescan the rows: by LP duality a pair outside the graph can only improve
//    the optimum if value > profit + price. Add each row's worst violators
//    and re-optimise: warm (shortest augmenting paths from the previous
//    solution) when few mentees gained arcs, from scratch otherwise. Repeat
//    until no row has a violator; the sparse optimum is then optimal over
//    every feasible pair, and the duals are the proof.
//
// A row is rescanned only when its last proof may have expired: the scan
// records the pairs it left out with the least slack, each with its mentor,
// and the least slack of the others; later, the slack of a recorded pair has
// fallen by exactly the fall of the mentee's profit plus the fall of its
// mentor's price, and that of any other by at most the fall of the profit
// plus the largest fall of any price. A rescan skipped this way would have
// found no violator, so the graph, the solves and the answer are those of
// rescanning every row. Rows whose feasible pairs are all in the graph are
// never rescanned.

#include "matching/engine/internal.hpp"
#include "mentor/core/i18n.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace mentor {

namespace {

using detail::Candidate;

/// Maps a score to the integer value the flow maximises, so that the first
/// criterion of the objective dominates the second.
struct ValueScale {
    int64_t per_score = 1;  // value = per_score * score + base
    int64_t base = 1;

    ValueScale(Objective objective, int64_t max_score, int64_t max_matches) {
        if (objective == Objective::Coverage) {
            // One more match outweighs the largest total score.
            base = max_score * max_matches + 1;
        } else {
            // One more score unit outweighs every difference in match counts.
            per_score = max_matches + 1;
        }
    }
    int64_t operator()(int64_t score) const { return per_score * score + base; }
};

/// Violators added per row and round: the worst ones carry the most
/// information, the rest usually disappear when the duals move.
constexpr size_t kAddPerRow = 8;

/// Up to this many mentees gaining arcs, a warm repair (about one shortest
/// path search each) beats a network simplex solve from scratch.
int warm_limit(int mentees) { return std::max(64, mentees / 8); }

/// Pairs left out whose slack a proof keeps one by one.
constexpr size_t kNearPerRow = 64;

/// A pair left out of the graph, and its slack (profit + price - value).
struct Slack {
    int64_t slack;
    int mentor;
};

/// What the last scan of a row proved.
struct Proof {
    int epoch = -1;      // index of the duals it was checked against; -1: never
    int64_t profit = 0;  // the mentee's profit in those duals
    int64_t floor = 0;   // least slack of the pairs left out and not in `near`
    std::vector<Slack> near;  // the up to kNearPerRow pairs left out with the least slack
};

/// Finds a scan's Proof::near and Proof::floor in a row of slacks (kNone
/// where no pair is left out): the kNearPerRow least, and the next one.
/// Without sorting the row: the least slack of each block of 16 bounds the
/// selection, since the (kNearPerRow + 1)-th least of those minima is at
/// least the (kNearPerRow + 1)-th least slack; only the few slacks up to it
/// are collected and selected among.
class SlackKeeper {
public:
    static constexpr int64_t kNone = std::numeric_limits<int64_t>::max();

    void keep(std::span<const int64_t> slack, Proof& proof) {
        constexpr size_t kBlock = 16;
        minima_.clear();
        for (size_t begin = 0; begin < slack.size(); begin += kBlock) {
            int64_t least = kNone;
            for (size_t j = begin, end = std::min(slack.size(), begin + kBlock); j < end; ++j)
                least = std::min(least, slack[j]);
            minima_.push_back(least);
        }
        int64_t bound = kNone;
        if (minima_.size() > kNearPerRow) {
            std::nth_element(minima_.begin(), minima_.begin() + kNearPerRow, minima_.end());
            bound = minima_[kNearPerRow];
        }
        near_.clear();
        for (size_t j = 0; j < slack.size(); ++j)
            if (slack[j] <= bound && slack[j] != kNone) near_.push_back({slack[j], static_cast<int>(j)});
        auto by_slack = [](const Slack& x, const Slack& y) { return x.slack != y.slack ? x.slack < y.slack : x.mentor < y.mentor; };
        proof.floor = std::numeric_limits<int64_t>::max() / 4;
        if (near_.size() > kNearPerRow) {
            std::nth_element(near_.begin(), near_.begin() + kNearPerRow, near_.end(), by_slack);
            proof.floor = near_[kNearPerRow].slack;
            near_.resize(kNearPerRow);
        }
        std::sort(near_.begin(), near_.end(), by_slack);
        proof.near.assign(near_.begin(), near_.end());
    }

private:
    std::vector<int64_t> minima_;
    std::vector<Slack> near_;
};

/// The slack (profit + price - value) of every pair of `row` that is
/// feasible and not `closed`, kNone for the others; returns the least. The
/// pricing scan's hot loop, branch-free so that it vectorises (AVX2 where the
/// processor has it).
#if defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__)
__attribute__((target_clones("avx2", "default")))
#endif
int64_t left_out_slacks(std::span<const int64_t> row, const std::vector<char>& closed, int64_t profit,
                        const std::vector<int64_t>& price, const ValueScale& value, std::vector<int64_t>& slack) {
    const ValueScale v = value;  // a copy: the stores below cannot alias it
    const int64_t* __restrict score = row.data();
    const char* __restrict shut = closed.data();
    const int64_t* __restrict cost = price.data();
    int64_t* __restrict out = slack.data();
    int64_t least = SlackKeeper::kNone;
    for (size_t j = 0, m = row.size(); j < m; ++j) {
        const int64_t s = profit + cost[j] - v(score[j]);
        const int64_t keep = -static_cast<int64_t>((score[j] >= 0) & (shut[j] == 0));  // all ones or zero
        const int64_t x = (s & keep) | (SlackKeeper::kNone & ~keep);
        out[j] = x;
        least = least < x ? least : x;
    }
    return least;
}

/// A violating pair; worst first, ties in the fixed pseudo-random order.
struct Violation {
    int64_t excess;  // value - profit - price
    uint32_t tie;
    int mentor;
    bool operator<(const Violation& o) const {
        if (excess != o.excess) return excess > o.excess;
        if (tie != o.tie) return tie < o.tie;
        return mentor < o.mentor;
    }
};

detail::SparseGraph build_graph(const std::vector<std::vector<Candidate>>& arcs, const ValueScale& value) {
    detail::SparseGraph g;
    size_t total = 0;
    for (const auto& r : arcs) total += r.size();
    g.begin.reserve(arcs.size() + 1);
    g.mentor.reserve(total);
    g.value.reserve(total);
    for (const auto& r : arcs) {
        for (const auto& c : r) {
            g.mentor.push_back(c.mentor);
            g.value.push_back(value(c.score));
        }
        g.begin.push_back(static_cast<int>(g.mentor.size()));
    }
    return g;
}

/// The pricing rounds of step 3: which rows to rescan, their violators, and
/// the arcs they add to the graph.
struct Pricing {
    const AssignmentProblem& problem;
    const std::vector<char>& usable;
    const ValueScale& value;
    std::vector<std::vector<Candidate>>& arcs;
    const std::vector<int>& feasible;
    std::vector<int> open;  // rows with feasible pairs outside the graph
    std::vector<Proof> proof;
    std::vector<std::vector<int64_t>> epoch_prices;  // the prices each scan round checked against
    std::vector<std::vector<Candidate>> added;
    std::vector<std::vector<char>> closed_of;  // per worker: 1 for the mentors without seats and those of the row's arcs
    std::vector<std::vector<Violation>> worst_of;
    std::vector<std::vector<int64_t>> slack_row;
    std::vector<SlackKeeper> slack_of;

    Pricing(const AssignmentProblem& p, const std::vector<char>& u, const ValueScale& v,
            std::vector<std::vector<Candidate>>& a, const std::vector<int>& f, int threads)
        : problem(p), usable(u), value(v), arcs(a), feasible(f), proof(p.mentees), added(p.mentees),
          closed_of(threads), worst_of(threads),
          slack_row(threads, std::vector<int64_t>(p.mentors)), slack_of(threads) {
        for (int i = 0; i < p.mentees; ++i)
            if (feasible[i] > static_cast<int>(arcs[i].size())) open.push_back(i);
        for (auto& closed : closed_of)
            for (char seats : usable) closed.push_back(!seats);
    }

    /// The open rows whose last proof may have expired under `flow`'s duals.
    std::vector<int> rows_to_rescan(const detail::FlowSolution& flow) const {
        std::vector<int64_t> drop(epoch_prices.size(), 0);  // largest price fall since each epoch
        for (size_t e = 0; e < epoch_prices.size(); ++e)
            for (int j = 0; j < problem.mentors; ++j)
                if (usable[j]) drop[e] = std::min(drop[e], flow.price[j] - epoch_prices[e][j]);
        std::vector<int> scan;
        for (int i : open) {
            const Proof& pr = proof[i];
            if (pr.epoch < 0) {
                scan.push_back(i);
                continue;
            }
            int64_t least = pr.floor + drop[pr.epoch];
            const auto& then = epoch_prices[pr.epoch];
            for (const auto& s : pr.near) least = std::min(least, s.slack + (flow.price[s.mentor] - then[s.mentor]));
            if (least + (flow.profit[i] - pr.profit) < 0) scan.push_back(i);
        }
        return scan;
    }

    /// Rescans `scan` in parallel: each row's worst violators go to added[i],
    /// and its new proof to proof[i].
    void find_violators(const std::vector<int>& scan, const detail::FlowSolution& flow, int threads,
                        const Progress& progress) {
        const int epoch = static_cast<int>(epoch_prices.size());
        epoch_prices.push_back(flow.price);
        detail::for_each_row(problem, scan, threads, [&](int worker, int i, std::span<const int64_t> row) {
            auto& closed = closed_of[worker];
            auto& viol = worst_of[worker];  // the kAddPerRow worst violators, sorted
            auto& slack = slack_row[worker];
            // Every pair left out of the graph with its slack; the others kNone.
            for (const auto& c : arcs[i]) closed[c.mentor] = 1;
            const int64_t least = left_out_slacks(row, closed, flow.profit[i], flow.price, value, slack);
            for (const auto& c : arcs[i]) closed[c.mentor] = !usable[c.mentor];
            // The violators (negative slack), the worst kept; the others
            // stay in the row, for the proof.
            viol.clear();
            for (int j = 0; least < 0 && j < problem.mentors; ++j) {
                if (slack[j] >= 0) continue;
                const Violation v{-slack[j], detail::tie_rank(i, j), j};
                if (viol.size() == kAddPerRow) {
                    if (!(v < viol.back())) continue;
                    viol.pop_back();
                }
                viol.insert(std::upper_bound(viol.begin(), viol.end(), v), v);
            }
            added[i].clear();
            for (const auto& v : viol) {
                added[i].push_back({row[v.mentor], v.mentor});
                slack[v.mentor] = SlackKeeper::kNone;
            }
            proof[i].epoch = epoch;
            proof[i].profit = flow.profit[i];
            slack_of[worker].keep(slack, proof[i]);
        }, progress, tr("mentees checked"));
    }

    /// Moves the violators found into the graph's arcs; the number of rows
    /// that grew.
    int grow(const std::vector<int>& scan, AssignmentStats& stats) {
        int grown = 0;
        for (int i : scan) {
            if (added[i].empty()) continue;
            ++grown;
            stats.pairs_added += static_cast<int64_t>(added[i].size());
            arcs[i].insert(arcs[i].end(), added[i].begin(), added[i].end());
            std::sort(arcs[i].begin(), arcs[i].end(), detail::better);
            added[i].clear();
        }
        std::erase_if(open, [&](int i) { return feasible[i] == static_cast<int>(arcs[i].size()); });
        return grown;
    }
};

/// Re-optimises on the grown graph: warm when few rows grew, unless the
/// searches turn out to wander (plateaus of tied scores): past a budget
/// comparable to the cost of a solve from scratch, solve from scratch.
void reoptimise(const detail::SparseGraph& graph, const std::vector<int>& capacity, int grown, int mentees,
                int mentors, detail::FlowSolution& flow, AssignmentStats& stats) {
    ++stats.solves;
    const int64_t budget = 4 * (static_cast<int64_t>(graph.mentor.size()) + mentees + mentors);
    if (grown <= warm_limit(mentees) && detail::repair_matching(graph, capacity, flow, budget)) {
        detail::check_certificate(graph, capacity, flow);
        ++stats.warm_solves;
    } else {
        flow = detail::max_value_matching(graph, capacity);
    }
}

}  // namespace

Assignment solve_optimal(const AssignmentProblem& problem, Objective objective, const AssignmentOptions& options) {
    detail::validate(problem);
    const int n = problem.mentees, m = problem.mentors;
    const int threads = detail::thread_count(options);
    Assignment result;
    result.mentor_of.assign(n, -1);

    std::vector<char> usable(m, 0);
    int64_t seats = 0;
    for (int j = 0; j < m; ++j) {
        usable[j] = problem.capacity[j] > 0;
        seats += problem.capacity[j];
    }
    if (n == 0 || seats == 0) return result;

    // 1. The sparse graph. The defaults: the column candidates already reach
    // the mentors nobody ranks high, so a few per mentee suffice; more only
    // slow the solves.
    detail::InitialSizes sizes;
    if (options.candidates > 0) sizes = {static_cast<size_t>(options.candidates), options.candidates, 0};
    detail::InitialGraph initial = detail::initial_graph(problem, usable, sizes, threads, options.progress);
    result.stats.rows_scored += n;
    std::vector<std::vector<Candidate>>& arcs = initial.arcs;

    const int64_t max_matches = std::min<int64_t>(n, seats);
    // Potentials of the network simplex reach about (nodes x largest value)
    // beyond LEMON's artificial cost of 2^62: stay well inside int64.
    const double worst = (static_cast<double>(initial.max_score) + 1) * (static_cast<double>(max_matches) + 2) *
                         (static_cast<double>(n) + m + 2);
    if (worst > std::ldexp(1.0, 60))
        throw std::invalid_argument(tr("assignment: problem too large for exact integer arithmetic"));
    const ValueScale value(objective, initial.max_score, max_matches);

    // 2. Its exact solution.
    detail::SparseGraph graph = build_graph(arcs, value);
    detail::FlowSolution flow = detail::max_value_matching(graph, problem.capacity);
    ++result.stats.solves;

    // 3. Pricing rounds until every pair outside the graph is priced out.
    Pricing pricing(problem, usable, value, arcs, initial.feasible, threads);
    for (;;) {
        std::vector<int> scan = pricing.rows_to_rescan(flow);
        if (scan.empty()) break;
        pricing.find_violators(scan, flow, threads, options.progress);
        result.stats.rows_scored += static_cast<int64_t>(scan.size());
        int grown = pricing.grow(scan, result.stats);
        if (grown == 0) continue;  // the rescans only renewed proofs
        graph = build_graph(arcs, value);
        reoptimise(graph, problem.capacity, grown, n, m, flow, result.stats);
    }

    std::vector<int64_t> chosen(n, 0);
    for (int i = 0; i < n; ++i) {
        result.mentor_of[i] = flow.mentor_of[i];
        result.stats.graph_pairs += static_cast<int64_t>(arcs[i].size());
        for (const auto& c : arcs[i])
            if (c.mentor == flow.mentor_of[i]) chosen[i] = c.score;
    }
    detail::tally(result, chosen);
    return result;
}

}  // namespace mentor
