#pragma once
/// Conversion between records and their canonical YAML.
///
/// Readers never throw on bad content: every problem becomes a Diagnostic
/// with the file, line and column, and the reader keeps going so that one
/// pass reports everything. Writers produce the canonical tree (fixed key
/// order, sorted lists, unknown keys last in their original order).

#include <functional>
#include <map>
#include <optional>
#include <string>

#include "mentor/core/error.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/records/records.hpp"
#include "mentor/records/schema.hpp"

namespace mentor {

/// nullopt when the document is not a map at all.
std::optional<Person> read_person(const yaml::Node& doc, const std::string& file, Diagnostics& diagnostics);
yaml::Node write_person(const Person& person);

std::optional<Pair> read_pair(const yaml::Node& doc, const std::string& file, Diagnostics& diagnostics);
yaml::Node write_pair(const Pair& pair);

/// plans/<pair-id>.yaml (src/records/plan_io.cpp). `pair_id` comes from the file name.
std::optional<Plan> read_plan(const yaml::Node& doc, const std::string& file, const std::string& pair_id,
                              Diagnostics& diagnostics);
yaml::Node write_plan(const Plan& plan);

/// journal/<pair-id>/<stem>.yaml (src/records/session_io.cpp). `pair_id` and `stem`
/// come from the path. The tree is taken by value: a caller done with it
/// moves it in, and the session's texts are moved out of it, not copied
/// (a report reads 100,000 sessions).
std::optional<Session> read_session(yaml::Node doc, const std::string& file, const std::string& pair_id,
                                    const std::string& stem, Diagnostics& diagnostics);
yaml::Node write_session(const Session& session);

/// journal/<pair-id>/<stem>.yaml with a -followup stem (src/records/followup_io.cpp).
/// nullopt when the document is not a map or has no valid `change`.
std::optional<FollowUp> read_followup(const yaml::Node& doc, const std::string& file, const std::string& pair_id,
                                      const std::string& stem, Diagnostics& diagnostics);
yaml::Node write_followup(const FollowUp& followup);

/// journal/<pair-id>/<stem>.yaml with a -checkin-<side> or -closing-<side>
/// stem (src/records/checkin_io.cpp). nullopt when the document is not a map
/// or lacks a valid `by` (or, for a check-in, `fit`).
std::optional<CheckIn> read_checkin(const yaml::Node& doc, const std::string& file, const std::string& pair_id,
                                    const std::string& stem, Diagnostics& diagnostics);
yaml::Node write_checkin(const CheckIn& checkin);
std::optional<Closing> read_closing(const yaml::Node& doc, const std::string& file, const std::string& pair_id,
                                    const std::string& stem, Diagnostics& diagnostics);
yaml::Node write_closing(const Closing& closing);

/// A closed pair starting again (a repeat): its earlier dates and review are
/// kept under `previous`, so nothing of the first relationship is lost.
Pair restart_pair(const Pair& closed);

/// Reads mentor.yaml. A missing or newer `schema` is an error diagnostic.
Settings read_settings(const yaml::Node& doc, const std::string& file, Diagnostics& diagnostics);

/// Sorts and deduplicates the lists that have no meaningful order, so that
/// the same person always gives the same bytes.
void normalise(Person& person);

/// Sorts and removes duplicates.
void sort_unique(std::vector<std::string>& values);

/// Keys a user declared on purpose, per record kind (mentor.yaml `extra_keys`).
using ExtraKeys = std::map<std::string, std::vector<std::string>>;

/// A warning for each key of `map` that `record` does not declare and
/// `extra_keys[record.kind]` does not list, at the key, naming the closest
/// known key: "unknown key 'senority'; did you mean 'seniority'?". `map` may
/// be a record's whole map or its `extra` (the keys its reader kept).
void report_unknown_keys(const yaml::Node& map, const schema::Record& record, const ExtraKeys& extra_keys,
                         const std::string& file, Diagnostics& diagnostics);

/// Reads a record back as its reader would and throws the first error as a
/// mentor::Error naming the record, `what()` ("person jean-martin", in the
/// user's language): the writers call it on the tree they are about to
/// return, so that no record is written that the tool would refuse to read.
/// Also refuses invalid UTF-8 anywhere in the tree and a record over the size
/// limit of yaml::ParseLimits. `what` runs only for a refusal: an import
/// writes every record it reads, and a translation costs a lookup.
void check_before_write(const yaml::Node& tree, const std::function<std::string()>& what,
                        const std::function<void(const yaml::Node&, const std::string&, Diagnostics&)>& read);

}  // namespace mentor
