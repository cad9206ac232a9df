// Compiling a cohort for matching: the people, their skills and the pairing
// rules of rules.hpp in compiled form.

#include "matching/cohort.hpp"

#include <algorithm>
#include <bit>
#include <functional>
#include <unordered_map>

#include "mentor/core/ids.hpp"
#include "mentor/core/timezone.hpp"
#include "mentor/matching/assignment.hpp"
#include "mentor/matching/rules.hpp"
#include "mentor/records/schema.hpp"

namespace mentor::detail {
namespace {

class Vocabulary {
public:
    int id(const std::string& name) {
        auto [it, inserted] = ids_.emplace(name, static_cast<int>(names_.size()));
        if (inserted) names_.push_back(name);
        return it->second;
    }
    int find(const std::string& name) const {
        auto it = ids_.find(name);
        return it == ids_.end() ? -1 : it->second;
    }
    std::vector<std::string>& names() { return names_; }
    int size() const { return static_cast<int>(names_.size()); }

private:
    std::unordered_map<std::string, int> ids_;
    std::vector<std::string> names_;
};

uint8_t day_mask(const std::vector<std::string>& days) {
    uint8_t mask = 0;
    for (int d = 0; d < 7; ++d)
        if (std::find(days.begin(), days.end(), schema::kWeekdays[d]) != days.end()) mask |= static_cast<uint8_t>(1u << d);
    return mask;
}

int popcount4(const std::array<uint64_t, 4>& a) {
    int n = 0;
    for (uint64_t w : a) n += std::popcount(w);
    return n;
}

}  // namespace

bool slugify_equal(const std::string& a, const std::string& b) { return a == b || skill_key(a) == skill_key(b); }

CompiledCohort::CompiledCohort(const Records& records, const MatchOptions& options)
    : records_(records), options_(options), rules_(rule_settings(records.settings.matching, options.kind)) {
    const MatchingSettings& m = records.settings.matching;
    weights_ = {m.weights.skills, m.weights.interests, m.weights.availability,
                m.weights.seniority, m.weights.timezone, m.weights.preferences};
    int64_t weight_sum = 0;
    for (int w : weights_) weight_sum += w;
    scale_ = std::max<int64_t>(1, weight_sum * 1000);
    IdIndex mentee_idx, mentor_idx;
    select_participants(mentee_idx, mentor_idx);
    compile_members();
    compile_skills();
    compile_pair_rules(mentee_idx, mentor_idx);
    compile_preferences(mentee_idx, mentor_idx);
    compile_mentor_columns();
}

// Who takes part: active people of the cohort; mentees without a pair.
void CompiledCohort::select_participants(IdIndex& mentee_idx, IdIndex& mentor_idx) {
    // Counted in one pass over the pairs (Records::mentor_load per mentor
    // would scan them all for each: 20,000 mentors x 10,000 pairs).
    std::unordered_map<std::string, int> paired_mentees, mentor_loads;
    for (const auto& pair : records_.pairs)
        if (pair.holds_capacity()) {
            paired_mentees[pair.mentee]++;
            mentor_loads[pair.mentor]++;
        }
    for (const auto& p : records_.people) {
        if (!p.active || (!options_.cohort.empty() && !p.in_cohort(options_.cohort))) continue;
        if (p.has_role(Role::Mentee) && !paired_mentees.count(p.id)) {
            mentee_idx[p.id] = static_cast<int>(mentees_.size());
            mentees_.push_back(Member{&p});
        }
        if (p.has_role(Role::Mentor)) {
            mentor_idx[p.id] = static_cast<int>(mentors_.size());
            mentors_.push_back(Member{&p});
            auto counted = mentor_loads.find(p.id);
            int load = counted == mentor_loads.end() ? 0 : counted->second, cap = records_.settings.capacity_of(p);
            load_.push_back(load);
            capacity_.push_back(cap);
            free_capacity_.push_back(std::max(0, cap - load));
        }
    }
}

// Each person's lists as bit masks and indexes.
void CompiledCohort::compile_members() {
    Vocabulary languages, interests, orgs, teams;
    auto compile = [&](Member& member) {
        const Person& p = *member.person;
        for (const auto& l : p.languages) {
            int id = languages.id(l);
            if (id < 64) member.languages |= uint64_t{1} << id;
        }
        for (const auto& interest : p.interests) {
            unsigned bit = static_cast<unsigned>(interests.id(skill_key(interest))) % 256;
            member.interests[bit / 64] |= uint64_t{1} << (bit % 64);
        }
        member.interest_count = popcount4(member.interests);
        member.days = day_mask(p.availability.days);
        member.day_count = std::popcount(static_cast<unsigned>(member.days));
        member.mode = p.availability.mode == "remote" ? 1 : p.availability.mode == "in-person" ? 2 : 0;
        member.hours = p.availability.hours_per_month.value_or(-1);
        member.seniority = p.seniority.value_or(-1);
        if (!p.timezone.empty())
            if (auto offset = utc_offset_minutes(p.timezone, kRuleReferenceDay)) {
                member.tz_minutes = *offset;
                member.has_tz = true;
            }
        if (!p.organisation.empty()) member.organisation = orgs.id(p.organisation);
        if (!p.team.empty()) member.team = teams.id(p.organisation + "\n" + p.team);
    };
    for (auto& member : mentors_) compile(member);
    for (auto& member : mentees_) compile(member);
    language_names_ = languages.names();
    interest_bits_ = std::min(256, interests.size());
}

// Skills: what mentees want, and the level every mentor offers of it.
void CompiledCohort::compile_skills() {
    Vocabulary skills;
    wants_.resize(mentees_.size());
    for (size_t i = 0; i < mentees_.size(); ++i)
        for (const auto& w : mentees_[i].person->wants)
            wants_[i].push_back(WantedSkill{skills.id(skill_key(w.skill)),
                                            w.priority == Priority::High ? 3 : w.priority == Priority::Medium ? 2 : 1});
    skill_count_ = skills.size();
    levels_.assign(mentors_.size() * static_cast<size_t>(std::max(1, skill_count_)), 0);
    for (size_t j = 0; j < mentors_.size(); ++j)
        for (const auto& o : mentors_[j].person->offers) {
            int s = skills.find(skill_key(o.skill));
            if (s < 0) continue;
            uint8_t& level = levels_[static_cast<size_t>(s) * mentors_.size() + j];
            level = static_cast<uint8_t>(std::max<int>(level, o.level));
            top_level_ = std::max<int>(top_level_, level);
        }
    skill_names_ = skills.names();
}

// The rules that name one person (the same person, managers, avoids, closed
// pairs), listed per mentee: a few entries instead of a test on every pair.
void CompiledCohort::compile_pair_rules(const IdIndex& mentee_idx, const IdIndex& mentor_idx) {
    excluded_.resize(mentees_.size());
    auto exclude = [&](int i, int j, Rule e) { excluded_[i].emplace_back(j, e); };
    for (size_t i = 0; i < mentees_.size(); ++i) {
        const Person& mentee = *mentees_[i].person;
        if (auto it = mentor_idx.find(mentee.id); it != mentor_idx.end()) exclude(i, it->second, Rule::SamePerson);
        auto chain = management_chain(records_, mentee);
        for (size_t k = 0; k < chain.size(); ++k)
            if (auto it = mentor_idx.find(chain[k]); it != mentor_idx.end())
                exclude(i, it->second, k == 0 ? Rule::Manager : Rule::ManagementChain);
        for (const auto& id : mentee.avoids)
            if (auto it = mentor_idx.find(id); it != mentor_idx.end()) exclude(i, it->second, Rule::MenteeAvoids);
    }
    for (size_t j = 0; j < mentors_.size(); ++j) {
        const Person& mentor = *mentors_[j].person;
        if (auto it = mentee_idx.find(mentor.manager); it != mentee_idx.end()) exclude(it->second, j, Rule::ReportsToMentee);
        for (const auto& id : mentor.avoids)
            if (auto it = mentee_idx.find(id); it != mentee_idx.end()) exclude(it->second, j, Rule::MentorAvoids);
    }
    if (!options_.allow_repeat)
        for (const auto& pair : records_.pairs)
            if (pair.status == PairStatus::Closed) {
                auto a = mentee_idx.find(pair.mentee);
                auto b = mentor_idx.find(pair.mentor);
                if (a != mentee_idx.end() && b != mentor_idx.end()) exclude(a->second, b->second, Rule::PairedBefore);
            }
    // Sorted by mentor, the first-reported rule first for each mentor.
    for (auto& list : excluded_) std::sort(list.begin(), list.end());
}

// Ranked preferences, as indexes.
void CompiledCohort::compile_preferences(const IdIndex& mentee_idx, const IdIndex& mentor_idx) {
    mentee_prefers_.resize(mentees_.size());
    for (size_t i = 0; i < mentees_.size(); ++i)
        for (const auto& id : mentees_[i].person->prefers)
            if (auto it = mentor_idx.find(id); it != mentor_idx.end()) mentee_prefers_[i].push_back(it->second);
    mentor_prefers_.resize(mentors_.size());
    preferred_by_.resize(mentees_.size());
    for (size_t j = 0; j < mentors_.size(); ++j)
        for (const auto& id : mentors_[j].person->prefers)
            if (auto it = mentee_idx.find(id); it != mentee_idx.end()) {
                mentor_prefers_[j].push_back(it->second);
                preferred_by_[it->second].push_back(static_cast<int>(j));
            }
}

// score_row's view of the mentors. A time zone, a seniority, an
// availability or a set of languages is known by a representative mentor
// that has it, so that a
// row computes its part and rule with the very functions parts() uses.
void CompiledCohort::compile_mentor_columns() {
    std::unordered_map<int64_t, int> timezones, seniorities, availabilities, language_sets;
    auto distinct = [](std::unordered_map<int64_t, int>& seen, std::vector<int>& of, int64_t value, int j) {
        auto [it, inserted] = seen.emplace(value, static_cast<int>(of.size()));
        if (inserted) of.push_back(j);
        return it->second;
    };
    const size_t m = mentors_.size();
    MentorColumns& c = columns_;
    c.languages.resize(m);
    c.organisation.resize(m);
    c.team.resize(m);
    c.timezone.resize(m);
    c.seniority.resize(m);
    c.availability.resize(m);
    c.interest_count.resize(m);
    c.interests.assign(static_cast<size_t>(interest_bits_) * m, 0);
    for (size_t j = 0; j < m; ++j) {
        const Member& b = mentors_[j];
        const int index = static_cast<int>(j);
        c.languages[j] = distinct(language_sets, languages_of_, language_key(b), index);
        c.organisation[j] = b.organisation;
        c.team[j] = b.team;
        c.timezone[j] = distinct(timezones, timezone_of_, timezone_key(b), index);
        c.seniority[j] = distinct(seniorities, seniority_of_, seniority_key(b), index);
        // mode (2 bits), days (7), hours: one key.
        const int64_t availability = (int64_t{b.hours} + 1) << 9 | int64_t{b.days} << 2 | b.mode;
        c.availability[j] = distinct(availabilities, availability_of_, availability, index);
        c.interest_count[j] = b.interest_count;
        for (int bit = 0; bit < interest_bits_; ++bit)
            if (b.interests[bit / 64] >> (bit % 64) & 1) c.interests[bit * m + j] = 1;
    }
}

int CompiledCohort::mentee_index(const std::string& id) const {
    for (size_t i = 0; i < mentees_.size(); ++i)
        if (mentees_[i].person->id == id) return static_cast<int>(i);
    return -1;
}

Rule CompiledCohort::exclusion(int i, int j) const {
    const auto& list = excluded_[i];
    auto it = std::lower_bound(list.begin(), list.end(), std::make_pair(j, Rule::None));
    return exclusion_given(i, j, it != list.end() && it->first == j ? it->second : Rule::None);
}

void CompiledCohort::exclusion_row(int i, std::vector<Rule>& out) const {
    out.resize(mentors_.size());
    auto it = excluded_[i].begin(), end = excluded_[i].end();
    for (int j = 0; j < mentor_count(); ++j) {
        while (it != end && it->first < j) ++it;  // sorted by mentor, then rule: the first is the one
        out[j] = exclusion_given(i, j, it != end && it->first == j ? it->second : Rule::None);
    }
}

std::string CompiledCohort::exclusion_text(int i, int j, Rule e, Wording w) const {
    return rule_text(e, records_, *mentors_[j].person, *mentees_[i].person, w);
}

}  // namespace mentor::detail
