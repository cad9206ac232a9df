// Adding and importing people.

#include "mentor/core/text.hpp"
#include "mentor/records/people.hpp"

#include <algorithm>
#include <charconv>
#include <functional>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "core/parallel.hpp"
#include "mentor/core/ids.hpp"
#include "mentor/core/timezone.hpp"
#include "mentor/core/suggest.hpp"
#include "mentor/core/i18n.hpp"
#include "mentor/core/unicode.hpp"
#include "mentor/records/record_io.hpp"
#include "mentor/records/schema.hpp"
#include "mentor/records/spelling.hpp"

namespace mentor {
namespace {

// The two halves of a name that French spreadsheets keep apart: not fields
// of a person, joined into `name` ("Prénom Nom") by import_people.
constexpr const char* kGivenName = "given_name";
constexpr const char* kFamilyName = "family_name";

// The other headers of a column (and names of a flag), with the field they
// name: English variants and the usual French spreadsheet headers. Compared
// as fold_key compares, so case, accents and punctuation do not count
// ("Adresse e-mail" is "adresse-e-mail"); docs/file-format.md lists them.
const std::vector<std::pair<std::string_view, std::string_view>> kColumnAliases = {
    {"org", "organisation"}, {"organization", "organisation"}, {"entreprise", "organisation"},
    {"société", "organisation"}, {"role", "roles"}, {"rôle", "roles"}, {"rôles", "roles"},
    {"cohort", "cohorts"}, {"cohorte", "cohorts"}, {"cohortes", "cohorts"}, {"language", "languages"},
    {"langue", "languages"}, {"langues", "languages"}, {"tz", "timezone"}, {"time zone", "timezone"},
    {"fuseau horaire", "timezone"}, {"fuseau", "timezone"}, {"identifiant", "id"},
    {"nom complet", "name"}, {"nom et prénom", "name"}, {"prénom nom", "name"}, {"full name", "name"},
    {"prénom", kGivenName}, {"first name", kGivenName}, {"given name", kGivenName},
    {"nom", kFamilyName}, {"nom de famille", kFamilyName}, {"last name", kFamilyName},
    {"family name", kFamilyName}, {"surname", kFamilyName},
    {"e-mail", "email"}, {"courriel", "email"}, {"mél", "email"}, {"mail", "email"},
    {"adresse e-mail", "email"}, {"adresse mail", "email"}, {"adresse électronique", "email"},
    {"équipe", "team"}, {"service", "team"}, {"responsable", "manager"},
    {"fonction", "title"}, {"poste", "title"}, {"intitulé de poste", "title"}, {"job title", "title"},
    {"ancienneté", "seniority"}, {"années d'expérience", "seniority"}, {"lieu", "location"},
    {"site", "location"}, {"ville", "location"}, {"capacité", "capacity"},
    {"compétences offertes", "offers"}, {"besoins", "wants"}, {"compétences recherchées", "wants"},
    {"centres d'intérêt", "interests"}, {"centres d'intérêts", "interests"}, {"intérêts", "interests"},
    {"disponibilité", "days"}, {"disponibilités", "days"}, {"jours", "days"}, {"jours disponibles", "days"},
    {"heures par mois", "hours_per_month"}, {"heures/mois", "hours_per_month"},
    {"mode de rencontre", "mode"}, {"préfère", "prefers"}, {"préférences", "prefers"},
    {"évite", "avoids"}, {"à éviter", "avoids"}, {"actif", "active"}, {"active", "active"},
    {"remarques", "notes"}, {"commentaires", "notes"}, {"destinataire", "recipient"}, {"clé age", "recipient"},
};

// Every spelling of a field name, folded, with the field it names.
const std::unordered_map<std::string, std::string>& spellings() {
    static const std::unordered_map<std::string, std::string> map = [] {
        std::unordered_map<std::string, std::string> out;
        for (const auto& name : person_field_names()) out.emplace(fold_key(name), name);
        for (const auto& [spelling, field] : kColumnAliases) out.emplace(fold_key(spelling), field);
        return out;
    }();
    return map;
}

std::string canonical_field(const std::string& name) {
    std::string key = ascii_lower(trim(name));
    // A field named as the schema names it (every flag, English headers): no folding.
    const auto& names = person_field_names();
    if (std::find(names.begin(), names.end(), key) != names.end()) return key;
    auto it = spellings().find(fold_key(key));
    return it == spellings().end() ? key : it->second;
}

// The CSV and flag path checks every value with the schema, after turning
// its friendlier spellings (Mon, yes, High, both) into the canonical ones, so
// that it refuses exactly what the YAML reader refuses, in the same words.
void check(const schema::Field& field, const std::string& value, const Location& where, ErrorKind kind,
           std::string_view label = {}) {
    if (auto message = schema::problem(field, value, label)) throw Error(where, *message, kind);
}

// "skill:value" -> {skill, value}; the value part is optional.
std::pair<std::string, std::string> split_skill(const std::string& item) {
    size_t colon = item.rfind(':');
    if (colon == std::string::npos) return {std::string(trim(item)), ""};
    return {std::string(trim(item.substr(0, colon))), std::string(trim(item.substr(colon + 1)))};
}

// Each item of a list cell, normalised by `spell`, checked as an item of `field`.
template <typename Spell>
std::vector<std::string> checked_list(const schema::Field& field, const std::string& value, const Location& where,
                                      ErrorKind kind, Spell spell) {
    std::vector<std::string> out;
    for (const auto& item : split_list_cell(value)) {
        out.push_back(spell(item));
        check(field, out.back(), where, kind);
    }
    return out;
}

std::string as_is(const std::string& s) { return s; }

// The people an add or import can see: the directory plus what it adds.
class PeopleIndex {
public:
    // `rows`: how many people an import may add, reserved at once (a
    // vector of 100,000 people grown by doubling holds up to twice that).
    explicit PeopleIndex(const Records& records, size_t rows = 0) : records_(records) {
        updates_.reserve(rows);
        for (const auto& id : records.person_file_ids) taken_.insert(id);
        for (const auto& p : records.people)
            if (!p.email.empty()) by_email_.emplace(ascii_lower(p.email), p.id);
    }

    // The current version of a person: added in this run, or from the records.
    const Person* find(const std::string& id) const {
        auto it = added_.find(id);
        if (it != added_.end()) return &updates_[it->second].person;
        return records_.person(id);
    }
    const Person* find_email(const std::string& email) const {
        auto it = by_email_.find(ascii_lower(email));
        return it == by_email_.end() ? nullptr : find(it->second);
    }
    bool taken(const std::string& id) const { return taken_.count(id) > 0; }

    // Records a row's person. import_people refuses two rows for one person
    // before they get here, so each id is put once.
    void put(PersonUpdate update) {
        const std::string id = update.person.id;
        taken_.insert(id);
        if (!update.person.email.empty()) by_email_[ascii_lower(update.person.email)] = id;
        added_.emplace(id, updates_.size());
        updates_.push_back(std::move(update));
    }

    std::vector<const Person*> everyone() const {
        std::vector<const Person*> out;
        for (const auto& p : records_.people)
            if (!added_.count(p.id)) out.push_back(&p);
        for (const auto& u : updates_) out.push_back(&u.person);
        return out;
    }

    std::vector<PersonUpdate>& updates() { return updates_; }

    // Once every row is read and everyone() taken: only updates() is left.
    void forget_lookups() {
        taken_ = {};
        by_email_ = {};
        added_ = {};
    }

private:
    const Records& records_;
    std::unordered_set<std::string> taken_;
    std::unordered_map<std::string, std::string> by_email_;
    std::unordered_map<std::string, size_t> added_;
    std::vector<PersonUpdate> updates_;
};

constexpr const char* kNameIfNew = "name if new";

// Two spellings of one person's name for a human: equal but for case,
// accents and punctuation ("Elodie Dupre" is "Élodie Dupré").
bool same_name(const std::string& a, const std::string& b) {
    if (a == b) return true;
    const std::string key = fold_key(a);
    return !key.empty() && key == fold_key(b);
}

std::string field_value(const std::vector<RawField>& fields, const std::string& name) {
    for (const auto& [f, v] : fields)
        if (canonical_field(f) == name) return std::string(trim(v));
    return "";
}

// The ids of the people recorded under `name` (as same_name compares).
std::vector<std::string> ids_named(const Records& records, const std::string& name) {
    std::vector<std::string> ids;
    for (const auto& p : records.people)
        if (same_name(name, p.name)) ids.push_back(p.id);
    return ids;
}

PersonUpdate add_one(PeopleIndex& index, const std::vector<RawField>& fields, const std::vector<Role>& roles,
                     const Location& where, ErrorKind kind, bool allow_update) {
    std::string id = field_value(fields, "id");
    std::string email = field_value(fields, "email");
    if (!id.empty()) require_valid_id(id, tr("person id"));
    const Person* by_id = id.empty() ? nullptr : index.find(id);
    const Person* by_email = email.empty() ? nullptr : index.find_email(email);
    if (by_id && by_email && by_id->id != by_email->id)
        // TRANSLATORS: an id, an e-mail, then the ids of the two people.
        throw Error(where, trf("id '{}' and email {} belong to two different people ({} and {})", id, email, by_id->id,
                               by_email->id), kind);
    // An e-mail is no proof of identity when a row names someone else (a
    // typo, a shared mailbox): updating that person, and renaming them, is
    // asked for explicitly. An id given is explicit already, and the NAME of
    // `mentor add` ("name if new") never renames anyone.
    const std::string name = field_value(fields, "name");
    if (!by_id && by_email && !allow_update && !name.empty() && !same_name(name, by_email->name))
        // TRANSLATORS: {0} an e-mail, {1} the id of the person it belongs to, {2} their name, {3} the name of the row.
        throw Error(where, trf("e-mail {0} belongs to {1} ({2}), not \"{3}\"; use --update to update {1}, or give another e-mail",
                               email, by_email->id, by_email->name, name), ErrorKind::Data);
    const Person* existing = by_id ? by_id : by_email;
    if (!existing && !id.empty() && index.taken(id))
        throw Error(where, trf("id '{}' is taken by a file that cannot be read; fix it first (see `mentor validate`)", id), kind);

    PersonUpdate update;
    update.created = existing == nullptr;
    if (existing) update.person = *existing;
    for (const auto& [field, value] : fields) {
        if (canonical_field(field) == "id") continue;
        if (field == kNameIfNew) {
            if (!existing) update.person.name = std::string(trim(value));
            continue;
        }
        if (!trim(value).empty()) apply_field(update.person, field, value, where, kind);
    }
    for (Role r : roles) update.person.add_role(r);
    if (existing) {
        update.person.id = existing->id;
    } else {
        if (update.person.name.empty()) throw Error(where, tr("a new person needs a name"), kind);
        if (id.empty()) {
            std::string base = slugify(update.person.name);
            if (base.empty())
                throw Error(where, trf("cannot make an id from the name \"{}\"; give one with --id (or an id column)", update.person.name), kind);
            id = unique_id(base, [&](const std::string& candidate) { return index.taken(candidate); });
        }
        update.person.id = id;
    }
    normalise(update.person);
    return update;
}

// Whether `update` changes the file of the person it updates (its bytes,
// kept in update.file for the write).
void compare_with(PersonUpdate& update, const Person* before) {
    update.created = before == nullptr;
    update.file = yaml::emit(write_person(update.person));
    update.changed = !before || update.file != yaml::emit(write_person(*before));
}

}  // namespace

const std::vector<std::string>& person_field_names() {
    // The person's keys, with availability's own in its place: a flag or a
    // column names `days`, not `availability`.
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& f : schema::person().fields) {
            if (f.nested) {
                for (const auto& inner : f.nested->fields) out.emplace_back(inner.key);
            } else {
                out.emplace_back(f.key);
            }
        }
        return out;
    }();
    return names;
}

namespace {

// Text fields and lists of text: set as given once checked.
bool apply_text(Person& p, const std::string& field, const std::string& value, const Location& where, ErrorKind kind) {
    const auto& schema = schema::person();
    std::string* text = field == "id"             ? &p.id
                        : field == "name"         ? &p.name
                        : field == "email"        ? &p.email
                        : field == "organisation" ? &p.organisation
                        : field == "team"         ? &p.team
                        : field == "manager"      ? &p.manager
                        : field == "title"        ? &p.title
                        : field == "timezone"     ? &p.timezone
                        : field == "location"     ? &p.location
                        : field == "recipient"    ? &p.recipient
                                                  : nullptr;
    if (text) {
        check(schema.at(field), value, where, kind);
        *text = value;
        return true;
    }
    std::vector<std::string>* list = field == "cohorts"     ? &p.cohorts
                                     : field == "interests" ? &p.interests
                                     : field == "prefers"   ? &p.prefers
                                     : field == "avoids"    ? &p.avoids
                                                            : nullptr;
    if (list) *list = checked_list(schema.at(field), value, where, kind, as_is);
    return list != nullptr;
}

// Fields with friendlier spellings (the aliases of their schema fields, read
// by schema::canonical): roles (both, mentoré·e), languages in any case,
// active (yes, no, oui, non), numbers.
bool apply_spelled(Person& p, const std::string& field, const std::string& value, const Location& where,
                   ErrorKind kind) {
    const auto& schema = schema::person();
    if (field == "roles") {
        for (const auto& item : split_list_cell(value)) {
            const std::string role = schema::canonical(schema.at(field), ascii_lower(item));
            for (const std::string& r : role == "both" ? std::vector<std::string>{"mentor", "mentee"}
                                                      : std::vector<std::string>{role}) {
                check(schema.at(field), r, where, kind);
                p.add_role(*parse_role(r));
            }
        }
    } else if (field == "languages") {
        p.languages = checked_list(schema.at(field), value, where, kind, [](const std::string& code) { return ascii_lower(code); });
    } else if (field == "active") {
        const std::string v = schema::canonical(schema.at(field), ascii_lower(value));
        check(schema.at(field), v, where, kind);
        p.active = v == "true";
    } else if (field == "seniority" || field == "capacity") {
        check(schema.at(field), value, where, kind);
        (field == "seniority" ? p.seniority : p.capacity) = std::stoi(value);
    } else {
        return false;
    }
    return true;
}

// offers "skill:level|..." and wants "skill:priority|...".
bool apply_skills(Person& p, const std::string& field, const std::string& value, const Location& where, ErrorKind kind) {
    if (field != "offers" && field != "wants") return false;
    const auto& f = schema::person().at(field);
    if (field == "offers") p.offers.clear();
    else p.wants.clear();
    for (const auto& item : split_list_cell(value)) {
        auto [skill, part] = split_skill(item);
        // TRANSLATORS: the field (offers or wants), then the list item typed.
        if (skill.empty()) throw Error(where, trf("'{}': empty skill name in \"{}\"", field, item), kind);
        std::string v = part.empty() ? std::string(f.default_value) : schema::canonical(f, ascii_lower(part));
        check(f, v, where, kind, field + ": " + skill);
        if (field == "offers")
            p.offers.push_back(Offer{skill, std::stoi(v)});
        else
            p.wants.push_back(Want{skill, *parse_priority(v)});
    }
    return true;
}

// hours_per_month, days, mode: the fields of `availability`.
bool apply_availability(Person& p, const std::string& field, const std::string& value, const Location& where,
                        ErrorKind kind) {
    const schema::Field* f = schema::availability().find(field);
    if (!f) return false;
    if (field == "hours_per_month") {
        check(*f, value, where, kind);
        p.availability.hours_per_month = std::stoi(value);
    } else if (field == "days") {
        p.availability.days =
            checked_list(*f, value, where, kind, [f](const std::string& d) { return schema::canonical(*f, ascii_lower(d)); });
    } else {
        const std::string mode = schema::canonical(*f, ascii_lower(value));
        check(*f, mode, where, kind);
        p.availability.mode = mode;
    }
    return true;
}

}  // namespace

void apply_field(Person& p, const std::string& raw_field, const std::string& raw_value, const Location& where,
                 ErrorKind kind) {
    const std::string field = canonical_field(raw_field);
    if (!is_valid_utf8(raw_value)) throw Error(where, trf("'{}' is not valid UTF-8 text", field), kind);
    const std::string value(trim(raw_value));
    if (field == "notes") {
        p.notes = raw_value;  // as typed, inner spaces and all
        return;
    }
    if (apply_text(p, field, value, where, kind) || apply_spelled(p, field, value, where, kind) ||
        apply_skills(p, field, value, where, kind) || apply_availability(p, field, value, where, kind))
        return;
    throw Error(where, trf("unknown field '{}'", raw_field) + did_you_mean(field, person_field_names()), kind);
}

ManagerIndex::ManagerIndex(const std::vector<const Person*>& people) {
    for (const Person* p : people) {
        ids_.insert(p->id);
        if (!p->email.empty()) by_email_[ascii_lower(p->email)] = p->id;  // the last one, as a scan would find
        auto& named = by_name_[ascii_lower(p->name)];
        named.first = p->id;
        ++named.second;
    }
}

std::string ManagerIndex::resolve(const std::string& value) const {
    if (value.empty() || ids_.count(value)) return value;
    std::string key = ascii_lower(value);
    if (auto it = by_email_.find(key); it != by_email_.end()) return it->second;
    auto it = by_name_.find(key);
    if (it != by_name_.end() && it->second.second == 1) return it->second.first;  // an ambiguous name stays as written
    return value;
}

std::string resolve_manager(const std::string& value, const std::vector<const Person*>& people) {
    return ManagerIndex(people).resolve(value);
}

PersonUpdate add_person(const Records& records, const std::vector<RawField>& fields, const std::vector<Role>& roles,
                        const Location& where, ErrorKind kind, bool allow_update) {
    PeopleIndex index(records);
    std::vector<RawField> given = fields;
    // A new name that someone already has is most often that person added
    // again: never a silent <id>-2. --id makes a new person, --update
    // updates the one of that name.
    const std::string name = field_value(fields, kNameIfNew);
    const std::string email = field_value(fields, "email");
    if (!name.empty() && field_value(fields, "id").empty() && (email.empty() || !index.find_email(email))) {
        const std::vector<std::string> namesakes = ids_named(records, name);
        if (namesakes.size() == 1 && allow_update) {
            given.emplace_back("id", namesakes[0]);
        } else if (!namesakes.empty()) {
            std::string ids;
            for (const auto& id : namesakes) ids += (ids.empty() ? "" : ", ") + id;
            // TRANSLATORS: the name, then the ids of the people of that name.
            std::string message =
                namesakes.size() == 1
                    ? trf("a person named \"{0}\" already exists ({1}); give --id NEW-ID to add another person, "
                          "or --update to update {1}; nothing was written", name, ids)
                    // TRANSLATORS: the name, then the ids of the people of that name.
                    : trf("a person named \"{}\" already exists ({}); give --id NEW-ID to add another person, "
                          "or --id with one of theirs to update that one; nothing was written", name, ids);
            throw Error(where, message, ErrorKind::Data);
        }
    }
    PersonUpdate update = add_one(index, given, roles, where, kind, allow_update);
    if (!update.person.manager.empty()) {
        update.person.manager = resolve_manager(update.person.manager, index.everyone());
        if (update.person.manager == update.person.id)
            throw Error(where, tr("a person cannot be their own manager"), kind);
    }
    compare_with(update, records.person(update.person.id));
    return update;
}

namespace {

bool is_name_part(const std::string& field) { return field == kGivenName || field == kFamilyName; }

// Every column names a field: a mistyped header would silently drop a column.
// Returns the field of each column.
std::vector<std::string> check_columns(const std::vector<std::string>& header, const std::string& file) {
    const auto& known = person_field_names();
    std::vector<std::string> fields, unknown_columns, candidates(known.begin(), known.end());
    for (const auto& [spelling, field] : kColumnAliases) candidates.emplace_back(spelling);
    std::string suggestion;
    for (const auto& h : header) {
        fields.push_back(canonical_field(h));
        if (is_name_part(fields.back()) || std::find(known.begin(), known.end(), fields.back()) != known.end()) continue;
        unknown_columns.push_back("'" + (h.empty() ? tr("(empty)") : h) + "'");
        if (suggestion.empty() && !h.empty()) suggestion = did_you_mean(fold_key(h), candidates);
    }
    // Two headers of one field ("Courriel" and "E-mail"): which one holds the value?
    for (size_t i = 0; i < fields.size(); ++i)
        for (size_t j = i + 1; j < fields.size(); ++j)
            if (fields[i] == fields[j] && unknown_columns.empty())
                // TRANSLATORS: two column headers, then the field both name.
                throw Error(Location{file, 1, 0}, trf("columns '{}' and '{}' both name the field '{}': keep one",
                                                      header[i], header[j], fields[i]));
    if (!unknown_columns.empty())
        // TRANSLATORS: the columns (quoted), then every field name a column may have.
        throw Error(Location{file, 1, 0}, trnf("unknown column {} (known: {})", "unknown columns {} (known: {})",
                                               unknown_columns.size(), join(unknown_columns), join(known)) +
                                              suggestion);
    return fields;
}

// The cells of a row as fields: the name joined from its halves ("Prénom
// Nom") when the file keeps them apart.
std::vector<RawField> row_fields(const std::vector<std::string>& columns, const CsvRow& row) {
    std::vector<RawField> fields;
    std::string given, family;
    bool parts = false;
    for (size_t c = 0; c < columns.size(); ++c) {
        if (is_name_part(columns[c])) {
            parts = true;
            (columns[c] == kGivenName ? given : family) = trim(row.cells[c]);
        } else {
            fields.emplace_back(columns[c], row.cells[c]);
        }
    }
    if (parts) fields.emplace_back("name", given.empty() || family.empty() ? given + family : given + " " + family);
    return fields;
}

// What the import writes: each person's manager resolved against everyone
// (the directory and the file), compared with the directory, not with an
// earlier row of the same file.
ImportResult changes(const Records& records, PeopleIndex& index) {
    ImportResult result;
    auto& updates = index.updates();
    {
        const ManagerIndex managers(index.everyone());  // once: a look-up per row must not scan everyone
        for (auto& update : updates) update.person.manager = managers.resolve(update.person.manager);
    }  // let go before the files are made: on 100,000 rows it is tens of MB
    index.forget_lookups();
    // Emitting and comparing is most of an import's work, one person at a
    // time: on every core. A person left unchanged is let go at once.
    detail::parallel_for(updates.size(), [&](size_t i) {
        compare_with(updates[i], records.person(updates[i].person.id));
        if (!updates[i].changed) updates[i] = PersonUpdate{};
    });
    // Kept in place, in file order: a second vector of every person would
    // double the import's largest table.
    size_t kept = 0;
    for (auto& update : updates) {
        if (!update.changed) {
            ++result.unchanged;
            continue;
        }
        if (&update != &updates[kept]) updates[kept] = std::move(update);
        ++kept;
    }
    updates.erase(updates.begin() + static_cast<std::ptrdiff_t>(kept), updates.end());
    result.updates = std::move(updates);
    return result;
}

// The data rows of a file, one at a time: row(i, scratch) returns row i,
// read into `scratch` or held elsewhere.
struct RowSource {
    const std::vector<std::string>& header;
    size_t size;
    std::function<const CsvRow&(size_t, CsvRow&)> row;
};

// Reads every row into `index`, all or nothing: every bad row is collected,
// then all are thrown as one error.
void read_rows(PeopleIndex& index, const RowSource& rows, const std::vector<std::string>& columns,
               const std::string& file, bool allow_update, const Progress& progress) {
    std::vector<std::string> problems;
    // The first line of each e-mail (lower case), id and person of the file:
    // two rows for one person would otherwise silently merge.
    std::unordered_map<std::string, int> email_line, id_line, person_line;
    auto first_line = [&](std::unordered_map<std::string, int>& lines, const std::string& key, int line) {
        auto [it, fresh] = lines.emplace(key, line);
        return fresh ? std::optional<int>() : std::optional<int>(it->second);
    };
    const char* rows_read = tr("rows read");  // once: a look-up per row would cost
    CsvRow scratch_row;
    for (size_t r = 0; r < rows.size; ++r) {
        report_progress(progress, rows_read, r + 1, rows.size);
        const CsvRow& row = rows.row(r, scratch_row);
        const std::vector<RawField> fields = row_fields(columns, row);
        // Every bad cell of a row is reported, not only the first.
        Location where{file, row.line, 0};
        size_t before = problems.size();
        Person scratch;
        for (const auto& [field, value] : fields) {
            if (trim(value).empty()) continue;
            try {
                apply_field(scratch, field, value, where, ErrorKind::Data);
            } catch (const Error& e) {
                problems.push_back(e.what());
            }
        }
        if (problems.size() > before) continue;
        const std::string email = field_value(fields, "email"), id = field_value(fields, "id");
        std::optional<int> earlier;
        std::string same;
        if (!email.empty() && (earlier = first_line(email_line, ascii_lower(email), row.line)))
            // TRANSLATORS: a line number, then the e-mail.
            same = trf("same e-mail as line {} ({})", *earlier, email);
        else if (!id.empty() && (earlier = first_line(id_line, id, row.line)))
            // TRANSLATORS: a line number, then the id.
            same = trf("same id as line {} ({})", *earlier, id);
        if (!same.empty()) {
            problems.push_back(Error(where, same).what());
            continue;
        }
        try {
            PersonUpdate update = add_one(index, fields, {}, where, ErrorKind::Data, allow_update);
            if ((earlier = first_line(person_line, update.person.id, row.line)))
                // TRANSLATORS: a line number, then the person's id.
                throw Error(where, trf("same person as line {} ({})", *earlier, update.person.id));
            index.put(std::move(update));
        } catch (const Error& e) {
            problems.push_back(e.what());
        }
    }
    if (!problems.empty()) {
        // TRANSLATORS: the number of rows, then the file; each problem follows on its own line.
        std::string message = trnf("{} bad row in {}; nothing was imported:", "{} bad rows in {}; nothing was imported:",
                                   problems.size(), problems.size(), file);
        for (const auto& p : problems) message += "\n  " + p;
        throw Error(message);
    }
}

ImportResult import_rows(const Records& records, const RowSource& rows, const std::string& file, bool allow_update,
                         const Progress& progress) {
    const std::vector<std::string> columns = check_columns(rows.header, file);
    PeopleIndex index(records, rows.size);
    read_rows(index, rows, columns, file, allow_update, progress);  // its lines of each e-mail and id let go on return
    return changes(records, index);
}

}  // namespace

ImportResult import_people(const Records& records, const CsvTable& table, const std::string& file, bool allow_update,
                           const Progress& progress) {
    const RowSource rows{table.header, table.rows.size(), [&](size_t i, CsvRow&) -> const CsvRow& { return table.rows[i]; }};
    return import_rows(records, rows, file, allow_update, progress);
}

ImportResult import_people(const Records& records, const CsvRows& csv, const std::string& file, bool allow_update,
                           const Progress& progress) {
    const RowSource rows{csv.header(), csv.size(), [&](size_t i, CsvRow& scratch) -> const CsvRow& {
                             csv.read(i, scratch);
                             return scratch;
                         }};
    return import_rows(records, rows, file, allow_update, progress);
}

}  // namespace mentor
