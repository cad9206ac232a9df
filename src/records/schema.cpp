// The schema tables: every field of every record, once. See schema.hpp.

#include "mentor/records/schema.hpp"

#include <charconv>
#include <cstdlib>
#include <stdexcept>

#include "mentor/core/date.hpp"
#include "mentor/core/error.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/core/ids.hpp"
#include "mentor/core/timezone.hpp"
#include "mentor/formats/age.hpp"
#include "mentor/records/cadence.hpp"
#include "mentor/records/records.hpp"

// Fields are written with designated initializers naming only what they
// set; every other member has its default, which GCC would warn about.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace mentor::schema {
namespace {

using T = Type;

// Fills each field's label from the record's message prefix ("availability: ").
Record make(std::string_view kind, std::string_view prefix, std::vector<Field> fields) {
    for (auto& f : fields) f.label = std::string(prefix) + std::string(f.key);
    return Record{kind, std::move(fields)};
}

const std::vector<std::string_view> kMeetingModeValues(std::begin(kMeetingModes), std::end(kMeetingModes));
const std::vector<std::string_view> kAlgorithms = {"optimal", "stable", "greedy"};
const std::vector<std::string_view> kChanges(std::begin(kFollowUpChanges), std::end(kFollowUpChanges));
const std::vector<std::string_view> kRoles = {"mentor", "mentee"};
const std::vector<std::string_view> kReasons(std::begin(kClosingReasons), std::end(kClosingReasons));
const std::vector<std::string_view> kFitValues(std::begin(kFits), std::end(kFits));
const std::vector<std::string_view> kAssessments(std::begin(kGoalsAssessments), std::end(kGoalsAssessments));
const std::vector<std::string_view> kPriorities = {"high", "medium", "low"};
const std::vector<std::string_view> kDays(std::begin(kWeekdays), std::end(kWeekdays));

// The other spellings users type, each with the value records keep
// (records/spelling.hpp compares them without case, accents or a final ".").
const std::vector<Alias> kRoleAliases = {
    {"mentoré·e", "mentee"}, {"mentoré", "mentee"}, {"mentorée", "mentee"},
};
// `roles` of a person also takes "both" (and "les deux"): people.cpp turns it into both roles.
const std::vector<Alias> kPersonRoleAliases = {
    {"mentoré·e", "mentee"}, {"mentoré", "mentee"}, {"mentorée", "mentee"}, {"les deux", "both"},
};
const std::vector<Alias> kDayAliases = {
    {"monday", "mon"},   {"tuesday", "tue"},  {"wednesday", "wed"}, {"thursday", "thu"}, {"friday", "fri"},
    {"saturday", "sat"}, {"sunday", "sun"},   {"tues", "tue"},      {"thur", "thu"},     {"thurs", "thu"},
    {"lun", "mon"},       {"lundi", "mon"},    {"mar", "tue"},
    {"mardi", "tue"},    {"mer", "wed"},      {"mercredi", "wed"},  {"jeu", "thu"},      {"jeudi", "thu"},
    {"ven", "fri"},      {"vendredi", "fri"}, {"sam", "sat"},       {"samedi", "sat"},   {"dim", "sun"},
    {"dimanche", "sun"},
};
const std::vector<Alias> kPriorityAliases = {
    {"haute", "high"}, {"élevée", "high"}, {"moyenne", "medium"}, {"basse", "low"}, {"faible", "low"},
};
const std::vector<Alias> kModeAliases = {
    {"à distance", "remote"}, {"distanciel", "remote"},  {"en distanciel", "remote"}, {"en présence", "in-person"},
    {"présentiel", "in-person"}, {"en présentiel", "in-person"}, {"téléphone", "phone"}, {"au téléphone", "phone"},
};
// A person's preferred mode also takes "any" (and refuses phone, in the usual words).
const std::vector<Alias> kPreferredModeAliases = [] {
    std::vector<Alias> aliases = kModeAliases;
    aliases.insert(aliases.end(), {{"indifférent", "any"}, {"peu importe", "any"}});
    return aliases;
}();
const std::vector<Alias> kKindAliases = {
    {"classique", "classic"}, {"inversé", "reverse"}, {"mentorat inversé", "reverse"}, {"entre pairs", "peer"},
    {"pairs", "peer"},
};
const std::vector<Alias> kStatusAliases = {
    {"proposé", "proposed"}, {"actif", "active"}, {"en pause", "paused"}, {"clôturé", "closed"}, {"clos", "closed"},
};
const std::vector<Alias> kReasonAliases = {
    {"terminé", "completed"},       {"achevé", "completed"},          {"objectifs atteints", "goals-met"},
    {"pas d'entente", "no-chemistry"}, {"mauvaise entente", "no-chemistry"}, {"disponibilités", "availability"},
    {"disponibilité", "availability"}, {"départ", "left-organisation"}, {"a quitté l'organisation", "left-organisation"},
    {"autre", "other"},
};
const std::vector<Alias> kAssessmentAliases = {
    {"atteints", "met"}, {"en partie", "partly"}, {"partiellement", "partly"}, {"non atteints", "not-met"},
};
const std::vector<Alias> kFitAliases = {{"bonne", "good"}, {"incertaine", "unsure"}, {"mauvaise", "poor"}};
const std::vector<Alias> kActiveAliases = {
    {"yes", "true"}, {"no", "false"}, {"1", "true"}, {"0", "false"},
    {"oui", "true"}, {"non", "false"}, {"vrai", "true"}, {"faux", "false"},
};

// The allowed values as typed (never translated): "remote, in-person or phone".
std::string or_list(const std::vector<std::string_view>& values) {
    std::string head;
    for (size_t i = 0; i + 1 < values.size(); ++i) head += (i > 0 ? ", " : "") + std::string(values[i]);
    if (values.size() < 2) return values.empty() ? std::string() : std::string(values.back());
    // TRANSLATORS: the last of a list of allowed values: {0} is "remote, in-person", {1} "phone".
    return trf_ctx("list of values", "{0} or {1}", head, values.back());
}

bool whole_number(std::string_view t, int min, int max) {
    int n = 0;
    auto r = std::from_chars(t.data(), t.data() + t.size(), n);
    return !t.empty() && r.ec == std::errc() && r.ptr == t.data() + t.size() && n >= min && n <= max;
}

// A plain decimal number (digits, one optional point) in [min, max].
bool decimal(std::string_view t, int min, int max) {
    size_t digits = 0, points = 0;
    for (char c : t) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == '.')
            ++points;
        else
            return false;
    }
    if (digits == 0 || points > 1) return false;
    double v = std::strtod(std::string(t).c_str(), nullptr);
    return v >= min && v <= max;
}

// The expected form of a text value with a rule, as in messages. The
// examples and the values to type (weekly, every:Nd) stay as written.
// TRANSLATORS: these complete "'field' must be ..." (one value) or
// "'field' takes ..." (the items of a list).
std::string rule_expectation(Rule rule, bool plural) {
    switch (rule) {
        case Rule::Email: return plural ? tr("addresses like name@example.org") : tr("an address like name@example.org");
        case Rule::LanguageCode: return tr("two-letter ISO 639-1 codes such as en or fr");
        case Rule::PersonId: return plural ? tr("person ids such as jean-martin") : tr("a person id such as jean-martin");
        case Rule::Timezone: return tr("an IANA time zone name such as Europe/Paris");
        case Rule::Cadence: return tr("weekly, biweekly, monthly, every:Nd or every:Nw");
        case Rule::TimeOfDay: return tr("a time of day HH:MM");
        case Rule::AgeRecipient: return tr("an age recipient age1... (mentor key show prints yours)");
        case Rule::AgeMessage: return tr("an ASCII-armored age message (-----BEGIN AGE ENCRYPTED FILE-----)");
        case Rule::None: break;
    }
    return tr_ctx("expected value", "text");
}

bool rule_accepts(Rule rule, std::string_view v) {
    switch (rule) {
        case Rule::Email: return is_email(v);
        case Rule::LanguageCode: return is_language_code(v);
        case Rule::PersonId: return is_valid_id(v);
        case Rule::Timezone: return is_known_timezone(std::string(v));
        case Rule::TimeOfDay: return is_time_of_day(v);
        case Rule::AgeRecipient: return age::is_recipient(v);
        case Rule::AgeMessage: return age::is_armored(v);
        case Rule::Cadence:
            try {
                parse_cadence(v);
                return true;
            } catch (const Error&) {
                return false;
            }
        case Rule::None: break;
    }
    return true;
}

// One value of `type` (a scalar field, or a list's items).
bool accepts(const Field& f, Type type, std::string_view v) {
    switch (type) {
        case T::Integer:
        case T::SkillLevels: return whole_number(v, f.min, f.max);
        case T::Decimal: return decimal(v, f.min, f.max);
        case T::Boolean: return v == "true" || v == "false";
        case T::Date: return is_date(v);
        case T::Enum:
        case T::SkillPriorities:
            for (auto allowed : f.values)
                if (allowed == v) return true;
            return false;
        default: return rule_accepts(f.rule, v);
    }
}

Type item_type(const Field& f) {
    if (f.type != T::List) return f.type;
    return f.values.empty() ? f.item : T::Enum;
}

Field date_list(std::string_view key, std::string_view description) {
    return Field{.key = key, .type = T::List, .description = description, .item = T::Date};
}

const Record kAvailability = make("availability", "availability: ", {
    {.key = "hours_per_month", .type = T::Integer, .description = N_("hours a month the person can give"), .min = 0, .max = 200},
    {.key = "days", .type = T::List, .description = N_("preferred days"), .values = kDays,
     .aliases = kDayAliases},
    {.key = "mode", .type = T::Enum, .description = N_("how they prefer to meet"), .values = {"remote", "in-person", "any"},
     .aliases = kPreferredModeAliases},
});

const Record kPerson = make("person", "", {
    {.key = "id", .type = T::Text, .description = N_("the file name's id"), .required = true, .rule = Rule::PersonId},
    {.key = "name", .description = N_("full name")},
    {.key = "email", .description = N_("e-mail address, unique in the program"), .rule = Rule::Email},
    {.key = "roles", .type = T::List, .description = N_("mentor and/or mentee"), .values = kRoles,
     .aliases = kPersonRoleAliases},
    {.key = "organisation", .description = N_("organisation (for same-organisation exclusion)")},
    {.key = "team", .description = N_("team (for same-team exclusion)")},
    {.key = "manager", .description = N_("the manager's person id (a mentor is never in the mentee's chain)")},
    {.key = "title", .description = N_("job title")},
    {.key = "seniority", .type = T::Integer, .description = N_("years of experience"), .min = 0, .max = 80},
    {.key = "languages", .type = T::List, .description = N_("languages spoken"), .rule = Rule::LanguageCode},
    {.key = "timezone", .description = N_("IANA time zone"), .rule = Rule::Timezone},
    {.key = "location", .description = N_("where the person works")},
    {.key = "cohorts", .type = T::List, .description = N_("cohorts the person belongs to")},
    {.key = "capacity", .type = T::Integer, .description = N_("mentees a mentor takes at most"),
     .default_value = "defaults: capacity", .min = 0, .max = 100},
    {.key = "offers", .type = T::SkillLevels, .description = N_("skills a mentor passes on, level 1 (basics) to 5 (expert)"),
     .default_value = "3", .min = 1, .max = 5},
    {.key = "wants", .type = T::SkillPriorities, .description = N_("skills a mentee wants to develop, with a priority"),
     .default_value = "medium", .values = kPriorities, .aliases = kPriorityAliases},
    {.key = "interests", .type = T::List, .description = N_("interests outside work")},
    {.key = "availability", .type = T::Map, .description = N_("hours, days and meeting mode"), .nested = &kAvailability},
    {.key = "prefers", .type = T::List, .description = N_("people preferred, ranked"), .rule = Rule::PersonId},
    {.key = "avoids", .type = T::List, .description = N_("people never to be paired with"), .rule = Rule::PersonId},
    // Here, not after roles as in files: the CSV columns and the flags follow
    // this order (person_field_names), and exports keep it.
    {.key = "active", .type = T::Boolean, .description = N_("false: left out of matching"), .default_value = "true",
     .aliases = kActiveAliases},
    {.key = "notes", .description = N_("free text")},
    {.key = "recipient", .description = N_("the person's age public key: their pairs' journals are sealed to it"),
     .rule = Rule::AgeRecipient},
});

const Record kMatch = make("match", "match: ", {
    {.key = "score", .type = T::Decimal, .description = N_("the match score"), .min = 0, .max = 1},
    {.key = "algorithm", .type = T::Enum, .description = N_("the algorithm that proposed the pair (manual: `add pair`)"),
     .values = {"optimal", "stable", "greedy", "manual"}},
    {.key = "date", .type = T::Date, .description = N_("when it was proposed")},
    {.key = "reasons", .type = T::List, .description = N_("why the pair was chosen")},
});

const Record kPrevious = make("previous", "previous: ", {
    {.key = "started", .type = T::Date, .description = N_("start of the earlier relationship")},
    {.key = "ended", .type = T::Date, .description = N_("end of the earlier relationship")},
    {.key = "reason", .type = T::Enum, .description = N_("why it closed"), .values = kReasons, .aliases = kReasonAliases},
    {.key = "review", .description = N_("its closing review")},
    {.key = "sealed", .description = N_("its closing review, sealed to the pair (docs/keys.md)"), .rule = Rule::AgeMessage},
});

const Record kPair = make("pair", "", {
    {.key = "mentor", .description = N_("the mentor's person id"), .required = true, .rule = Rule::PersonId},
    {.key = "mentee", .description = N_("the mentee's person id"), .required = true, .rule = Rule::PersonId},
    {.key = "cohort", .description = N_("the cohort it was matched in")},
    {.key = "kind", .type = T::Enum, .description = N_("the kind of mentoring"), .default_value = "classic",
     .values = {"classic", "reverse", "peer"}, .aliases = kKindAliases},
    {.key = "status", .type = T::Enum, .description = N_("where the relationship is"), .default_value = "proposed",
     .values = {"proposed", "active", "paused", "closed"}, .aliases = kStatusAliases},
    {.key = "created", .type = T::Date, .description = N_("when the pair was recorded")},
    {.key = "started", .type = T::Date, .description = N_("when it became active")},
    {.key = "ended", .type = T::Date, .description = N_("when it closed")},
    {.key = "match", .type = T::Map, .description = N_("what the matcher recorded"), .nested = &kMatch},
    {.key = "reason", .type = T::Enum, .description = N_("why it was declined or closed"), .values = kReasons,
     .aliases = kReasonAliases},
    {.key = "review", .description = N_("closing review (files of earlier versions; closings now have their own files)"),
     .content = true},
    {.key = "sealed", .description = N_("the closing review as an age message to the pair (docs/keys.md)"),
     .rule = Rule::AgeMessage},
    {.key = "previous", .type = T::Map, .description = N_("an earlier relationship of the same two people"), .nested = &kPrevious},
});

const Record kAgreement = make("agreement", "agreement: ", {
    {.key = "start", .type = T::Date, .description = N_("the date of the first session"), .required = true},
    {.key = "cadence", .description = N_("rhythm of sessions"), .default_value = "defaults: cadence", .rule = Rule::Cadence},
    {.key = "time", .description = N_("time of day of the sessions"), .default_value = "09:00", .rule = Rule::TimeOfDay},
    {.key = "length", .type = T::Integer, .description = N_("minutes per session"), .default_value = "60", .min = 5, .max = 600},
    {.key = "sessions", .type = T::Integer, .description = N_("duration as a number of sessions (or until)"), .min = 1, .max = 1000},
    {.key = "until", .type = T::Date, .description = N_("duration as an end date (or sessions)")},
    {.key = "mode", .type = T::Enum, .description = N_("how the pair meets"), .values = kMeetingModeValues,
     .aliases = kModeAliases},
    {.key = "confidentiality", .description = N_("the confidentiality statement"), .default_value = "defaults: confidentiality"},
    {.key = "rules", .type = T::List, .description = N_("ground rules, in the order agreed")},
});

const Record kGoal = make("goal", "goals: ", {
    {.key = "id", .description = N_("g1, g2, ...: stable, never reused"), .required = true},
    {.key = "title", .description = N_("what the mentee wants to reach")},
    {.key = "criterion", .description = N_("how both will know it is reached")},
    {.key = "due", .type = T::Date, .description = N_("target date")},
    {.key = "status", .type = T::Enum, .description = N_("where the goal is"), .default_value = "open",
     .values = {"open", "achieved", "dropped"}},
    {.key = "closed", .type = T::Date, .description = N_("date achieved or dropped")},
});

const Record kPlan = make("plan", "", {
    {.key = "agreement", .type = T::Map, .description = N_("the framework the pair agreed on"), .nested = &kAgreement},
    {.key = "goals", .type = T::MapList, .description = N_("the goals"), .nested = &kGoal},
    date_list("schedule", N_("planned session dates")),
    {.key = "updated", .type = T::Date, .description = N_("date of the last change")},
    {.key = "revision", .type = T::Integer, .description = N_("times the schedule was rewritten (calendar SEQUENCE)"),
     .default_value = "0", .min = 0, .max = 1000000},
});

const Record kAction = make("action", "actions: ", {
    {.key = "id", .description = N_("<session-date>.<n>, stable forever")},
    {.key = "owner", .type = T::Enum, .description = N_("who does it"), .required = true, .values = kRoles,
     .aliases = kRoleAliases},
    {.key = "text", .description = N_("what is to be done"), .required = true, .content = true},
    {.key = "due", .type = T::Date, .description = N_("due date")},
});

const Record kSession = make("session", "", {
    {.key = "date", .type = T::Date, .description = N_("the day of the session"), .required = true},
    {.key = "duration", .type = T::Integer, .description = N_("minutes"), .min = 1, .max = 24 * 60},
    {.key = "mode", .type = T::Enum, .description = N_("how the pair met"), .values = kMeetingModeValues,
     .aliases = kModeAliases},
    {.key = "private", .type = T::Boolean, .description = N_("true: content shown only in the pair report"),
     .default_value = "false"},
    {.key = "rating", .type = T::Integer, .description = N_("how it went, 1 to 5"), .min = 1, .max = 5},
    {.key = "topics", .type = T::List, .description = N_("topics discussed"), .content = true},
    {.key = "goals", .type = T::List, .description = N_("ids of the plan's goals touched")},
    {.key = "actions", .type = T::MapList, .description = N_("actions agreed"), .nested = &kAction},
    {.key = "done", .type = T::List, .description = N_("ids of actions of this pair completed")},
    {.key = "notes", .description = N_("free text"), .content = true},
    {.key = "sealed", .description = N_("the content fields as one age message to the pair (docs/keys.md)"),
     .rule = Rule::AgeMessage},
});

const Record kDefaults = make("defaults", "defaults: ", {
    {.key = "capacity", .type = T::Integer, .description = N_("a mentor's capacity when their file gives none"),
     .default_value = "2", .min = 0, .max = 100},
    {.key = "cadence", .description = N_("cadence of new agreements"), .default_value = "biweekly", .rule = Rule::Cadence},
    {.key = "session_length", .type = T::Integer, .description = N_("minutes per session"), .default_value = "60", .min = 5,
     .max = 600},
    {.key = "sessions", .type = T::Integer, .description = N_("sessions in an agreement"), .default_value = "12", .min = 1,
     .max = 1000},
    {.key = "confidentiality", .description = N_("the statement every agreement carries")},
});

Field weight(std::string_view key, std::string_view dflt) {
    return Field{.key = key, .type = T::Integer, .description = N_("weight of this part of the score"), .default_value = dflt,
                 .min = 0, .max = 1000};
}

const Record kWeights = make("weights", "matching: weights: ", {
    weight("skills", "50"), weight("interests", "10"), weight("availability", "10"), weight("seniority", "10"),
    weight("timezone", "10"), weight("preferences", "10"),
});

const Record kMatching = make("matching", "matching: ", {
    {.key = "algorithm", .type = T::Enum, .description = N_("how pairs are chosen"), .default_value = "optimal",
     .values = kAlgorithms},
    {.key = "objective", .type = T::Enum, .description = N_("coverage: as many mentees as possible first"),
     .default_value = "coverage", .values = {"coverage", "score"}},
    {.key = "exclude_same_organisation", .type = T::Boolean, .description = N_("never pair people of one organisation"),
     .default_value = "false"},
    {.key = "exclude_same_team", .type = T::Boolean, .description = N_("never pair people of one team"), .default_value = "true"},
    {.key = "max_timezone_difference", .type = T::Integer, .description = N_("hours; absent: no limit"), .min = 0, .max = 24},
    {.key = "weights", .type = T::Map, .description = N_("how much each part of the score counts"), .nested = &kWeights},
    {.key = "reverse_min_gap", .type = T::Integer, .description = N_("years a reverse mentee has more than the mentor"),
     .default_value = "1", .min = 1, .max = 80},
    {.key = "peer_max_gap", .type = T::Integer, .description = N_("largest seniority gap of peers, in years"),
     .default_value = "3", .min = 0, .max = 80},
    {.key = "classic_min_gap", .type = T::Integer, .description = N_("years a classic mentor has more than the mentee; negative relaxes, null switches the rule off"),
     .default_value = "0", .min = -80, .max = 80},
    {.key = "min_skills", .type = T::Integer, .description = N_("wants of the mentee a mentor must cover"),
     .default_value = "1", .min = 0, .max = 100},
});

const Record kCheckins = make("checkins", "checkins: ", {
    {.key = "every_days", .type = T::Integer, .description = N_("days between two check-ins of one side, after the first session"),
     .default_value = "30", .min = 1, .max = 366},
});

const Record kReports = make("reports", "reports: ", {
    {.key = "early_months", .type = T::Integer, .description = N_("a pair closed sooner after its start closed early"),
     .default_value = "6", .min = 1, .max = 120},
    {.key = "min_group", .type = T::Integer, .description = N_("figures over fewer pairs are withheld in cohort and person reports"),
     .default_value = "5", .min = 1, .max = 1000},
});

const Record kGit = make("git", "git: ", {
    {.key = "autocommit", .type = T::Boolean, .description = N_("commit every change the tool makes")},
});

const Record kJournalSettings = make("journal", "journal: ", {
    {.key = "seal", .type = T::Boolean, .description = N_("false: never seal content, even for pairs with recipients"),
     .default_value = "true"},
});

const Record kSettings = make("settings", "", {
    {.key = "schema", .type = T::Integer, .description = N_("version of the records format"), .required = true, .min = 1,
     .max = 1000000},
    {.key = "program", .description = N_("the program's name")},
    {.key = "email", .description = N_("the program's e-mail address: From of `agenda --mail` drafts"), .rule = Rule::Email},
    {.key = "defaults", .type = T::Map, .description = N_("defaults of people and agreements"), .nested = &kDefaults},
    {.key = "matching", .type = T::Map, .description = N_("matching settings"), .nested = &kMatching},
    date_list("holidays", N_("days without sessions")),
    {.key = "checkins", .type = T::Map, .description = N_("the pulse survey"), .nested = &kCheckins},
    {.key = "reports", .type = T::Map, .description = N_("report settings"), .nested = &kReports},
    {.key = "git", .type = T::Map, .description = N_("git integration"), .nested = &kGit},
    {.key = "journal", .type = T::Map, .description = N_("journal settings"), .nested = &kJournalSettings},
    {.key = "extra_keys", .type = T::Map, .description = N_("keys added on purpose, per record kind: not reported as unknown")},
});

}  // namespace

const Field* Record::find(std::string_view key) const {
    for (const auto& f : fields)
        if (f.key == key) return &f;
    return nullptr;
}

const Field& Record::at(std::string_view key) const {
    if (const Field* f = find(key)) return *f;
    // A programming error, never shown to a user: not translated.
    throw std::logic_error(fmt::format("schema: no field '{}' in {}", key, kind));
}

std::vector<std::string> Record::keys() const {
    std::vector<std::string> out;
    for (const auto& f : fields) out.emplace_back(f.key);
    return out;
}

const Record kFollowUp = make("followup", "", {
    {.key = "date", .type = T::Date, .description = N_("the day the change happened"), .required = true},
    {.key = "action", .description = N_("the id of the action, <session-date>.<n>"), .required = true},
    {.key = "change", .type = T::Enum, .description = N_("what happened to the action"), .required = true,
     .values = kChanges},
    {.key = "due", .type = T::Date, .description = N_("the new due date (redated, or reopened with one)")},
    {.key = "reason", .description = N_("why it was cancelled"), .content = true},
    {.key = "note", .description = N_("free text"), .content = true},
    {.key = "sealed", .description = N_("the content fields as one age message to the pair (docs/keys.md)"),
     .rule = Rule::AgeMessage},
});

const Record kCheckIn = make("checkin", "", {
    {.key = "date", .type = T::Date, .description = N_("the day of the answer"), .required = true},
    {.key = "by", .type = T::Enum, .description = N_("who answered"), .required = true, .values = kRoles,
     .aliases = kRoleAliases},
    {.key = "fit", .type = T::Enum, .description = N_("is the pair a good fit?"), .required = true, .values = kFitValues,
     .aliases = kFitAliases},
    {.key = "rating", .type = T::Integer, .description = N_("how it goes, 1 to 5"), .min = 1, .max = 5},
    {.key = "comment", .description = N_("free text, seen only by the pair"), .content = true},
    {.key = "sealed", .description = N_("the comment as an age message to the pair (docs/keys.md)"), .rule = Rule::AgeMessage},
});

const Record kClosing = make("closing", "", {
    {.key = "date", .type = T::Date, .description = N_("the day of the review"), .required = true},
    {.key = "by", .type = T::Enum, .description = N_("who wrote it"), .required = true, .values = kRoles,
     .aliases = kRoleAliases},
    {.key = "goals", .type = T::Enum, .description = N_("how far the goals were reached, in this side's view"),
     .values = kAssessments, .aliases = kAssessmentAliases},
    {.key = "review", .description = N_("the closing review, seen only by the pair"), .content = true},
    {.key = "sealed", .description = N_("the review as an age message to the pair (docs/keys.md)"), .rule = Rule::AgeMessage},
});

const Record& person() { return kPerson; }
const Record& availability() { return kAvailability; }
const Record& pair() { return kPair; }
const Record& match() { return kMatch; }
const Record& plan() { return kPlan; }
const Record& agreement() { return kAgreement; }
const Record& goal() { return kGoal; }
const Record& session() { return kSession; }
const Record& action() { return kAction; }
const Record& followup() { return kFollowUp; }
const Record& checkin() { return kCheckIn; }
const Record& closing() { return kClosing; }
const Record& settings_checkins() { return kCheckins; }
const Record& settings_reports() { return kReports; }
const Record& settings() { return kSettings; }
const Record& settings_defaults() { return kDefaults; }
const Record& settings_matching() { return kMatching; }
const Record& settings_weights() { return kWeights; }
const Record& settings_git() { return kGit; }
const Record& settings_journal() { return kJournalSettings; }

const std::vector<const Record*>& all() {
    static const std::vector<const Record*> records = {
        &kPerson, &kPair, &kPlan, &kSession, &kFollowUp, &kCheckIn, &kClosing, &kSettings, &kAvailability, &kMatch,
        &kPrevious, &kAgreement, &kGoal, &kAction, &kDefaults, &kMatching, &kWeights, &kCheckins, &kReports, &kGit,
        &kJournalSettings,
    };
    return records;
}

std::string quoted(std::string_view value) {
    std::string s(value);
    if (s.size() > 40) s = s.substr(0, 37) + "...";
    return "\"" + s + "\"";
}

std::string expectation(const Field& f) {
    const bool list = f.type == T::List;
    switch (item_type(f)) {
        case T::Integer:
        case T::SkillLevels: return trf("a whole number from {} to {}", f.min, f.max);
        case T::Decimal: return trf("a number from {} to {}", f.min, f.max);
        // TRANSLATORS: true and false are the values to type: keep them.
        case T::Boolean: return tr("true or false");
        case T::Date: return list ? tr("dates YYYY-MM-DD") : tr("a date YYYY-MM-DD");
        case T::Enum:
        case T::SkillPriorities: return or_list(f.values);
        default: return rule_expectation(f.rule, list);
    }
}

std::optional<std::string> problem(const Field& f, std::string_view value, std::string_view label) {
    if (accepts(f, item_type(f), value)) return std::nullopt;
    if (f.rule == Rule::Cadence) {
        try {
            parse_cadence(value);
        } catch (const Error& e) {
            // The cadence grammar explains itself (which N is out of range).
            // TRANSLATORS: {0} is a field name ("agreement: cadence"), {1} what is wrong with its value.
            return trf("'{0}': {1}", label.empty() ? std::string_view(f.label) : label, e.message());
        }
    }
    return refused(f, quoted(value), label);
}

std::string must(const Field& f, std::string_view label) {
    const std::string_view name = label.empty() ? std::string_view(f.label) : label;
    // TRANSLATORS: {0} is a field name as written in files ("seniority"),
    // {1} what it takes ("a whole number from 0 to 80"); "takes" is said of a list.
    return f.type == T::List ? trf("'{0}' takes {1}", name, expectation(f)) : trf("'{0}' must be {1}", name, expectation(f));
}

std::string refused(const Field& f, std::string_view found, std::string_view label) {
    // TRANSLATORS: {0} is "'seniority' must be a whole number from 0 to 80",
    // {1} what the file or the command line gave: "many" (quoted), a list, nothing.
    return trf("{0}, got {1}", must(f, label), found);
}

bool is_email(std::string_view t) {
    const size_t at = t.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < t.size() && t.find_first_of(" \t\r\n") == std::string_view::npos;
}

bool is_language_code(std::string_view t) {
    return t.size() == 2 && t[0] >= 'a' && t[0] <= 'z' && t[1] >= 'a' && t[1] <= 'z';
}

// The calendar's own strict parser (core/date.hpp): one definition of a date.
bool is_date(std::string_view t) { return parse_iso_date(t).has_value(); }

}  // namespace mentor::schema
