// Validation and helpers shared by the three assignment algorithms.

#include "matching/engine/internal.hpp"

#include <stdexcept>
#include <string>

namespace mentor::detail {

namespace {

void check_prefers(const std::vector<std::vector<int>>& lists, size_t owners, int targets, const char* what,
                   const char* owner) {
    if (!lists.empty() && lists.size() != owners)
        throw std::invalid_argument(std::string("assignment: ") + what + " must be empty or have one list per " +
                                    owner);
    for (const auto& list : lists)
        for (int x : list)
            if (x < 0 || x >= targets)
                throw std::invalid_argument(std::string("assignment: ") + what + " holds index " + std::to_string(x) +
                                            ", out of range");
}

}  // namespace

void validate(const AssignmentProblem& p) {
    if (p.mentees < 0 || p.mentors < 0)
        throw std::invalid_argument("assignment: negative number of mentees or mentors");
    if (p.capacity.size() != static_cast<size_t>(p.mentors))
        throw std::invalid_argument("assignment: capacity must have one entry per mentor");
    for (int c : p.capacity)
        if (c < 0) throw std::invalid_argument("assignment: negative mentor capacity");
    if (p.mentees > 0 && p.mentors > 0 && !p.score_row) throw std::invalid_argument("assignment: score_row is not set");
    check_prefers(p.mentee_prefers, static_cast<size_t>(p.mentees), p.mentors, "mentee_prefers", "mentee");
    check_prefers(p.mentor_prefers, static_cast<size_t>(p.mentors), p.mentees, "mentor_prefers", "mentor");
}

int thread_count(const AssignmentOptions& options) {
    if (options.threads > 0) return options.threads;
    unsigned hw = std::thread::hardware_concurrency();
    return hw >= 2 ? 2 : 1;
}

void check_row(int mentee, std::span<const int64_t> row) {
    for (size_t j = 0; j < row.size(); ++j) {
        int64_t s = row[j];
        if (s != kInfeasible && (s < 0 || s > kMaxScore))
            throw std::invalid_argument("assignment: score_row gave " + std::to_string(s) + " for mentee " +
                                        std::to_string(mentee) + " and mentor " + std::to_string(j) +
                                        "; scores must be kInfeasible or 0.." + std::to_string(kMaxScore));
    }
}

void tally(Assignment& result, const std::vector<int64_t>& chosen_score) {
    result.matched = 0;
    result.total_score = 0;
    for (size_t i = 0; i < result.mentor_of.size(); ++i) {
        if (result.mentor_of[i] < 0) continue;
        ++result.matched;
        result.total_score += chosen_score[i];
    }
}

}  // namespace mentor::detail
