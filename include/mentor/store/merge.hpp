#pragma once
/// The three-way merge of one record file, for `mentor merge-driver` (git's
/// `merge.mentor.driver`, docs/git.md): yaml::merge3 by field, then the
/// result put back in the record's canonical form through its reader and
/// writer, the kind known from the file's path (layout::record_kind_at).

#include <string>
#include <vector>

#include "mentor/formats/yaml_merge.hpp"

namespace mentor {

struct RecordMerge {
    std::string text;  ///< the merged file: ours wherever a field conflicts
    std::vector<yaml::MergeConflict> conflicts;
};

/// Merges the texts of one record; `path` (git's %P, relative to the
/// repository) says which kind of record it is: canonical order for a
/// person, pair, plan or journal entry, the merged document as it is for any
/// other YAML file. Throws mentor::Error (naming `path`) when a side is not
/// YAML: the caller then leaves git's own conflict.
RecordMerge merge_record(const std::string& base, const std::string& ours, const std::string& theirs,
                         const std::string& path);

}  // namespace mentor
