#include "mentor/core/text.hpp"
#include "mentor/validate/validate.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "mentor/core/i18n.hpp"
#include "mentor/core/ids.hpp"
#include "mentor/core/suggest.hpp"
#include "mentor/journal/health.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/matching/rules.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "mentor/store/recovery.hpp"

namespace mentor {
namespace {

void add(Diagnostics& d, const std::string& file, yaml::Mark m, Severity s, std::string message) {
    d.push_back(Diagnostic{Location{file, m.line, m.column}, s, std::move(message)});
}

void check_person(const Records& records, const Person& p, Diagnostics& d) {
    std::string file = layout::person_path(p.id);
    if (!p.manager.empty()) {
        if (p.manager == p.id)
            add(d, file, p.marks.manager, Severity::Error, tr("a person cannot be their own manager"));
        else if (!records.person(p.manager))
            add(d, file, p.marks.manager, Severity::Warning, trf("manager '{}' matches no person", p.manager));
    }
    auto check_refs = [&](const std::vector<std::string>& ids, yaml::Mark mark, const char* field) {
        for (const auto& id : ids) {
            if (id == p.id)
                // TRANSLATORS: {0} is a field name as written in files (prefers, avoids).
                add(d, file, mark, Severity::Error, trf("'{0}' lists the person themself", field));
            else if (!records.person(id))
                // TRANSLATORS: {0} is a field name as written in files (prefers, avoids), {1} a person id.
                add(d, file, mark, Severity::Warning, trf("'{0}' names '{1}', who matches no person", field, id));
        }
    };
    check_refs(p.prefers, p.marks.prefers, "prefers");
    check_refs(p.avoids, p.marks.avoids, "avoids");
    // The reader leaves time zones to validate: whether one exists depends on
    // the system's tz database, which is costly to open on every load.
    if (!p.timezone.empty())
        if (auto problem = schema::problem(schema::person().at("timezone"), p.timezone))
            add(d, file, p.marks.timezone, Severity::Error, *problem);
    report_unknown_keys(p.extra, schema::person(), records.settings.extra_keys, file, d);
    report_unknown_keys(p.availability.extra, schema::availability(), records.settings.extra_keys, file, d);
    if (p.roles.empty()) add(d, file, {}, Severity::Warning, tr("no roles: this person is neither a mentor nor a mentee"));
    if (p.has_role(Role::Mentor)) {
        int load = records.mentor_load(p.id), capacity = records.settings.capacity_of(p);
        if (load > capacity) {
            // An error: two clones that each filled the last place merge
            // cleanly into this (docs/git.md says how to resolve it).
            std::string held;
            for (const auto& pair : records.pairs)
                if (pair.mentor == p.id && pair.holds_capacity())
                    held += (held.empty() ? "" : ", ") + layout::pair_path(pair.id());
            // Both forms on one line: the catalogue test finds a message by its line.
            add(d, file, {}, Severity::Error,
                // TRANSLATORS: {0} is how many pairs, {1} their files, {2} the capacity.
                trnf("mentor holds {0} pair ({1}) but has capacity {2}: decline or close one (`mentor plan PAIR --decline`), or raise the capacity", "mentor holds {0} pairs ({1}) but has capacity {2}: decline or close one (`mentor plan PAIR --decline`), or raise the capacity",
                     static_cast<unsigned long>(load), load, held, capacity));
        }
    }
}

void check_manager_cycles(const Records& records, Diagnostics& d) {
    for (const auto& p : records.people) {
        std::set<std::string> seen{p.id};
        for (const Person* m = records.person(p.manager); m; m = records.person(m->manager)) {
            if (m->id == p.id) {
                add(d, layout::person_path(p.id), p.marks.manager, Severity::Error,
                    tr("management chain loops back to this person"));
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
        auto [it, inserted] = first.emplace(ascii_lower(p.email), &p);
        if (!inserted)
            add(d, layout::person_path(p.id), p.marks.email, Severity::Error,
                // TRANSLATORS: {0} is an e-mail address, {1} a person id.
                trf("email {0} is also the email of {1}", p.email, it->second->id));
    }
}

// A mentee in two open pairs of one cohort: two clones that each matched
// them merge cleanly into this. A warning, since `add pair` may record a
// second mentor on purpose; it names the files so one can be declined.
void check_mentees_paired_twice(const Records& records, Diagnostics& d) {
    std::map<std::pair<std::string, std::string>, std::vector<std::string>> open;  // (mentee, cohort) -> pair files
    for (const auto& pair : records.pairs)
        if (pair.status != PairStatus::Closed) open[{pair.mentee, pair.cohort}].push_back(layout::pair_path(pair.id()));
    for (const auto& [key, files] : open)
        if (files.size() > 1)
            add(d, layout::person_path(key.first), {}, Severity::Warning,
                key.second.empty()
                    // TRANSLATORS: {0} is how many pairs (2 or more), {1} their files.
                    ? trf("mentee in {0} open pairs ({1}): keep one and decline the others (`mentor plan PAIR --decline --reason other`)",
                          files.size(), join(files, ", "))
                    // TRANSLATORS: {0} is how many pairs (2 or more), {1} the cohort, {2} the pair files.
                    : trf("mentee in {0} open pairs of cohort {1} ({2}): keep one and decline the others (`mentor plan PAIR --decline --reason other`)",
                          files.size(), key.second, join(files, ", ")));
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
    if (pair.mentor == pair.mentee) add(d, file, pair.mentor_mark, Severity::Error, tr("mentor and mentee are the same person"));
    if (!mentor && !pair.mentor.empty())
        add(d, file, pair.mentor_mark, Severity::Error, trf("mentor '{}' matches no person", pair.mentor));
    else if (mentor && !mentor->has_role(Role::Mentor) && pair.kind != PairKind::Peer)
        add(d, file, pair.mentor_mark, Severity::Error, trf("'{}' does not have the mentor role", pair.mentor));
    if (!mentee && !pair.mentee.empty())
        add(d, file, pair.mentee_mark, Severity::Error, trf("mentee '{}' matches no person", pair.mentee));
    else if (mentee && !mentee->has_role(Role::Mentee) && pair.kind != PairKind::Peer)
        add(d, file, pair.mentee_mark, Severity::Error, trf("'{}' does not have the mentee role", pair.mentee));
    if (mentor && mentee && pair.holds_capacity())
        for (Rule rule : broken_rules(records, *mentor, *mentee, {pair.kind, false, true}))
            if (!checked_above(rule))
                // A warning: `add pair --force` records such a pair on purpose.
                add(d, file, pair.mentor_mark, Severity::Warning, trf("breaks a pairing rule: {}", rule_text(rule, records, *mentor, *mentee)));
    if (pair.status == PairStatus::Closed && pair.ended.empty())
        add(d, file, {}, Severity::Warning, tr("closed pair has no 'ended' date"));
    if (pair.reason && pair.status != PairStatus::Closed)
        // TRANSLATORS: {} is the pair's status as written in files (active, proposed, paused).
        add(d, file, {}, Severity::Error, trf("a {} pair has a closing 'reason'; only a declined or closed pair has one", to_string(pair.status)));
    report_unknown_keys(pair.extra, schema::pair(), records.settings.extra_keys, file, d);
    report_unknown_keys(pair.match.extra, schema::match(), records.settings.extra_keys, file, d);
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
                add(d, std::string(folder) + "/" + name, {}, Severity::Error,
                    // TRANSLATORS: {} is the pair file that is missing.
                    trf("belongs to no pair (no {})", std::string(layout::folder(layout::Kind::Pair)) + "/" + layout::file_name(id)));
        }
    }
}

void check_plan(const Records& records, const Plan& plan, const std::string& file, Diagnostics& d) {
    const ExtraKeys& extra = records.settings.extra_keys;
    report_unknown_keys(plan.extra, schema::plan(), extra, file, d);
    report_unknown_keys(plan.agreement.extra, schema::agreement(), extra, file, d);
    for (const auto& goal : plan.goals) report_unknown_keys(goal.extra, schema::goal(), extra, file, d);
}

// A follow-up names an action of its pair's journal, and no entry breaks
// the rules of an action's life (action_state's problems: done twice, done
// before it was agreed, ...), whatever the date of the entry.
void check_followups(const Records& records, const Journal& journal, const std::set<std::string>& actions,
                     Diagnostics& d) {
    std::vector<std::string> ids(actions.begin(), actions.end());
    for (const auto& f : journal.followups) {
        const std::string file = layout::entry_path(journal.pair, f.file);
        report_unknown_keys(f.extra, schema::followup(), records.settings.extra_keys, file, d);
        if (!f.action.empty() && !actions.count(f.action))
            add(d, file, f.mark, Severity::Error,
                // TRANSLATORS: {0} is an action id, {1} a pair id.
                trf("'action' names '{0}', which is no action agreed in the journal of {1}", f.action, journal.pair) +
                    did_you_mean(f.action, ids));
    }
    for (const auto& a : action_states(journal, *parse_iso_date("9999-12-31")))
        for (const auto& p : a.problems) {
            yaml::Mark mark;
            for (const auto& s : journal.sessions)
                if (p.in_session && s.file == p.in) mark = s.marks.done;
            for (const auto& f : journal.followups)
                if (!p.in_session && f.file == p.in) mark = f.mark;
            add(d, layout::entry_path(journal.pair, p.in), mark, Severity::Error, p.message);
        }
}

// Check-ins and closing reviews keep the rules `mentor checkin` and `plan
// --close` apply (journal/health.hpp), whatever their date: a check-in in a
// closed pair, two closings from one side, an entry of a pair with no file...
void check_answers(const Records& records, const Journal& journal, Diagnostics& d) {
    const Pair* pair = records.pair(journal.pair);
    const Date never = *parse_iso_date("9999-12-31");  // future dates are check_future_sessions'
    for (const auto& c : journal.checkins) {
        const std::string file = layout::entry_path(journal.pair, c.file);
        report_unknown_keys(c.extra, schema::checkin(), records.settings.extra_keys, file, d);
        if (pair)
            if (auto why = checkin_problem(*pair, journal, c, never)) add(d, file, {}, Severity::Error, *why);
    }
    for (const auto& c : journal.closings) {
        const std::string file = layout::entry_path(journal.pair, c.file);
        report_unknown_keys(c.extra, schema::closing(), records.settings.extra_keys, file, d);
        if (pair)
            if (auto why = closing_problem(*pair, journal, c)) add(d, file, {}, Severity::Error, *why);
    }
}

// A pair closed in one clone while the other logged a session after that
// day: the merge keeps both files, and the pair is both closed and met.
void check_after_closing(const Records& records, const Journal& journal, Diagnostics& d) {
    const Pair* pair = records.pair(journal.pair);
    if (!pair || pair->status != PairStatus::Closed) return;
    auto ended = parse_iso_date(pair->ended);
    if (!ended) return;
    for (const auto& s : journal.sessions)
        if (auto day = parse_iso_date(s.date); day && *day > *ended)
            add(d, layout::session_path(journal.pair, s.file), {}, Severity::Error,
                // TRANSLATORS: {0} and {2} are dates as written in files, {1} the pair file.
                trf("a session on {0}, after {1} closed the pair on {2}: keep the session and reopen the pair by hand, or remove the session (`git rm`)",
                    s.date, layout::pair_path(journal.pair), pair->ended));
}

// A session names goals of its pair's plan and actions of its pair's journal.
void check_journal(const Records& records, const Journal& journal, const Plan* plan, Diagnostics& d) {
    const ExtraKeys& extra = records.settings.extra_keys;
    std::set<std::string> actions;
    for (const auto& s : journal.sessions)
        for (const auto& a : s.actions) actions.insert(a.id);
    for (const auto& s : journal.sessions) {
        const std::string file = layout::session_path(journal.pair, s.file);
        report_unknown_keys(s.extra, schema::session(), extra, file, d);
        for (const auto& a : s.actions) report_unknown_keys(a.extra, schema::action(), extra, file, d);
        for (const auto& id : s.goals) {
            const bool known = plan && std::any_of(plan->goals.begin(), plan->goals.end(),
                                                   [&](const Goal& g) { return g.id == id; });
            if (!known)
                add(d, file, s.marks.goals, Severity::Error,
                    // TRANSLATORS: {0} is a goal id (g1), {1} a pair id.
                    trf("'goals' names '{0}', which is no goal of the plan of {1}", id, journal.pair));
        }
        for (const auto& id : s.done)
            if (!actions.count(id))
                add(d, file, s.marks.done, Severity::Error,
                    // TRANSLATORS: {0} is an action id, {1} a pair id.
                    trf("'done' names '{0}', which is no action agreed in the journal of {1}", id, journal.pair));
    }
    check_after_closing(records, journal, d);
    check_followups(records, journal, actions, d);
    check_answers(records, journal, d);
}

// Every plan and journal file of every pair is read, so validate reports
// their problems too (types, dates, goal and action references).
void check_plans_and_journals(const Records& records, const fs::path& root, Diagnostics& d) {
    std::vector<std::string> with_journal;
    std::map<std::string, Plan> plans;
    for (const auto& id : records.pair_file_ids) {
        std::string path = layout::plan_path(id);
        std::error_code ec;
        if (fs::exists(fs::symlink_status(root / path, ec))) {
            try {
                if (auto plan = read_plan(yaml::parse(read_record(root, path), path), path, id, d)) {
                    check_plan(records, *plan, path, d);
                    plans.emplace(id, std::move(*plan));
                }
            } catch (const Error& e) {
                d.push_back(Diagnostic{e.where(), Severity::Error, e.message()});
            }
        }
        if (fs::is_directory(root / layout::journal_folder(id), ec)) with_journal.push_back(id);
    }
    for (const auto& journal : load_journals(root, with_journal)) {
        d.insert(d.end(), journal.diagnostics.begin(), journal.diagnostics.end());
        auto plan = plans.find(journal.pair);
        check_journal(records, journal, plan == plans.end() ? nullptr : &plan->second, d);
    }
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
            if (const std::string name = it->path().filename().string(); auto stem = layout::record_stem(name))
                stems.emplace_back(*stem);
        std::sort(stems.begin(), stems.end());
        for (const auto& stem : stems) {
            auto parsed = layout::parse_entry_stem(stem);
            auto date = parsed ? parse_iso_date(parsed->date) : std::nullopt;
            if (date && *date > today)
                // Dates as the file names write them: the user looks for the file.
                add(d, layout::session_path(id, stem), {}, Severity::Warning,
                    parsed->kind == layout::EntryKind::Session
                        // TRANSLATORS: {0} is the entry's date, {1} today's.
                        ? trf("a session in the future: dated {0}, after today ({1}); reports leave it out until then", date->str(), today.str())
                        : trf("an entry in the future: dated {0}, after today ({1}); reports leave it out until then", date->str(), today.str()));
        }
    }
}

}  // namespace

Diagnostics validate_records(const Records& records, const fs::path& root, Date today) {
    Diagnostics d;
    for (const auto& p : records.people) check_person(records, p, d);
    check_manager_cycles(records, d);
    check_duplicate_emails(records, d);
    check_mentees_paired_twice(records, d);
    for (const auto& pair : records.pairs) check_pair(records, pair, d);
    check_orphans(records, root, d);
    check_plans_and_journals(records, root, d);
    check_future_sessions(records, root, today, d);
    Diagnostics interrupted = find_interrupted_write(root);
    d.insert(d.end(), interrupted.begin(), interrupted.end());
    sort_diagnostics(d);
    return d;
}

}  // namespace mentor
