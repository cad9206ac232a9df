#pragma once
/// Running another program (git) and capturing what it says.

#include <filesystem>
#include <string>
#include <vector>

namespace mentor {

struct ProcessResult {
    int exit_code = -1;  ///< -1 when it could not be started or was killed
    std::string output;  ///< stdout and stderr together
};

/// Runs `args[0]` (looked up on PATH) with `args` in `cwd`, stdin closed.
ProcessResult run_process(const std::vector<std::string>& args, const std::filesystem::path& cwd);

}  // namespace mentor
