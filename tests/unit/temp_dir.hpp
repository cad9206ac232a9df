#pragma once
// A fresh empty folder under the system's temporary directory, removed at
// the end of the test: shared by the unit tests that write records.

#include <stdlib.h>

#include <filesystem>
#include <string>

namespace mentor::test {

struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& prefix = "mentor-test") {
        std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

}  // namespace mentor::test
