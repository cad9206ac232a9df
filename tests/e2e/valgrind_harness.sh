#!/usr/bin/env bash
# make check-valgrind runs this first: proof that lib.sh's MENTOR_VALGRIND
# harness fails a test whose mentor leaks or reads freed memory, even when
# the test does not check that run's exit code, and passes a clean one.
# A stand-in program plays mentor; it is compiled here with the C compiler.
set -u
: "${MENTOR_VALGRIND:?set MENTOR_VALGRIND to the valgrind command line}"
SRC=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mentor-vg-harness.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cat >"$WORK/fake.c" <<'C'
#include <stdlib.h>
#include <string.h>
int main(int argc, char** argv) {
    const char* what = argc > 1 ? argv[1] : "clean";
    if (strcmp(what, "leak") == 0) { char* p = malloc(16); strcpy(p, "lost"); p = NULL; }
    if (strcmp(what, "freed") == 0) { volatile char* q = malloc(4); free((void*)q); return q[1] == 7; }
    return 0;
}
C
${CC:-cc} -g -O0 -o "$WORK/fake-mentor" "$WORK/fake.c" || { echo "cannot compile the stand-in"; exit 1; }

# a test script with one run of the stand-in per argument, exit code unchecked
probe() {
    printf 'source "%s/tests/e2e/lib.sh"\nfor a in %s; do run "$a"; done\nfinish\n' "$SRC" "$*" >"$WORK/probe.sh"
    MENTOR_BIN="$WORK/fake-mentor" MENTOR_SRC="$SRC" bash "$WORK/probe.sh" >"$WORK/out" 2>&1
}
failures=0
expect() {  # expect CODE TEXT ARGS...: the probe exits CODE and prints TEXT
    local code=$1 text=$2; shift 2
    probe "$@"; local rc=$?
    if [ "$rc" != "$code" ] || ! grep -qF -- "$text" "$WORK/out"; then
        failures=$((failures + 1))
        echo "FAIL: runs '$*': expected exit $code and '$text', got exit $rc:"; sed 's/^/  /' "$WORK/out"
    fi
}
expect 0 "valgrind: 2 runs of mentor checked" clean clean
expect 1 "FAIL (valgrind): mentor leak" clean leak
expect 1 "Invalid read of size 1" freed
expect 1 "2 failed" leak freed
[ "$failures" = 0 ] && echo "valgrind harness: a leak and a use after free fail the test, a clean run passes"
[ "$failures" = 0 ]
