#include "editor.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>

#include "mentor/core/i18n.hpp"
#include "mentor/core/error.hpp"
#include "mentor/store/store.hpp"

namespace mentor::cli {
namespace {

namespace fs = std::filesystem;

// Removes the private folder however the function is left: the notes in it
// are confidential and must not stay behind in /tmp.
struct PrivateFolder {
    fs::path path;
    PrivateFolder() {
        const char* tmp = std::getenv("TMPDIR");
        std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/mentor-edit-XXXXXX";
        if (!::mkdtemp(pattern.data())) throw Error(trf("cannot create a private temporary folder in {}", pattern.substr(0, pattern.rfind('/'))));
        path = pattern;
    }
    ~PrivateFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    PrivateFolder(const PrivateFolder&) = delete;
    PrivateFolder& operator=(const PrivateFolder&) = delete;
};

void write_new_file(const fs::path& path, const std::string& text) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) throw Error(trf("cannot create {}", path.string()));
    bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    ok = ::close(fd) == 0 && ok;
    if (!ok) throw Error(trf("cannot write {}", path.string()));
}

// Runs `command "$1"` through the shell (so EDITOR may hold arguments, as
// "code --wait" does). Ctrl-C belongs to the editor while it runs.
int run_editor(const std::string& command, const fs::path& file) {
    struct sigaction ignore {}, old_int {}, old_quit {};
    ignore.sa_handler = SIG_IGN;
    ::sigaction(SIGINT, &ignore, &old_int);
    ::sigaction(SIGQUIT, &ignore, &old_quit);
    pid_t pid = ::fork();
    if (pid == 0) {
        ::sigaction(SIGINT, &old_int, nullptr);
        ::sigaction(SIGQUIT, &old_quit, nullptr);
        std::string script = command + " \"$1\"";
        ::execl("/bin/sh", "sh", "-c", script.c_str(), "sh", file.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    if (pid > 0)
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    ::sigaction(SIGINT, &old_int, nullptr);
    ::sigaction(SIGQUIT, &old_quit, nullptr);
    if (pid < 0) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

std::string edit_text(const std::string& text, const std::string& file_name, const std::string& command) {
    PrivateFolder folder;
    fs::path file = folder.path / file_name;
    write_new_file(file, text);
    int code = run_editor(command, file);
    if (code != 0)
        throw Error(code < 0 ? trf("the editor ({}) did not finish; nothing was recorded", command)
                             : trf("the editor ({}) failed with exit code {}; nothing was recorded", command, code));
    return read_file(file, file_name);
}

}  // namespace mentor::cli
