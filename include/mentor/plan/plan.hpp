#pragma once
/// Plans (SPEC §2, plans/<pair-id>.yaml): the agreement of a pair, its goals
/// and its session schedule, and the pair's lifecycle that the agreement
/// drives (proposed -> active -> paused -> closed).
///
/// Everything here is pure except load_plan() and held_session_dates(),
/// which read files: a change is computed in memory, and the caller writes
/// the plan and pair files together (Store::write is all-or-nothing).

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "mentor/core/date.hpp"
#include "mentor/formats/format.hpp"
#include "mentor/formats/ics.hpp"
#include "mentor/plan/schedule.hpp"
#include "mentor/store/store.hpp"

namespace mentor {

/// A closed pair is history: it takes no session, follow-up or plan change.
/// Throws mentor::Error "pair X is closed (ended D); <consequence>" when
/// `pair` is closed.
void require_not_closed(const Pair& pair, std::string_view consequence);

/// The plan of a pair, or nullopt when it has none yet. Throws mentor::Error
/// (data) listing every problem of a plan file that cannot be read cleanly,
/// so that no command builds on a half-read plan.
std::optional<Plan> load_plan(const Store& store, const std::string& pair_id);

/// load_plan() for views over many pairs: a plan that cannot be read is
/// added to `problems` and gives nullopt, so the view reports it and goes on.
std::optional<Plan> load_plan_noting(const Store& store, const std::string& pair_id, Diagnostics& problems);

/// Days on which the pair held a session: journal/<pair-id>/<date>[-N].yaml.
/// Read from the file names alone, so it costs one directory listing and
/// does not depend on the journal's content.
std::set<Date> held_session_dates(const Store& store, const std::string& pair_id);

/// A goal to add.
struct GoalInput {
    std::string title;
    std::string criterion;
    std::string due;  ///< YYYY-MM-DD or empty
};

/// A change of the pair's relationship, beyond its agreement and goals.
/// Decline: a proposed pair that will not start (it becomes closed, never started).
enum class Lifecycle { None, Pause, Resume, Close, Decline };

/// What `mentor plan` was asked to change; values are already parsed.
struct PlanChange {
    std::optional<Date> start;
    std::optional<Cadence> cadence;
    std::optional<std::string> time;  ///< HH:MM
    std::optional<int> length;        ///< minutes
    std::optional<int> sessions;      ///< replaces `until`
    std::optional<Date> until;        ///< replaces `sessions`
    std::optional<std::string> mode;
    std::vector<std::string> rules;  ///< appended (duplicates skipped)
    std::vector<GoalInput> goals;
    std::vector<std::string> achieve;  ///< goal ids
    std::vector<std::string> drop;     ///< goal ids
    Lifecycle lifecycle = Lifecycle::None;
    /// With Close and Decline: why (required, unless the pair is closed
    /// already and only a side's review is added).
    std::optional<ClosingReason> reason;
    /// With Close and Decline: the side whose closing review this is, its
    /// review and its view of the goals (journal/<pair>/<date>-closing-<side>.yaml).
    std::optional<Role> by;
    std::string review;
    std::optional<GoalsAssessment> goals_assessment;

    /// Any field of the agreement itself.
    bool touches_agreement() const;
    /// True when this asks for nothing (then `mentor plan` shows the plan).
    bool empty() const;
};

/// The result of a change: the files to write are those marked changed.
struct PlanUpdate {
    Pair pair;
    Plan plan;
    bool pair_changed = false;
    bool plan_changed = false;
    /// One side's closing review to create (`by` was given); the caller
    /// checks it against the journal (closing_problem) and writes it with the rest.
    std::optional<Closing> closing;
    std::vector<std::string> notes;  ///< what happened, one line each, for the user
};

/// Applies `change` to a pair and its plan (nullopt: none yet).
/// - The first agreement takes its missing values from `settings` (cadence,
///   length, sessions, confidentiality) and starts `today` unless told;
///   a proposed pair becomes active, started on the agreement's start.
/// - A change of start, cadence or duration regenerates only the future of
///   the schedule: dates before `today` and days in `held` are kept.
/// - Goals get the next free id gN; achieve/drop record `today`.
/// - Pause and close drop the planned dates from today on (held ones stay);
///   resume plans the rest of the agreement again from the start given, or today.
/// - Decline (a proposed pair) and close record `today` as the end and the
///   reason; with `by`, that side's closing review. A closed pair takes one
///   more thing: the other side's review (`by` with no other change).
/// Throws a usage error (exit 2) for a value that cannot be right (zero
/// sessions, an end before the start, an unknown goal id...) and a data
/// error (exit 1) for an operation the pair's state refuses (a closed pair,
/// closing twice, pausing a pair that is not active, declining an active one...).
PlanUpdate apply_plan_change(const Pair& pair, const std::optional<Plan>& plan, const PlanChange& change,
                             const Settings& settings, const std::set<Date>& held, Date today);

/// A goal as it stood on `day`: achieved or dropped when closed on or before
/// it (a goal closed later was still open then); else overdue when its due
/// date is before `day`; else open. The plan view and every report use this
/// one rule, so they never disagree on a goal.
enum class GoalState { Open, Overdue, Achieved, Dropped };
std::string to_string(GoalState state);
/// The state in the user's language, for text and markdown (to_string is the
/// value of JSON and YAML).
std::string goal_state_text(GoalState state);
GoalState goal_state(const Goal& goal, Date day);

/// How each planned date stands on `today`.
enum class SlotStatus { Held, Missed, Next, Planned };
std::string to_string(SlotStatus status);
/// The status in the user's language, for text and markdown.
std::string slot_status_text(SlotStatus status);

/// The schedule of a plan with each date's status: held when the journal has a
/// session that day (or, failing that, between the neighbouring planned
/// dates: a session moved by a few days still counts, each session once),
/// missed when past and not held, next for the first date from today on that
/// is not held (only for an active pair), else planned.
std::vector<std::pair<Date, SlotStatus>> schedule_status(const Pair& pair, const Plan& plan,
                                                         const std::set<Date>& held, Date today);

/// The plan of one pair for people: text, markdown, json or yaml. `plan` may
/// be nullopt (the pair has no plan yet).
std::string render_plan(const Records& records, const Pair& pair, const std::optional<Plan>& plan,
                        const std::set<Date>& held, Date today, Format format);

/// The events of one pair's planned sessions: UID "<pair-id>-<n>@mentor" by
/// position in the schedule (past positions never move, so a re-planned
/// session updates its event), times in the mentor's time zone (else the
/// mentee's, else UTC), the summary naming both people, the description
/// listing the open goals. Never any journal content. ORGANIZER is the
/// mentor and ATTENDEE the mentee, each when their e-mail is known; SEQUENCE
/// is the plan's `revision` (the schedule's rewrites).
std::vector<CalendarEvent> plan_events(const Records& records, const Pair& pair, const Plan& plan);

/// The events of every active pair of `person_id` (as mentor and as mentee),
/// by date and time: `plan --person ID --ics` and `agenda PERSON --format ics`.
std::vector<CalendarEvent> person_events(const Store& store, const Records& records, const std::string& person_id);

}  // namespace mentor
