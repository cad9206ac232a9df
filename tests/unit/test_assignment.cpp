// Tests of the matching engine against independent dense references:
// brute force for optimal, textbook dense deferred acceptance and a blocking
// pair checker for stable, a full sort for greedy.

#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

#include "mentor/matching/assignment.hpp"

using mentor::Assignment;
using mentor::AssignmentOptions;
using mentor::AssignmentProblem;
using mentor::kInfeasible;
using mentor::Objective;

namespace {

/// A small portable PRNG (std distributions differ between libraries).
struct Rng {
    uint64_t state;
    explicit Rng(uint64_t seed) : state(seed * 0x9E3779B97F4A7C15ull + 1) {}
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
};

/// A problem backed by a dense matrix, as the tests know every score.
struct Dense {
    std::vector<std::vector<int64_t>> score;  // [mentee][mentor]
    AssignmentProblem problem;

    Dense(std::vector<std::vector<int64_t>> s, std::vector<int> capacity) : score(std::move(s)) {
        problem.mentees = static_cast<int>(score.size());
        problem.mentors = static_cast<int>(capacity.size());
        problem.capacity = std::move(capacity);
        problem.score_row = [this](int i, std::span<int64_t> out) {
            std::copy(score[i].begin(), score[i].end(), out.begin());
        };
    }
    Dense(const Dense&) = delete;  // score_row captures this
    int n() const { return problem.mentees; }
    int m() const { return problem.mentors; }
    bool ok(int i, int j) const { return score[i][j] != kInfeasible && problem.capacity[j] > 0; }
};

std::unique_ptr<Dense> random_dense(Rng& rng, int n, int m, int max_cap, int max_score, int infeasible_pct) {
    std::vector<std::vector<int64_t>> s(n, std::vector<int64_t>(m));
    for (auto& row : s)
        for (auto& x : row) x = rng.below(100) < infeasible_pct ? kInfeasible : rng.below(max_score + 1);
    std::vector<int> cap(m);
    for (auto& c : cap) c = rng.below(max_cap + 1);
    return std::make_unique<Dense>(std::move(s), std::move(cap));
}

/// Checks that `a` is a valid assignment of `d` with consistent totals.
void check_valid(const Dense& d, const Assignment& a) {
    REQUIRE(a.mentor_of.size() == static_cast<size_t>(d.n()));
    std::vector<int> load(d.m(), 0);
    int matched = 0;
    int64_t total = 0;
    for (int i = 0; i < d.n(); ++i) {
        int j = a.mentor_of[i];
        if (j < 0) continue;
        REQUIRE(j < d.m());
        CHECK(d.ok(i, j));
        ++load[j];
        ++matched;
        total += d.score[i][j];
    }
    for (int j = 0; j < d.m(); ++j) CHECK(load[j] <= d.problem.capacity[j]);
    CHECK(a.matched == matched);
    CHECK(a.total_score == total);
}

/// Best (matched, score) pairs under both objectives, by exhaustive search.
struct Brute {
    std::pair<int, int64_t> coverage{0, 0};  // (matched, score) maximised in that order
    std::pair<int64_t, int> score{0, 0};     // (score, matched) maximised in that order
};

void brute_rec(const Dense& d, int i, std::vector<int>& load, int matched, int64_t total, Brute& best) {
    if (i == d.n()) {
        best.coverage = std::max(best.coverage, {matched, total});
        best.score = std::max(best.score, {total, matched});
        return;
    }
    brute_rec(d, i + 1, load, matched, total, best);
    for (int j = 0; j < d.m(); ++j) {
        if (!d.ok(i, j) || load[j] >= d.problem.capacity[j]) continue;
        ++load[j];
        brute_rec(d, i + 1, load, matched + 1, total + d.score[i][j], best);
        --load[j];
    }
}

Brute brute_force(const Dense& d) {
    Brute best;
    std::vector<int> load(d.m(), 0);
    brute_rec(d, 0, load, 0, 0, best);
    return best;
}

/// Full ranking lists by the documented rule: listed entries first, then
/// score descending, then lower index; only feasible pairs.
std::vector<int> ranking(const std::vector<int>& listed, const std::vector<int64_t>& scores,
                         const std::vector<bool>& feasible) {
    std::vector<int> out;
    std::vector<bool> seen(scores.size(), false);
    for (int x : listed)
        if (feasible[x] && !seen[x]) {
            seen[x] = true;
            out.push_back(x);
        }
    std::vector<int> rest;
    for (int x = 0; x < static_cast<int>(scores.size()); ++x)
        if (feasible[x] && !seen[x]) rest.push_back(x);
    std::stable_sort(rest.begin(), rest.end(), [&](int a, int b) { return scores[a] > scores[b]; });
    out.insert(out.end(), rest.begin(), rest.end());
    return out;
}

struct Rankings {
    std::vector<std::vector<int>> mentee_rank;  // [i][j] = position, INT_MAX when unacceptable
    std::vector<std::vector<int>> mentor_rank;  // [j][i]
    std::vector<std::vector<int>> mentee_list;  // [i] = mentors in order
};

Rankings rankings(const Dense& d) {
    Rankings r;
    r.mentee_rank.assign(d.n(), std::vector<int>(d.m(), INT_MAX));
    r.mentor_rank.assign(d.m(), std::vector<int>(d.n(), INT_MAX));
    const auto& p = d.problem;
    for (int i = 0; i < d.n(); ++i) {
        std::vector<bool> f(d.m());
        for (int j = 0; j < d.m(); ++j) f[j] = d.ok(i, j);
        auto list = ranking(p.mentee_prefers.empty() ? std::vector<int>{} : p.mentee_prefers[i], d.score[i], f);
        for (int k = 0; k < static_cast<int>(list.size()); ++k) r.mentee_rank[i][list[k]] = k;
        r.mentee_list.push_back(list);
    }
    for (int j = 0; j < d.m(); ++j) {
        std::vector<int64_t> col(d.n());
        std::vector<bool> f(d.n());
        for (int i = 0; i < d.n(); ++i) {
            col[i] = d.score[i][j];
            f[i] = d.ok(i, j);
        }
        auto list = ranking(p.mentor_prefers.empty() ? std::vector<int>{} : p.mentor_prefers[j], col, f);
        for (int k = 0; k < static_cast<int>(list.size()); ++k) r.mentor_rank[j][list[k]] = k;
    }
    return r;
}

/// Counts blocking pairs: feasible (i, j) where i prefers j to its match (or
/// is unmatched) and j has a free seat or prefers i to one of its mentees.
int blocking_pairs(const Dense& d, const Assignment& a) {
    Rankings r = rankings(d);
    std::vector<int> load(d.m(), 0), worst(d.m(), -1);
    for (int i = 0; i < d.n(); ++i) {
        int j = a.mentor_of[i];
        if (j < 0) continue;
        ++load[j];
        worst[j] = std::max(worst[j], r.mentor_rank[j][i]);
    }
    int blocking = 0;
    for (int i = 0; i < d.n(); ++i)
        for (int j = 0; j < d.m(); ++j) {
            if (!d.ok(i, j) || a.mentor_of[i] == j) continue;
            bool mentee_wants = a.mentor_of[i] < 0 || r.mentee_rank[i][j] < r.mentee_rank[i][a.mentor_of[i]];
            bool mentor_wants = load[j] < d.problem.capacity[j] || r.mentor_rank[j][i] < worst[j];
            blocking += mentee_wants && mentor_wants;
        }
    return blocking;
}

/// Textbook dense mentee-proposing deferred acceptance.
std::vector<int> reference_stable(const Dense& d) {
    Rankings r = rankings(d);
    std::vector<int> mentor_of(d.n(), -1), next(d.n(), 0);
    std::vector<std::vector<int>> held(d.m());
    std::vector<int> free;
    for (int i = d.n() - 1; i >= 0; --i) free.push_back(i);
    while (!free.empty()) {
        int i = free.back();
        free.pop_back();
        if (next[i] >= static_cast<int>(r.mentee_list[i].size())) continue;
        int j = r.mentee_list[i][next[i]++];
        held[j].push_back(i);
        mentor_of[i] = j;
        if (static_cast<int>(held[j].size()) > d.problem.capacity[j]) {
            auto w = std::max_element(held[j].begin(), held[j].end(),
                                      [&](int a, int b) { return r.mentor_rank[j][a] < r.mentor_rank[j][b]; });
            mentor_of[*w] = -1;
            free.push_back(*w);
            held[j].erase(w);
        }
    }
    return mentor_of;
}

/// Greedy by a full sort of every feasible pair.
std::vector<int> reference_greedy(const Dense& d) {
    std::vector<std::tuple<int64_t, int, int>> pairs;
    for (int i = 0; i < d.n(); ++i)
        for (int j = 0; j < d.m(); ++j)
            if (d.ok(i, j)) pairs.emplace_back(-d.score[i][j], i, j);
    std::sort(pairs.begin(), pairs.end());
    std::vector<int> mentor_of(d.n(), -1), load(d.m(), 0);
    for (auto [s, i, j] : pairs)
        if (mentor_of[i] < 0 && load[j] < d.problem.capacity[j]) {
            mentor_of[i] = j;
            ++load[j];
        }
    return mentor_of;
}

/// Random prefers lists, including infeasible entries and repeats.
void add_random_prefers(Rng& rng, Dense& d) {
    auto& p = d.problem;
    p.mentee_prefers.assign(d.n(), {});
    p.mentor_prefers.assign(d.m(), {});
    for (auto& list : p.mentee_prefers)
        for (int k = rng.below(4); k > 0 && d.m() > 0; --k) list.push_back(rng.below(d.m()));
    for (auto& list : p.mentor_prefers)
        for (int k = rng.below(4); k > 0 && d.n() > 0; --k) list.push_back(rng.below(d.n()));
}

}  // namespace

TEST_CASE("assignment: optimal equals brute force on small random instances") {
    Rng rng(20240601);
    const int max_scores[] = {0, 1, 3, 1000};
    for (int round = 0; round < 400; ++round) {
        CAPTURE(round);
        auto d = random_dense(rng, rng.below(7), rng.below(5), 3, max_scores[round % 4], rng.below(70));
        const Brute best = brute_force(*d);
        for (AssignmentOptions opt : {AssignmentOptions{}, AssignmentOptions{1, 1}}) {
            Assignment cov = mentor::solve_optimal(d->problem, Objective::Coverage, opt);
            check_valid(*d, cov);
            CHECK(std::pair<int, int64_t>{cov.matched, cov.total_score} == best.coverage);
            Assignment sc = mentor::solve_optimal(d->problem, Objective::Score, opt);
            check_valid(*d, sc);
            CHECK(std::pair<int64_t, int>{sc.total_score, sc.matched} == best.score);
        }
    }
}

TEST_CASE("assignment: stable has no blocking pair and is mentee-optimal") {
    Rng rng(7);
    for (int round = 0; round < 400; ++round) {
        CAPTURE(round);
        auto d = random_dense(rng, rng.below(7), rng.below(5), 3, round % 2 ? 3 : 1000, rng.below(60));
        if (round % 3 != 0) add_random_prefers(rng, *d);
        const std::vector<int> expected = reference_stable(*d);
        for (AssignmentOptions opt : {AssignmentOptions{}, AssignmentOptions{1, 1}}) {
            Assignment a = mentor::solve_stable(d->problem, opt);
            check_valid(*d, a);
            CHECK(blocking_pairs(*d, a) == 0);
            CHECK(a.mentor_of == expected);
        }
    }
}

TEST_CASE("assignment: greedy follows the sorted order and never beats optimal") {
    Rng rng(99);
    for (int round = 0; round < 400; ++round) {
        CAPTURE(round);
        auto d = random_dense(rng, rng.below(7), rng.below(5), 3, round % 2 ? 2 : 1000, rng.below(60));
        const std::vector<int> expected = reference_greedy(*d);
        const Assignment best = mentor::solve_optimal(d->problem, Objective::Score);
        for (AssignmentOptions opt : {AssignmentOptions{}, AssignmentOptions{1, 1}}) {
            Assignment a = mentor::solve_greedy(d->problem, opt);
            check_valid(*d, a);
            CHECK(a.mentor_of == expected);
            CHECK(a.total_score <= best.total_score);
        }
    }
}

TEST_CASE("assignment: coverage and score objectives differ as documented") {
    // Mentee 0 scores 10 with mentor 0 and 0 with mentor 1; mentee 1 can only
    // take mentor 0, for 3. Coverage matches both (0 + 3); Score takes the 10.
    Dense d({{10, 0}, {3, kInfeasible}}, {1, 1});
    Assignment cov = mentor::solve_optimal(d.problem, Objective::Coverage);
    CHECK(cov.mentor_of == std::vector<int>{1, 0});
    CHECK(cov.matched == 2);
    CHECK(cov.total_score == 3);
    Assignment sc = mentor::solve_optimal(d.problem, Objective::Score);
    CHECK(sc.mentor_of == std::vector<int>{0, -1});
    CHECK(sc.total_score == 10);
}

TEST_CASE("assignment: zero-score pairs count for coverage and break no rule") {
    Dense d({{0, kInfeasible}, {kInfeasible, 0}, {0, 0}}, {1, 1});
    Assignment cov = mentor::solve_optimal(d.problem, Objective::Coverage);
    CHECK(cov.matched == 2);
    CHECK(cov.total_score == 0);
    check_valid(d, cov);
    // Under Score, extra matches are the documented tie-break.
    Assignment sc = mentor::solve_optimal(d.problem, Objective::Score);
    CHECK(sc.matched == 2);
}

TEST_CASE("assignment: stable follows prefers lists before scores") {
    // Mentee 0 lists mentor 1 first although mentor 0 scores higher; mentor 1
    // lists mentee 1 first although mentee 0 scores higher with it.
    Dense d({{90, 10}, {50, 5}}, {1, 1});
    d.problem.mentee_prefers = {{1}, {}};
    d.problem.mentor_prefers = {{}, {1}};
    Assignment a = mentor::solve_stable(d.problem);
    // Mentee 0 proposes to mentor 1 (listed), mentee 1 to mentor 0 (score);
    // nobody is rejected, so that is the mentee-optimal stable matching.
    CHECK(a.mentor_of == std::vector<int>{1, 0});
    CHECK(blocking_pairs(d, a) == 0);
    // Without the mentee's list, both want mentor 0, which keeps mentee 0.
    d.problem.mentee_prefers.clear();
    a = mentor::solve_stable(d.problem);
    CHECK(a.mentor_of == std::vector<int>{0, 1});
    // A listed but infeasible mentor is ignored.
    d.score[0][1] = kInfeasible;
    d.problem.mentee_prefers = {{1, 1, 0}, {}};
    a = mentor::solve_stable(d.problem);
    CHECK(a.mentor_of == std::vector<int>{0, 1});
    CHECK(blocking_pairs(d, a) == 0);
}

TEST_CASE("assignment: solving twice, or with other thread counts, gives identical output") {
    Rng rng(5);
    auto d = random_dense(rng, 150, 40, 3, 4, 30);  // few distinct scores: many ties
    add_random_prefers(rng, *d);
    for (Objective obj : {Objective::Coverage, Objective::Score}) {
        Assignment a = mentor::solve_optimal(d->problem, obj);
        Assignment b = mentor::solve_optimal(d->problem, obj);
        Assignment c = mentor::solve_optimal(d->problem, obj, {.threads = 1});
        Assignment e = mentor::solve_optimal(d->problem, obj, {.threads = 3});
        CHECK(a.mentor_of == b.mentor_of);
        CHECK(a.mentor_of == c.mentor_of);
        CHECK(a.mentor_of == e.mentor_of);
    }
    CHECK(mentor::solve_stable(d->problem).mentor_of == mentor::solve_stable(d->problem, {.threads = 1}).mentor_of);
    CHECK(mentor::solve_greedy(d->problem).mentor_of == mentor::solve_greedy(d->problem, {.threads = 1}).mentor_of);
}

TEST_CASE("assignment: progress is heard from the caller's thread, each phase up to its total, and changes nothing") {
    Rng rng(11);
    auto d = random_dense(rng, 300, 60, 3, 50, 20);
    struct Heard {
        std::string what;
        size_t done, total;
        bool caller;
    };
    for (int algorithm = 0; algorithm < 3; ++algorithm) {
        std::vector<Heard> heard;
        const auto caller = std::this_thread::get_id();
        AssignmentOptions options{.threads = 2};
        options.progress = [&](const char* what, size_t done, size_t total) {
            heard.push_back({what, done, total, std::this_thread::get_id() == caller});
        };
        auto solve = [&](const AssignmentOptions& o) {
            return algorithm == 0   ? mentor::solve_optimal(d->problem, Objective::Coverage, o)
                   : algorithm == 1 ? mentor::solve_stable(d->problem, o)
                                    : mentor::solve_greedy(d->problem, o);
        };
        INFO("algorithm " << algorithm);
        CHECK(solve(options).mentor_of == solve({.threads = 2}).mentor_of);
        REQUIRE(!heard.empty());
        // Every mentee is scored first; the optimal solver then checks rows.
        CHECK(heard.front().what == "mentees scored");
        CHECK(heard.front().total == 300u);
        for (size_t k = 0; k < heard.size(); ++k) {
            CHECK(heard[k].caller);
            CHECK(heard[k].done <= heard[k].total);
            const bool last_of_phase = k + 1 == heard.size() || heard[k + 1].done < heard[k].done ||
                                       heard[k + 1].what != heard[k].what || heard[k + 1].total != heard[k].total;
            if (last_of_phase) CHECK(heard[k].done == heard[k].total);
            if (heard[k].what != "mentees scored") CHECK(heard[k].what == "mentees checked");
        }
        if (algorithm == 0)
            CHECK(std::any_of(heard.begin(), heard.end(), [](const Heard& h) { return h.what == "mentees checked"; }));
    }
}

TEST_CASE("assignment: empty and degenerate problems") {
    auto all = [](const AssignmentProblem& p) {
        std::vector<Assignment> out;
        out.push_back(mentor::solve_optimal(p, Objective::Coverage));
        out.push_back(mentor::solve_optimal(p, Objective::Score));
        out.push_back(mentor::solve_stable(p));
        out.push_back(mentor::solve_greedy(p));
        return out;
    };
    SUBCASE("no mentees") {
        Dense d({}, {1, 2});
        for (const auto& a : all(d.problem)) CHECK((a.mentor_of.empty() && a.matched == 0));
    }
    SUBCASE("no mentors") {
        Dense d({{}, {}}, {});
        for (const auto& a : all(d.problem)) CHECK((a.mentor_of == std::vector<int>{-1, -1} && a.matched == 0));
    }
    SUBCASE("all capacities zero") {
        Dense d({{5, 6}, {7, 8}}, {0, 0});
        for (const auto& a : all(d.problem)) CHECK((a.mentor_of == std::vector<int>{-1, -1} && a.total_score == 0));
    }
    SUBCASE("all pairs infeasible") {
        Dense d({{kInfeasible, kInfeasible}, {kInfeasible, kInfeasible}}, {3, 3});
        for (const auto& a : all(d.problem)) CHECK((a.mentor_of == std::vector<int>{-1, -1} && a.matched == 0));
    }
    SUBCASE("default-constructed problem") {
        AssignmentProblem p;
        for (const auto& a : all(p)) CHECK(a.mentor_of.empty());
    }
}

TEST_CASE("assignment: sparse graph plus verification equals the dense solve") {
    Rng rng(42);
    // Correlated scores (a popular mentor is popular with everyone) make a
    // one-candidate graph far from optimal, so verification must add pairs.
    const int n = 300, m = 80;
    std::vector<int> appeal(m), cap(m);
    for (int j = 0; j < m; ++j) {
        appeal[j] = rng.below(500);
        cap[j] = rng.below(5);
    }
    std::vector<std::vector<int64_t>> s(n, std::vector<int64_t>(m));
    for (auto& row : s)
        for (int j = 0; j < m; ++j) row[j] = rng.below(10) == 0 ? kInfeasible : appeal[j] + rng.below(300);
    Dense d(std::move(s), std::move(cap));
    for (Objective obj : {Objective::Coverage, Objective::Score}) {
        CAPTURE(obj == Objective::Coverage);
        Assignment dense = mentor::solve_optimal(d.problem, obj, {.candidates = m});
        CHECK(dense.stats.pairs_added == 0);
        // One candidate each: most rows grow, so the graph is re-solved
        // from scratch.
        Assignment scratch = mentor::solve_optimal(d.problem, obj, {.candidates = 1});
        check_valid(d, scratch);
        CHECK(scratch.stats.pairs_added > 0);
        CHECK(scratch.stats.solves > 1);
        CHECK(scratch.stats.warm_solves < scratch.stats.solves - 1);
        CHECK(scratch.matched == dense.matched);
        CHECK(scratch.total_score == dense.total_score);
        // Two each: few rows grow, so the previous solution is repaired.
        Assignment warm = mentor::solve_optimal(d.problem, obj, {.candidates = 2});
        check_valid(d, warm);
        CHECK(warm.stats.pairs_added > 0);
        CHECK(warm.stats.warm_solves >= 1);
        CHECK(warm.matched == dense.matched);
        CHECK(warm.total_score == dense.total_score);
    }
    CHECK(mentor::solve_stable(d.problem, {.candidates = 2}).mentor_of == reference_stable(d));
    CHECK(mentor::solve_greedy(d.problem, {.candidates = 2}).mentor_of == reference_greedy(d));
    // Refills must also keep the listed mentors first and skip them later.
    add_random_prefers(rng, d);
    Assignment stable = mentor::solve_stable(d.problem, {.candidates = 2});
    CHECK(stable.mentor_of == reference_stable(d));
    CHECK(blocking_pairs(d, stable) == 0);
}

TEST_CASE("assignment: sparse solves equal dense solves on tie-heavy random instances") {
    Rng rng(2024);
    for (int round = 0; round < 40; ++round) {
        CAPTURE(round);
        // Scores 0..2 make huge plateaus of equal reduced costs.
        auto d = random_dense(rng, 20 + rng.below(60), 5 + rng.below(20), 4, round % 2 ? 2 : 50, rng.below(50));
        for (Objective obj : {Objective::Coverage, Objective::Score}) {
            Assignment dense = mentor::solve_optimal(d->problem, obj, {.candidates = d->m()});
            for (int c : {1, 2}) {
                Assignment sparse = mentor::solve_optimal(d->problem, obj, {.candidates = c});
                check_valid(*d, sparse);
                CHECK(sparse.matched == dense.matched);
                CHECK(sparse.total_score == dense.total_score);
            }
        }
    }
}

TEST_CASE("assignment: bad input is refused and callback errors propagate") {
    Dense d({{1, 2}}, {1, 1});
    AssignmentProblem p = d.problem;
    p.capacity = {1};
    CHECK_THROWS_AS(mentor::solve_optimal(p, Objective::Score), std::invalid_argument);
    p = d.problem;
    p.capacity = {1, -1};
    CHECK_THROWS_AS(mentor::solve_greedy(p), std::invalid_argument);
    p = d.problem;
    p.mentee_prefers = {{2}};
    CHECK_THROWS_AS(mentor::solve_stable(p), std::invalid_argument);
    p = d.problem;
    p.score_row = [](int, std::span<int64_t> out) { std::fill(out.begin(), out.end(), -5); };
    CHECK_THROWS_AS(mentor::solve_optimal(p, Objective::Coverage), std::invalid_argument);
    p.score_row = [](int, std::span<int64_t>) { throw std::runtime_error("boom"); };
    CHECK_THROWS_WITH_AS(mentor::solve_stable(p), "boom", std::runtime_error);
    CHECK_THROWS_WITH_AS(mentor::solve_optimal(p, Objective::Score), "boom", std::runtime_error);
}
