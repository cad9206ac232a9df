#pragma once
/// The schema of every record: each field of each record kind declared once,
/// with its key, type, allowed values or range, default, whether it is
/// required, and what it is for.
///
/// Every path that takes a value in checks it here: the YAML readers, the CSV
/// and command-line path (`apply_field`, after its friendlier spellings are
/// normalised), the writers' check before a record is written, and
/// `mentor validate`. So a value is refused, with the same words, everywhere.
///
/// A new record kind (a follow-up of an action, a check-in, a closing review)
/// is one more `Record` table in src/records/schema.cpp and one accessor here.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mentor::schema {

/// The shape of a field's value.
enum class Type {
    Text,             ///< a string
    Integer,          ///< a whole number in [min, max]
    Decimal,          ///< a number in [min, max], kept as written (a match score)
    Boolean,          ///< true or false
    Date,             ///< YYYY-MM-DD, years 0001 to 9999
    Enum,             ///< one of `values`
    List,             ///< a list of text, each item checked like a Text (or Enum) field
    SkillLevels,      ///< a map skill -> whole number in [min, max] (or a plain list of skills)
    SkillPriorities,  ///< a map skill -> one of `values` (or a plain list of skills)
    Map,              ///< a nested map of the fields of `nested`
    MapList,          ///< a list of maps of the fields of `nested`
};

/// What a text value (or a list item) must look like beyond being text.
enum class Rule {
    None,
    Email,         ///< name@domain, no spaces
    LanguageCode,  ///< ISO 639-1: two lower-case ASCII letters
    PersonId,      ///< an id slug
    Timezone,      ///< an IANA time zone name known to this system
    Cadence,       ///< weekly, biweekly, monthly, every:Nd, every:Nw
    TimeOfDay,     ///< HH:MM
    AgeRecipient,  ///< an age X25519 public key, age1... (formats/age.hpp)
    AgeMessage,    ///< an ASCII-armored age message (checked in full only when opened)
};

struct Record;

/// Another spelling of a value that users type (a French word, a long day
/// name): read as `value`, the canonical English one that records keep.
/// Compared as fold_key compares (no case, accents or punctuation), so
/// "Mentoré·e", "mentorée" and "MENTOREE" are one spelling.
struct Alias {
    std::string_view spelling;
    std::string_view value;
};

struct Field {
    std::string_view key;
    Type type = Type::Text;
    /// What the field is for: a message marked with N_() in the tables,
    /// translated (tr) where it is shown, in "missing 'date' (...)".
    std::string_view description;
    bool required = false;
    std::string_view default_value = {};  ///< as written in docs; empty: none
    int min = 0, max = 0;                 ///< Integer, Decimal, SkillLevels
    std::vector<std::string_view> values = {};  ///< Enum, List of an enum, SkillPriorities
    Rule rule = Rule::None;               ///< Text and List items
    const Record* nested = nullptr;       ///< Map, MapList
    Type item = Type::Text;               ///< List: what each item is (Text or Date)
    /// What was said, not when or how much: sealed to the pair with age when
    /// both have a recipient (records/seal.hpp); everything else stays clear.
    bool content = false;
    /// Other spellings of the allowed values (records/spelling.hpp reads them).
    std::vector<Alias> aliases = {};

    /// The name used in messages: "seniority", "availability: days".
    std::string label;
};

/// One record kind, or one nested map of a record (availability, agreement...).
struct Record {
    /// The name used in `extra_keys` of mentor.yaml and in docs: "person", "availability".
    std::string_view kind;
    std::vector<Field> fields;

    /// nullptr when `key` is not a field of this record.
    const Field* find(std::string_view key) const;
    /// The field named `key`; a programming error (std::logic_error) if there is none.
    const Field& at(std::string_view key) const;
    /// Every key, in declaration order.
    std::vector<std::string> keys() const;
};

const Record& person();
const Record& availability();
const Record& pair();
const Record& match();
const Record& plan();
const Record& agreement();
const Record& goal();
const Record& session();
const Record& action();
const Record& followup();  ///< journal/<pair-id>/<date>-followup[-N].yaml
const Record& checkin();  ///< journal/<pair-id>/<date>-checkin-<side>.yaml
const Record& closing();  ///< journal/<pair-id>/<date>-closing-<side>.yaml
const Record& settings();
const Record& settings_defaults();
const Record& settings_matching();
const Record& settings_weights();
const Record& settings_git();
const Record& settings_journal();
const Record& settings_checkins();
const Record& settings_reports();

/// Every record table, top-level kinds first: for docs, tests and `extra_keys`.
const std::vector<const Record*>& all();

/// nullopt when `value` is allowed for `field`, else the message every path
/// reports, e.g. `'seniority' must be a whole number from 0 to 80, got "many"`.
/// Checks Text (rule), Integer, Decimal, Date and Enum fields, and one item of
/// a List; `label` overrides the field's label (a skill: "offers: python").
std::optional<std::string> problem(const Field& field, std::string_view value, std::string_view label = {});

/// What `field` expects, as in its messages: "a whole number from 0 to 80".
std::string expectation(const Field& field);

/// "'seniority' must be a whole number from 0 to 80" ("takes" for a list): the
/// start of every message about `field`, in the user's language; the field's
/// name and its allowed values stay as they are typed.
std::string must(const Field& field, std::string_view label = {});

/// must() and what was found instead, as every refusal of a value says it:
/// `'seniority' must be a whole number from 0 to 80, got "many"`. `found` is
/// quoted() text or a word for a node (a list, nothing).
std::string refused(const Field& field, std::string_view found, std::string_view label = {});

/// A value as messages show it: quoted, cut after 40 bytes.
std::string quoted(std::string_view value);

/// The shared value checks.
bool is_email(std::string_view text);
bool is_language_code(std::string_view text);
/// YYYY-MM-DD with a real calendar day, years 0001 to 9999.
bool is_date(std::string_view text);

/// Weekdays in canonical order, as written in records.
inline constexpr std::string_view kWeekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

}  // namespace mentor::schema
