#include "mentor/validate/validate.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "mentor/core/ids.hpp"
#include "mentor/core/timezone.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/matching/rules.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/record_io.hpp"

namespace mentor {
namespace {

void add(Diagnostics& d, const std::string& file, yaml::Mark m, Severity s, std::string message) {
    d.push_back(Diagnostic{Location{file, m.line, m.column}, s, std::move(message)});
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

void check_person(const Records& records, const Person& p, Diagnostics& d) {
    std::string file = layout::person_path(p.id);
    if (!p.manager.empty()) {
        if (p.manager == p.id)
            add(d, file, p.marks.manager, Severity::Error, "a person cannot be their own manager");
        else if (!records.person(p.manager))
            add(d, file, p.marks.manager, Severity::Warning, "manager '" + p.manager + "' matches no person");
    }
    auto check_refs = [&](const std::vector<std::string>& ids, yaml::Mark mark, const char* field) {
        for (const auto& id : ids) {
            if (id == p.id)
                add(d, file, mark, Severity::Error, std::string("'") + field + "' lists the person themself");
            else if (!records.person(id))
                add(d, file, mark, Severity::Warning, std::string("'") + field + "' names '" + id + "', who matches no person");
        }
    };
    check_refs(p.prefers, p.marks.prefers, "prefers");
    check_refs(p.avoids, p.marks.avoids, "avoids");
    if (!p.timezone.empty() && !is_known_timezone(p.timezone))
        add(d, file, {}, Severity::Error, "unknown timezone '" + p.timezone + "' (expected an IANA name such as Europe/Paris)");
    if (p.roles.empty()) add(d, file, {}, Severity::Warning, "no roles: this person is neither a mentor nor a mentee");
    if (p.has_role(Role::Mentor)) {
        int load = records.mentor_load(p.id), capacity = records.settings.capacity_of(p);
        if (load > capacity)
            add(d, file, {}, Severity::Warning,
                "mentor holds " + std::to_string(load) + " pairs but has capacity " + std::to_string(capacity));
    }
}

void check_manager_cycles(const Records& records, Diagnostics& d) {
    for (const auto& p : records.people) {
        std::set<std::string> seen{p.id};
        for (const Person* m = records.person(p.manager); m; m = records.person(m->manager)) {
            if (m->id == p.id) {
                add(d, layout::person_path(p.id), p.marks.manager, Severity::Error,
                    "management chain loops back to this person");
                break;
            }
            if (!seen.insert(m->id).second) break;
        }
    }
}

void check_duplicate_emails(const Records& records, Diagnostics& d) {
    std::map<std::string, const Person*> first;
    for (const auto& p : records.people) {
        if (p.email.empty()) continue;
        auto [it, inserted] = first.emplace(lower(p.email), &p);
        if (!inserted)
            add(d, layout::person_path(p.id), p.marks.email, Severity::Error,
                "email " + p.email + " is also the email of " + it->second->id);
    }
}

// The pairing rules check_pair reports itself (as errors, at their field),
// the pair's own existence, and capacity (check_person counts it per mentor).
bool checked_above(Rule rule) {
    return rule == Rule::SamePerson || rule == Rule::NotAMentor || rule == Rule::NotAMentee ||
           rule == Rule::AlreadyPaired || rule == Rule::PairedBefore || rule == Rule::AtCapacity;
}

void check_pair(const Records& records, const Pair& pair, Diagnostics& d) {
    std::string file = layout::pair_path(pair.id());
    const Person* mentor = records.person(pair.mentor);
    const Person* mentee = records.person(pair.mentee);
    if (pair.mentor == pair.mentee) add(d, file, pair.mentor_mark, Severity::Error, "mentor and mentee are the same person");
    if (!mentor && !pair.mentor.empty())
        add(d, file, pair.mentor_mark, Severity::Error, "mentor '" + pair.mentor + "' matches no person");
    else if (mentor && !mentor->has_role(Role::Mentor) && pair.kind != PairKind::Peer)
        add(d, file, pair.mentor_mark, Severity::Error, "'" + pair.mentor + "' does not have the mentor role");
    if (!mentee && !pair.mentee.empty())
        add(d, file, pair.mentee_mark, Severity::Error, "mentee '" + pair.mentee + "' matches no person");
    else if (mentee && !mentee->has_role(Role::Mentee) && pair.kind != PairKind::Peer)
        add(d, file, pair.mentee_mark, Severity::Error, "'" + pair.mentee + "' does not have the mentee role");
    if (mentor && mentee && pair.holds_capacity())
        for (Rule rule : broken_rules(records, *mentor, *mentee, {pair.kind, false, true}))
            if (!checked_above(rule))
                // A warning: `add pair --force` records such a pair on purpose.
                add(d, file, pair.mentor_mark, Severity::Warning, "breaks a pairing rule: " + rule_text(rule, records, *mentor, *mentee));
    if (pair.status == PairStatus::Closed && pair.ended.empty())
        add(d, file, {}, Severity::Warning, "closed pair has no 'ended' date");
}

// plans/<pair-id>.yaml and journal/<pair-id>/ must belong to a pair.
void check_orphans(const Records& records, const fs::path& root, Diagnostics& d) {
    std::error_code ec;
    for (std::string_view folder : {layout::folder(layout::Kind::Plan), layout::kJournalFolder}) {
        fs::path dir = root / folder;
        if (!fs::is_directory(dir, ec)) continue;
        std::vector<std::string> names;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) names.push_back(it->path().filename().string());
        std::sort(names.begin(), names.end());
        for (const auto& name : names) {
            if (name.empty() || layout::is_hidden(name)) continue;
            std::string id = name;
            if (folder == layout::folder(layout::Kind::Plan)) {
                if (!layout::record_stem(name)) continue;
                id = *layout::record_stem(name);
            }
            if (!std::binary_search(records.pair_file_ids.begin(), records.pair_file_ids.end(), id))
                add(d, std::string(folder) + "/" + name, {}, Severity::Error, "belongs to no pair (no " + std::string(layout::folder(layout::Kind::Pair)) + "/" + layout::file_name(id) + ")");
        }
    }
}

// Every plan and journal file of every pair is read, so validate reports
// their problems too (types, dates, goal and action references).
void check_plans_and_journals(const Records& records, const fs::path& root, Diagnostics& d) {
    std::vector<std::string> with_journal;
    for (const auto& id : records.pair_file_ids) {
        std::string path = layout::plan_path(id);
        std::error_code ec;
        if (fs::exists(root / path, ec)) {
            try {
                read_plan(yaml::parse(read_record_file(root / path, path), path), path, id, d);
            } catch (const Error& e) {
                d.push_back(Diagnostic{e.where(), Severity::Error, e.message()});
            }
        }
        if (fs::is_directory(root / layout::journal_folder(id), ec)) with_journal.push_back(id);
    }
    for (const auto& journal : load_journals(root, with_journal)) d.insert(d.end(), journal.diagnostics.begin(), journal.diagnostics.end());
}

// A session dated after today has not happened: reports leave it out (they
// count only what happened by their date), so it is most likely a typo in a
// file name or a clock set wrong. Read from the file names, which carry the
// session's date, so it costs one listing per pair.
void check_future_sessions(const Records& records, const fs::path& root, Date today, Diagnostics& d) {
    for (const auto& id : records.pair_file_ids) {
        if (!layout::is_valid_id(layout::Kind::Pair, id)) continue;  // reported as a badly named file
        std::error_code ec;
        std::vector<std::string> stems;
        for (fs::directory_iterator it(root / layout::journal_folder(id), ec), end; !ec && it != end; it.increment(ec))
            if (auto stem = layout::record_stem(it->path().filename().string())) stems.emplace_back(*stem);
        std::sort(stems.begin(), stems.end());
        for (const auto& stem : stems) {
            auto parsed = layout::parse_session_stem(stem);
            auto date = parsed ? parse_iso_date(parsed->date) : std::nullopt;
            if (date && *date > today)
                add(d, layout::session_path(id, stem), {}, Severity::Warning,
                    "a session in the future: dated " + date->str() + ", after today (" + today.str() +
                        "); reports leave it out until then");
        }
    }
}

}  // namespace

Diagnostics validate_records(const Records& records, const fs::path& root, Date today) {
    Diagnostics d;
    for (const auto& p : records.people) check_person(records, p, d);
    check_manager_cycles(records, d);
    check_duplicate_emails(records, d);
    for (const auto& pair : records.pairs) check_pair(records, pair, d);
    check_orphans(records, root, d);
    check_plans_and_journals(records, root, d);
    check_future_sessions(records, root, today, d);
    sort_diagnostics(d);
    return d;
}

}  // namespace mentor
