#pragma once
/// Conversion between records and their canonical YAML.
///
/// Readers never throw on bad content: every problem becomes a Diagnostic
/// with the file, line and column, and the reader keeps going so that one
/// pass reports everything. Writers produce the canonical tree (fixed key
/// order, sorted lists, unknown keys last in their original order).

#include <optional>
#include <string>

#include "mentor/core/error.hpp"
#include "mentor/formats/yaml.hpp"
#include "mentor/records/records.hpp"

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
/// come from the path.
std::optional<Session> read_session(const yaml::Node& doc, const std::string& file, const std::string& pair_id,
                                    const std::string& stem, Diagnostics& diagnostics);
yaml::Node write_session(const Session& session);

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

}  // namespace mentor
