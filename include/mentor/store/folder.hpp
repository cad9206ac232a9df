#pragma once
/// An open folder of the records directory: read by name with read_file_at,
/// and listed in one pass. Loaders that read thousands of files use it so
/// that the kernel walks each folder's path once, not once per file, and
/// learns each entry's type from the listing, not from a stat per entry.

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

namespace mentor {

namespace fs = std::filesystem;

/// One name of a folder's listing, with the type the listing gives.
struct FolderEntry {
    enum class Type { File, Link, Other };
    std::string name;
    Type type = Type::Other;
};

/// A folder opened without following a symbolic link, closed on destruction.
class FolderHandle {
public:
    explicit FolderHandle(const fs::path& folder);
    ~FolderHandle();
    FolderHandle(const FolderHandle&) = delete;
    FolderHandle& operator=(const FolderHandle&) = delete;

    /// -1 when the folder could not be opened; then error() says why.
    int fd() const { return fd_; }
    /// Why the open failed: no_such_file_or_directory or not_a_directory
    /// when there is no such folder, too_many_symbolic_link_levels when the
    /// folder itself is a symbolic link; empty when open.
    std::error_code error() const { return std::error_code(error_, std::system_category()); }

    /// Every name in the folder but "." and "..", in the system's order;
    /// `ec` says why the listing stopped short. Empty when the folder is not open.
    std::vector<FolderEntry> entries(std::error_code& ec) const;

private:
    int fd_ = -1;
    int error_ = 0;
    mutable bool listed_ = false;  // the descriptor's position is past the start
};

}  // namespace mentor
