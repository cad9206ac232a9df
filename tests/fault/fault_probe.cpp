// A program that makes every call the fault shim wraps, once each and in a
// fixed order, so that tests/fault/test_shim.sh can check that each one
// really reaches the shim (through the *64 names and std::filesystem too),
// that the Nth fails when asked, and that what must never be touched is not:
// standard output, pipes, reads, and the children the program runs.
//
// usage: fault_probe DIR   (an empty folder); prints "STEP ok" or
// "STEP failed ERRNO" for each step. Run it with MENTOR_FAULT_PROGRAM=fault_probe.

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>

namespace fs = std::filesystem;

namespace {

std::string dir;

std::string at(const char* name) { return dir + "/" + name; }

// Runs one step: `call` returns true on success, else leaves errno set.
void step(const char* name, const std::function<bool()>& call) {
    errno = 0;
    bool ok = call();
    int saved = errno;
    if (ok)
        std::printf("%s ok\n", name);
    else
        std::printf("%s failed %s\n", name, strerrorname_np(saved) ? strerrorname_np(saved) : "?");
    std::fflush(stdout);
}

bool closed(int fd) { return fd >= 0 && ::close(fd) == 0; }

bool template_step(int (*make)(char*), const char* name) {
    std::string pattern = at(name);
    return closed(make(pattern.data()));
}

bool fs_step(const std::function<void(std::error_code&)>& call) {
    std::error_code ec;
    call(ec);
    errno = ec.value();
    return !ec;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fault_probe DIR\n");
        return 2;
    }
    dir = argv[1];
    int fd = -1;
    step("open", [&] { return (fd = ::open(at("data").c_str(), O_RDWR | O_CREAT | O_TRUNC, 0644)) >= 0; });
    step("open64", [] { return closed(::open64(at("open64").c_str(), O_WRONLY | O_CREAT, 0644)); });
    step("openat", [] { return closed(::openat(AT_FDCWD, at("openat").c_str(), O_WRONLY | O_CREAT | O_EXCL, 0644)); });
    step("openat64", [] { return closed(::openat64(AT_FDCWD, at("openat64").c_str(), O_WRONLY | O_CREAT, 0644)); });
    step("openat-trunc", [] { return closed(::openat(AT_FDCWD, at("openat").c_str(), O_WRONLY | O_TRUNC)); });
    step("creat", [] { return closed(::creat(at("creat").c_str(), 0644)); });
    step("creat64", [] { return closed(::creat64(at("creat64").c_str(), 0644)); });
    step("mkstemp", [] { return template_step(::mkstemp, "mkstemp-XXXXXX"); });
    step("mkstemp64", [] { return template_step(::mkstemp64, "mkstemp64-XXXXXX"); });
    step("mkostemp", [] {
        std::string p = at("mkostemp-XXXXXX");
        return closed(::mkostemp(p.data(), O_CLOEXEC));
    });
    step("mkostemp64", [] {
        std::string p = at("mkostemp64-XXXXXX");
        return closed(::mkostemp64(p.data(), O_CLOEXEC));
    });
    step("mkstemps", [] {
        std::string p = at("mkstemps-XXXXXX.x");
        return closed(::mkstemps(p.data(), 2));
    });
    step("mkostemps", [] {
        std::string p = at("mkostemps-XXXXXX.x");
        return closed(::mkostemps(p.data(), 2, O_CLOEXEC));
    });
    step("write", [&] { return ::write(fd, "abc", 3) == 3; });
    step("pwrite", [&] { return ::pwrite(fd, "d", 1, 3) == 1; });
    step("pwrite64", [&] { return ::pwrite64(fd, "e", 1, 4) == 1; });
    struct iovec part = {const_cast<char*>("f"), 1};
    step("writev", [&] { return ::writev(fd, &part, 1) == 1; });
    step("pwritev", [&] { return ::pwritev(fd, &part, 1, 6) == 1; });
    step("pwritev64", [&] { return ::pwritev64(fd, &part, 1, 7) == 1; });
    step("fsync", [&] { return ::fsync(fd) == 0; });
    step("fdatasync", [&] { return ::fdatasync(fd) == 0; });
    step("mkdir", [] { return ::mkdir(at("mkdir").c_str(), 0755) == 0; });
    step("mkdirat", [] { return ::mkdirat(AT_FDCWD, at("mkdirat").c_str(), 0755) == 0; });
    step("mkdtemp", [] {
        std::string p = at("mkdtemp-XXXXXX");
        return ::mkdtemp(p.data()) != nullptr;
    });
    step("rename", [] { return ::rename(at("creat").c_str(), at("renamed").c_str()) == 0; });
    step("renameat", [] { return ::renameat(AT_FDCWD, at("renamed").c_str(), AT_FDCWD, at("renamed2").c_str()) == 0; });
    step("renameat2", [] {
        return ::renameat2(AT_FDCWD, at("renamed2").c_str(), AT_FDCWD, at("renamed3").c_str(), RENAME_NOREPLACE) == 0;
    });
    step("link", [] { return ::link(at("data").c_str(), at("link").c_str()) == 0; });
    step("linkat", [] { return ::linkat(AT_FDCWD, at("data").c_str(), AT_FDCWD, at("linkat").c_str(), 0) == 0; });
    step("symlink", [] { return ::symlink("data", at("symlink").c_str()) == 0; });
    step("symlinkat", [] { return ::symlinkat("data", AT_FDCWD, at("symlinkat").c_str()) == 0; });
    step("unlink", [] { return ::unlink(at("link").c_str()) == 0; });
    step("unlinkat", [] { return ::unlinkat(AT_FDCWD, at("linkat").c_str(), 0) == 0; });
    step("rmdir", [] { return ::rmdir(at("mkdir").c_str()) == 0; });
    step("remove", [] { return std::remove(at("symlink").c_str()) == 0; });
    // What mentor itself uses from the C++ library.
    step("fs::create_directory", [] { return fs_step([](auto& ec) { fs::create_directory(at("fsdir"), ec); }); });
    step("fs::rename", [] { return fs_step([](auto& ec) { fs::rename(at("open64"), at("fsrenamed"), ec); }); });
    step("fs::create_hard_link", [] { return fs_step([](auto& ec) { fs::create_hard_link(at("data"), at("fslink"), ec); }); });
    step("fs::remove", [] { return fs_step([](auto& ec) { fs::remove(at("fslink"), ec); }); });
    // Never counted: standard output (here a file or a pipe), pipes, reads,
    // an open without creating, and a child process.
    step("stdout", [] { return ::write(1, "", 0) == 0 && std::fputs("stdout\n", stdout) >= 0 && std::fflush(stdout) == 0; });
    step("pipe", [] {
        int p[2];
        if (::pipe(p) != 0) return false;
        bool ok = ::write(p[1], "x", 1) == 1;
        ::close(p[0]);
        ::close(p[1]);
        return ok;
    });
    step("read-only open", [] { return closed(::open(at("data").c_str(), O_RDONLY)); });
    step("child", [] {
        std::string command = "echo child > '" + at("child") + "' && mkdir '" + at("child-dir") + "'";
        int status = std::system(command.c_str());
        return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    });
    if (fd >= 0) ::close(fd);
    return 0;
}
