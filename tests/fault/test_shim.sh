#!/usr/bin/env bash
# The fault shim itself (tests/fault/fault_shim.c), on fault_probe, a program
# that makes each wrapped call once: every call reaches the shim and is
# counted once, the Nth fails with the errno asked for, a sticky fault fails
# every call from the Nth on, and standard output, pipes, reads, other
# programs and child processes are never touched.
set -u
: "${MENTOR_FAULT_SHIM:?set MENTOR_FAULT_SHIM to the shim library}"
: "${MENTOR_FAULT_PROBE:?set MENTOR_FAULT_PROBE to the fault_probe binary}"
# An AddressSanitizer build wants its runtime first among the preloaded
# libraries; the shim only passes calls on, so that order does not matter.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
export MENTOR_FAULT_PROGRAM=fault_probe

ROOT=$(mktemp -d "${TMPDIR:-/tmp}/mentor-shim.XXXXXX")
trap 'rm -rf "$ROOT"' EXIT
FAILURES=0
CHECKS=0
fail() { FAILURES=$((FAILURES + 1)); echo "FAIL (line ${BASH_LINENO[0]}): $*"; }
check() { CHECKS=$((CHECKS + 1)); }

# The wrapped calls, in the order fault_probe makes them.
CALLS=(open open64 openat openat64 openat creat creat64 mkstemp mkstemp64 mkostemp mkostemp64 mkstemps mkostemps
       write pwrite pwrite64 writev pwritev pwritev64 fsync fdatasync mkdir mkdirat mkdtemp
       rename renameat renameat2 link linkat symlink symlinkat unlink unlinkat rmdir remove
       mkdir rename link remove)
STEPS=(open open64 openat openat64 openat-trunc creat creat64 mkstemp mkstemp64 mkostemp mkostemp64 mkstemps mkostemps
       write pwrite pwrite64 writev pwritev pwritev64 fsync fdatasync mkdir mkdirat mkdtemp
       rename renameat renameat2 link linkat symlink symlinkat unlink unlinkat rmdir remove
       fs::create_directory fs::rename fs::create_hard_link fs::remove)
N=${#CALLS[@]}

# probe NAME [VAR=VALUE...]: runs fault_probe in a fresh folder $ROOT/NAME,
# output in $ROOT/NAME.out, count in $ROOT/NAME.count, log in $ROOT/NAME.log.
probe() {
    local name=$1
    shift
    mkdir "$ROOT/$name"
    env "$@" LD_PRELOAD="$MENTOR_FAULT_SHIM" MENTOR_FAULT_COUNT="$ROOT/$name.count" MENTOR_FAULT_LOG="$ROOT/$name.log" \
        "$MENTOR_FAULT_PROBE" "$ROOT/$name" >"$ROOT/$name.out" 2>&1
}

# Without a fault: every step succeeds, each wrapped call is logged once, in
# order, under its own name, and nothing else is.
probe clean
check; [ "$(grep -c ' ok$' "$ROOT/clean.out")" = $((N + 4)) ] || fail "steps failed without a fault: $(grep failed "$ROOT/clean.out")"
check; [ "$(cat "$ROOT/clean.count" 2>/dev/null)" = "$N" ] || fail "expected $N calls counted, got $(cat "$ROOT/clean.count" 2>/dev/null)"
check; [ "$(cut -d' ' -f2 "$ROOT/clean.log" | tr '\n' ' ')" = "${CALLS[*]} " ] ||
    fail "calls logged: $(cut -d' ' -f2 "$ROOT/clean.log" | tr '\n' ' '), expected ${CALLS[*]}"
check; grep -q "^14 write $ROOT/clean/data$" "$ROOT/clean.log" || fail "a write is logged with its file's path: $(sed -n 14p "$ROOT/clean.log")"
check; grep -q "^25 rename $ROOT/clean/creat $ROOT/clean/renamed$" "$ROOT/clean.log" || fail "a rename is logged with both paths"
check; [ -f "$ROOT/clean/child" ] && [ -d "$ROOT/clean/child-dir" ] || fail "the child process did not run"

# The Nth call fails with the errno asked for, and only it.
for kind in ENOSPC EROFS EIO; do
    for ((i = 1; i <= N; i++)); do
        probe "$kind-$i" MENTOR_FAULT="$kind:$i"
        step=${STEPS[$((i - 1))]}
        check
        grep -qx "$step failed $kind" "$ROOT/$kind-$i.out" || fail "$kind:$i should fail step $step: $(grep -m1 "^$step " "$ROOT/$kind-$i.out")"
        check
        [ "$(head -n $((i - 1)) "$ROOT/$kind-$i.out" | grep -c ' ok$')" = $((i - 1)) ] || fail "$kind:$i failed an earlier step"
        check
        [ "$(grep -c "FAIL $kind$" "$ROOT/$kind-$i.log")" = 1 ] || fail "$kind:$i: one call only should fail"
        [ "$kind" = ENOSPC ] || break   # the other kinds: one point is enough
    done
done

# A list of faults: those calls fail, and only those.
probe list MENTOR_FAULT=EIO:2,5
check; [ "$(grep -c 'failed EIO$' "$ROOT/list.out")" = 2 ] && grep -qx "open64 failed EIO" "$ROOT/list.out" &&
    grep -qx "openat-trunc failed EIO" "$ROOT/list.out" || fail "EIO:2,5 should fail steps 2 and 5: $(grep failed "$ROOT/list.out")"

# A sticky fault: every call from the Nth on fails; the rest of the process
# (stdout, pipes, reads, the child) is untouched.
probe sticky MENTOR_FAULT=EROFS:3+
check; [ "$(grep -c 'failed EROFS$' "$ROOT/sticky.out")" = $((N - 2)) ] || fail "EROFS:3+ should fail $((N - 2)) steps: $(cat "$ROOT/sticky.out")"
for s in stdout pipe "read-only open" child; do
    check; grep -qx "$s ok" "$ROOT/sticky.out" || fail "step '$s' should never be touched: $(grep "^$s " "$ROOT/sticky.out")"
done
check; [ -f "$ROOT/sticky/child" ] || fail "the child's own writes must not fail"

# Another program is left alone, and a bad setting is refused loudly.
probe other MENTOR_FAULT=EROFS:1+ MENTOR_FAULT_PROGRAM=mentor
check; ! grep -q failed "$ROOT/other.out" || fail "the shim acted in a program it was not asked to: $(grep failed "$ROOT/other.out")"
check; [ ! -e "$ROOT/other.count" ] && [ ! -s "$ROOT/other.log" ] || fail "the shim counted calls of another program"
probe bad MENTOR_FAULT=ENOSPACE:1
check; grep -q "MENTOR_FAULT must be" "$ROOT/bad.out" || fail "a bad MENTOR_FAULT should be refused: $(cat "$ROOT/bad.out")"

echo "$((CHECKS - FAILURES)) passed, $FAILURES failed"
[ "$FAILURES" = 0 ]
