// Generates a synthetic records directory for benchmarks:
//   gen_records DIR PEOPLE [--pairs N]
// People are realistic (names with accents, skills, languages, managers);
// the same arguments always give the same files. Also:
//   gen_records --read DIR
// reads every record file in parallel and does nothing else: the floor that
// no loader can beat, printed beside the loader's time by bench/run.sh.
//   gen_records --csv FILE PEOPLE
// writes an HR export of PEOPLE rows for `mentor add --from-csv`: unique
// names, e-mails, and managers given by e-mail, by name or by id.
//   gen_records --seal DIR RECIPIENT
// gives every person the age RECIPIENT and seals every session of DIR to it,
// in place (bench/bench_seal.sh: the same program sealed and unsealed).

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "mentor/core/ids.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "mentor/records/seal.hpp"
#include "mentor/store/init.hpp"
#include "mentor/store/store.hpp"
#include "mentor/store/layout.hpp"

namespace fs = std::filesystem;
using namespace mentor;

namespace {

const char* const kFirst[] = {"Élodie", "Jean", "Chloé", "José", "María", "Oliver", "Emma", "Søren", "Jürgen", "Hélène",
                              "Lucía", "Anaïs", "Ángel", "Priya", "Camille", "Léa", "Hugo", "Manon", "Théo", "Inès"};
const char* const kLast[] = {"Dupré", "Martin", "Bérénger", "Martínez", "Fernández", "Smith", "Johnson", "Ødegaard",
                             "Weiß", "Garçon", "Gómez", "Cœur", "Ibáñez", "Raman", "Roux", "Moreau", "Girard", "Núñez"};
const char* const kSkills[] = {"leadership", "public speaking", "negotiation", "data analysis", "product management",
                               "career planning", "people management", "python", "cloud architecture", "finance basics",
                               "marketing strategy", "design thinking", "agile delivery", "conflict resolution",
                               "time management", "writing", "digital tools", "social media", "generative ai", "sales"};
const char* const kLanguages[] = {"fr", "en", "es", "de", "it"};
const char* const kZones[] = {"Europe/Paris", "Europe/London", "Europe/Madrid", "America/New_York", "America/Montreal",
                              "Asia/Singapore"};
const char* const kTeams[] = {"Engineering", "Sales", "Product", "Finance", "Data", "Marketing", "HR", "Operations"};

template <typename T, size_t N>
const T& pick(const T (&items)[N], std::mt19937& rng) {
    return items[rng() % N];
}

Person make_person(int i, std::mt19937& rng) {
    Person p;
    p.id = "p" + std::to_string(i);
    p.name = std::string(pick(kFirst, rng)) + " " + pick(kLast, rng);
    p.email = p.id + "@example.org";
    bool mentor = i % 5 == 0;
    p.roles = {mentor ? Role::Mentor : Role::Mentee};
    p.organisation = "Org " + std::to_string(i % 7);
    p.team = pick(kTeams, rng);
    if (i > 10) p.manager = "p" + std::to_string(rng() % (i / 2));
    p.seniority = static_cast<int>(mentor ? 8 + rng() % 20 : 1 + rng() % 8);
    p.languages = {pick(kLanguages, rng)};
    if (rng() % 2) p.languages.push_back("en");
    p.timezone = pick(kZones, rng);
    p.cohorts = {"2026-spring"};
    if (mentor) {
        p.capacity = 4;
        for (int k = 0; k < 4; ++k) p.offers.push_back(Offer{pick(kSkills, rng), static_cast<int>(1 + rng() % 5)});
    } else {
        for (int k = 0; k < 3; ++k) p.wants.push_back(Want{pick(kSkills, rng), static_cast<Priority>(rng() % 3)});
    }
    p.interests = {"climbing", "jazz"};
    p.availability.hours_per_month = static_cast<int>(2 + rng() % 6);
    p.availability.days = {"tue", "thu"};
    return p;
}

int generate(const fs::path& dir, int people, int pairs) {
    init_records_dir(dir, "benchmark");
    Store store(dir);
    std::mt19937 rng(42);
    std::vector<FileWrite> files;
    for (int i = 0; i < people; ++i) {
        Person p = make_person(i, rng);
        files.push_back({layout::person_path(p.id), yaml::emit(write_person(p))});
        if (files.size() == 2000) {
            store.write(files);
            files.clear();
        }
    }
    // Pairs: mentor p(5k) with mentee p(5k+1), a realistic share of a cohort.
    for (int k = 0; k < pairs && 5 * k + 1 < people; ++k) {
        Pair pair;
        pair.mentor = "p" + std::to_string(5 * k);
        pair.mentee = "p" + std::to_string(5 * k + 1);
        pair.status = k % 3 ? PairStatus::Active : PairStatus::Proposed;
        pair.created = "2026-01-15";
        pair.cohort = "2026-spring";
        files.push_back({layout::pair_path(pair.id()), yaml::emit(write_pair(pair))});
        if (files.size() == 2000) {
            store.write(files);
            files.clear();
        }
    }
    store.write(files);
    return 0;
}

// A CSV cell: quoted, since names and skill lists hold spaces and commas.
std::string cell(const std::string& text) { return '"' + text + '"'; }

// The name of row i: a first and a last name, and a letter code that keeps
// it unique, so that a manager can be given by name.
std::string csv_name(int i, std::mt19937& rng) {
    std::string code;
    for (int k = i; code.size() < 2 || k > 0; k /= 26) code += static_cast<char>('a' + k % 26);
    code[0] = static_cast<char>(code[0] - 'a' + 'A');
    return std::string(pick(kFirst, rng)) + " " + pick(kLast, rng) + "-" + code;
}

int write_csv(const fs::path& file, int people) {
    std::mt19937 rng(7);
    std::vector<std::string> names;
    for (int i = 0; i < people; ++i) names.push_back(csv_name(i, rng));
    std::FILE* out = std::fopen(file.c_str(), "w");
    if (!out) throw std::runtime_error("cannot write " + file.string());
    std::fprintf(out, "name,email,roles,organisation,team,manager,seniority,languages,timezone,cohorts,offers,wants,capacity\n");
    for (int i = 0; i < people; ++i) {
        Person p = make_person(i, rng);
        std::string manager;
        if (i > 10) {
            int m = static_cast<int>(rng() % (i / 2));
            // By e-mail mostly, as HR exports give it; by name or id too.
            manager = i % 3 == 0 ? names[m] : i % 3 == 1 ? "P" + std::to_string(m) + "@Example.org" : slugify(names[m]);
        }
        std::string skills;
        for (const auto& o : p.offers) skills += (skills.empty() ? "" : "|") + o.skill + ":" + std::to_string(o.level);
        std::string wants;
        for (const auto& w : p.wants) wants += (wants.empty() ? "" : "|") + w.skill + ":" + to_string(w.priority);
        std::string languages;
        for (const auto& l : p.languages) languages += (languages.empty() ? "" : "|") + l;
        std::fprintf(out, "%s,%s,%s,%s,%s,%s,%d,%s,%s,%s,%s,%s,%s\n", cell(names[i]).c_str(), p.email.c_str(),
                     p.has_role(Role::Mentor) ? "mentor" : "mentee", p.organisation.c_str(), p.team.c_str(),
                     cell(manager).c_str(), p.seniority.value_or(1), languages.c_str(), p.timezone.c_str(), p.cohorts[0].c_str(),
                     cell(skills).c_str(), cell(wants).c_str(), p.has_role(Role::Mentor) ? "4" : "");
    }
    std::fclose(out);
    return 0;
}

// Reads every *.yaml under DIR with as many threads as the loader uses.
int read_floor(const fs::path& dir) {
    std::vector<fs::path> paths;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().extension() == ".yaml") paths.push_back(e.path());
    std::atomic<size_t> next{0}, bytes{0};
    auto worker = [&] {
        for (size_t i; (i = next.fetch_add(1)) < paths.size();) bytes += read_file(paths[i], paths[i].string()).size();
    };
    unsigned n = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < n; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    std::printf("%zu files, %zu bytes\n", paths.size(), bytes.load());
    return 0;
}

// Every person gets `recipient`; every session is sealed to it.
int seal_all(const fs::path& dir, const std::string& recipient) {
    std::vector<fs::path> people, sessions;
    for (const auto& e : fs::recursive_directory_iterator(dir)) {
        if (!e.is_regular_file() || e.path().extension() != ".yaml") continue;
        const std::string parent = e.path().parent_path().parent_path().filename().string();
        if (e.path().parent_path().filename() == "people") people.push_back(e.path());
        else if (parent == "journal") sessions.push_back(e.path());
    }
    std::atomic<size_t> next{0};
    // A benchmark's scratch copy: rewritten in place, no transaction needed.
    auto rewrite = [](const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::trunc) << text; };
    auto worker = [&] {
        for (size_t i; (i = next.fetch_add(1)) < people.size() + sessions.size();) {
            const bool person = i < people.size();
            const fs::path& path = person ? people[i] : sessions[i - people.size()];
            yaml::Node doc = yaml::parse(read_file(path, path.string()), path.string());
            if (person) {
                Diagnostics d;
                Person p = *read_person(doc, path.string(), d);
                p.recipient = recipient;
                rewrite(path, yaml::emit(write_person(p)));
            } else {
                rewrite(path, yaml::emit(seal_content(doc, schema::session(), {recipient})));
            }
        }
    };
    unsigned n = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < n; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        if (argc == 3 && std::strcmp(argv[1], "--read") == 0) return read_floor(argv[2]);
        if (argc == 4 && std::strcmp(argv[1], "--csv") == 0) return write_csv(argv[2], std::stoi(argv[3]));
        if (argc == 4 && std::strcmp(argv[1], "--seal") == 0) return seal_all(argv[2], argv[3]);
        if (argc == 3 || (argc == 5 && std::strcmp(argv[3], "--pairs") == 0))
            return generate(argv[1], std::stoi(argv[2]), argc == 5 ? std::stoi(argv[4]) : 0);
        std::fprintf(stderr, "usage: gen_records DIR PEOPLE [--pairs N] | gen_records --read DIR | gen_records --csv FILE PEOPLE | gen_records --seal DIR RECIPIENT\n");
        return 2;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "gen_records: %s\n", e.what());
        return 1;
    }
}
