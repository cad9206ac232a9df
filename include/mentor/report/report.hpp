#pragma once
/// Reports (SPEC §5): one pair, one person, or a whole cohort.
///
/// Building a report computes figures only; rendering turns them into text,
/// markdown, JSON, CSV or HTML. The cohort and person reports are built from
/// PairFigures, which hold counts, dates and statuses and never any text of
/// a session or a goal: confidentiality is kept by what the model can hold,
/// not by each renderer remembering to leave things out.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mentor/core/date.hpp"
#include "mentor/formats/format.hpp"
#include "mentor/journal/health.hpp"
#include "mentor/journal/journal.hpp"
#include "mentor/matching/matching.hpp"  // Sentences
#include "mentor/plan/attention.hpp"  // Risk, kFirstSessionGraceDays...
#include "mentor/store/store.hpp"

namespace mentor {

/// What every report is computed for.
struct ReportOptions {
    Date today;                 ///< the real "now": nothing after it has happened yet
    std::optional<Date> since;  ///< sessions and planned dates on or after this day
    std::optional<Date> until;  ///< ... and on or before this day
    bool include_private = false;  ///< pair report: show private entries' content

    /// The day every figure is computed as of: the period's end (`until`),
    /// else today; never after today (what has not happened is not counted).
    /// Overdue, at risk, the next session and closings are judged on it too,
    /// so that re-running last month's report gives last month's figures.
    Date as_of() const { return until && *until < today ? *until : today; }
    /// `d` is between since and until (a planned date may be after as_of()).
    bool in_period(Date d) const { return (!since || d >= *since) && (!until || d <= *until); }
    /// `d` is in the period and on or before as_of(): it has happened.
    bool counts(Date d) const { return (!since || d >= *since) && d <= as_of(); }
};

/// A record the report could not read, and so left out (`--keep-going`).
struct ReportProblem {
    std::string file;
    int line = 0;
    std::string message;
};

/// The problems that leave records out of a report: the errors of
/// `diagnostics` (warnings do not lose data), as file, line and message.
std::vector<ReportProblem> report_problems(const Diagnostics& diagnostics);

/// Closings this many days ahead are "upcoming".
inline constexpr int kUpcomingClosingDays = 30;

/// A pair's status on `day`, from its dates: a pair closed later was still
/// open then, a pair started later was only proposed; nullopt when it was
/// neither created nor started yet. Every report counts pairs by this, never by today's status.
std::optional<PairStatus> status_as_of(const Pair& pair, Date day);

/// Actions of one owner (mentor or mentee) by status.
struct ActionCounts {
    int open = 0;  ///< not done and not overdue
    int overdue = 0;
    int done = 0;
    int total() const { return open + overdue + done; }
};

/// One check-in answer without its comment (the comment is content): the
/// person report shows a person's own, the cohort report none.
struct CheckInAnswer {
    std::string date;
    Role by = Role::Mentor;
    Fit fit = Fit::Good;
    std::optional<int> rating;
};

/// Small groups stay anonymous (SPEC §5, docs/security.md): a figure of a
/// cohort or person report computed over fewer than `reports.min_group`
/// pairs is withheld. group_figure is the one decision; every renderer asks
/// it and shows a withheld figure as null (JSON, CSV) or withheld_text().
struct GroupFigure {
    int pairs = 0;          ///< how many pairs the figure is computed over
    bool withheld = false;  ///< fewer than min_group
};
GroupFigure group_figure(int pairs, int min_group);
/// "fewer than 5 pairs" (translated): what text, markdown and HTML show instead.
std::string withheld_text(int min_group);

/// The figures of one pair: counts, dates and statuses, never content.
struct PairFigures {
    std::string id, mentor, mentee, cohort;
    PairKind kind = PairKind::Classic;
    PairStatus status = PairStatus::Proposed;  ///< as of the report's date (status_as_of)
    std::string started, ended;  ///< YYYY-MM-DD, or empty (none, or after as_of())
    bool has_plan = false;
    std::string cadence;  ///< as in the plan; empty without one
    int cadence_days = 0;  ///< nominal days between sessions; 0 without a plan
    std::optional<Date> start;  ///< the agreement's start, else the pair's
    std::optional<Date> end;    ///< the last planned date, else the agreement's until
    std::vector<Date> session_dates;  ///< sessions held in the period up to as_of(), ascending
    int minutes = 0;  ///< session time in the period (a session without a duration counts the agreed length)
    int planned = 0;  ///< planned dates in the period
    int planned_due = 0;  ///< planned dates in the period and before as_of() (held or missed)
    int held_slots = 0;   ///< planned dates in the period that a session honoured
    std::optional<Date> last_session;  ///< last session ever, up to as_of() (for contact)
    std::optional<Date> next_session;  ///< next planned date from as_of() (active pairs)
    int rating_sum = 0, rated = 0;  ///< ratings of the sessions in the period
    int goals_open = 0, goals_overdue = 0, goals_achieved = 0, goals_dropped = 0;  ///< overdue goals are not in open
    ActionCounts mentor_actions, mentee_actions;  ///< actions agreed in the period, their status as of as_of()
    Risk risk = Risk::None;
    std::optional<int> days_since_contact;  ///< since the last session, else since the start
    bool exists = true;  ///< false when the pair was created after as_of(): no report counts it
    // Health (journal/health.hpp), as of as_of(). Rows of cohort and person
    // reports show the flags only: never the answers, the reason or a rating.
    bool needs_attention = false;
    std::vector<CheckInDue> checkins_due;  ///< per side, for an active pair
    CheckInResponse checkin_response;
    std::vector<CheckInAnswer> answers;  ///< check-ins by then, oldest first, without comments
    std::optional<ClosingReason> reason;  ///< declined or closed by then, with a reason
    bool declined = false;      ///< closed by then without ever starting
    bool closed_early = false;  ///< closed by then, sooner than reports.early_months after its start
    int closing_reviews = 0;    ///< sides that wrote a closing review (a review of an older file counts as both)

    bool checkin_overdue() const;
    /// The last answer of `side` by then.
    std::optional<Fit> last_fit(Role side) const;

    int sessions() const { return static_cast<int>(session_dates.size()); }
    /// Held planned dates over those due, in [0, 1]; nullopt when none was due yet.
    std::optional<double> adherence() const;
    std::optional<double> average_rating() const;
    ActionCounts actions() const;
};

/// Computes the figures of one pair from its plan (nullptr: none) and journal.
PairFigures pair_figures(const Pair& pair, const Plan* plan, const Journal& journal, const Settings& settings,
                         const ReportOptions& options);

/// Figures of many pairs, each plan and journal read in parallel and
/// dropped once counted (so memory does not grow with the journal's text).
/// Unreadable plans and sessions are reported in `diagnostics`, never skipped silently.
std::vector<PairFigures> load_pair_figures(const Store& store, const Records& records,
                                           const std::vector<const Pair*>& pairs, const ReportOptions& options,
                                           Diagnostics& diagnostics);

/// The pair report: for the pair itself, so it holds the journal's content.
struct PairReport {
    PairFigures figures;
    std::string mentor_name, mentee_name;
    std::optional<Plan> plan;
    std::vector<ActionState> actions;  ///< agreed in the period, oldest first
    std::vector<Session> journal;  ///< sessions in the period up to as_of(), oldest first
    std::vector<CheckIn> checkins;  ///< up to as_of(), with their comments: the pair's own view
    std::vector<Closing> closings;  ///< closing reviews up to as_of()
    std::optional<ClosingReason> reason;  ///< why it was declined or closed
    std::string legacy_review;  ///< the review of a pair file of an earlier version
    bool include_private = false;  ///< else private sessions show no content
    ReportOptions options;
    std::vector<ReportProblem> problems;  ///< records left out (--keep-going)
};

PairReport build_pair_report(const Records& records, const Pair& pair, std::optional<Plan> plan,
                             const Journal& journal, const ReportOptions& options);

/// The person report: their pairs as mentor and as mentee, with figures only.
struct PersonReport {
    std::string id, name;
    std::vector<Role> roles;
    bool active = true;
    int capacity = 0;  ///< as a mentor (0 when not a mentor)
    int load = 0;      ///< pairs holding capacity as a mentor, as of the report's date
    std::vector<PairFigures> as_mentor, as_mentee;  ///< pairs that existed then
    ReportOptions options;
    std::vector<ReportProblem> problems;  ///< records left out (--keep-going)
    /// The person's own check-ins, in all their pairs, oldest first.
    std::vector<std::pair<std::string, CheckInAnswer>> checkins;  ///< pair id, answer

    int sessions() const;
};

PersonReport build_person_report(const Records& records, const Person& person, std::vector<PairFigures> pairs,
                                 const ReportOptions& options);

/// One mentor's load, for the cohort's load chart and table.
struct MentorLoad {
    std::string id;
    int load = 0, capacity = 0;
};

/// How a mentor's load sits against capacity. "Far under" is using less
/// than half of it (an idle mentor among them): a mentor to offer mentees to.
enum class LoadBand { Over, At, Under, FarUnder };
LoadBand load_band(const MentorLoad& m);

/// Who a coordinator writes to about a pair: a name and an e-mail address
/// from the person's record (never anything from a session).
struct Contact {
    std::string name, email;
};

/// A mentee without a pair and why (reasons name people by id only).
struct Unmatched {
    std::string id;
    Sentences reasons;       ///< the matcher's, in English and shown; none when matched later or not waiting
    std::string matched_on;  ///< YYYY-MM-DD: matched after the report's date, so only waiting then
};
/// Why `u` has no pair: as JSON writes it (`translated` false: the same
/// bytes in every language) or as text, markdown and HTML show it.
std::vector<std::string> unmatched_reasons(const Unmatched& u, bool translated);

/// The cohort report, for the coordinator: never any session content.
struct CohortReport {
    std::string cohort;  ///< empty: every cohort (--all)
    std::string program;
    int people = 0, inactive = 0, mentors = 0, mentees = 0;  ///< active people; both roles count twice
    int mentees_matched = 0;
    std::vector<Unmatched> unmatched;  ///< by id
    std::vector<MentorLoad> mentor_load;  ///< by id
    std::map<PairStatus, int> pairs_by_status;
    std::map<std::string, int> sessions_by_month;  ///< "YYYY-MM" -> sessions, every month of the period (sessions_by_month())
    std::vector<PairFigures> pairs;  ///< by id; pairs created after as_of() are left out
    std::map<std::string, Contact> contacts;  ///< the people of `pairs` and `mentor_load`, by id
    ReportOptions options;
    std::vector<ReportProblem> problems;  ///< records left out (--keep-going)
    int min_group = 5;     ///< reports: min_group
    int early_months = 6;  ///< reports: early_months

    /// The person's name, else their id.
    std::string name_of(const std::string& id) const;
    std::optional<double> match_rate() const;
    int sessions() const;
    int planned_due() const;
    int held_slots() const;
    std::optional<double> adherence() const;
    std::optional<double> average_rating() const;
    /// Pairs with a rated session: what the average rating is computed over.
    GroupFigure rating_group() const;
    int capacity() const;
    int load() const;
    int minutes() const;
    int rated() const;
    /// Mentors in one band, by id.
    std::vector<const MentorLoad*> mentors_in(LoadBand band) const;
    int goals_open() const, goals_overdue() const, goals_achieved() const, goals_dropped() const;
    ActionCounts actions() const;
    /// Pairs at risk in the order to contact them: the longest silent first.
    std::vector<const PairFigures*> at_risk() const;
    /// Active pairs whose last planned date is within kUpcomingClosingDays of as_of(), soonest first.
    std::vector<const PairFigures*> closing_soon() const;

    // Health (docs/reports.md "Health").
    /// Check-in periods due and answered over every pair.
    CheckInResponse checkin_response() const;
    /// Each side's last answer, by fit (good, unsure, poor), over the pairs with one.
    std::map<Fit, int> fit_distribution() const;
    GroupFigure fit_group() const;
    std::vector<const PairFigures*> needing_attention() const;
    /// Pairs closed sooner than early_months after their start; their rate is
    /// over the pairs that started by then.
    std::vector<const PairFigures*> closed_early() const;
    int started() const;
    std::optional<double> closed_early_rate() const;
    /// Declined and closed pairs by reason code (those without one are not in it).
    std::map<ClosingReason, int> closing_reasons() const;
    GroupFigure reasons_group() const;
    /// Closed pairs that had started and have no closing review from either side.
    std::vector<const PairFigures*> without_review() const;
};

/// The pairs a cohort report covers: `cohort` empty means every pair; else
/// the pairs of that cohort, and pairs without one whose mentee is in it.
std::vector<const Pair*> cohort_pairs(const Records& records, const std::string& cohort);

/// Every month of the cohort's period, "YYYY-MM" -> sessions: from the
/// month of `since` (else of the first session or pair start) to the month
/// of as_of(), quiet months included as 0.
std::map<std::string, int> sessions_by_month(const std::vector<PairFigures>& pairs, const ReportOptions& options);

CohortReport build_cohort_report(const Records& records, const std::string& cohort, std::vector<PairFigures> pairs,
                                 const ReportOptions& options);

/// How a report is drawn on a terminal.
struct ReportStyle {
    bool color = false;
};

/// Renderers. Pair: text, markdown, json, csv (one row per session).
/// Person: text, markdown, json, csv (one row per pair). Cohort: text,
/// markdown, json, csv (one row per pair), html. Other formats throw a usage error.
std::string render_report(const PairReport& report, Format format, const ReportStyle& style = {});
std::string render_report(const PersonReport& report, Format format, const ReportStyle& style = {});
std::string render_report(const CohortReport& report, Format format, const ReportStyle& style = {});

/// The cohort report as one self-contained HTML page (inline CSS and SVG).
std::string render_cohort_html(const CohortReport& report);

/// "87%" for 0.87 ("87 %" in French); "–" when there is no value.
std::string percent_text(std::optional<double> ratio);

}  // namespace mentor
