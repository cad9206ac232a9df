#pragma once
/// The user's own age identity file (user_identity_path in store/config.hpp):
/// the key that opens the journals of their pairs. Same text as age-keygen
/// writes, so `age -d -i` takes it and an existing age identity can be
/// imported. Never inside a records directory.

#include <filesystem>
#include <string>
#include <vector>

#include "mentor/formats/age.hpp"

namespace mentor {

/// Writes `text` (an identity file: age::identity_file_text, or an imported
/// one, checked first) to `path` created exclusively with mode 0600, making
/// its folder (0700) if needed. Throws mentor::Error when the file exists
/// (an identity is never overwritten: the notes sealed to it would be lost)
/// or cannot be written. `source` names the text in its errors (the file
/// imported). Returns the identities it holds.
std::vector<age::Identity> create_identity_file(const std::filesystem::path& path, const std::string& text,
                                                const std::string& source);

/// The identities in the file at `path`; none when there is no file.
/// Throws mentor::Error naming the file for a malformed one, or one that
/// others can read (a key must be for its owner alone).
std::vector<age::Identity> read_identity_file(const std::filesystem::path& path);

}  // namespace mentor
