// Running a match: the records compiled, the engine solved, every pair and
// every unmatched mentee explained.

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "core/parallel.hpp"
#include "matching/cohort.hpp"
#include "mentor/core/error.hpp"
#include "mentor/core/text.hpp"
#include "mentor/matching/assignment.hpp"
#include "mentor/matching/unmatched.hpp"
#include "mentor/records/record_io.hpp"

namespace mentor {

using detail::CompiledCohort;

namespace {

AssignmentProblem problem_of(const CompiledCohort& cohort) {
    AssignmentProblem problem;
    problem.mentees = cohort.mentee_count();
    problem.mentors = cohort.mentor_count();
    problem.capacity = cohort.free_capacities();
    problem.score_row = [&cohort](int i, std::span<int64_t> out) { cohort.score_row(i, out); };
    problem.mentee_prefers = cohort.mentee_prefers();
    problem.mentor_prefers = cohort.mentor_prefers();
    return problem;
}

std::string resolved(const std::string& given, const std::string& setting) { return given.empty() ? setting : given; }

// When only the pair kind and skills rules exclude the mentors, one sentence
// says so: "no junior mentor offers what they want".
std::optional<std::string> fit_summary(const std::map<Rule, int>& counts, PairKind kind, const Person& mentee) {
    bool skills = false, seniority = false;
    for (const auto& [rule, count] : counts) {
        if (rule == Rule::NoSkillsFit) skills = true;
        else if (rule == Rule::NotSenior || rule == Rule::NotJunior || rule == Rule::NotPeers) seniority = true;
        else if (rule != Rule::SeniorityUnknown) return std::nullopt;
    }
    if (counts.count(Rule::SeniorityUnknown) && !mentee.seniority)
        return "no seniority given: a " + to_string(kind) + " pair cannot be judged";
    if (!skills || counts.count(Rule::SeniorityUnknown)) return std::nullopt;
    // Reverse and peer pairs always restrict the mentors by seniority.
    bool by_kind = seniority || kind != PairKind::Classic;
    return "no " + std::string(by_kind ? kind_mentor_word(kind) : "mentor") + " offers what they want";
}

// Why mentee i has no mentor after the match, in words a coordinator can act on.
// `after_match`: `remaining` are the places left after a match just made.
std::vector<std::string> why_unmatched(const CompiledCohort& cohort, int i, const std::vector<int>& remaining,
                                       bool after_match) {
    int n = cohort.mentor_count(), compatible = 0, with_room = 0, speakers = 0;
    // Counted in an array (this loop runs for every mentor of every waiting
    // mentee), then kept as a map in Rule order.
    std::array<int, static_cast<size_t>(Rule::AtCapacity) + 1> tally{};
    int only = -1;
    Rule only_rule = Rule::None;
    std::vector<Rule> row;
    cohort.exclusion_row(i, row);
    for (int j = 0; j < n; ++j) {
        const Rule e = row[j];
        if (cohort.shares_language(i, j)) ++speakers;
        if (e == Rule::None) {
            ++compatible;
            if (remaining[j] > 0) ++with_room;
        } else {
            tally[static_cast<size_t>(e)]++;
            only = j;
            only_rule = e;
        }
    }
    std::map<Rule, int> counts;
    for (size_t r = 0; r < tally.size(); ++r)
        if (tally[r]) counts.emplace(static_cast<Rule>(r), tally[r]);
    const Person& mentee = cohort.mentee(i);
    if (n == 0) return {"no mentor in the cohort"};
    if (compatible == 0) {
        // Language first: it is what a coordinator can act on (recruit a speaker).
        if (speakers == 0 && !mentee.languages.empty())
            return {"no mentor speaks " + join(mentee.languages)};
        if (auto fit = fit_summary(counts, cohort.kind(), mentee)) return {*fit};
        if (n == 1) return {"excluded: only candidate " + cohort.mentor(only).id + ": " + cohort.exclusion_text(i, only, only_rule)};
        std::vector<std::pair<int, Rule>> ranked;
        for (const auto& [rule, count] : counts) ranked.emplace_back(-count, rule);
        std::sort(ranked.begin(), ranked.end());
        std::vector<std::string> parts;
        for (size_t k = 0; k < ranked.size() && k < 3; ++k)
            parts.push_back(std::to_string(-ranked[k].first) + " " + rule_count_label(ranked[k].second));
        return {"excluded by every mentor: " + join(parts)};
    }
    if (with_room == 0)
        return {compatible == 1 ? "the only compatible mentor is at capacity"
                                : "all " + std::to_string(compatible) + " compatible mentors are at capacity"};
    return {std::to_string(with_room) + " compatible mentor" + (with_room > 1 ? "s have" : " has") + " room" +
            (after_match ? ", but matching them lowers the objective (see --explain " + mentee.id + ")"
                         : ": run `mentor match`")};
}

// Each mentee's earlier pairs that were declined or closed ("ann-lee,
// declined on 2026-03-02"): a mentor the "paired before" rule keeps away, so
// a proposal for that mentee is a rematch and its reasons say so (SPEC §6).
std::map<std::string, std::vector<std::string>> earlier_pairs(const Records& records) {
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& p : records.pairs)
        if (p.status == PairStatus::Closed)
            out[p.mentee].push_back(p.mentor + (p.declined() ? ", declined" : ", closed") +
                                    (p.ended.empty() ? "" : " on " + p.ended));
    return out;
}

}  // namespace

MatchResult run_match(const Records& records, const MatchOptions& options) {
    MatchResult result;
    result.algorithm = resolved(options.algorithm, records.settings.matching.algorithm);
    result.objective = resolved(options.objective, records.settings.matching.objective);
    result.cohort = options.cohort;
    if (result.algorithm != "optimal" && result.algorithm != "stable" && result.algorithm != "greedy")
        throw usage_error("unknown algorithm '" + result.algorithm + "' (choose optimal, stable or greedy)");
    if (result.objective != "coverage" && result.objective != "score")
        throw usage_error("unknown objective '" + result.objective + "' (choose coverage or score)");

    CompiledCohort cohort(records, options);
    AssignmentProblem problem = problem_of(cohort);
    AssignmentOptions engine;
    engine.threads = options.threads;
    Assignment a = result.algorithm == "optimal"
                       ? solve_optimal(problem, result.objective == "coverage" ? Objective::Coverage : Objective::Score, engine)
                   : result.algorithm == "stable" ? solve_stable(problem, engine)
                                                  : solve_greedy(problem, engine);
    result.candidates = cohort.mentee_count();
    result.mentors = cohort.mentor_count();
    std::vector<int> remaining = cohort.free_capacities();
    std::vector<int> proposed(cohort.mentor_count(), 0);
    int64_t total_tt = 0;
    const auto earlier = earlier_pairs(records);
    for (int i = 0; i < cohort.mentee_count(); ++i) {
        int j = a.mentor_of[i];
        if (j < 0) continue;
        --remaining[j];
        ++proposed[j];
        ProposedPair pair;
        pair.mentor = cohort.mentor(j).id;
        pair.mentee = cohort.mentee(i).id;
        pair.score_units = cohort.units(cohort.parts(i, j));
        pair.score = cohort.score_text(pair.score_units);
        pair.reasons = cohort.reasons(i, j, 4);
        if (auto e = earlier.find(pair.mentee); e != earlier.end())
            pair.reasons.push_back("matched again, never with an earlier mentor (" + join(e->second, "; ") + ")");
        total_tt += cohort.ten_thousandths(pair.score_units);
        result.total_units += pair.score_units;
        result.pairs.push_back(std::move(pair));
    }
    for (int i = 0; i < cohort.mentee_count(); ++i)
        if (a.mentor_of[i] < 0) result.unmatched.push_back({cohort.mentee(i).id, why_unmatched(cohort, i, remaining, true)});
    for (int j = 0; j < cohort.mentor_count(); ++j)
        result.load.push_back({cohort.mentor(j).id, cohort.load(j), proposed[j], cohort.capacity(j)});
    std::sort(result.pairs.begin(), result.pairs.end(),
              [](const ProposedPair& x, const ProposedPair& y) { return std::tie(x.mentor, x.mentee) < std::tie(y.mentor, y.mentee); });
    auto fixed4 = [](int64_t tt) {
        return std::to_string(tt / 10000) + "." + std::string(4 - std::to_string(tt % 10000).size(), '0') + std::to_string(tt % 10000);
    };
    result.total_score = fixed4(total_tt);
    int64_t matched = static_cast<int64_t>(result.pairs.size());
    result.mean_score = fixed4(matched ? (total_tt + matched / 2) / matched : 0);
    return result;
}

PairKind cohort_kind(const Records& records, const std::string& cohort) {
    std::optional<PairKind> kind;
    for (const auto& pair : records.pairs) {
        if (!cohort.empty() && pair.cohort != cohort) continue;
        if (kind && *kind != pair.kind) return PairKind::Classic;  // a mixed cohort: judged as classic
        kind = pair.kind;
    }
    return kind.value_or(PairKind::Classic);
}

std::vector<std::pair<std::string, std::vector<std::string>>> unmatched_mentees(const Records& records,
                                                                                const std::string& cohort_name) {
    MatchOptions options;
    options.cohort = cohort_name;
    options.kind = cohort_kind(records, cohort_name);
    CompiledCohort cohort(records, options);
    // Every waiting mentee against every mentor: on every core, each
    // mentee's reasons in its own slot.
    std::vector<std::pair<std::string, std::vector<std::string>>> out(static_cast<size_t>(cohort.mentee_count()));
    detail::parallel_for(out.size(), [&](size_t i) {
        out[i] = {cohort.mentee(static_cast<int>(i)).id,
                  why_unmatched(cohort, static_cast<int>(i), cohort.free_capacities(), false)};
    });
    return out;
}

std::vector<MentorAssessment> explain_mentee(const Records& records, const MatchOptions& options, const std::string& mentee_id) {
    const Person* person = records.person(mentee_id);
    if (!person) throw Error("no person with id '" + mentee_id + "' (see `mentor list people --role mentee`)");
    if (!person->has_role(Role::Mentee)) throw Error(mentee_id + " is not a mentee");
    CompiledCohort cohort(records, options);
    int i = cohort.mentee_index(mentee_id);
    if (i < 0)
        throw Error(mentee_id + " is not a candidate of this match (inactive, outside the cohort, or already in a pair)");
    std::vector<MentorAssessment> out;
    for (int j = 0; j < cohort.mentor_count(); ++j) {
        MentorAssessment m;
        m.mentor = cohort.mentor(j).id;
        Rule e = cohort.exclusion(i, j);
        auto parts = cohort.parts(i, j);
        m.parts = {parts[0] / 1000.0, parts[1] / 1000.0, parts[2] / 1000.0, parts[3] / 1000.0, parts[4] / 1000.0, parts[5] / 1000.0};
        m.score_units = cohort.units(parts);
        m.score = cohort.score_text(m.score_units);
        if (e != Rule::None) {
            m.excluded = true;
            m.excluded_by = cohort.exclusion_text(i, j, e);
        } else if (cohort.free_capacity(j) == 0) {
            m.excluded = true;
            m.excluded_by = cohort.exclusion_text(i, j, Rule::AtCapacity);
        } else {
            m.reasons = cohort.reasons(i, j, 6);
        }
        out.push_back(std::move(m));
    }
    std::stable_sort(out.begin(), out.end(), [](const MentorAssessment& x, const MentorAssessment& y) {
        if (x.excluded != y.excluded) return !x.excluded;
        if (!x.excluded && x.score_units != y.score_units) return x.score_units > y.score_units;
        return x.mentor < y.mentor;
    });
    return out;
}

std::string match_matrix_csv(const Records& records, const MatchOptions& options) {
    CompiledCohort cohort(records, options);
    std::string out = "mentee,mentor,score,excluded_by\n";
    for (int i = 0; i < cohort.mentee_count(); ++i)
        for (int j = 0; j < cohort.mentor_count(); ++j) {
            Rule e = cohort.exclusion(i, j);
            std::string why = e != Rule::None ? cohort.exclusion_text(i, j, e)
                              : cohort.free_capacity(j) == 0 ? cohort.exclusion_text(i, j, Rule::AtCapacity)
                                                             : std::string();
            out += cohort.mentee(i).id + "," + cohort.mentor(j).id + "," + (why.empty() ? cohort.score_text(cohort.units(cohort.parts(i, j))) : "") +
                   "," + (why.find_first_of(",\"") == std::string::npos ? why : "\"" + why + "\"") + "\n";
        }
    return out;
}

std::vector<FileWrite> proposed_pair_files(const Records& records, const MatchResult& result, const std::string& date,
                                           PairKind kind) {
    std::vector<FileWrite> files;
    for (const auto& p : result.pairs) {
        Pair pair;
        // --allow-repeat: a closed pair of the same two people starts again.
        if (const Pair* closed = records.pair(Pair::pair_id(p.mentor, p.mentee))) pair = restart_pair(*closed);
        pair.mentor = p.mentor;
        pair.mentee = p.mentee;
        pair.cohort = result.cohort;
        pair.kind = kind;
        pair.status = PairStatus::Proposed;
        pair.created = date;
        pair.match = MatchInfo{p.score, result.algorithm, date, p.reasons};
        files.push_back({layout::pair_path(pair.id()), yaml::emit(write_pair(pair))});
    }
    return files;
}

}  // namespace mentor
