// Exact maximum-value b-matching of a sparse bipartite graph, via LEMON's
// network simplex, with its dual certificate checked before it is trusted.

// LEMON's only non-template symbol that the headers below need is
// lemon::INVALID; this switch defines it in the header, so the library does
// not have to link liblemon.
#define LEMON_ONLY_TEMPLATES
// GCC reports false -Wmaybe-uninitialized positives inside LEMON's graph
// storage (and the standard headers it pulls in first) in optimised
// sanitizer builds; they are not about this code.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>
#pragma GCC diagnostic pop

#include "matching/engine/internal.hpp"

#include <algorithm>
#include <stdexcept>

namespace mentor::detail {

FlowSolution max_value_matching(const SparseGraph& graph, const std::vector<int>& capacity) {
    using Digraph = lemon::SmartDigraph;
    const int n = static_cast<int>(graph.begin.size()) - 1;
    const int m = static_cast<int>(capacity.size());
    const int arcs = static_cast<int>(graph.mentor.size());

    // Nodes: mentees, mentors, one sink. Every mentee supplies one unit that
    // reaches the sink either through a mentor (cost -value) or through its
    // own "unmatched" arc (cost 0). The unmatched arcs keep the problem
    // feasible and make the duals read directly as profits and prices.
    // A mentee's arcs get a bound above its supply of 1, so the bound never
    // binds: a saturated arc would carry its own dual and hide part of the
    // mentee's profit from the node potentials.
    constexpr int kLoose = 2;
    Digraph g;
    g.reserveNode(n + m + 1);
    g.reserveArc(arcs + n + m);
    std::vector<Digraph::Node> node(n + m + 1);
    for (auto& v : node) v = g.addNode();
    const Digraph::Node sink = node[n + m];

    Digraph::ArcMap<int> upper(g);
    Digraph::ArcMap<int64_t> cost(g);
    Digraph::NodeMap<int> supply(g, 0);
    std::vector<Digraph::Arc> pair_arc(arcs);
    for (int i = 0; i < n; ++i) {
        supply[node[i]] = 1;
        for (int a = graph.begin[i]; a < graph.begin[i + 1]; ++a) {
            auto arc = g.addArc(node[i], node[n + graph.mentor[a]]);
            upper[arc] = kLoose;
            cost[arc] = -graph.value[a];
            pair_arc[a] = arc;
        }
    }
    for (int i = 0; i < n; ++i) {
        auto arc = g.addArc(node[i], sink);
        upper[arc] = kLoose;
        cost[arc] = 0;
    }
    for (int j = 0; j < m; ++j) {
        auto arc = g.addArc(node[n + j], sink);
        upper[arc] = capacity[j];
        cost[arc] = 0;
    }
    supply[sink] = -n;

    lemon::NetworkSimplex<Digraph, int, int64_t> simplex(g);
    simplex.upperMap(upper).costMap(cost).supplyMap(supply);
    if (simplex.run() != decltype(simplex)::OPTIMAL)
        throw std::logic_error("assignment: min-cost flow did not reach an optimum");

    // LEMON's potentials satisfy cost(u,v) + pi(u) - pi(v) >= 0 on arcs with
    // residual capacity; measured from the sink they become profits and prices.
    // Complementary slackness only bounds an unmatched mentee's profit and a
    // non-full mentor's price from above by 0; raising them to 0 keeps the
    // certificate valid and makes it as strong as possible for absent pairs.
    FlowSolution out;
    out.mentor_of.assign(n, -1);
    out.profit.resize(n);
    out.price.resize(m);
    const int64_t pi_sink = simplex.potential(sink);
    for (int i = 0; i < n; ++i) out.profit[i] = std::max<int64_t>(0, simplex.potential(node[i]) - pi_sink);
    for (int j = 0; j < m; ++j) out.price[j] = std::max<int64_t>(0, pi_sink - simplex.potential(node[n + j]));
    for (int i = 0; i < n; ++i)
        for (int a = graph.begin[i]; a < graph.begin[i + 1]; ++a)
            if (simplex.flow(pair_arc[a]) > 0) out.mentor_of[i] = graph.mentor[a];

    check_certificate(graph, capacity, out);
    return out;
}

void check_certificate(const SparseGraph& graph, const std::vector<int>& capacity, const FlowSolution& s) {
    // Dual feasibility, complementary slackness and primal feasibility: the
    // verification of absent pairs relies on these duals, so a slip anywhere
    // must fail loudly rather than "prove" a wrong optimum.
    const int n = static_cast<int>(graph.begin.size()) - 1;
    const int m = static_cast<int>(capacity.size());
    auto fail = [] { throw std::logic_error("assignment: internal error, invalid optimality certificate"); };
    std::vector<int> load(m, 0);
    for (int i = 0; i < n; ++i) {
        const int64_t u = s.profit[i];
        const int chosen = s.mentor_of[i];
        if (u < 0 || (chosen < 0 && u != 0)) fail();
        bool found = chosen < 0;
        for (int a = graph.begin[i]; a < graph.begin[i + 1]; ++a) {
            const int j = graph.mentor[a];
            const int64_t slack = u + s.price[j] - graph.value[a];
            if (slack < 0) fail();
            if (j == chosen) {
                if (slack != 0) fail();
                found = true;
            }
        }
        if (!found) fail();
        if (chosen >= 0) ++load[chosen];
    }
    for (int j = 0; j < m; ++j) {
        const int64_t p = s.price[j];
        if (p < 0 || (p > 0 && load[j] < capacity[j]) || load[j] > capacity[j]) fail();
    }
}

}  // namespace mentor::detail
