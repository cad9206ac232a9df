#pragma once
/// The records directory on disk: finding it, loading every record, and
/// writing files atomically. Its folders and file names are layout.hpp's.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mentor/core/error.hpp"
#include "mentor/core/progress.hpp"
#include "mentor/records/records.hpp"
#include "mentor/store/folder.hpp"
#include "mentor/store/layout.hpp"

namespace mentor {

namespace fs = std::filesystem;

/// Where the records are: `flag` (-C/--dir) if given, else `env` ($MENTOR_DIR)
/// if set, else the nearest ancestor of `cwd` holding mentor.yaml, else
/// `fallback` (the user's configured `dir`). Throws a data error that
/// suggests `mentor init` when there is none.
fs::path find_records_dir(const std::optional<std::string>& flag, const std::optional<std::string>& env,
                          const fs::path& cwd, const std::optional<fs::path>& fallback = std::nullopt);

/// One file to write: path relative to the records directory, and content.
struct FileWrite {
    std::string path;
    std::string content;
};

class Store {
public:
    explicit Store(fs::path root);

    const fs::path& root() const { return root_; }

    /// Reads mentor.yaml alone (cheap); throws on errors in it.
    Settings load_settings() const;

    /// Loads every person and pair, in parallel. Never throws for bad
    /// records: they are reported in Records::diagnostics. Throws only when
    /// mentor.yaml itself is unusable (no settings, newer schema).
    Records load() const;

    /// Writes all files or none: each goes to a temporary file beside its
    /// target first; only when every one is written are they renamed into
    /// place, and a failed rename puts back what was renamed before it.
    /// Throws mentor::Error naming the file and the system's reason.
    /// Folders missing on the way are made, and taken away again if the
    /// write fails; anything that cannot be put back is named in the
    /// message. A failure after the last file is in place (flushing a
    /// folder to disk) says "the change was made, but ...". `progress`
    /// hears of the files staged ("files written").
    void write(const std::vector<FileWrite>& files, const Progress& progress = {}) const;

    /// Writes one new file the same way, with mode `mode`, but never replaces
    /// one: returns false, changing nothing, when a file of that name exists.
    bool create_new(const FileWrite& file, fs::perms mode) const;

private:
    fs::path root_;
};

/// Reads a whole file; throws mentor::Error naming `shown_name` on failure.
std::string read_file(const fs::path& path, const std::string& shown_name);

/// Reads a file the user names (a spreadsheet, a notes file; "-" is standard
/// input) of at most `max_bytes`: a larger one is refused before it is read
/// whole, with a message naming `what` and the limit.
std::string read_input_file(const std::string& path, size_t max_bytes, const std::string& what);

/// Reads a record file: like read_file, but a file over the parser's size
/// limit is refused before a byte of it is read (yaml::too_large).
std::string read_record_file(const fs::path& path, const std::string& shown_name);

/// Reads the record `relative` (to `root`) like read_record_file, but never
/// through a symbolic link, neither the file nor a folder on the way: a link
/// could show another file of the machine as a record, and its content in
/// an error message.
std::string read_record(const fs::path& root, const std::string& relative);

/// Reads `name` relative to the open folder `dir_fd` (or AT_FDCWD): loaders
/// that read thousands of files in one folder save the kernel a walk of the
/// whole path for each. A file over `max_bytes` is refused unread
/// (yaml::too_large names the limit); with `follow_links` false, so is a
/// symbolic link.
std::string read_file_at(int dir_fd, const char* name, const std::string& shown_name, size_t max_bytes = SIZE_MAX,
                         bool follow_links = true);

}  // namespace mentor
