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
#include "mentor/store/recovery.hpp"

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
    std::string file = Store::person_path(p.id);
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
                add(d, Store::person_path(p.id), p.marks.manager, Severity::Error,
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
            add(d, Store::person_path(p.id), p.marks.email, Severity::Error,
                "email " + p.email + " is also the email of " + it->second->id);
    }
}

void check_pair(const Records& records, const Pair& pair, Diagnostics& d) {
    std::string file = Store::pair_path(pair.id());
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
    if (mentor && mentee) {
        auto chain = management_chain(records, *mentee);
        if (std::find(chain.begin(), chain.end(), mentor->id) != chain.end())
            // A warning: `add pair --force` records such a pair on purpose.
            add(d, file, pair.mentor_mark, Severity::Warning,
                "'" + mentor->id + "' is in the management chain of '" + mentee->id + "'");
    }
    if (pair.status == PairStatus::Closed && pair.ended.empty())
        add(d, file, {}, Severity::Warning, "closed pair has no 'ended' date");
}

// plans/<pair-id>.yaml and journal/<pair-id>/ must belong to a pair.
void check_orphans(const Records& records, const fs::path& root, Diagnostics& d) {
    std::error_code ec;
    for (const char* folder : {"plans", "journal"}) {
        fs::path dir = root / folder;
        if (!fs::is_directory(dir, ec)) continue;
        std::vector<std::string> names;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) names.push_back(it->path().filename().string());
        std::sort(names.begin(), names.end());
        for (const auto& name : names) {
            if (name.empty() || name[0] == '.') continue;
            std::string id = name;
            if (std::string(folder) == "plans") {
                if (name.size() <= 5 || name.compare(name.size() - 5, 5, ".yaml") != 0) continue;
                id = name.substr(0, name.size() - 5);
            }
            if (!std::binary_search(records.pair_file_ids.begin(), records.pair_file_ids.end(), id))
                add(d, std::string(folder) + "/" + name, {}, Severity::Error, "belongs to no pair (no pairs/" + id + ".yaml)");
        }
    }
}

// Every plan and journal file of every pair is read, so validate reports
// their problems too (types, dates, goal and action references).
void check_plans_and_journals(const Records& records, const fs::path& root, Diagnostics& d) {
    std::vector<std::string> with_journal;
    for (const auto& id : records.pair_file_ids) {
        std::string path = plan_path(id);
        std::error_code ec;
        if (fs::exists(fs::symlink_status(root / path, ec))) {
            try {
                read_plan(yaml::parse(read_record(root, path), path), path, id, d);
            } catch (const Error& e) {
                d.push_back(Diagnostic{e.where(), Severity::Error, e.message()});
            }
        }
        if (fs::is_directory(root / journal_folder(id), ec)) with_journal.push_back(id);
    }
    for (const auto& journal : load_journals(root, with_journal)) d.insert(d.end(), journal.diagnostics.begin(), journal.diagnostics.end());
}

}  // namespace

Diagnostics validate_records(const Records& records, const fs::path& root) {
    Diagnostics d;
    for (const auto& p : records.people) check_person(records, p, d);
    check_manager_cycles(records, d);
    check_duplicate_emails(records, d);
    for (const auto& pair : records.pairs) check_pair(records, pair, d);
    check_orphans(records, root, d);
    check_plans_and_journals(records, root, d);
    Diagnostics interrupted = find_interrupted_write(root);
    d.insert(d.end(), interrupted.begin(), interrupted.end());
    sort_diagnostics(d);
    return d;
}

}  // namespace mentor
