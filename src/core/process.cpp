#include "mentor/core/process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

#include "mentor/core/i18n.hpp"

extern char** environ;

namespace mentor {

ProcessResult run_process(const std::vector<std::string>& args, const std::filesystem::path& cwd) {
    ProcessResult result;
    if (args.empty()) return result;
    int pipe_fds[2];
    if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return result;
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);

    // posix_spawn has no portable "change directory" action in glibc 2.36's
    // public API for C++ callers, so the child runs through `cd DIR && exec`.
    std::vector<std::string> wrapped = {"/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", cwd.string()};
    wrapped.insert(wrapped.end(), args.begin(), args.end());
    std::vector<char*> wrapped_argv;
    for (auto& a : wrapped) wrapped_argv.push_back(a.data());
    wrapped_argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 1);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 2);
    pid_t pid = 0;
    int rc = posix_spawn(&pid, "/bin/sh", &actions, nullptr, wrapped_argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipe_fds[1]);
    if (rc != 0) {
        ::close(pipe_fds[0]);
        // TRANSLATORS: {} is a program, such as git.
        result.output = trf("cannot start {}", args[0]);
        return result;
    }
    char buffer[4096];
    for (;;) {
        ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        result.output.append(buffer, static_cast<size_t>(n));
    }
    ::close(pipe_fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

}  // namespace mentor
