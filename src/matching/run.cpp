// Running a match: the records compiled, the engine solved, every pair and
// every unmatched mentee explained.

#include <algorithm>
#include <array>
#include <map>
#include <optional>

#include "core/parallel.hpp"
#include "matching/cohort.hpp"
#include "matching/rule_bitsets.hpp"
#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
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
std::optional<std::string> fit_summary(const std::map<Rule, int>& counts, PairKind kind, const Person& mentee,
                                       Wording w) {
    bool skills = false, seniority = false;
    for (const auto& [rule, count] : counts) {
        if (rule == Rule::NoSkillsFit) skills = true;
        else if (rule == Rule::NotSenior || rule == Rule::NotJunior || rule == Rule::NotPeers) seniority = true;
        else if (rule != Rule::SeniorityUnknown) return std::nullopt;
    }
    if (counts.count(Rule::SeniorityUnknown) && !mentee.seniority) switch (kind) {
            case PairKind::Classic: return w.tr("no seniority given: a classic pair cannot be judged");
            case PairKind::Reverse: return w.tr("no seniority given: a reverse pair cannot be judged");
            case PairKind::Peer: return w.tr("no seniority given: a peer pair cannot be judged");
        }
    if (!skills || counts.count(Rule::SeniorityUnknown)) return std::nullopt;
    // Reverse and peer pairs always restrict the mentors by seniority.
    if (!seniority && kind == PairKind::Classic) return w.tr("no mentor offers what they want");
    switch (kind) {
        case PairKind::Classic: return w.tr("no senior mentor offers what they want");
        case PairKind::Reverse: return w.tr("no junior mentor offers what they want");
        case PairKind::Peer: break;
    }
    return w.tr("no peer mentor offers what they want");
}

// What the rules say of mentee i and every mentor, counted once (on the
// mentors' bitsets) and worded in as many languages as asked.
struct Tally {
    int mentors = 0, compatible = 0, with_room = 0, speakers = 0;
    int only = -1;
    Rule only_rule = Rule::None;
    std::map<Rule, int> counts;
};

Tally tally_mentors(const detail::RuleBitsets& bitsets, int i) {
    const detail::ExclusionTally e = bitsets.tally(i);
    Tally t{e.mentors, e.compatible, e.with_room, e.speakers, e.only, e.only_rule, {}};
    for (size_t r = 0; r < e.by_rule.size(); ++r)
        if (e.by_rule[r]) t.counts.emplace(static_cast<Rule>(r), e.by_rule[r]);
    return t;
}

// Why mentee i has no mentor, in words a coordinator can act on.
// `after_match`: the places counted are those left after a match just made.
std::vector<std::string> why_unmatched(const CompiledCohort& cohort, int i, const Tally& t, bool after_match, Wording w) {
    const Person& mentee = cohort.mentee(i);
    if (t.mentors == 0) return {w.tr("no mentor in the cohort")};
    if (t.compatible == 0) {
        // Language first: it is what a coordinator can act on (recruit a speaker).
        // TRANSLATORS: {} is a list of language codes ("pt, es").
        if (t.speakers == 0 && !mentee.languages.empty()) return {w.trf("no mentor speaks {}", join(mentee.languages))};
        if (auto fit = fit_summary(t.counts, cohort.kind(), mentee, w)) return {*fit};
        if (t.mentors == 1)
            // TRANSLATORS: {0} the one mentor of the cohort, {1} the rule that excludes them.
            return {w.trf("excluded: only candidate {0}: {1}", cohort.mentor(t.only).id,
                          cohort.exclusion_text(i, t.only, t.only_rule, w))};
        std::vector<std::pair<int, Rule>> ranked;
        for (const auto& [rule, count] : t.counts) ranked.emplace_back(-count, rule);
        std::sort(ranked.begin(), ranked.end());
        std::vector<std::string> parts;
        for (size_t k = 0; k < ranked.size() && k < 3; ++k)
            parts.push_back(std::to_string(-ranked[k].first) + " " + rule_count_label(ranked[k].second, w));
        // TRANSLATORS: {} lists counts of mentors by rule: "12 no common language, 1 their manager".
        return {w.trf("excluded by every mentor: {}", join(parts))};
    }
    if (t.with_room == 0)
        return {t.compatible == 1 ? std::string(w.tr("the only compatible mentor is at capacity"))
                                  : w.trf("all {} compatible mentors are at capacity", t.compatible)};
    const auto n = static_cast<unsigned long>(t.with_room);
    if (after_match)
        // TRANSLATORS: {0} a number of mentors, {1} the mentee's id.
        // clang-format off
        return {w.trnf("{0} compatible mentor has room, but matching them lowers the objective (see --explain {1})", "{0} compatible mentors have room, but matching them lowers the objective (see --explain {1})",
                       n, t.with_room, mentee.id)};
        // clang-format on
    return {w.trnf("{} compatible mentor has room: run `mentor match`", "{} compatible mentors have room: run `mentor match`",
                   n, t.with_room)};
}

Sentences both_whys(const CompiledCohort& cohort, const detail::RuleBitsets& bitsets, int i, bool after_match,
                    bool translate) {
    const Tally t = tally_mentors(bitsets, i);
    Sentences s{why_unmatched(cohort, i, t, after_match, Wording::english()), {}};
    if (translate) s.translated = why_unmatched(cohort, i, t, after_match, Wording::shown());
    return s;
}

// Each mentee's earlier pairs that were declined or closed ("ann-lee,
// declined on 2026-03-02"): a mentor the "paired before" rule keeps away, so
// a proposal for that mentee is a rematch and its reasons say so (SPEC §6).
std::map<std::string, std::vector<std::string>> earlier_pairs(const Records& records, Wording w) {
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& p : records.pairs) {
        if (p.status != PairStatus::Closed) continue;
        // TRANSLATORS: {0} an earlier mentor, {1} the day their pair ended.
        const std::string text = p.declined() ? (p.ended.empty() ? w.trf("{}, declined", p.mentor)
                                                                 : w.trf("{0}, declined on {1}", p.mentor, w.date(p.ended)))
                                 : p.ended.empty() ? w.trf("{}, closed", p.mentor)
                                                   : w.trf("{0}, closed on {1}", p.mentor, w.date(p.ended));
        out[p.mentee].push_back(text);
    }
    return out;
}

std::string rematch_reason(const std::vector<std::string>& earlier, Wording w) {
    // TRANSLATORS: {} lists the earlier pairs: "ann-lee, declined on 2026-03-02; li-wei, closed".
    return w.trf("matched again, never with an earlier mentor ({})", join(earlier, w.tr_ctx("between reasons", "; ")));
}

}  // namespace

MatchResult run_match(const Records& records, const MatchOptions& options) {
    MatchResult result;
    result.algorithm = resolved(options.algorithm, records.settings.matching.algorithm);
    result.objective = resolved(options.objective, records.settings.matching.objective);
    result.cohort = options.cohort;
    if (result.algorithm != "optimal" && result.algorithm != "stable" && result.algorithm != "greedy")
        throw usage_error(trf("unknown algorithm '{}' (choose optimal, stable or greedy)", result.algorithm));
    if (result.objective != "coverage" && result.objective != "score")
        throw usage_error(trf("unknown objective '{}' (choose coverage or score)", result.objective));

    CompiledCohort cohort(records, options);
    AssignmentProblem problem = problem_of(cohort);
    AssignmentOptions engine;
    engine.threads = options.threads;
    engine.progress = options.progress;
    Assignment a = result.algorithm == "optimal"
                       ? solve_optimal(problem, result.objective == "coverage" ? Objective::Coverage : Objective::Score, engine)
                   : result.algorithm == "stable" ? solve_stable(problem, engine)
                                                  : solve_greedy(problem, engine);
    result.candidates = cohort.mentee_count();
    result.mentors = cohort.mentor_count();
    std::vector<int> remaining = cohort.free_capacities();
    std::vector<int> proposed(cohort.mentor_count(), 0);
    int64_t total_tt = 0;
    const bool translate = !Wording::shown_is_english();
    const auto earlier = earlier_pairs(records, Wording::english());
    const auto earlier_shown = translate ? earlier_pairs(records, Wording::shown()) : decltype(earlier){};
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
        pair.reasons = cohort.both_reasons(i, j, 4, translate);
        if (auto e = earlier.find(pair.mentee); e != earlier.end()) {
            pair.reasons.english.push_back(rematch_reason(e->second, Wording::english()));
            if (translate) pair.reasons.translated.push_back(rematch_reason(earlier_shown.at(pair.mentee), Wording::shown()));
        }
        total_tt += cohort.ten_thousandths(pair.score_units);
        result.total_units += pair.score_units;
        result.pairs.push_back(std::move(pair));
    }
    const detail::RuleBitsets bitsets(cohort, remaining);
    for (int i = 0; i < cohort.mentee_count(); ++i)
        if (a.mentor_of[i] < 0) result.unmatched.push_back({cohort.mentee(i).id, both_whys(cohort, bitsets, i, true, translate)});
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

std::vector<UnmatchedMentee> unmatched_mentees(const Records& records, const std::string& cohort_name) {
    MatchOptions options;
    options.cohort = cohort_name;
    options.kind = cohort_kind(records, cohort_name);
    CompiledCohort cohort(records, options);
    // Every waiting mentee against every mentor: on every core, each
    // mentee's reasons in its own slot.
    std::vector<UnmatchedMentee> out(static_cast<size_t>(cohort.mentee_count()));
    const bool translate = !Wording::shown_is_english();
    const detail::RuleBitsets bitsets(cohort, cohort.free_capacities());
    detail::parallel_for(out.size(), [&](size_t i) {
        const int mentee = static_cast<int>(i);
        const auto tally = tally_mentors(bitsets, mentee);
        out[i].mentee = cohort.mentee(mentee).id;
        out[i].reasons.english = why_unmatched(cohort, mentee, tally, false, Wording::english());
        if (translate) out[i].reasons.translated = why_unmatched(cohort, mentee, tally, false, Wording::shown());
    });
    return out;
}

std::vector<MentorAssessment> explain_mentee(const Records& records, const MatchOptions& options, const std::string& mentee_id) {
    const Person* person = records.person(mentee_id);
    if (!person) throw Error(trf("no person with id '{}' (see `mentor list people --role mentee`)", mentee_id));
    if (!person->has_role(Role::Mentee)) throw Error(trf("{} is not a mentee", mentee_id));
    CompiledCohort cohort(records, options);
    int i = cohort.mentee_index(mentee_id);
    if (i < 0)
        throw Error(trf("{} is not a candidate of this match (inactive, outside the cohort, or already in a pair)", mentee_id));
    std::vector<MentorAssessment> out;
    const bool translate = !Wording::shown_is_english();
    for (int j = 0; j < cohort.mentor_count(); ++j) {
        MentorAssessment m;
        m.mentor = cohort.mentor(j).id;
        Rule e = cohort.exclusion(i, j);
        auto parts = cohort.parts(i, j);
        m.parts = {parts[0] / 1000.0, parts[1] / 1000.0, parts[2] / 1000.0, parts[3] / 1000.0, parts[4] / 1000.0, parts[5] / 1000.0};
        m.score_units = cohort.units(parts);
        m.score = cohort.score_text(m.score_units);
        if (e == Rule::None && cohort.free_capacity(j) == 0) e = Rule::AtCapacity;
        if (e != Rule::None) {
            m.excluded = true;
            m.excluded_by.english = cohort.exclusion_text(i, j, e, Wording::english());
            if (translate) m.excluded_by.translated = cohort.exclusion_text(i, j, e, Wording::shown());
        } else {
            m.reasons = cohort.both_reasons(i, j, 6, translate);
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
            // CSV: English in every language.
            std::string why = e != Rule::None ? cohort.exclusion_text(i, j, e, Wording::english())
                              : cohort.free_capacity(j) == 0 ? cohort.exclusion_text(i, j, Rule::AtCapacity, Wording::english())
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
        pair.match = MatchInfo{p.score, result.algorithm, date, p.reasons.english};
        files.push_back({layout::pair_path(pair.id()), yaml::emit(write_pair(pair))});
    }
    return files;
}

}  // namespace mentor
