// mentor plan PAIR [changes]: the agreement, goals, schedule and lifecycle of
// a pair; with no change it shows the plan, with --ics the calendar.

#include <algorithm>
#include <iostream>

#include "app_tree.hpp"
#include "context.hpp"
#include "mentor/core/i18n.hpp"
#include "spelled_option.hpp"
#include "mentor/formats/ics.hpp"
#include "mentor/journal/health.hpp"
#include "mentor/journal/seal.hpp"
#include "mentor/plan/plan.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "mentor/records/seal.hpp"
#include "mentor/store/pair_lookup.hpp"
#include "mentor/store/layout.hpp"

namespace mentor::cli {
namespace {

struct PlanOptions {
    std::string pair;
    std::optional<std::string> start, cadence, time, until, mode, person;
    std::optional<int> length, sessions;
    std::vector<std::string> rules, goals, criteria, dues, achieve, drop;
    bool pause = false, resume = false, close = false, decline = false, ics = false, dry_run = false;
    std::optional<std::string> review, reason, by, assess;
};

// The options whose order on the command line ties --criterion and --due to their --goal.
struct GoalOptions {
    CLI::Option *goal, *criterion, *due;
};

// --goal TITLE [--criterion TEXT] [--due DATE]: each --criterion and --due
// belongs to the nearest --goal before it.
std::vector<GoalInput> goal_inputs(const PlanOptions& o, const CLI::App& cmd, const GoalOptions& g, Date today) {
    std::vector<GoalInput> goals;
    size_t next_goal = 0, next_criterion = 0, next_due = 0;
    for (const CLI::Option* opt : cmd.parse_order()) {
        if (opt == g.goal) {
            goals.push_back({o.goals.at(next_goal++), "", ""});
            continue;
        }
        const bool criterion = opt == g.criterion;
        if (!criterion && opt != g.due) continue;
        const std::string flag = criterion ? "--criterion" : "--due";
        if (goals.empty()) throw usage_error(trf("{} must follow the --goal it belongs to", flag));
        std::string& field = criterion ? goals.back().criterion : goals.back().due;
        if (!field.empty()) throw usage_error(trf("goal '{}' has two {}", goals.back().title, flag));
        field = criterion ? o.criteria.at(next_criterion++) : date_option("--due", o.dues.at(next_due++), today).str();
    }
    return goals;
}

PlanChange make_change(const PlanOptions& o, const CLI::App& cmd, const GoalOptions& g, Date today) {
    PlanChange c;
    if (o.start) c.start = date_option("--start", *o.start, today);
    if (o.until) c.until = date_option("--until", *o.until, today);
    if (o.cadence) c.cadence = parse_cadence(*o.cadence);
    c.time = o.time;
    c.length = o.length;
    c.sessions = o.sessions;
    c.mode = o.mode;
    c.rules = o.rules;
    c.goals = goal_inputs(o, cmd, g, today);
    c.achieve = o.achieve;
    c.drop = o.drop;
    c.lifecycle = o.pause    ? Lifecycle::Pause
                  : o.resume ? Lifecycle::Resume
                  : o.close  ? Lifecycle::Close
                  : o.decline ? Lifecycle::Decline
                              : Lifecycle::None;
    // The values in the words of the files' readers.
    auto check = [](const schema::Record& record, const char* key, const std::string& value, const char* flag) {
        if (auto message = schema::problem(record.at(key), value, flag)) throw usage_error(*message);
    };
    if (o.reason) check(schema::pair(), "reason", *o.reason, "--reason"), c.reason = parse_closing_reason(*o.reason);
    if (o.by) check(schema::closing(), "by", *o.by, "--by"), c.by = parse_role(*o.by);
    if (o.assess) check(schema::closing(), "goals", *o.assess, "--assess"), c.goals_assessment = parse_goals_assessment(*o.assess);
    c.review = o.review.value_or("");
    if (o.review && o.review->empty() && (o.close || o.decline)) throw usage_error(tr("--review needs some text"));
    return c;
}

// The commit message of a change: ids, dates and counts only, never a goal's
// title or a rule (docs/security.md, "Git and history"); in English, as the
// history is every clone's.
std::string commit_message(const std::string& pair_id, const PlanChange& c) {
    std::vector<std::string> parts;
    if (c.touches_agreement()) parts.push_back(c.start ? "agreement from " + c.start->str() : "agreement");
    if (!c.goals.empty()) parts.push_back(std::to_string(c.goals.size()) + (c.goals.size() == 1 ? " goal" : " goals") + " added");
    for (const auto& id : c.achieve) parts.push_back("goal " + id + " achieved");
    for (const auto& id : c.drop) parts.push_back("goal " + id + " dropped");
    if (c.lifecycle == Lifecycle::Pause) parts.push_back("paused");
    if (c.lifecycle == Lifecycle::Resume) parts.push_back("resumed");
    if (c.lifecycle == Lifecycle::Close) parts.push_back("closed");
    if (c.lifecycle == Lifecycle::Decline) parts.push_back("declined");
    if (c.reason) parts.push_back("reason " + to_string(*c.reason));
    if (c.by) parts.push_back("closing review of the " + to_string(*c.by));
    std::string message = "plan " + pair_id + ":";
    for (size_t i = 0; i < parts.size(); ++i) message += (i ? ", " : " ") + parts[i];
    return parts.empty() ? message + " updated" : message;
}

void run_person_calendar(const PlanOptions& o, const Context& context) {
    if (!o.ics) throw usage_error(tr("--person goes with --ics: `mentor plan --person ID --ics`"));
    if (!o.pair.empty()) throw usage_error(tr("give either PAIR or --person ID, not both"));
    Store store = context.open_store();
    Records records = context.load(store, false);
    const Person* person = &resolve_person(records, *o.person);
    std::cout << render_calendar(calendar_name(*person),
                                 person_events(store, records, person->id));
}

void run_plan(const PlanOptions& o, const CLI::App& cmd, const GoalOptions& g, const Context& context) {
    if (o.person) return run_person_calendar(o, context);
    if (o.pair.empty()) throw usage_error(tr("which pair? `mentor plan PAIR` (a pair id, a prefix of one, or a person id)"));
    const Date today = context.today();
    const PlanChange change = make_change(o, cmd, g, today);
    if (o.ics && !change.empty()) throw usage_error(tr("--ics prints the calendar; make changes in a separate command"));
    const Format format = o.ics ? Format::Text : *parse_format(context.format({"text", "markdown", "json", "yaml"}));
    Store store = context.open_store();
    auto lock = context.lock_for_writing(store, !change.empty() && !o.dry_run);
    Records records = context.load(store, !change.empty());
    const Pair& pair = resolve_pair(records, o.pair);
    const std::optional<Plan> plan = load_plan(store, pair.id());
    const std::set<Date> held = held_session_dates(store, pair.id());
    if (change.empty()) {
        if (o.ics)
            std::cout << render_calendar(trf("Mentoring: {}", pair.id()),
                                         plan ? plan_events(records, pair, *plan) : std::vector<CalendarEvent>{});
        else
            std::cout << render_plan(records, pair, plan, held, today, format);
        return;
    }
    PlanUpdate update = apply_plan_change(pair, plan, change, records.settings, held, today);
    std::vector<FileWrite> files;
    if (update.plan_changed) files.push_back({layout::plan_path(pair.id()), yaml::emit(write_plan(update.plan))});
    const std::vector<std::string> seal_to = seal_recipients(records, pair);
    if (update.pair_changed)  // the closing review sealed to the pair, when it has recipients
        files.push_back({layout::pair_path(pair.id()), yaml::emit(seal_pair(update.pair, seal_to))});
    if (update.closing) {
        // Checked under the lock against the journal: one review per side.
        if (auto why = closing_problem(update.pair, load_journal(store.root(), pair.id()), *update.closing)) throw Error(*why);
        files.push_back({layout::entry_path(pair.id(), update.closing->file),
                         yaml::emit(seal_content(write_closing(*update.closing), schema::closing(), seal_to))});
    }
    if (files.empty()) {
        context.info(trf("nothing to change in the plan of {}", pair.id()));
        return;
    }
    context.write(store, records.settings, files, commit_message(pair.id(), change), o.dry_run);
    if (!o.dry_run)
        for (const auto& note : update.notes) context.info(note);
}

}  // namespace

void setup_plan(CLI::App& app, Context& context) {
    auto o = std::make_shared<PlanOptions>();
    auto* cmd = app.add_subcommand("plan", tr("Set or show a pair's agreement, goals and session schedule; pause, resume "
                                              "or close the pair; export the sessions as a calendar (--ics)"));
    cmd->add_option("PAIR", o->pair, tr("A pair id, an unambiguous prefix of one, or a person id with one open pair"));
    cmd->add_option("--start", o->start, tr("Date of the first session (YYYY-MM-DD, today, tomorrow, +2w...)"));
    cmd->add_option("--cadence", o->cadence, tr("weekly, biweekly, monthly or every:Nd (default from mentor.yaml)"));
    cmd->add_option("--time", o->time, tr("Time of day of the sessions, HH:MM (default 09:00)"));
    cmd->add_option("--length", o->length, tr("Minutes per session (default from mentor.yaml)"));
    auto* sessions = cmd->add_option("--sessions", o->sessions, tr("Number of sessions (default from mentor.yaml)"));
    cmd->add_option("--until", o->until, tr("Date of the last possible session, instead of --sessions"))->excludes(sessions);
    cmd->add_option("--mode", o->mode, tr("remote, in-person or phone"))->transform(spelled(schema::agreement().at("mode")));
    cmd->add_option("--rule", o->rules, tr("A ground rule to add to the agreement (repeat for more)"))->allow_extra_args(false);
    GoalOptions g;
    g.goal = cmd->add_option("--goal", o->goals, tr("Add a goal with this title (repeat for more)"))->allow_extra_args(false);
    g.criterion = cmd->add_option("--criterion", o->criteria, tr("Success criterion of the --goal before it"))->allow_extra_args(false);
    g.due = cmd->add_option("--due", o->dues, tr("Target date of the --goal before it"))->allow_extra_args(false);
    cmd->add_option("--achieve", o->achieve, tr("Mark a goal achieved today (its id: g1, g2...)"))->allow_extra_args(false);
    cmd->add_option("--drop", o->drop, tr("Mark a goal dropped today (its id)"))->allow_extra_args(false);
    auto* pause = cmd->add_flag("--pause", o->pause, tr("Pause the pair: the sessions planned from today on are dropped"));
    auto* resume = cmd->add_flag("--resume", o->resume, tr("Resume a paused pair: the rest of the sessions are planned from --start or today"));
    auto* close = cmd->add_flag("--close", o->close, tr("Close the pair today, with --reason CODE; its plan becomes read-only. "
                                                      "On a closed pair, with --by: add that side's closing review"));
    auto* decline = cmd->add_flag("--decline", o->decline, tr("Decline a proposed pair, with --reason CODE: the mentee is free for the next match, never with this mentor"));
    pause->excludes(resume)->excludes(close)->excludes(decline);
    resume->excludes(close)->excludes(decline);
    close->excludes(decline);
    cmd->add_option("--reason", o->reason, tr("Why (with --close or --decline): completed, goals-met, no-chemistry, availability, left-organisation or other"))
        ->transform(spelled(schema::pair().at("reason")))
        ->type_name(choices_type(schema::pair().at("reason")));
    cmd->add_option("--by", o->by, tr("Whose closing review --review and --assess are: mentor or mentee"))
        ->transform(spelled(schema::closing().at("by")))
        ->type_name(choices_type(schema::closing().at("by")));
    cmd->add_option("--review", o->review, tr("One side's closing review (with --by), seen only by the pair"));
    cmd->add_option("--assess", o->assess, tr("One side's view of the goals at the end (with --by): met, partly or not-met"))
        ->transform(spelled(schema::closing().at("goals")))
        ->type_name(choices_type(schema::closing().at("goals")));
    cmd->add_flag("--ics", o->ics, tr("Print the planned sessions as an iCalendar (RFC 5545) file"));
    cmd->add_option("--person", o->person, tr("With --ics: one calendar of all this person's active pairs"));
    cmd->add_flag("--dry-run", o->dry_run, tr("Show the files that would be written; write nothing"));
    cmd->callback([o, cmd, g, &context] { run_plan(*o, *cmd, g, context); });
}

}  // namespace mentor::cli
