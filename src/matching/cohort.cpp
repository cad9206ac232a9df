// Compiling a cohort for matching, and the hard rules on compiled data.

#include "matching/cohort.hpp"

#include <algorithm>
#include <bit>
#include <functional>
#include <unordered_map>

#include "mentor/core/ids.hpp"
#include "mentor/core/timezone.hpp"
#include "mentor/matching/assignment.hpp"
#include "mentor/matching/rules.hpp"

namespace mentor::detail {
namespace {

// Offsets are taken on a fixed day so that the same records give the same
// matches whatever day the command runs (mid-January: northern winter time).
constexpr long kReferenceDay = 20468;  // 2026-01-15

// Skill and interest names compare without case or accents: "Leadership",
// "leadership" and "LEADERSHIP" are one skill, "négociation" is "negociation".
std::string key_of(const std::string& name) {
    std::string k = fold_key(name);
    return k.empty() ? name : k;
}

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
    static const char* const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    uint8_t mask = 0;
    for (int d = 0; d < 7; ++d)
        if (std::find(days.begin(), days.end(), names[d]) != days.end()) mask |= static_cast<uint8_t>(1u << d);
    return mask;
}

int popcount4(const std::array<uint64_t, 4>& a) {
    int n = 0;
    for (uint64_t w : a) n += std::popcount(w);
    return n;
}

}  // namespace

bool slugify_equal(const std::string& a, const std::string& b) { return a == b || key_of(a) == key_of(b); }

CompiledCohort::CompiledCohort(const Records& records, const MatchOptions& options)
    : records_(records), options_(options) {
    const MatchingSettings& m = records.settings.matching;
    weights_ = {m.weights.skills, m.weights.interests, m.weights.availability,
                m.weights.seniority, m.weights.timezone, m.weights.preferences};
    int64_t weight_sum = 0;
    for (int w : weights_) weight_sum += w;
    scale_ = std::max<int64_t>(1, weight_sum * 1000);
    max_tz_minutes_ = m.max_timezone_difference ? std::optional<int>(*m.max_timezone_difference * 60) : std::nullopt;
    exclude_org_ = m.exclude_same_organisation;
    exclude_team_ = m.exclude_same_team;

    // Who takes part: active people of the cohort; mentees without a pair.
    std::unordered_map<std::string, int> paired_mentees;
    for (const auto& pair : records.pairs)
        if (pair.holds_capacity()) paired_mentees[pair.mentee]++;
    std::unordered_map<std::string, int> mentee_idx, mentor_idx;
    for (const auto& p : records.people) {
        if (!p.active || (!options.cohort.empty() && !p.in_cohort(options.cohort))) continue;
        if (p.has_role(Role::Mentee) && !paired_mentees.count(p.id)) {
            mentee_idx[p.id] = static_cast<int>(mentees_.size());
            mentees_.push_back(Member{&p});
        }
        if (p.has_role(Role::Mentor)) {
            mentor_idx[p.id] = static_cast<int>(mentors_.size());
            mentors_.push_back(Member{&p});
            int load = records.mentor_load(p.id), cap = records.settings.capacity_of(p);
            load_.push_back(load);
            capacity_.push_back(cap);
            free_capacity_.push_back(std::max(0, cap - load));
        }
    }

    Vocabulary languages, interests, orgs, teams, skills;
    auto compile = [&](Member& member) {
        const Person& p = *member.person;
        for (const auto& l : p.languages) {
            int id = languages.id(l);
            if (id < 64) member.languages |= uint64_t{1} << id;
        }
        for (const auto& interest : p.interests) {
            unsigned bit = static_cast<unsigned>(interests.id(key_of(interest))) % 256;
            member.interests[bit / 64] |= uint64_t{1} << (bit % 64);
        }
        member.interest_count = popcount4(member.interests);
        member.days = day_mask(p.availability.days);
        member.day_count = std::popcount(static_cast<unsigned>(member.days));
        member.mode = p.availability.mode == "remote" ? 1 : p.availability.mode == "in-person" ? 2 : 0;
        member.hours = p.availability.hours_per_month.value_or(-1);
        member.seniority = p.seniority.value_or(-1);
        if (!p.timezone.empty())
            if (auto offset = utc_offset_minutes(p.timezone, kReferenceDay)) {
                member.tz_minutes = *offset;
                member.has_tz = true;
            }
        if (!p.organisation.empty()) member.organisation = orgs.id(p.organisation);
        if (!p.team.empty()) member.team = teams.id(p.organisation + "\n" + p.team);
    };
    for (auto& member : mentors_) compile(member);
    for (auto& member : mentees_) compile(member);
    language_names_ = languages.names();

    // Skills: what mentees want, and the level every mentor offers of it.
    wants_.resize(mentees_.size());
    for (size_t i = 0; i < mentees_.size(); ++i)
        for (const auto& w : mentees_[i].person->wants)
            wants_[i].push_back(WantedSkill{skills.id(key_of(w.skill)),
                                            w.priority == Priority::High ? 3 : w.priority == Priority::Medium ? 2 : 1});
    skill_count_ = skills.size();
    levels_.assign(mentors_.size() * static_cast<size_t>(std::max(1, skill_count_)), 0);
    for (size_t j = 0; j < mentors_.size(); ++j)
        for (const auto& o : mentors_[j].person->offers) {
            int s = skills.find(key_of(o.skill));
            if (s >= 0) levels_[j * skill_count_ + s] = static_cast<uint8_t>(std::max<int>(levels_[j * skill_count_ + s], o.level));
        }
    skill_names_ = skills.names();

    // Pair-specific rules, listed per mentee.
    excluded_.resize(mentees_.size());
    auto exclude = [&](int i, int j, Exclusion e) { excluded_[i].emplace_back(j, e); };
    for (size_t i = 0; i < mentees_.size(); ++i) {
        const Person& mentee = *mentees_[i].person;
        if (auto it = mentor_idx.find(mentee.id); it != mentor_idx.end()) exclude(i, it->second, Exclusion::SamePerson);
        auto chain = management_chain(records, mentee);
        for (size_t k = 0; k < chain.size(); ++k)
            if (auto it = mentor_idx.find(chain[k]); it != mentor_idx.end())
                exclude(i, it->second, k == 0 ? Exclusion::Manager : Exclusion::ManagementChain);
        for (const auto& id : mentee.avoids)
            if (auto it = mentor_idx.find(id); it != mentor_idx.end()) exclude(i, it->second, Exclusion::MenteeAvoids);
    }
    for (size_t j = 0; j < mentors_.size(); ++j) {
        const Person& mentor = *mentors_[j].person;
        if (auto it = mentee_idx.find(mentor.manager); it != mentee_idx.end()) exclude(it->second, j, Exclusion::ReportsToMentee);
        for (const auto& id : mentor.avoids)
            if (auto it = mentee_idx.find(id); it != mentee_idx.end()) exclude(it->second, j, Exclusion::MentorAvoids);
    }
    if (!options.allow_repeat)
        for (const auto& pair : records.pairs)
            if (pair.status == PairStatus::Closed) {
                auto a = mentee_idx.find(pair.mentee);
                auto b = mentor_idx.find(pair.mentor);
                if (a != mentee_idx.end() && b != mentor_idx.end()) exclude(a->second, b->second, Exclusion::PairedBefore);
            }
    // Sorted by mentor, the first-reported rule first for each mentor.
    for (auto& list : excluded_) std::sort(list.begin(), list.end());

    // Ranked preferences, as indexes.
    mentee_prefers_.resize(mentees_.size());
    for (size_t i = 0; i < mentees_.size(); ++i)
        for (const auto& id : mentees_[i].person->prefers)
            if (auto it = mentor_idx.find(id); it != mentor_idx.end()) mentee_prefers_[i].push_back(it->second);
    mentor_prefers_.resize(mentors_.size());
    for (size_t j = 0; j < mentors_.size(); ++j)
        for (const auto& id : mentors_[j].person->prefers)
            if (auto it = mentee_idx.find(id); it != mentee_idx.end()) mentor_prefers_[j].push_back(it->second);
}

int CompiledCohort::mentee_index(const std::string& id) const {
    for (size_t i = 0; i < mentees_.size(); ++i)
        if (mentees_[i].person->id == id) return static_cast<int>(i);
    return -1;
}

Exclusion CompiledCohort::exclusion(int i, int j) const {
    const auto& list = excluded_[i];
    auto it = std::lower_bound(list.begin(), list.end(), std::make_pair(j, Exclusion::None));
    if (it != list.end() && it->first == j) return it->second;
    const Member& a = mentees_[i];
    const Member& b = mentors_[j];
    if (a.languages && b.languages && !(a.languages & b.languages)) return Exclusion::NoCommonLanguage;
    if (exclude_org_ && a.organisation >= 0 && a.organisation == b.organisation) return Exclusion::SameOrganisation;
    if (exclude_team_ && a.team >= 0 && a.team == b.team) return Exclusion::SameTeam;
    if (max_tz_minutes_ && a.has_tz && b.has_tz && std::abs(a.tz_minutes - b.tz_minutes) > *max_tz_minutes_)
        return Exclusion::TimezoneTooFar;
    return Exclusion::None;
}

std::string CompiledCohort::exclusion_text(int i, int j, Exclusion e) const {
    const Person& mentee = *mentees_[i].person;
    const Person& mentor = *mentors_[j].person;
    switch (e) {
        case Exclusion::None: return "";
        case Exclusion::SamePerson: return "same person";
        case Exclusion::Manager: return mentor.id + " is their manager";
        case Exclusion::ManagementChain: return mentor.id + " is in their management chain";
        case Exclusion::ReportsToMentee: return mentor.id + " reports to " + mentee.id;
        case Exclusion::MenteeAvoids: return mentee.id + " avoids " + mentor.id;
        case Exclusion::MentorAvoids: return mentor.id + " avoids " + mentee.id;
        case Exclusion::NoCommonLanguage: return "no common language";
        case Exclusion::SameOrganisation: return "same organisation";
        case Exclusion::SameTeam: return "same team";
        case Exclusion::TimezoneTooFar:
            return "time zones " + std::to_string(std::abs(mentees_[i].tz_minutes - mentors_[j].tz_minutes) / 60) +
                   " h apart (limit " + std::to_string(*max_tz_minutes_ / 60) + " h)";
        case Exclusion::PairedBefore: return "paired before (closed pair; --allow-repeat to allow)";
    }
    return "";
}

}  // namespace mentor::detail
