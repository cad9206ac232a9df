// Replays fuzz inputs without libFuzzer, for the normal (g++) build: runs the
// harness's LLVMFuzzerTestOneInput over every file of the directories and
// files given (hidden files left out), in sorted order, and says how many ran.
//
//   fuzz_replay_records tests/fuzz/corpus/records tests/fuzz/regressions/records
//
// A failing input aborts (or crashes) the process; the handler below names it
// first. Exit status 0 only when every input ran.

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

// The input being run, for the signal handler (which may only write(2)).
std::string current_input;

void name_failing_input(int signal) {
    const char prefix[] = "fuzz replay: failing input: ";
    [[maybe_unused]] auto a = write(2, prefix, sizeof prefix - 1);
    [[maybe_unused]] auto b = write(2, current_input.data(), current_input.size());
    [[maybe_unused]] auto c = write(2, "\n", 1);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

std::vector<fs::path> inputs(int argc, char** argv) {
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        fs::path arg = argv[i];
        if (fs::is_directory(arg)) {
            for (const auto& entry : fs::recursive_directory_iterator(arg))
                if (entry.is_regular_file() && entry.path().filename().string()[0] != '.')
                    files.push_back(entry.path());  // not hidden files such as .gitkeep
        } else if (fs::is_regular_file(arg)) {
            files.push_back(arg);
        } else {
            std::fprintf(stderr, "fuzz replay: no such file or directory: %s\n", argv[i]);
            std::exit(1);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    for (int s : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) std::signal(s, name_failing_input);
    const auto files = inputs(argc, argv);
    for (const auto& file : files) {
        current_input = file.string();
        std::ifstream in(file, std::ios::binary);
        std::vector<uint8_t> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in.eof() && in.fail()) {
            std::fprintf(stderr, "fuzz replay: cannot read %s\n", current_input.c_str());
            return 1;
        }
        try {
            LLVMFuzzerTestOneInput(data.data(), data.size());
        } catch (const std::exception& e) {
            std::fprintf(stderr, "fuzz replay: %s: exception escaped the harness: %s\n", current_input.c_str(),
                         e.what());
            return 1;
        }
    }
    std::printf("fuzz replay: %zu inputs ran, none failed\n", files.size());
    return files.empty() ? 1 : 0;
}
