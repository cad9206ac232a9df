# Shared helpers for the end-to-end tests: each test script sources this,
# runs the real binary ($MENTOR_BIN) on fresh temporary records directories,
# and checks files, output and exit codes. A failed check prints what was
# expected and what came, and the script exits 1 at the end.

set -u
: "${MENTOR_BIN:?set MENTOR_BIN to the mentor binary}"
: "${MENTOR_SRC:?set MENTOR_SRC to the source tree}"
export MENTOR_TODAY=2026-03-02   # every date-dependent output is reproducible
export NO_COLOR=1
# New journal entries take the older names, <date>[-N].yaml, so that tests
# can name the files they expect; tests of the collision-free names
# (test_git_merge.sh, test_log.sh) unset it (layout::new_entry_stem).
export MENTOR_ENTRY_SUFFIX=none
unset MENTOR_DIR VISUAL EDITOR
# English unless a test asks for French (run_fr): the messages follow the
# locale, and the developer's own must not change what the tests see.
export LC_ALL=C.UTF-8
unset LANGUAGE LC_MESSAGES LANG MENTOR_LOCALEDIR
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org

TEST_ROOT=$(mktemp -d "${TMPDIR:-/tmp}/mentor-e2e.XXXXXX")
# The user's own config.yaml must not change what the tests see.
export XDG_CONFIG_HOME="$TEST_ROOT/.no-user-config"
trap 'rm -rf "$TEST_ROOT"' EXIT
# MENTOR_VALGRIND: a valgrind command line (make check-valgrind). Every test
# reaches the binary through $MENTOR_BIN (run, new_dir, and scripts such as
# the demo), so $MENTOR_BIN becomes a script that runs the real binary under
# it, each run logging to its own file; finish() fails the test for every
# log that is not empty, whatever exit code the run's own check expected.
if [ -n "${MENTOR_VALGRIND:-}" ]; then
    mkdir "$TEST_ROOT/.valgrind"
    # exec keeps the process id: PID.args names the run that wrote PID.log.
    printf '#!/bin/sh\necho "mentor $*" >"%s/$$.args"\nexec %s --log-file="%s/%%p.log" "%s" "$@"\n' \
        "$TEST_ROOT/.valgrind" "$MENTOR_VALGRIND" "$TEST_ROOT/.valgrind" "$MENTOR_BIN" >"$TEST_ROOT/.valgrind/mentor"
    chmod +x "$TEST_ROOT/.valgrind/mentor"
    MENTOR_BIN="$TEST_ROOT/.valgrind/mentor"
fi
FAILURES=0
CHECKS=0
OUT="$TEST_ROOT/.out"
ERR="$TEST_ROOT/.err"
RC=0

# run ARGS...: runs mentor, keeping stdout in $OUT, stderr in $ERR, code in $RC.
run() {
    "$MENTOR_BIN" "$@" >"$OUT" 2>"$ERR"
    RC=$?
}

# run_fr ARGS...: run, in French (the fr_FR.UTF-8 locale).
run_fr() { LC_ALL=fr_FR.UTF-8 run "$@"; }

fail() {
    FAILURES=$((FAILURES + 1))
    local src="${BASH_SOURCE[2]:-${BASH_SOURCE[1]}}"
    echo "FAIL (${src##*/}:${BASH_LINENO[1]:-${BASH_LINENO[0]}}): $*"
    echo "  stdout: $(head -c 2000 "$OUT")"
    echo "  stderr: $(head -c 2000 "$ERR")"
}

check() { CHECKS=$((CHECKS + 1)); }

# expect_rc N: the last run exited with N.
expect_rc() { check; [ "$RC" = "$1" ] || fail "expected exit code $1, got $RC"; }
# expect_out TEXT / expect_err TEXT: the last run's stdout/stderr contains TEXT.
expect_out() { check; grep -qF -- "$1" "$OUT" || fail "stdout lacks: $1"; }
expect_err() { check; grep -qF -- "$1" "$ERR" || fail "stderr lacks: $1"; }
expect_no_out() { check; ! grep -qF -- "$1" "$OUT" || fail "stdout should not contain: $1"; }
# expect_file PATH / expect_no_file PATH
expect_file() { check; [ -f "$1" ] || fail "missing file $1"; }
expect_no_file() { check; [ ! -e "$1" ] || fail "file should not exist: $1"; }
# expect_same FILE_A FILE_B: byte-identical.
expect_same() { check; cmp -s "$1" "$2" || { fail "files differ: $1 $2"; diff "$1" "$2" | head -20; }; }
# expect_golden NAME: stdout equals tests/golden/NAME (UPDATE_GOLDEN=1 rewrites it).
expect_golden() {
    check
    local golden="$MENTOR_SRC/tests/golden/$1"
    if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then mkdir -p "$(dirname "$golden")"; cp "$OUT" "$golden"; return; fi
    cmp -s "$OUT" "$golden" || { fail "output differs from golden $1"; diff "$golden" "$OUT" | head -30; }
}
# snapshot DIR: a listing of every file with its checksum, to prove nothing
# changed. The writers' lock file is left out: taking the lock is not a change.
snapshot() { (cd "$1" && find . -type f ! -name '.*.tmp-*' ! -name .mentor.lock -print0 | sort -z | xargs -0 sha256sum) ; }

# refused CODE ARGS...: mentor -C "$D" ARGS fails with CODE and changes nothing in $D.
refused() {
    local code=$1
    shift
    snapshot "$D" >"$TEST_ROOT/.before"
    run -C "$D" "$@" </dev/null
    expect_rc "$code"
    snapshot "$D" >"$TEST_ROOT/.after"
    expect_same "$TEST_ROOT/.before" "$TEST_ROOT/.after"
}

# new_dir NAME: an initialised, empty records directory; prints its path.
new_dir() {
    local d="$TEST_ROOT/$1"
    "$MENTOR_BIN" init "$d" -q >/dev/null 2>&1 || { echo "init failed" >&2; exit 1; }
    echo "$d"
}

# example_dir NAME: a copy of the shipped example cohort.
example_dir() {
    local d="$TEST_ROOT/$1"
    cp -r "$MENTOR_SRC/examples/cohort" "$d"
    echo "$d"
}

# valgrind_reports: under MENTOR_VALGRIND, one failure for each run whose
# log holds a memory error or a leak, with the log's start.
valgrind_reports() {
    [ -n "${MENTOR_VALGRIND:-}" ] || return 0
    local log runs
    runs=$(find "$TEST_ROOT/.valgrind" -name '*.log' | wc -l)
    CHECKS=$((CHECKS + runs))
    for log in "$TEST_ROOT"/.valgrind/*.log; do
        [ -s "$log" ] || continue
        FAILURES=$((FAILURES + 1))
        echo "FAIL (valgrind): $(cat "${log%.log}.args" 2>/dev/null)"
        head -40 "$log"
    done
    echo "valgrind: $runs runs of mentor checked"
}

# finish: the closing line ctest shows, and the exit code.
finish() {
    valgrind_reports
    echo "$((CHECKS - FAILURES)) passed, $FAILURES failed"
    [ "$FAILURES" = 0 ]
    exit $?
}
