// Benchmark of the matching engine on realistic synthetic cohorts.
//
//   bench_assignment [--size small|large|all] [--dump-scores FILE]
//
// small = 2,000 mentees x 500 mentors, large = 20,000 x 5,000; every mentor
// has capacity 4, so the large market has exactly one seat per mentee.
// People get a few skills from a vocabulary of 60 with Zipf-like popularity
// (so a few mentors are wanted by everyone), one or two of 6 languages (about
// 10% of pairs share none: infeasible), interests and a timezone. A score is
// weighted skill coverage + shared interests + timezone closeness + noise,
// in thousandths (0..~950).
//
// Prints one row per size: time, matched count and total score of optimal
// (both objectives), stable and greedy, and the peak RSS of the process.
// --dump-scores writes the dense score matrix of the (single) size run as
// CSV: a first line "capacity,c0,c1,...", then one line per mentee with one
// score per mentor (-1 = infeasible), for a cross-check with scipy.

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "mentor/matching/assignment.hpp"

namespace {

constexpr int kSkills = 60;
constexpr int kLanguages = 6;  // bit 0 is the common language
constexpr int kInterests = 40;
constexpr int kWants = 3;
constexpr int kOffers = 5;

/// splitmix64: portable and deterministic across standard libraries.
struct Rng {
    uint64_t state;
    explicit Rng(uint64_t seed) : state(seed) {}
    uint64_t next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return static_cast<int>(next() % static_cast<uint64_t>(n)); }
};

/// Skills drawn with Zipf-like popularity: skill k has weight 1/(k+1).
struct Zipf {
    std::vector<double> cumulative;
    Zipf() {
        double sum = 0;
        for (int k = 0; k < kSkills; ++k) cumulative.push_back(sum += 1.0 / (k + 1));
        for (double& c : cumulative) c /= sum;
    }
    int draw(Rng& rng) const {
        return static_cast<int>(std::lower_bound(cumulative.begin(), cumulative.end() - 1, rng.unit()) -
                                cumulative.begin());
    }
    /// `count` distinct skills.
    std::vector<int> distinct(Rng& rng, int count) const {
        std::vector<int> out;
        while (static_cast<int>(out.size()) < count) {
            int s = draw(rng);
            if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
        }
        return out;
    }
};

/// Portable popcount: std::popcount becomes a library call without -mpopcnt.
inline int bits(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return static_cast<int>((x * 0x0101010101010101ull) >> 56);
}

uint32_t languages(Rng& rng, double common) {
    uint32_t mask = rng.unit() < common ? 1u : 0u;
    if (mask == 0 || rng.unit() < 0.4) mask |= 1u << (1 + rng.below(kLanguages - 1));
    return mask;
}

uint64_t interests(Rng& rng) {
    uint64_t mask = 0;
    for (int k = 0; k < 4; ++k) mask |= 1ull << rng.below(kInterests);
    return mask;
}

/// A synthetic cohort, laid out so that a score row is a few linear passes.
struct Cohort {
    int mentees = 0, mentors = 0;
    std::vector<std::array<int, kWants>> wants;  // per mentee: skills, priority 3, 2, 1
    std::vector<uint32_t> mentee_lang, mentor_lang;
    std::vector<uint64_t> mentee_int, mentor_int;
    std::vector<int> mentee_tz, mentor_tz;
    std::vector<uint8_t> level;  // [skill * mentors + mentor], 0 = not offered

    Cohort(int n, int m, uint64_t seed) : mentees(n), mentors(m), level(static_cast<size_t>(kSkills) * m, 0) {
        Rng rng(seed);
        Zipf zipf;
        for (int i = 0; i < n; ++i) {
            auto s = zipf.distinct(rng, kWants);
            wants.push_back({s[0], s[1], s[2]});
            mentee_lang.push_back(languages(rng, 0.85));
            mentee_int.push_back(interests(rng));
            mentee_tz.push_back(rng.below(10) - 3);
        }
        for (int j = 0; j < m; ++j) {
            for (int s : zipf.distinct(rng, kOffers))
                level[static_cast<size_t>(s) * m + j] = static_cast<uint8_t>(1 + rng.below(5));
            mentor_lang.push_back(languages(rng, 0.92));
            mentor_int.push_back(interests(rng));
            mentor_tz.push_back(rng.below(10) - 3);
        }
    }

    void score_row(int i, std::span<int64_t> out) const {
        const uint8_t* l0 = &level[static_cast<size_t>(wants[i][0]) * mentors];
        const uint8_t* l1 = &level[static_cast<size_t>(wants[i][1]) * mentors];
        const uint8_t* l2 = &level[static_cast<size_t>(wants[i][2]) * mentors];
        const uint32_t lang = mentee_lang[i];
        const uint64_t inter = mentee_int[i];
        const int tz = mentee_tz[i];
        for (int j = 0; j < mentors; ++j) {
            if ((lang & mentor_lang[j]) == 0) {
                out[j] = mentor::kInfeasible;
                continue;
            }
            int coverage = 3 * l0[j] + 2 * l1[j] + l2[j];  // 0..30
            int shared = std::min(3, bits(inter & mentor_int[j]));
            int closeness = std::max(0, 100 - 20 * std::abs(tz - mentor_tz[j]));
            uint32_t h = static_cast<uint32_t>(i) * 0x9E3779B1u ^ static_cast<uint32_t>(j) * 0x85EBCA77u;
            h ^= h >> 15;
            h *= 0x2C1B3C6Du;
            h ^= h >> 12;
            out[j] = 20 * coverage + 50 * shared + closeness + static_cast<int>(h % 100);
        }
    }
};

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

long peak_rss_mb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;  // Linux reports kilobytes
}

struct Timed {
    mentor::Assignment result;
    double seconds = 0;
};

Timed timed(const std::function<mentor::Assignment()>& solve) {
    auto start = std::chrono::steady_clock::now();
    Timed t{solve(), 0};
    t.seconds = seconds_since(start);
    return t;
}

void dump(const Cohort& c, const mentor::AssignmentProblem& p, const std::string& file) {
    std::ofstream out(file);
    out << "capacity";
    for (int cap : p.capacity) out << ',' << cap;
    out << '\n';
    std::vector<int64_t> row(c.mentors);
    for (int i = 0; i < c.mentees; ++i) {
        c.score_row(i, row);
        for (int j = 0; j < c.mentors; ++j) out << (j ? "," : "") << row[j];
        out << '\n';
    }
    if (!out) throw std::runtime_error("cannot write " + file);
}

void run(const char* name, int n, int m, const std::string& dump_file) {
    const Cohort cohort(n, m, 0x5EED0000ull + static_cast<uint64_t>(n));
    mentor::AssignmentProblem p;
    p.mentees = n;
    p.mentors = m;
    p.capacity.assign(m, 4);
    p.score_row = [&cohort](int i, std::span<int64_t> out) { cohort.score_row(i, out); };
    if (!dump_file.empty()) dump(cohort, p, dump_file);

    Timed cov = timed([&] { return mentor::solve_optimal(p, mentor::Objective::Coverage); });
    Timed score = timed([&] { return mentor::solve_optimal(p, mentor::Objective::Score); });
    Timed stable = timed([&] { return mentor::solve_stable(p); });
    Timed greedy = timed([&] { return mentor::solve_greedy(p); });

    auto cell = [](const Timed& t) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%6.2fs %6d %11lld", t.seconds, t.result.matched,
                      static_cast<long long>(t.result.total_score));
        return std::string(buf);
    };
    std::printf("%-6s %6dx%-5d | %s | %s | %s | %s | %5ld MB\n", name, n, m, cell(cov).c_str(), cell(score).c_str(),
                cell(stable).c_str(), cell(greedy).c_str(), peak_rss_mb());
    const auto& cs = cov.result.stats;
    const auto& ss = score.result.stats;
    std::printf(
        "#      coverage: %d solves (%d warm), %lld arcs, %lld added, %lld rows; score: %d solves (%d warm), "
        "%lld arcs, %lld added, %lld rows; stable: %lld proposals, %lld rows; greedy: %lld rows\n",
        cs.solves, cs.warm_solves, static_cast<long long>(cs.graph_pairs), static_cast<long long>(cs.pairs_added),
        static_cast<long long>(cs.rows_scored), ss.solves, ss.warm_solves, static_cast<long long>(ss.graph_pairs),
        static_cast<long long>(ss.pairs_added), static_cast<long long>(ss.rows_scored),
        static_cast<long long>(stable.result.stats.proposals), static_cast<long long>(stable.result.stats.rows_scored),
        static_cast<long long>(greedy.result.stats.rows_scored));
    std::fflush(stdout);
}

int usage() {
    std::fprintf(stderr, "usage: bench_assignment [--size small|large|all] [--dump-scores FILE]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string size = "all", dump_file;
    for (int a = 1; a < argc; ++a) {
        if (!std::strcmp(argv[a], "--size") && a + 1 < argc) {
            size = argv[++a];
        } else if (!std::strcmp(argv[a], "--dump-scores") && a + 1 < argc) {
            dump_file = argv[++a];
        } else {
            return usage();
        }
    }
    if (size != "small" && size != "large" && size != "all") return usage();
    if (size == "all" && !dump_file.empty()) {
        std::fprintf(stderr, "bench_assignment: --dump-scores needs --size small or --size large\n");
        return 2;
    }
    std::printf("%-19s | %-26s | %-26s | %-26s | %-26s | %s\n", "size", "optimal/coverage", "optimal/score", "stable",
                "greedy", "peak RSS");
    std::printf("%-19s | %-26s | %-26s | %-26s | %-26s |\n", "", "  time matched       total",
                "  time matched       total", "  time matched       total", "  time matched       total");
    try {
        if (size != "large") run("small", 2000, 500, dump_file);
        if (size != "small") run("large", 20000, 5000, dump_file);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_assignment: %s\n", e.what());
        return 1;
    }
    return 0;
}
