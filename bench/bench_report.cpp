// bench_report [MENTOR] [RUNS] [KEEP_DIR]: how long `mentor report --all` takes on a
// program of 20,000 people, 5,000 pairs with plans and 100,000 sessions,
// beside the floor of a plain parallel read of the same files (gen_records
// --read, built beside this tool). Prints the median wall time and the peak
// resident memory of each; the bound is 1.5 s and 500 MB on 2 cores.
// With KEEP_DIR, the program is generated there and kept, for profiling.

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "bench_process.hpp"
#include "mentor/core/date.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/plan/schedule.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/store/layout.hpp"


namespace {

namespace fs = std::filesystem;
using namespace mentor;

constexpr int kPeople = 20000;
constexpr int kMentors = 2500;           // capacity 2 each, all used
constexpr int kPairs = kMentors * 2;     // 5,000
constexpr int kWaiting = 200;            // active mentees without a pair, with reasons to find
constexpr int kSessionsPerPair = 20;     // 100,000 sessions

std::string mentor_id(int i) { return "mentor-" + std::to_string(i); }
std::string mentee_id(int i) { return "mentee-" + std::to_string(i); }

using bench::Run;
using bench::run;

Person make_person(const std::string& id, Role role, int i) {
    Person p;
    p.id = id;
    p.name = "Person " + std::to_string(i);
    p.roles = {role};
    p.cohorts = {i % 2 ? "2026-spring" : "2025-autumn"};
    p.languages = {"en"};
    p.organisation = "org-" + std::to_string(i % 40);
    p.team = "team-" + std::to_string(i % 400);
    if (role == Role::Mentor) p.capacity = 2;
    return p;
}

Plan make_plan(const std::string& pair_id, int k) {
    Plan plan;
    plan.pair = pair_id;
    plan.agreement.start = "2025-09-01";
    plan.agreement.cadence = "weekly";
    plan.agreement.sessions = 30;
    plan.agreement.confidentiality = "What is said stays between us.";
    for (Date d : generate_schedule(*parse_iso_date("2025-09-01"), Cadence::weekly(), ScheduleLimit::sessions(30), {}))
        plan.schedule.push_back(d.str());
    for (int g = 0; g < 3; ++g) {
        Goal goal;
        goal.id = "g" + std::to_string(g + 1);
        goal.title = "Goal " + std::to_string(g + 1) + " of the pair";
        goal.due = "2026-02-01";
        goal.status = (k + g) % 3 == 0 ? GoalStatus::Achieved : GoalStatus::Open;
        plan.goals.push_back(goal);
    }
    return plan;
}

void make_records(const std::string& mentor, const fs::path& dir) {
    run({mentor, "init", dir.string(), "-q"});
    int n = 0;
    for (int m = 0; m < kMentors; ++m, ++n)
        bench::write_text(dir / "people" / (mentor_id(m) + ".yaml"), yaml::emit(write_person(make_person(mentor_id(m), Role::Mentor, n))));
    // Mentees: the paired ones, the waiting ones, then alumni who left the program.
    for (int e = 0; n < kPeople; ++e, ++n) {
        Person p = make_person(mentee_id(e), Role::Mentee, n);
        if (e >= kPairs && e < kPairs + kWaiting && e % 2) p.languages = {"es"};  // half of them: no mentor speaks es
        p.active = e < kPairs + kWaiting;
        bench::write_text(dir / "people" / (p.id + ".yaml"), yaml::emit(write_person(p)));
    }
    Date start = *parse_iso_date("2025-09-01");
    for (int k = 0; k < kPairs; ++k) {
        Pair pair;
        pair.mentor = mentor_id(k / 2);
        pair.mentee = mentee_id(k);
        pair.cohort = k % 2 ? "2026-spring" : "2025-autumn";
        pair.status = k % 10 == 0 ? PairStatus::Paused : PairStatus::Active;
        pair.created = pair.started = "2025-09-01";
        bench::write_text(dir / "pairs" / (pair.id() + ".yaml"), yaml::emit(write_pair(pair)));
        bench::write_text(dir / layout::plan_path(pair.id()), yaml::emit(write_plan(make_plan(pair.id(), k))));
        fs::create_directories(dir / layout::journal_folder(pair.id()));
        // Twenty sessions a pair, most on the planned Monday, some a day late,
        // pairs falling silent at different points.
        const int skip = k % 7;
        for (int s = 0; s < kSessionsPerPair; ++s) {
            Session session;
            session.pair = pair.id();
            session.date = start.add_days(7 * (s + skip * (s >= 12 ? 1 : 0)) + (s % 5 == 4)).str();
            session.file = session.date;
            session.duration = 45 + 15 * (s % 3);
            session.topics = {"Topic " + std::to_string(s), "Career"};
            session.notes = "We went through the week and what got in the way.\nNext time: the plan for the quarter.\n";
            session.goals = {"g" + std::to_string(1 + s % 3)};
            session.actions = {Action{"", Role::Mentee, "Step " + std::to_string(s), start.add_days(7 * s + 14).str()},
                               Action{"", s % 2 ? Role::Mentor : Role::Mentee, "Introduce to someone", ""}};
            if (s > 0) session.done = {start.add_days(7 * (s - 1) + (((s - 1) % 5) == 4)).str() + ".1"};
            session.rating = 1 + (k + s) % 5;
            number_actions(session);
            bench::write_text(dir / layout::session_path(pair.id(), session.file), yaml::emit(write_session(session)));
        }
    }
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
    const fs::path here = fs::read_symlink("/proc/self/exe").parent_path();
    std::string mentor = argc > 1 ? argv[1] : (here / "mentor").string();
    int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    std::string pattern = (fs::temp_directory_path() / "mentor-bench-report-XXXXXX").string();
    if (argc <= 3 && !mkdtemp(pattern.data())) return 1;
    const bool keep = argc > 3;
    fs::path root = keep ? fs::path(argv[3]) : fs::path(pattern);
    int code = 0;
    try {
        setenv("MENTOR_TODAY", "2026-03-02", 1);
        fs::path dir = root / "program";
        auto t0 = std::chrono::steady_clock::now();
        make_records(mentor, dir);
        double built = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        std::printf("generated %d people, %d pairs with plans, %d sessions in %.1f s\n", kPeople, kPairs,
                    kPairs * kSessionsPerPair, built);
        struct Case {
            std::string name;
            std::vector<std::string> args;
        };
        std::vector<Case> cases = {
            {"plain read (floor)", {(here / "gen_records").string(), "--read", dir.string()}},
            {"report --all", {mentor, "-C", dir.string(), "-q", "report", "--all"}},
            {"report --all --format json", {mentor, "-C", dir.string(), "-q", "report", "--all", "--format", "json"}},
            {"report --all --format html", {mentor, "-C", dir.string(), "-q", "report", "--all", "--format", "html"}},
            {"report --cohort 2026-spring", {mentor, "-C", dir.string(), "-q", "report", "--cohort", "2026-spring"}},
        };
        std::printf("%-30s %12s %12s\n", "command", "median ms", "peak MB");
        for (const auto& c : cases) {
            if (!fs::exists(c.args[0])) {
                std::printf("%-30s %12s %12s\n", c.name.c_str(), "n/a", "n/a");
                continue;
            }
            std::vector<double> times;
            long peak = 0;
            for (int r = 0; r < runs; ++r) {
                Run result = run(c.args);
                times.push_back(result.ms);
                peak = std::max(peak, result.peak_kb);
            }
            std::printf("%-30s %12.0f %12.0f\n", c.name.c_str(), median(times), peak / 1024.0);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_report: %s\n", e.what());
        code = 1;
    }
    if (!keep) fs::remove_all(root);
    return code;
}
