// Warm re-optimisation of a b-matching after arcs were added to its graph.
//
// The network is the one of assignment_flow.cpp: mentee -> mentor (cost
// -value) -> sink, plus mentee -> sink ("unmatched", cost 0); node
// potentials pi give reduced costs rc(u, v) = cost + pi[u] - pi[v], and the
// flow is optimal when every residual arc has rc >= 0. Mentee arcs have no
// binding upper bound (supply 1), so matched arcs are tight both ways.
//
// A new arc with rc < 0 is fixed by raising its mentee's potential, which
// unmatches that mentee: an excess at the mentee and a deficit where its unit
// used to go (its mentor, or the sink). Successive shortest paths (Dijkstra
// on reduced costs) then move each excess to a deficit. When few arcs are
// added, this touches a small part of the graph, unlike a solve from scratch.

#include "matching/engine/internal.hpp"

#include <functional>
#include <limits>
#include <queue>
#include <stdexcept>

namespace mentor::detail {

namespace {

constexpr int64_t kFar = std::numeric_limits<int64_t>::max() / 4;

class Repair {
    using Heap = std::priority_queue<std::pair<int64_t, int>, std::vector<std::pair<int64_t, int>>,
                                     std::greater<std::pair<int64_t, int>>>;

public:
    Repair(const SparseGraph& g, const std::vector<int>& capacity, FlowSolution& s)
        : g_(g),
          cap_(capacity),
          s_(s),
          mentor_of_(s.mentor_of),
          n_(static_cast<int>(g.begin.size()) - 1),
          m_(static_cast<int>(capacity.size())),
          sink_(n_ + m_),
          pi_(n_ + m_ + 1, 0),
          matched_value_(n_, 0),
          bypass_pos_(n_, -1),
          flow_out_(m_, 0),
          held_(m_),
          deficit_(n_ + m_ + 1, 0),
          dist_(n_ + m_ + 1, kFar),
          parent_(n_ + m_ + 1, -1),
          parent_arc_(n_ + m_ + 1, -1),
          settled_(n_ + m_ + 1, 0) {
        for (int i = 0; i < n_; ++i) pi_[i] = s_.profit[i];
        for (int j = 0; j < m_; ++j) pi_[n_ + j] = -s_.price[j];
        for (int i = 0; i < n_; ++i) {
            const int j = mentor_of_[i];
            if (j < 0) {
                add_bypass(i);
                continue;
            }
            for (int a = g_.begin[i]; a < g_.begin[i + 1]; ++a)
                if (g_.mentor[a] == j) matched_value_[i] = g_.value[a];
            held_[j].push_back(i);
            ++flow_out_[j];
        }
    }

    /// Gives up (returning false, `s` untouched) once the searches have
    /// settled more than `budget` nodes.
    bool run(int64_t budget) {
        // Raise the potential of every mentee with a negative arc; its old
        // unit of flow can no longer stay where it was.
        for (int i = 0; i < n_; ++i) {
            int64_t need = pi_[sink_];
            for (int a = g_.begin[i]; a < g_.begin[i + 1]; ++a)
                need = std::max(need, g_.value[a] + pi_[n_ + g_.mentor[a]]);
            if (need <= pi_[i]) continue;
            pi_[i] = need;
            const int j = mentor_of_[i];
            if (j >= 0) {
                erase(held_[j], i);
                mentor_of_[i] = -1;
                ++deficit_[n_ + j];
            } else {
                remove_bypass(i);
                ++deficit_[sink_];
            }
            excess_.push_back(i);
        }
        // One source at a time: a search from every excess mentee at once
        // would pay for all their arcs before reaching anything.
        for (int source : excess_) {
            if (pops_ > budget) return false;
            augment(shortest_path(source));
        }
        s_.mentor_of = std::move(mentor_of_);
        for (int i = 0; i < n_; ++i) s_.profit[i] = std::max<int64_t>(0, pi_[i] - pi_[sink_]);
        for (int j = 0; j < m_; ++j) s_.price[j] = std::max<int64_t>(0, pi_[sink_] - pi_[n_ + j]);
        return true;
    }

private:
    static void erase(std::vector<int>& v, int x) {
        auto it = std::find(v.begin(), v.end(), x);
        *it = v.back();
        v.pop_back();
    }
    void add_bypass(int i) {
        bypass_pos_[i] = static_cast<int>(bypass_.size());
        bypass_.push_back(i);
    }
    void remove_bypass(int i) {
        const int pos = bypass_pos_[i];
        bypass_[pos] = bypass_.back();
        bypass_pos_[bypass_[pos]] = pos;
        bypass_.pop_back();
        bypass_pos_[i] = -1;
    }

    /// Returns true when `to` is a deficit reached at the current distance:
    /// nothing can beat it, so the search may stop without exploring the
    /// rest of a plateau of equal distances (common when scores tie).
    bool relax(int from, int to, int64_t d, int64_t rc, int arc, Heap& heap) {
        const int64_t nd = d + rc;
        if (settled_[to] || nd >= dist_[to]) return false;
        if (dist_[to] == kFar) touched_.push_back(to);
        dist_[to] = nd;
        parent_[to] = from;
        parent_arc_[to] = arc;
        if (nd == d && to >= n_ && deficit_[to] > 0) return true;
        heap.push({nd, to});
        return false;
    }

    /// Dijkstra from an excess mentee to the nearest deficit; updates the
    /// potentials so that every residual arc keeps rc >= 0 and the path
    /// found has rc == 0.
    int shortest_path(int source) {
        Heap heap;
        touched_.push_back(source);
        dist_[source] = 0;
        parent_[source] = -1;
        heap.push({0, source});
        int target = -1;
        while (target < 0 && !heap.empty()) {
            auto [d, u] = heap.top();
            heap.pop();
            if (settled_[u] || d > dist_[u]) continue;
            settled_[u] = 1;
            popped_.push_back(u);
            if (u >= n_ && deficit_[u] > 0) {
                target = u;
                break;
            }
            // Stop at the first deficit found at distance d; `hit` holds it.
            int hit = -1;
            // d and u copied in: clang 14 cannot capture structured bindings.
            auto reach = [&, d = d, u = u](int to, int64_t rc, int arc) {
                if (hit < 0 && relax(u, to, d, rc, arc, heap)) hit = to;
            };
            if (u < n_) {
                for (int a = g_.begin[u]; a < g_.begin[u + 1]; ++a) {
                    const int v = n_ + g_.mentor[a];
                    reach(v, -g_.value[a] + pi_[u] - pi_[v], a);
                }
                reach(sink_, pi_[u] - pi_[sink_], -1);
            } else if (u < sink_) {
                const int j = u - n_;
                for (int k : held_[j]) reach(k, matched_value_[k] - pi_[k] + pi_[u], -1);
                if (flow_out_[j] < cap_[j]) reach(sink_, pi_[u] - pi_[sink_], -1);
            } else {
                for (int k : bypass_) reach(k, pi_[u] - pi_[k], -1);
                for (int j = 0; j < m_ && hit < 0; ++j)
                    if (flow_out_[j] > 0) reach(n_ + j, pi_[u] - pi_[n_ + j], -1);
            }
            if (hit >= 0) {
                settled_[hit] = 1;
                popped_.push_back(hit);
                target = hit;
            }
        }
        pops_ += static_cast<int64_t>(popped_.size());
        // A deficit is always reachable: every mentee reaches the sink, and
        // the sink reaches every mentor that sends it flow.
        if (target < 0) throw std::logic_error("assignment: internal error, no augmenting path");
        // Nodes settled
        // closer than it move their potential so that rc >= 0 still holds
        // everywhere and the path found has rc == 0.
        const int64_t far = dist_[target];
        for (int v : popped_)
            if (dist_[v] < far) pi_[v] -= far - dist_[v];
        return target;
    }

    /// Moves one unit along the parent chain ending at `target`.
    void augment(int target) {
        --deficit_[target];
        for (int v = target; parent_[v] >= 0; v = parent_[v]) {
            const int u = parent_[v];
            if (u < n_ && v < sink_) {  // mentee -> mentor: match
                const int j = v - n_;
                mentor_of_[u] = j;
                matched_value_[u] = g_.value[parent_arc_[v]];
                held_[j].push_back(u);
            } else if (u < n_) {  // mentee -> sink: unmatched
                mentor_of_[u] = -1;
                add_bypass(u);
            } else if (u < sink_ && v < n_) {  // mentor -> its mentee: release (the mentee moves on)
                erase(held_[u - n_], v);
            } else if (u < sink_) {  // mentor -> sink
                ++flow_out_[u - n_];
            } else if (v < n_) {  // sink -> unmatched mentee: it moves on
                remove_bypass(v);
            } else {  // sink -> mentor
                --flow_out_[v - n_];
            }
        }
        for (int v : touched_) {
            dist_[v] = kFar;
            parent_[v] = -1;
            settled_[v] = 0;
        }
        touched_.clear();
        popped_.clear();
    }

    const SparseGraph& g_;
    const std::vector<int>& cap_;
    FlowSolution& s_;
    std::vector<int> mentor_of_;  // the work copy of s_.mentor_of
    const int n_, m_, sink_;      // node ids: mentees 0..n-1, mentors n..n+m-1, sink n+m
    std::vector<int64_t> pi_;
    std::vector<int64_t> matched_value_;    // per mentee: value of its matched arc
    std::vector<int> bypass_, bypass_pos_;  // unmatched mentees (flow on their own sink arc)
    std::vector<int> flow_out_;             // per mentor: flow on mentor -> sink
    std::vector<std::vector<int>> held_;    // per mentor: matched mentees
    std::vector<int> deficit_;              // per node
    std::vector<int> excess_;               // mentees whose unit has nowhere to go yet, by index
    std::vector<int64_t> dist_;
    std::vector<int> parent_, parent_arc_;
    std::vector<char> settled_;
    std::vector<int> touched_, popped_;
    int64_t pops_ = 0;  // nodes settled by all searches so far
};

}  // namespace

bool repair_matching(const SparseGraph& graph, const std::vector<int>& capacity, FlowSolution& solution,
                     int64_t budget) {
    return Repair(graph, capacity, solution).run(budget);
}

}  // namespace mentor::detail
