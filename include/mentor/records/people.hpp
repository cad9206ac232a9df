#pragma once
/// Adding people: from command-line fields or spreadsheet rows, with the same
/// field names in both (`mentor add --email ...` and a CSV column `email`).

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "mentor/core/error.hpp"
#include "mentor/core/progress.hpp"
#include "mentor/formats/csv.hpp"
#include "mentor/records/records.hpp"

namespace mentor {

/// One field as the user wrote it: name (e.g. "offers") and raw text
/// (e.g. "leadership:5,public speaking:4"). List fields take items separated
/// by `|`, or by `,` when there is no `|`.
using RawField = std::pair<std::string, std::string>;

/// The field names accepted by `add` and by CSV headers, in documentation order.
const std::vector<std::string>& person_field_names();

/// Sets one field of `person` from text. Throws mentor::Error at `where`
/// (kind Usage for the command line, Data for a file) naming the field and
/// what was expected. `manager` is stored as given; see resolve_manager.
void apply_field(Person& person, const std::string& field, const std::string& value, const Location& where,
                 ErrorKind kind);

/// Finds a manager given as an id, an email or a full name among `people`;
/// returns the id, or `value` unchanged when it matches nobody (or a name
/// that several people have).
std::string resolve_manager(const std::string& value, const std::vector<const Person*>& people);

/// resolve_manager for many look-ups: `people` indexed once by id, e-mail
/// and name (lower case), so that an import of n rows costs O(n), not O(n²).
class ManagerIndex {
public:
    explicit ManagerIndex(const std::vector<const Person*>& people);
    std::string resolve(const std::string& value) const;

private:
    std::unordered_set<std::string> ids_;
    std::unordered_map<std::string, std::string> by_email_;
    std::unordered_map<std::string, std::pair<std::string, int>> by_name_;  ///< name -> (id, how many)
};

/// The outcome of adding one person.
struct PersonUpdate {
    Person person;
    bool created = false;  ///< false: an existing person was updated
    bool changed = false;  ///< false: the file would be written unchanged
    std::string file;      ///< the person's file as it is written (canonical bytes)
};

/// Adds a person, or updates the existing one with the same id or email
/// (adding `role`, overwriting the fields given). A new person's id comes
/// from `id` or from the name, with a -2, -3 suffix when taken by someone
/// of another name. Throws on bad fields, a missing name, or an id and an
/// email that name two different people. A field named "name if new" gives
/// the name of a new person without renaming an existing one (the NAME of
/// `mentor add`).
///
/// Never merges people silently (data errors, nothing changed): without
/// `allow_update` (--update), a new person whose name someone already has
/// (ignoring case and accents) is refused unless an id is given, naming
/// that person; and an email that belongs to someone of another name is
/// refused. With it, the person of that name or email is updated.
PersonUpdate add_person(const Records& records, const std::vector<RawField>& fields,
                        const std::vector<Role>& roles, const Location& where, ErrorKind kind,
                        bool allow_update = false);

/// What an import would write.
struct ImportResult {
    std::vector<PersonUpdate> updates;  ///< in file order; unchanged rows omitted
    int unchanged = 0;
};

/// Imports people from a parsed CSV file, all or nothing: every bad row is
/// collected and reported as FILE:LINE, and then the whole import is refused
/// (thrown as one Error whose message lists them all). Unknown columns are
/// refused with their names. People are matched on an `id` column, else on
/// email, so importing the same file twice adds nobody twice. Two rows for
/// one person (the same email, ignoring case, or the same id) are bad rows
/// naming both lines; so is a row whose email belongs to a person of another
/// name, unless `allow_update` (--update).
/// `progress` hears of the rows read ("rows read").
ImportResult import_people(const Records& records, const CsvTable& table, const std::string& file,
                           bool allow_update = false, const Progress& progress = {});
/// The same from a file read one row at a time (what `add --from-csv` does):
/// the result is the same, without a table of every cell beside the people.
ImportResult import_people(const Records& records, const CsvRows& rows, const std::string& file,
                           bool allow_update = false, const Progress& progress = {});

}  // namespace mentor
