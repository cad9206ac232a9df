/* Fault injection for the end-to-end tests: an LD_PRELOAD library that makes
 * one chosen "mutating" call of a mentor run fail, as a full disk or a
 * read-only file system would, and counts those calls so that a test can
 * walk through every one of them.
 *
 *   MENTOR_FAULT=ENOSPC:3     the 3rd mutating call fails with ENOSPC
 *   MENTOR_FAULT=EROFS:3+     the 3rd and every later one fails (a file
 *                             system turned read-only part-way through)
 *   MENTOR_FAULT=EIO:3,5      the 3rd and the 5th fail (a failure, then a
 *                             failure while undoing it)
 *   MENTOR_FAULT=KILL:3       the process is killed (SIGKILL) just before
 *                             its 3rd mutating call, as by `kill -9`
 *   MENTOR_FAULT_COUNT=FILE   at exit, write how many mutating calls were made
 *   MENTOR_FAULT_LOG=FILE     append one line per mutating call:
 *                             "N CALL PATH [PATH2]", plus " FAIL ENAME" when
 *                             the call was made to fail
 *   MENTOR_FAULT_PROGRAM=NAME the program to act in (default: mentor)
 *
 * Mutating calls: write, pwrite, writev, pwritev (regular files only, never
 * descriptors 0 to 2), fsync, fdatasync, syncfs, open/openat/creat with O_CREAT,
 * O_TRUNC or O_TMPFILE, mkstemp and its kin, mkdtemp, mkdir/mkdirat,
 * rename/renameat/renameat2, link/linkat, symlink/symlinkat, unlink/unlinkat,
 * rmdir and remove. glibc's own internal calls (mkstemp's open, remove's
 * unlink) do not go through these symbols, so nothing is counted twice.
 * The *64 names are separate symbols that programs may call; each is wrapped.
 * fopen is not wrapped: mentor writes no file through stdio.
 *
 * The library acts only in the program named (checked through
 * /proc/self/exe, which valgrind also answers for its guest) and removes the
 * variables from the environment at start, so that the children mentor runs
 * (git for --commit, an editor) are never touched. */

#define _GNU_SOURCE
/* Fortified headers turn open() and others into inline wrappers that could
 * not be defined here. */
#undef _FORTIFY_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static int active;        /* acting in this process */
static int fault_errno;   /* 0: count only */
static int fault_kills;   /* KILL: SIGKILL instead of an error */
static long fault_at[16]; /* the calls to fail, from 1 */
static int fault_points;
static long fault_from;   /* every call from this one on fails; 0: none */
static long calls;        /* mutating calls so far */
static char count_path[4096];
static int log_fd = -1;

struct errno_name {
    const char* name;
    int value;
};
static const struct errno_name errno_names[] = {
    {"ENOSPC", ENOSPC}, {"EROFS", EROFS}, {"EIO", EIO},       {"EDQUOT", EDQUOT}, {"EACCES", EACCES},
    {"EPERM", EPERM},   {"EFBIG", EFBIG}, {"ENOMEM", ENOMEM}, {"EMFILE", EMFILE}, {"EMLINK", EMLINK},
};

static const char* errno_label(int value) {
    for (size_t i = 0; i < sizeof errno_names / sizeof errno_names[0]; ++i)
        if (errno_names[i].value == value) return errno_names[i].name;
    return "E?";
}

/* The next definition of a symbol: libc's, or a sanitizer's interceptor. */
static void* next_symbol(const char* name) {
    void* f = dlsym(RTLD_NEXT, name);
    if (!f) {
        static const char message[] = "fault_shim: a wrapped function is missing from the C library\n";
        ssize_t ignored = write(2, message, sizeof message - 1);
        (void)ignored;
        abort();
    }
    return f;
}

#define REAL(type, name, params)                                          \
    static type(*real_##name) params;                                     \
    if (!real_##name) real_##name = (type(*) params)next_symbol(#name);

static void bad_setting(const char* text) {
    fprintf(stderr, "fault_shim: MENTOR_FAULT must be ERRNO:N[,N...][+] (ERRNO one of");
    for (size_t i = 0; i < sizeof errno_names / sizeof errno_names[0]; ++i) fprintf(stderr, " %s", errno_names[i].name);
    fprintf(stderr, "), got '%s'\n", text);
    _exit(125);
}

static void parse_fault(const char* text) {
    const char* colon = strchr(text, ':');
    if (!colon) bad_setting(text);
    size_t length = (size_t)(colon - text);
    if (length == 4 && strncmp(text, "KILL", 4) == 0) fault_kills = 1, fault_errno = EINTR;
    for (size_t i = 0; i < sizeof errno_names / sizeof errno_names[0]; ++i)
        if (strlen(errno_names[i].name) == length && strncmp(errno_names[i].name, text, length) == 0)
            fault_errno = errno_names[i].value;
    const char* p = colon + 1;
    for (;;) {
        char* end = NULL;
        long n = strtol(p, &end, 10);
        if (!fault_errno || n < 1 || end == p || fault_points == (int)(sizeof fault_at / sizeof fault_at[0])) bad_setting(text);
        fault_at[fault_points++] = n;
        if (*end == '+') fault_from = n, ++end;
        if (*end == '\0') break;
        if (*end != ',' || fault_from) bad_setting(text);
        p = end + 1;
    }
}

static int is_target_program(void) {
    const char* wanted = getenv("MENTOR_FAULT_PROGRAM");
    if (!wanted || !*wanted) wanted = "mentor";
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return 0;
    exe[n] = '\0';
    const char* base = strrchr(exe, '/');
    return strcmp(base ? base + 1 : exe, wanted) == 0;
}

__attribute__((constructor)) static void fault_start(void) {
    const char* fault = getenv("MENTOR_FAULT");
    const char* count = getenv("MENTOR_FAULT_COUNT");
    const char* log = getenv("MENTOR_FAULT_LOG");
    if (!(fault && *fault) && !(count && *count) && !(log && *log)) return;
    if (!is_target_program()) return;
    if (fault && *fault) parse_fault(fault);
    if (count && *count) snprintf(count_path, sizeof count_path, "%s", count);
    if (log && *log) {
        REAL(int, open, (const char*, int, ...))
        log_fd = real_open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    }
    unsetenv("MENTOR_FAULT");
    unsetenv("MENTOR_FAULT_COUNT");
    unsetenv("MENTOR_FAULT_LOG");
    active = 1;
}

__attribute__((destructor)) static void fault_stop(void) {
    if (!active) return;
    active = 0;
    if (count_path[0]) {
        REAL(int, open, (const char*, int, ...))
        int fd = real_open(count_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd >= 0) {
            char line[32];
            int n = snprintf(line, sizeof line, "%ld\n", __atomic_load_n(&calls, __ATOMIC_SEQ_CST));
            REAL(ssize_t, write, (int, const void*, size_t))
            ssize_t ignored = real_write(fd, line, (size_t)n);
            (void)ignored;
            close(fd);
        }
    }
    if (log_fd >= 0) close(log_fd);
}

/* The path a descriptor names, for the log. */
static void fd_path(int fd, char* out, size_t size) {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, out, size - 1);
    if (n < 0)
        snprintf(out, size, "fd:%d", fd);
    else
        out[n] = '\0';
}

/* A path relative to a folder descriptor, made whole for the log. */
static void at_path(int dirfd, const char* path, char* out, size_t size) {
    if (!path) path = "(null)";
    if (path[0] == '/' || dirfd == AT_FDCWD) {
        snprintf(out, size, "%s", path);
        return;
    }
    char dir[4096];
    fd_path(dirfd, dir, sizeof dir);
    if (snprintf(out, size, "%s/%s", dir, path) >= (int)size) out[size - 1] = '\0';  /* cut: only for the log */
}

/* Counts one mutating call; returns 1 (with errno set) when it must fail. */
static int fault_point(const char* call, const char* path, const char* path2) {
    long n = __atomic_add_fetch(&calls, 1, __ATOMIC_SEQ_CST);
    int fail = fault_from && n >= fault_from;
    for (int i = 0; i < fault_points; ++i) fail |= n == fault_at[i];
    if (log_fd >= 0) {
        char line[8400];
        int length = snprintf(line, sizeof line, "%ld %s %s%s%s%s%s\n", n, call, path ? path : "-", path2 ? " " : "",
                              path2 ? path2 : "", fail ? " FAIL " : "", fail ? errno_label(fault_errno) : "");
        if (length > (int)sizeof line - 1) length = (int)sizeof line - 1, line[length - 1] = '\n';
        REAL(ssize_t, write, (int, const void*, size_t))
        ssize_t ignored = real_write(log_fd, line, (size_t)length);
        (void)ignored;
    }
    if (fail && fault_kills) kill(getpid(), SIGKILL);
    if (fail) errno = fault_errno;
    return fail;
}

static int fd_point(const char* call, int fd) {
    char path[4096] = "";
    if (log_fd >= 0) fd_path(fd, path, sizeof path);
    return fault_point(call, path, NULL);
}

/* A write to a regular file other than standard input, output and error:
 * never a terminal, a pipe, or a test's redirection of stdout. */
static int file_write_point(const char* call, int fd) {
    if (!active || fd <= 2 || fd == log_fd) return 0;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    return fd_point(call, fd);
}

static int sync_point(const char* call, int fd) {
    if (!active || fd <= 2 || fd == log_fd) return 0;
    return fd_point(call, fd);
}

static int path_point(const char* call, int dirfd, const char* path, int dirfd2, const char* path2) {
    if (!active) return 0;
    char first[4096] = "", second[4096] = "";
    if (log_fd >= 0) {
        at_path(dirfd, path, first, sizeof first);
        if (path2) at_path(dirfd2, path2, second, sizeof second);
    }
    return fault_point(call, first, path2 ? second : NULL);
}

static int creates(int flags) { return (flags & (O_CREAT | O_TRUNC)) || (flags & O_TMPFILE) == O_TMPFILE; }

/* ---- writes ---- */

#define WRAP_WRITE(name, params, args)                   \
    ssize_t name params {                                \
        if (file_write_point(#name, fd)) return -1;      \
        REAL(ssize_t, name, params)                      \
        return real_##name args;                         \
    }

WRAP_WRITE(write, (int fd, const void* buffer, size_t size), (fd, buffer, size))
WRAP_WRITE(pwrite, (int fd, const void* buffer, size_t size, off_t offset), (fd, buffer, size, offset))
WRAP_WRITE(pwrite64, (int fd, const void* buffer, size_t size, off64_t offset), (fd, buffer, size, offset))
WRAP_WRITE(writev, (int fd, const struct iovec* iov, int count), (fd, iov, count))
WRAP_WRITE(pwritev, (int fd, const struct iovec* iov, int count, off_t offset), (fd, iov, count, offset))
WRAP_WRITE(pwritev64, (int fd, const struct iovec* iov, int count, off64_t offset), (fd, iov, count, offset))

int fsync(int fd) {
    if (sync_point("fsync", fd)) return -1;
    REAL(int, fsync, (int))
    return real_fsync(fd);
}

int syncfs(int fd) {
    if (sync_point("syncfs", fd)) return -1;
    REAL(int, syncfs, (int))
    return real_syncfs(fd);
}

int fdatasync(int fd) {
    if (sync_point("fdatasync", fd)) return -1;
    REAL(int, fdatasync, (int))
    return real_fdatasync(fd);
}

/* ---- creating files ---- */

/* The mode argument, present when the flags create a file. */
#define CREATION_MODE(flags)                  \
    mode_t mode = 0;                          \
    if ((flags) & (O_CREAT | O_TMPFILE)) {    \
        va_list ap;                           \
        va_start(ap, flags);                  \
        mode = (mode_t)va_arg(ap, int);       \
        va_end(ap);                           \
    }

#define WRAP_OPEN(name)                                                               \
    int name(const char* path, int flags, ...) {                                      \
        CREATION_MODE(flags)                                                          \
        if (creates(flags) && path_point(#name, AT_FDCWD, path, 0, NULL)) return -1; \
        REAL(int, name, (const char*, int, ...))                                      \
        return real_##name(path, flags, mode);                                        \
    }

#define WRAP_OPENAT(name)                                                           \
    int name(int dirfd, const char* path, int flags, ...) {                         \
        CREATION_MODE(flags)                                                        \
        if (creates(flags) && path_point(#name, dirfd, path, 0, NULL)) return -1;  \
        REAL(int, name, (int, const char*, int, ...))                               \
        return real_##name(dirfd, path, flags, mode);                               \
    }

WRAP_OPEN(open)
WRAP_OPEN(open64)
WRAP_OPENAT(openat)
WRAP_OPENAT(openat64)

#define WRAP_CREAT(name)                                                   \
    int name(const char* path, mode_t mode) {                              \
        if (path_point(#name, AT_FDCWD, path, 0, NULL)) return -1;         \
        REAL(int, name, (const char*, mode_t))                             \
        return real_##name(path, mode);                                    \
    }

WRAP_CREAT(creat)
WRAP_CREAT(creat64)

/* mkstemp and kin: the template names the file to be. */
#define WRAP_MKSTEMP(name, params, types, args)                            \
    int name params {                                                      \
        if (path_point(#name, AT_FDCWD, pattern, 0, NULL)) return -1;      \
        REAL(int, name, types)                                             \
        return real_##name args;                                           \
    }

WRAP_MKSTEMP(mkstemp, (char* pattern), (char*), (pattern))
WRAP_MKSTEMP(mkstemp64, (char* pattern), (char*), (pattern))
WRAP_MKSTEMP(mkostemp, (char* pattern, int flags), (char*, int), (pattern, flags))
WRAP_MKSTEMP(mkostemp64, (char* pattern, int flags), (char*, int), (pattern, flags))
WRAP_MKSTEMP(mkstemps, (char* pattern, int suffix), (char*, int), (pattern, suffix))
WRAP_MKSTEMP(mkstemps64, (char* pattern, int suffix), (char*, int), (pattern, suffix))
WRAP_MKSTEMP(mkostemps, (char* pattern, int suffix, int flags), (char*, int, int), (pattern, suffix, flags))
WRAP_MKSTEMP(mkostemps64, (char* pattern, int suffix, int flags), (char*, int, int), (pattern, suffix, flags))

char* mkdtemp(char* pattern) {
    if (path_point("mkdtemp", AT_FDCWD, pattern, 0, NULL)) return NULL;
    REAL(char*, mkdtemp, (char*))
    return real_mkdtemp(pattern);
}

/* ---- names ---- */

int mkdir(const char* path, mode_t mode) {
    if (path_point("mkdir", AT_FDCWD, path, 0, NULL)) return -1;
    REAL(int, mkdir, (const char*, mode_t))
    return real_mkdir(path, mode);
}

int mkdirat(int dirfd, const char* path, mode_t mode) {
    if (path_point("mkdirat", dirfd, path, 0, NULL)) return -1;
    REAL(int, mkdirat, (int, const char*, mode_t))
    return real_mkdirat(dirfd, path, mode);
}

int rename(const char* from, const char* to) {
    if (path_point("rename", AT_FDCWD, from, AT_FDCWD, to)) return -1;
    REAL(int, rename, (const char*, const char*))
    return real_rename(from, to);
}

int renameat(int fromfd, const char* from, int tofd, const char* to) {
    if (path_point("renameat", fromfd, from, tofd, to)) return -1;
    REAL(int, renameat, (int, const char*, int, const char*))
    return real_renameat(fromfd, from, tofd, to);
}

int renameat2(int fromfd, const char* from, int tofd, const char* to, unsigned int flags) {
    if (path_point("renameat2", fromfd, from, tofd, to)) return -1;
    REAL(int, renameat2, (int, const char*, int, const char*, unsigned int))
    return real_renameat2(fromfd, from, tofd, to, flags);
}

int link(const char* from, const char* to) {
    if (path_point("link", AT_FDCWD, from, AT_FDCWD, to)) return -1;
    REAL(int, link, (const char*, const char*))
    return real_link(from, to);
}

int linkat(int fromfd, const char* from, int tofd, const char* to, int flags) {
    if (path_point("linkat", fromfd, from, tofd, to)) return -1;
    REAL(int, linkat, (int, const char*, int, const char*, int))
    return real_linkat(fromfd, from, tofd, to, flags);
}

int symlink(const char* target, const char* path) {
    if (path_point("symlink", AT_FDCWD, path, 0, NULL)) return -1;
    REAL(int, symlink, (const char*, const char*))
    return real_symlink(target, path);
}

int symlinkat(const char* target, int dirfd, const char* path) {
    if (path_point("symlinkat", dirfd, path, 0, NULL)) return -1;
    REAL(int, symlinkat, (const char*, int, const char*))
    return real_symlinkat(target, dirfd, path);
}

int unlink(const char* path) {
    if (path_point("unlink", AT_FDCWD, path, 0, NULL)) return -1;
    REAL(int, unlink, (const char*))
    return real_unlink(path);
}

int unlinkat(int dirfd, const char* path, int flags) {
    if (path_point("unlinkat", dirfd, path, 0, NULL)) return -1;
    REAL(int, unlinkat, (int, const char*, int))
    return real_unlinkat(dirfd, path, flags);
}

int rmdir(const char* path) {
    if (path_point("rmdir", AT_FDCWD, path, 0, NULL)) return -1;
    REAL(int, rmdir, (const char*))
    return real_rmdir(path);
}

int remove(const char* path) {
    if (path_point("remove", AT_FDCWD, path, 0, NULL)) return -1;
    REAL(int, remove, (const char*))
    return real_remove(path);
}
