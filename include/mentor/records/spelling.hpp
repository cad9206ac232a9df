#pragma once
/// The values users type, read as the canonical ones records keep: the
/// aliases a field declares in the schema (French words, long day names,
/// yes/no) and the cadence's own words (records/cadence.hpp). Every path that
/// takes a value in calls `canonical` before checking it: the YAML readers,
/// the CSV and flag path of people, the action specs of `mentor log`, the
/// command-line flags. So "Mentoré·e", "lundi" and "haute" are "mentee",
/// "mon" and "high" everywhere, and the records stay the same bytes.

#include <string>
#include <string_view>

#include "mentor/records/schema.hpp"

namespace mentor::schema {

/// `value` as the field keeps it: itself when it is allowed or nothing else
/// matches (the usual check then refuses it), else the value of the alias it
/// spells (compared without case, accents, punctuation or a final "."), or
/// the allowed value it spells in another case ("Remote", "HIGH"). A cadence
/// field (Rule::Cadence) takes the cadence's words ("hebdomadaire",
/// "tous les 10 jours") as its canonical form ("weekly", "every:10d").
std::string canonical(const Field& field, std::string_view value);

/// Whether `canonical` can give anything but the value itself: a field with
/// aliases, or a cadence. Readers move the other fields' values out of their
/// parsed tree instead of copying them.
bool has_other_spellings(const Field& field);

}  // namespace mentor::schema
