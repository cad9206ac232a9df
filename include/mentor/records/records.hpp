#pragma once
/// The records of a mentoring program, as typed values.
///
/// Each record keeps the keys the tool does not know in `extra`, so that a
/// file written back by the tool loses nothing a user or another tool put in
/// it. Conversion to and from YAML lives in record_io.hpp.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mentor/core/error.hpp"
#include "mentor/formats/yaml.hpp"

namespace mentor {

/// Current version of the records directory format (mentor.yaml `schema`).
inline constexpr int kSchemaVersion = 1;

enum class Role { Mentor, Mentee };
enum class Priority { High, Medium, Low };
enum class PairKind { Classic, Reverse, Peer };
enum class PairStatus { Proposed, Active, Paused, Closed };

std::string to_string(Role);
std::string to_string(Priority);
std::string to_string(PairKind);
std::string to_string(PairStatus);
std::optional<Role> parse_role(std::string_view);
std::optional<Priority> parse_priority(std::string_view);
std::optional<PairKind> parse_pair_kind(std::string_view);
std::optional<PairStatus> parse_pair_status(std::string_view);

/// A skill a mentor can pass on, with a level from 1 (basics) to 5 (expert).
struct Offer {
    std::string skill;
    int level = 3;
    bool operator==(const Offer&) const = default;
};

/// A skill or goal a mentee wants to develop.
struct Want {
    std::string skill;
    Priority priority = Priority::Medium;
    bool operator==(const Want&) const = default;
};

struct Availability {
    std::optional<int> hours_per_month;
    std::vector<std::string> days;  ///< mon, tue, ... sun
    std::string mode;               ///< remote | in-person | any (empty: unspecified)
    yaml::Node extra = yaml::Node::map();  ///< keys the tool does not know, in file order
    bool empty() const { return !hours_per_month && days.empty() && mode.empty() && extra.entries().empty(); }
};

/// Positions of the fields other records refer to, for validation messages.
struct PersonMarks {
    yaml::Mark id, email, manager, prefers, avoids, timezone;
};

/// people/<id>.yaml
struct Person {
    std::string id;
    std::string name;
    std::string email;
    std::vector<Role> roles;  ///< mentor before mentee, no duplicates
    bool active = true;
    std::string organisation;
    std::string team;
    std::string manager;  ///< person id, or as imported when it matched nobody
    std::string title;
    std::optional<int> seniority;  ///< years of experience
    std::vector<std::string> languages;  ///< ISO 639-1 codes, sorted
    std::string timezone;  ///< IANA name
    std::string location;
    std::vector<std::string> cohorts;  ///< sorted
    std::optional<int> capacity;  ///< mentors; mentor.yaml's default when absent
    std::vector<Offer> offers;  ///< sorted by skill
    std::vector<Want> wants;  ///< sorted by skill
    std::vector<std::string> interests;  ///< sorted
    Availability availability;
    std::vector<std::string> prefers;  ///< person ids, ranked (kept in order)
    std::vector<std::string> avoids;  ///< person ids, sorted
    std::string notes;
    std::string recipient;  ///< age1...: their pairs' journal content is sealed to it
    yaml::Node extra = yaml::Node::map();  ///< keys the tool does not know, in file order

    PersonMarks marks;  ///< not written; where fields were read from

    bool has_role(Role r) const;
    void add_role(Role r);
    bool in_cohort(std::string_view cohort) const;
};

/// What the matcher recorded about why a pair was proposed.
struct MatchInfo {
    std::string score;  ///< as written, e.g. "0.8125" (kept as text: exact round trip)
    std::string algorithm;
    std::string date;
    std::vector<std::string> reasons;
    yaml::Node extra = yaml::Node::map();  ///< keys the tool does not know, in file order
    bool empty() const {
        return score.empty() && algorithm.empty() && date.empty() && reasons.empty() && extra.entries().empty();
    }
};

/// Why a pair was declined or closed: one code each, in the enum's order.
enum class ClosingReason { Completed, GoalsMet, NoChemistry, Availability, LeftOrganisation, Other };
/// Their names in files and on the command line.
inline constexpr const char* kClosingReasons[] = {"completed", "goals-met", "no-chemistry", "availability",
                                                  "left-organisation", "other"};
std::string to_string(ClosingReason);
std::optional<ClosingReason> parse_closing_reason(std::string_view);
/// The one wording of a reason in reports, in the user's language: "no chemistry",
/// "left the organisation" ("pas d'entente" in French). Never for machine formats.
std::string closing_reason_text(ClosingReason);

/// pairs/<mentor>--<mentee>.yaml
struct Pair {
    std::string mentor;
    std::string mentee;
    std::string cohort;
    PairKind kind = PairKind::Classic;
    PairStatus status = PairStatus::Proposed;
    std::string created;  ///< YYYY-MM-DD
    std::string started;
    std::string ended;
    MatchInfo match;
    /// Why it was declined or closed (`plan --decline`, `plan --close`).
    std::optional<ClosingReason> reason;
    std::string review;  ///< closing review of files written before closings had their own files
    yaml::Node extra = yaml::Node::map();

    yaml::Mark mentor_mark, mentee_mark;

    std::string id() const { return pair_id(mentor, mentee); }
    /// proposed, active and paused pairs hold a mentor's capacity.
    bool holds_capacity() const { return status != PairStatus::Closed; }
    /// Declined (`plan --decline`): closed with a reason, never started.
    bool declined() const { return status == PairStatus::Closed && started.empty() && reason.has_value(); }
    static std::string pair_id(const std::string& mentor, const std::string& mentee) { return mentor + "--" + mentee; }
};

enum class GoalStatus { Open, Achieved, Dropped };
std::string to_string(GoalStatus);
std::optional<GoalStatus> parse_goal_status(std::string_view);

/// A goal of a plan; ids are stable (g1, g2, ...) and never reused.
struct Goal {
    std::string id;
    std::string title;
    std::string criterion;  ///< how both will know it is reached
    std::string due;        ///< YYYY-MM-DD or empty
    GoalStatus status = GoalStatus::Open;
    std::string closed;  ///< date achieved or dropped
    yaml::Node extra = yaml::Node::map();
};

/// The framework the pair agreed on.
struct Agreement {
    std::string start;    ///< YYYY-MM-DD
    std::string cadence;  ///< weekly | biweekly | monthly | every:Nd
    int length = 60;      ///< minutes per session
    std::optional<int> sessions;  ///< duration as a number of sessions...
    std::string until;            ///< ...or as an end date
    std::string mode;             ///< remote | in-person | phone
    std::string confidentiality;
    std::vector<std::string> rules;  ///< ground rules, in the order agreed
    std::string time;  ///< time of day of the sessions, HH:MM (empty: 09:00)
    yaml::Node extra = yaml::Node::map();
};

/// plans/<pair-id>.yaml
struct Plan {
    std::string pair;  ///< pair id (from the file name)
    Agreement agreement;
    std::vector<Goal> goals;
    std::vector<std::string> schedule;  ///< planned session dates, YYYY-MM-DD, ascending
    std::string updated;  ///< date of the last change (the calendar's DTSTAMP)
    int revision = 0;     ///< times the schedule was rewritten (the calendar's SEQUENCE)
    yaml::Node extra = yaml::Node::map();
};

/// An action agreed in a session; its id is "<session-date>.<n>" (with the
/// session file's -N suffix when there is one), stable forever.
struct Action {
    std::string id;
    Role owner = Role::Mentee;
    std::string text;
    std::string due;  ///< YYYY-MM-DD or empty
    yaml::Node extra = yaml::Node::map();  ///< keys the tool does not know, in file order
};

/// Where a session's references were read from, for validation messages.
struct SessionMarks {
    yaml::Mark goals, done;
};

/// journal/<pair-id>/<date>[-N].yaml: one session, never rewritten.
struct Session {
    std::string pair;  ///< pair id (from the folder)
    std::string file;  ///< file stem, e.g. 2026-03-02 or 2026-03-02-2
    std::string date;  ///< YYYY-MM-DD
    std::optional<int> duration;  ///< minutes
    std::string mode;
    std::vector<std::string> topics;
    std::string notes;
    std::vector<std::string> goals;  ///< goal ids touched
    std::vector<Action> actions;     ///< actions agreed
    std::vector<std::string> done;   ///< action ids completed in this session
    std::optional<int> rating;       ///< 1-5
    bool is_private = false;         ///< content shown only in the pair report
    /// The content fields as one armored age message (records/seal.hpp):
    /// while it is set, topics, notes and action texts are not known.
    std::string sealed;
    yaml::Node extra = yaml::Node::map();
    SessionMarks marks;  ///< not written
};

/// What a follow-up does to its action.
enum class FollowUpChange { Done, Cancelled, Reopened, Redated };
/// Their names in a follow-up file's `change`, in the enum's order.
inline constexpr const char* kFollowUpChanges[] = {"done", "cancelled", "reopened", "redated"};
std::string to_string(FollowUpChange);
std::optional<FollowUpChange> parse_followup_change(std::string_view);

/// journal/<pair-id>/<date>-followup[-N].yaml: one change of state of one
/// action between sessions (`mentor action`), never rewritten. It is not a
/// session: it counts no hours and no meeting.
struct FollowUp {
    std::string pair;  ///< pair id (from the folder)
    std::string file;  ///< file stem, e.g. 2026-03-05-followup or 2026-03-05-followup-2
    std::string date;  ///< YYYY-MM-DD: the day it happened
    std::string action;  ///< the full id of the action
    FollowUpChange change = FollowUpChange::Done;
    std::string due;     ///< the new due date (redated, or reopened with one)
    std::string reason;  ///< why it was cancelled
    std::string note;
    std::string sealed;  ///< reason and note as one age message (records/seal.hpp)
    yaml::Node extra = yaml::Node::map();
    yaml::Mark mark;  ///< where `action` was read, for validation messages; not written
};

/// A check-in's answer to "is this pair a good fit?".
enum class Fit { Good, Unsure, Poor };
inline constexpr const char* kFits[] = {"good", "unsure", "poor"};
std::string to_string(Fit);
std::optional<Fit> parse_fit(std::string_view);

/// journal/<pair-id>/<date>-checkin-<side>.yaml: one side's answer to the
/// pulse survey (`mentor checkin`), never rewritten. The side is in the file
/// name, so the mentor and the mentee answering on one day in two clones
/// add two files.
struct CheckIn {
    std::string pair;  ///< pair id (from the folder)
    std::string file;  ///< file stem, e.g. 2026-03-05-checkin-mentee
    std::string date;  ///< YYYY-MM-DD
    Role by = Role::Mentee;
    Fit fit = Fit::Good;
    std::optional<int> rating;  ///< 1-5
    std::string comment;        ///< content: shown only in the pair's own views
    std::string sealed;         ///< the comment as one age message (records/seal.hpp)
    yaml::Node extra = yaml::Node::map();
};

/// How far the goals were reached, in one side's view at the end.
enum class GoalsAssessment { Met, Partly, NotMet };
inline constexpr const char* kGoalsAssessments[] = {"met", "partly", "not-met"};
std::string to_string(GoalsAssessment);
std::optional<GoalsAssessment> parse_goals_assessment(std::string_view);

/// journal/<pair-id>/<date>-closing-<side>.yaml: one side's closing review
/// of a declined or closed pair (`plan --close --by`), never rewritten.
struct Closing {
    std::string pair;
    std::string file;  ///< e.g. 2026-06-30-closing-mentor
    std::string date;
    Role by = Role::Mentee;
    std::optional<GoalsAssessment> goals;
    std::string review;  ///< content: shown only in the pair's own views
    std::string sealed;  ///< the review as one age message (records/seal.hpp)
    yaml::Node extra = yaml::Node::map();
};

struct Weights {
    int skills = 50;
    int interests = 10;
    int availability = 10;
    int seniority = 10;
    int timezone = 10;
    int preferences = 10;
};

struct MatchingSettings {
    std::string algorithm = "optimal";
    std::string objective = "coverage";
    bool exclude_same_organisation = false;
    bool exclude_same_team = true;
    std::optional<int> max_timezone_difference;  ///< hours
    // The pair kind and skills rules (matching/rules.hpp), in years and skills.
    int reverse_min_gap = 1;                ///< reverse: the mentee has at least this many more years
    int peer_max_gap = 3;                   ///< peer: at most this many years apart
    std::optional<int> classic_min_gap = 0;  ///< classic: the mentor has at least this many more (negative relaxes; null: off)
    int min_skills = 1;                     ///< wanted skills the mentor must offer (0: off)
    Weights weights;
};

/// mentor.yaml
struct Settings {
    int schema = kSchemaVersion;
    std::string program;
    std::string email;  ///< the program's address: From of the agenda's e-mail drafts
    int default_capacity = 2;
    std::string default_cadence = "biweekly";
    int default_session_length = 60;
    int default_sessions = 12;
    std::string confidentiality =
        "What is said in our sessions stays between us. Neither of us reports its content to anyone "
        "in the organisation without the other's agreement.";
    MatchingSettings matching;
    std::vector<std::string> holidays;  ///< YYYY-MM-DD
    int checkin_every_days = 30;  ///< checkins: every_days
    int early_months = 6;         ///< reports: early_months (a pair closed sooner closed early)
    int min_group = 5;            ///< reports: min_group (smaller groups' figures are withheld)
    /// git: autocommit, when mentor.yaml sets it; else the user's own default applies.
    std::optional<bool> autocommit;
    /// journal: seal: false turns sealing off for the whole program.
    bool seal = true;
    /// Keys users add on purpose, per record kind ("person", "availability",
    /// ... see schema::all()): `validate` does not call them unknown.
    std::map<std::string, std::vector<std::string>> extra_keys;
    yaml::Node extra = yaml::Node::map();

    int capacity_of(const Person& p) const { return p.capacity.value_or(default_capacity); }
};

/// Everything loaded from a records directory, sorted by id.
struct Records {
    Settings settings;
    std::vector<Person> people;
    std::vector<Pair> pairs;
    /// Ids of every people/ and pairs/ file, readable or not: an id whose file
    /// is broken is still taken.
    std::vector<std::string> person_file_ids, pair_file_ids;
    /// Every problem found while loading, sorted.
    Diagnostics diagnostics;

    const Person* person(std::string_view id) const;
    const Pair* pair(std::string_view id) const;
    bool person_id_taken(const std::string& id) const;
    /// Proposed, active and paused pairs in which `mentor_id` is the mentor.
    int mentor_load(std::string_view mentor_id) const;
};

}  // namespace mentor
