// bench_log [MENTOR] [SESSIONS] [RUNS]: how long `mentor log` takes on a
// records directory whose journal holds SESSIONS sessions (default 100,000),
// against the same people and pairs with an empty journal. Logging reads only
// the target pair's folder, so the two should be close (the bound: 1.2
// times; docs/performance.md). MENTOR defaults to the `mentor` binary beside this one.

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "bench_process.hpp"
#include "mentor/core/date.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/store/layout.hpp"


namespace {

namespace fs = std::filesystem;
using namespace mentor;

constexpr int kMentors = 500;
constexpr int kMenteesPerMentor = 2;
constexpr int kPairs = kMentors * kMenteesPerMentor;

std::string mentor_id(int i) { return "mentor-" + std::to_string(i); }
std::string mentee_id(int i) { return "mentee-" + std::to_string(i); }
std::string pair_id(int p) { return Pair::pair_id(mentor_id(p / kMenteesPerMentor), mentee_id(p)); }

double run_ms(const std::vector<std::string>& args) { return bench::run(args).ms; }

// People and pairs only (the same in both directories).
void make_records(const std::string& mentor, const fs::path& dir) {
    run_ms({mentor, "init", dir.string(), "-q"});
    for (int m = 0; m < kMentors; ++m) {
        Person p;
        p.id = mentor_id(m);
        p.name = "Mentor " + std::to_string(m);
        p.roles = {Role::Mentor};
        bench::write_text(dir / "people" / (p.id + ".yaml"), yaml::emit(write_person(p)));
    }
    for (int p = 0; p < kPairs; ++p) {
        Person person;
        person.id = mentee_id(p);
        person.name = "Mentee " + std::to_string(p);
        person.roles = {Role::Mentee};
        bench::write_text(dir / "people" / (person.id + ".yaml"), yaml::emit(write_person(person)));
        Pair pair;
        pair.mentor = mentor_id(p / kMenteesPerMentor);
        pair.mentee = person.id;
        pair.status = PairStatus::Active;
        pair.created = "2024-01-01";
        bench::write_text(dir / "pairs" / (pair.id() + ".yaml"), yaml::emit(write_pair(pair)));
    }
}

void make_journal(const fs::path& dir, int sessions) {
    Date last = *parse_iso_date("2026-03-01");
    for (int i = 0; i < sessions; ++i) {
        int p = i % kPairs, k = i / kPairs;
        Session s;
        s.pair = pair_id(p);
        s.date = last.add_days(-3 * k).str();
        s.file = s.date;
        s.duration = 60;
        s.notes = "We talked about the week.\nNext time: the plan.\n";
        s.actions = {Action{"", Role::Mentee, "Step " + std::to_string(k), ""}};
        number_actions(s);
        fs::path folder = dir / layout::journal_folder(s.pair);
        if (k == 0) fs::create_directories(folder);
        bench::write_text(dir / layout::session_path(s.pair, s.file), yaml::emit(write_session(s)));
    }
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string mentor = argc > 1 ? argv[1] : (fs::read_symlink("/proc/self/exe").parent_path() / "mentor").string();
    int sessions = argc > 2 ? std::atoi(argv[2]) : 100000;
    int runs = argc > 3 ? std::atoi(argv[3]) : 9;
    std::string pattern = (fs::temp_directory_path() / "mentor-bench-log-XXXXXX").string();
    if (!mkdtemp(pattern.data())) return 1;
    fs::path root = pattern;
    int code = 0;
    try {
        setenv("MENTOR_TODAY", "2026-03-02", 1);
        fs::path empty = root / "empty", full = root / "full";
        make_records(mentor, empty);
        make_records(mentor, full);
        auto t0 = std::chrono::steady_clock::now();
        make_journal(full, sessions);
        double built = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::vector<double> times[2];
        for (int r = 0; r < runs; ++r) {
            for (int which : {r % 2, 1 - r % 2}) {  // alternate the order, so neither gets a warmer cache
                const fs::path& dir = which ? full : empty;
                times[which].push_back(run_ms({mentor, "-C", dir.string(), "-q", "log", pair_id((r * 37) % kPairs),
                                               "--notes", "x", "--action", "mentee: next step", "--no-edit"}));
            }
        }
        double m0 = median(times[0]), m1 = median(times[1]);
        std::printf("mentor log: %d pairs, median of %d runs (journal of %d sessions built in %.1f s)\n", kPairs, runs,
                    sessions, built);
        std::printf("%-10s %10s %12s\n", "journal", "sessions", "median ms");
        std::printf("%-10s %10d %12.1f\n", "empty", 0, m0);
        std::printf("%-10s %10d %12.1f\n", "full", sessions, m1);
        std::printf("ratio full/empty: %.2f (bound: 1.20) %s\n", m1 / m0, m1 <= 1.2 * m0 ? "ok" : "TOO SLOW");
        code = m1 <= 1.2 * m0 ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_log: %s\n", e.what());
        code = 1;
    }
    fs::remove_all(root);
    return code;
}
