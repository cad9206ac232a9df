#pragma once
// The journal of a multi-file write (see mentor/store/recovery.hpp): shared
// by the writer (file_io.cpp), which writes it, and the recovery
// (recovery.cpp), which reads it back after a crash.

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace mentor::detail {

/// One file of the write, its paths relative to the records directory.
struct JournalEntry {
    std::string target;
    std::string temporary;  ///< the new copy, until it is renamed to target
    std::string backup;     ///< the previous version's hard link; "" if none is kept
    mode_t mode = 0644;     ///< the mode the new copy takes when put in place
    bool existed = false;   ///< whether target existed before the write
};

std::string journal_text(const std::vector<JournalEntry>& entries);
/// Throws mentor::Error naming `shown` for a journal it cannot trust.
std::vector<JournalEntry> parse_journal(const std::string& text, const std::string& shown);

/// Whether `name` (a file name, no folder) is a temporary file or a kept
/// previous version that a write leaves only when it is interrupted.
bool is_temporary_name(const std::string& name);

}  // namespace mentor::detail
