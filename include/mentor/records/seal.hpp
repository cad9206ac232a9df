#pragma once
/// Sealing a record's content: the fields its schema marks `content` (a
/// session's topics, notes and action texts; a follow-up's reason and note)
/// moved out of the YAML record into one ASCII-armored age message under the
/// key `sealed`, encrypted to the pair's recipients. Everything else (dates,
/// durations, ratings, ids, owners, due dates, statuses) stays in clear, so
/// counts and cohort reports need no key.
///
/// The message is a small YAML document of the content fields, by key; for
/// a list of maps (actions), a list of the same length holding each item's
/// content fields, matched by position. One message per record leaks less
/// than one per field (no field count, no per-field length). Which fields
/// are sealed comes from the schema alone: a new content field is one
/// `.content = true` in src/records/schema.cpp.

#include <string>
#include <vector>

#include "mentor/formats/age.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/records/schema.hpp"

namespace mentor {

/// The key of the armored message in a sealed record.
inline constexpr const char* kSealedKey = "sealed";

/// `doc` (a record of kind `record`) with its content fields moved into one
/// age message to `recipients`. Unchanged when `recipients` is empty, when
/// it has no content, or when it is already sealed.
yaml::Node seal_content(const yaml::Node& doc, const schema::Record& record, const std::vector<std::string>& recipients);

/// `doc` with the content of its `sealed` message put back in place and the
/// message removed; unchanged when it is not sealed. Throws mentor::Error
/// naming `file`: age::NoIdentity when none of `identities` opens it, any
/// other Error when the message is damaged or does not fit the record.
yaml::Node unseal_content(const yaml::Node& doc, const schema::Record& record,
                          const std::vector<age::Identity>& identities, const std::string& file);

}  // namespace mentor
