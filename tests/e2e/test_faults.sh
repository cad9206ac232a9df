#!/usr/bin/env bash
# Fault injection: every mutating command, with the disk full (ENOSPC), the
# file system read-only (EROFS) or an I/O error on a flush (EIO) at each of
# its writes, creates, renames, links, unlinks, folder creations and
# flushes in turn (tests/fault/fault_shim.c, preloaded). At each point the
# command must fail with exit code 1 and a message that names the file or
# folder and gives the system's reason, and leave the records exactly as
# they were: same files, same bytes, same modes, no temporary file, no
# backup, no new folder (a .mentor.lock, the writers' lock, may appear).
# The only other outcome allowed is a failure after the change was complete
# (flushing a folder), said as such, with the records exactly as a run
# without a fault leaves them.
#
# Two more passes make the file system read-only from each point on (every
# later call fails too, as after a remount), or fail the first step of
# undoing the change as well: what cannot be put back must then be named in
# the message, and be where the message says.
source "$(dirname "$0")/lib.sh"
: "${MENTOR_FAULT_SHIM:?set MENTOR_FAULT_SHIM to the fault shim library (tests/fault)}"
# The AddressSanitizer runtime wants to come first among preloaded libraries;
# the shim only passes calls on to it, so that order does not matter.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

JOBS=${MENTOR_FAULT_JOBS:-4}   # commands walked at once
# The faults tried at each point, and the commands walked (by the names
# below). Under valgrind (MENTOR_VALGRIND, make check-valgrind), where each
# run takes seconds, by default a sample: a full disk, and a failure while
# undoing, on three commands that write several files, keep previous
# versions and make a folder.
if [ -n "${MENTOR_VALGRIND:-}" ]; then
    KINDS=${MENTOR_FAULT_KINDS:-ENOSPC EROFS2}
    ONLY=${MENTOR_FAULT_WALKS:-import pause log}
else
    KINDS=${MENTOR_FAULT_KINDS:-ENOSPC EROFS EIO EROFS+ EROFS2}
    ONLY=${MENTOR_FAULT_WALKS:-}
fi

declare -A REASON=([ENOSPC]="No space left on device" [EROFS]="Read-only file system" [EIO]="Input/output error")

# state DIR: every entry (type, mode, path), temporary files included, and
# every file's checksum, the lock file aside. (lib.sh's snapshot, but it also
# sees temporary files, folders and modes; in one pass, as it runs for each
# of several hundred faulty runs.)
state() {
    find "$1" -mindepth 1 ! -name .mentor.lock -printf '%y %m %p\n' -type f -exec sha256sum {} + | LC_ALL=C sort
}

# nogit: the lines of a state but those of $W/.git (a commit differs by its time).
nogit() { grep -vF " $W/.git/"; }

# fault_run SPEC ARGS...: runs mentor in $W with MENTOR_FAULT=SPEC ("" counts only).
fault_run() {
    local spec=$1
    shift
    : >"$COUNT"
    : >"$LOG"
    LD_PRELOAD="$MENTOR_FAULT_SHIM${LD_PRELOAD:+:$LD_PRELOAD}" MENTOR_FAULT="$spec" MENTOR_FAULT_COUNT="$COUNT" \
        MENTOR_FAULT_LOG="$LOG" run "$@"
}

# point_names LINE RECORDS: the names a message about the logged call LINE
# ("N CALL PATH [PATH2]") may use for what it touched: each path, with a
# temporary or backup name (".x.yaml.tmp-AbC123[.old]") taken back to its
# file's, as an absolute path and relative to the records directory.
point_names() {
    local field base first second
    NAMES=()
    read -r _ _ first second _ <<<"$1"
    for field in "$first" "$second"; do
        [[ "$field" == /* ]] || continue
        base=${field##*/}
        if [[ "$base" =~ ^\.(.+)\.tmp-[A-Za-z0-9]{6}(\.old)?$ ]]; then field="${field%/*}/${BASH_REMATCH[1]}"; fi
        NAMES+=("$field")
        [[ "$field" != "$2"/* ]] || NAMES+=("${field#"$2"/}")
    done
}

# expect_state WANTED WHAT [FILTER]: $W is in the state WANTED (.git aside with FILTER=nogit).
expect_state() {
    check
    local now
    now=$(state "$W")
    [ "${3:-}" != nogit ] || now=$(nogit <<<"$now")
    [ "$now" = "$1" ] || fail "$2: $(diff <(echo "$1") <(echo "$now") | grep '^[<>]' | head -8 | tr '\n' ' ')"
}

# expect_changes_named STATE RECORDS WHAT: every path that differs from STATE
# (.git aside) is named in stderr, as an absolute path or relative to RECORDS.
expect_changes_named() {
    check
    local now path missing=""
    now=$(state "$W" | nogit)
    [ "$now" != "$1" ] || return 0
    while read -r path; do
        [[ "$STDERR" == *"$path"* ]] || { [[ "$path" == "$2"/* ]] && [[ "$STDERR" == *"${path#"$2"/}"* ]]; } || missing+=" $path"
    done < <(diff <(echo "$1") <(echo "$now") | grep '^[<>]' | grep -o ' /[^ ]*$' | sort -u)
    [ -z "$missing" ] || fail "$3: changed but not named in the message:$missing"
}

# expect_named_files_exist WHAT: every temporary file or kept previous
# version the message names is there (as a message that says "its previous
# version is in X" had better be true).
expect_named_files_exist() {
    check
    local path missing=""
    for path in $(grep -o "$W/[^ :()]*\.tmp-[A-Za-z0-9]\{6\}[.a-z]*" <<<"$STDERR"); do
        [ -e "$path" ] || missing+=" $path"
    done
    [ -z "$missing" ] || fail "$1: the message names files that are not there:$missing"
}

# walk NAME PRISTINE RECORDS ARGS...: copies PRISTINE to a folder $W before
# each run of `mentor ARGS...`, in which {W} stands for $W; RECORDS is the
# records directory the command writes, relative to $W. Runs without a fault
# to count the points, then fails each point in turn, then runs once more
# past the last point, which must succeed. Its own $OUT, $ERR and counters:
# the walks run in parallel (see walk_all). Shell built-ins where it can, as
# it checks several hundred runs.
walk() {
    local name=$1 pristine=$2
    W="$TEST_ROOT/w-$name" OUT="$TEST_ROOT/.out-$name" ERR="$TEST_ROOT/.err-$name"
    COUNT="$TEST_ROOT/.count-$name" LOG="$TEST_ROOT/.log-$name"
    local records="$W/$3"
    records=${records%/.}
    shift 3
    set -- "${@//\{W\}/$W}"
    rm -rf "$W" && cp -a "$pristine" "$W"
    local before after points n kind call spec what found point_lines log_lines count
    before=$(state "$W")
    fault_run "" "$@"
    expect_rc 0
    points=0
    read -r points <"$COUNT"
    check; [ "${points:-0}" -gt 0 ] || { fail "$name: no fault point counted: is the shim preloaded?"; return; }
    after=$(state "$W" | nogit)
    echo "  $name: $points points ($(cut -d' ' -f2 "$LOG" | sort | uniq -c | awk '{printf "%s%s %s", sep, $1, $2; sep=", "}'))" \
        >"$TEST_ROOT/.summary-$name"
    cp "$LOG" "$TEST_ROOT/.points-$name"
    mapfile -t point_lines <"$LOG"
    for ((n = 1; n <= points + 1; n++)); do
        read -r _ call _ <<<"${point_lines[n - 1]:-0 none}"
        for kind in $KINDS; do
            case $kind in
                EIO) [[ "$call" == fsync || "$call" == fdatasync ]] || continue; spec="EIO:$n" ;;
                EROFS+) spec="EROFS:$n+" ;;        # read-only from here on
                EROFS2) spec="EROFS:$n,$((n + 1))" ;;  # and the first step of undoing it fails too
                *) spec="$kind:$n" ;;
            esac
            what="$name $spec ($call)"
            rm -rf "$W" && cp -a "$pristine" "$W"
            fault_run "$spec" "$@"
            IFS= read -r -d '' STDERR <"$ERR"
            count=""
            read -r count <"$COUNT"
            if [ "$n" -gt "$points" ]; then   # past the last point: no fault, success
                expect_rc 0
                check; [ "$count" = "$points" ] || fail "$name: $count points this time, $points before"
                expect_state "$after" "$name with no fault hit" nogit
                break
            fi
            mapfile -t log_lines <"$LOG"
            check; [[ "${log_lines[n - 1]:-}" == *" FAIL ${spec%%:*}" ]] || { fail "$what: the fault was not reached: ${log_lines[n - 1]:-}"; continue; }
            check; [ "$RC" = 1 ] || { fail "$what: expected exit code 1, got $RC"; continue; }
            check; [[ "$STDERR" == *"${REASON[${spec%%:*}]}"* ]] || fail "$what: the message lacks the reason"
            check; [[ "$STDERR" == "mentor: error:"* && "$STDERR" != *$'\n'"mentor: error:"* ]] || fail "$what: expected one error message"
            point_names "${point_lines[n - 1]}" "$records"
            found=0
            for file in "${NAMES[@]}"; do [[ "$STDERR" != *"$file"* ]] || found=1; done
            check; [ "$found" = 1 ] || fail "$what: the message names none of: ${NAMES[*]}"
            expect_named_files_exist "$what"
            if [[ "$STDERR" == *"the change was made"* ]]; then
                # The failure came after the last file was in place: the
                # records are as a run without a fault leaves them, but for
                # what the message names (a previous version left behind).
                expect_changes_named "$after" "$records" "$what"
            elif [ "$kind" = EROFS+ ] || [ "$kind" = EROFS2 ]; then
                # Undoing failed too: what could not be put back must be named.
                expect_changes_named "$(nogit <<<"$before")" "$records" "$what"
            else
                expect_state "$before" "$what: the records changed"
            fi
        done
    done
}

# --- the records the commands work on

S="$TEST_ROOT/small"   # two mentors, two mentees, one proposed pair
"$MENTOR_BIN" init "$S" -q >/dev/null 2>&1
mm() { "$MENTOR_BIN" -C "$1" -q "${@:2}" </dev/null >/dev/null 2>&1 || { echo "setup failed: mentor ${*:2}" >&2; exit 1; }; }
mm "$S" add mentor "Ann Lee" --email ann@example.org --languages en --capacity 3
mm "$S" add mentor "Dan Moss" --languages en --capacity 2
mm "$S" add mentee "Bob Ray" --languages en
mm "$S" add mentee "Cid Roe" --languages en
mm "$S" add mentee "Gil Fox" --languages en
mm "$S" add pair ann-lee bob-ray
P=ann-lee--bob-ray

PLANNED="$TEST_ROOT/planned"   # the pair with a plan, active
cp -a "$S" "$PLANNED"
mm "$PLANNED" plan $P --start 2026-03-02 --cadence biweekly --goal "Speak at a meetup"

LOGGED="$TEST_ROOT/logged"   # a session already on 2026-03-02
cp -a "$PLANNED" "$LOGGED"
mm "$LOGGED" log $P --notes "First." --no-edit

GIT="$TEST_ROOT/git"   # the small records under git
cp -a "$S" "$GIT"
git -C "$GIT" init -q && git -C "$GIT" add -A && git -C "$GIT" commit -q -m start && "$MENTOR_BIN" -C "$GIT" -q git-setup   # a clone set up as docs/git.md says: no hint in the one error line checked below

EMPTY="$TEST_ROOT/empty"   # for init: nothing yet
mkdir "$EMPTY"
KEPT="$TEST_ROOT/kept"   # for init: a folder with a .gitignore of its own
mkdir -p "$KEPT/prog"
printf '*.bak\n' >"$KEPT/prog/.gitignore"

CSV="$TEST_ROOT/people.csv"   # two new people and a change to one
printf 'name;email;roles;languages\nEve Lamb;eve@example.org;mentee;en\nFinn Holt;finn@example.org;mentor;en\nAnn Lee;ann@example.org;mentor;en|fr\n' >"$CSV"

# walk_all: runs each line of its input (NAME PRISTINE RECORDS ARGS..., as
# the shell would read them) with walk, $JOBS at a time, then adds up their
# checks and prints their reports and how many fault points each command has.
walk_all() {
    local line names=() name points=0 c f
    while read -r line; do
        name=${line%% *}
        [ -z "$ONLY" ] || [[ " $ONLY " == *" $name "* ]] || continue
        names+=("$name")
        while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n; done
        (
            CHECKS=0 FAILURES=0
            eval "walk $line"
            echo "$CHECKS $FAILURES" >"$TEST_ROOT/.result-$name"
        ) >"$TEST_ROOT/.report-$name" 2>&1 &
    done
    wait
    for name in "${names[@]}"; do
        cat "$TEST_ROOT/.report-$name"
        read -r c f 2>/dev/null <"$TEST_ROOT/.result-$name" || { c=1 f=1; echo "FAIL: the walk $name did not finish"; }
        CHECKS=$((CHECKS + c)) FAILURES=$((FAILURES + f))
    done
    echo "fault points by command:"
    for name in "${names[@]}"; do
        cat "$TEST_ROOT/.summary-$name" 2>/dev/null
        points=$((points + $(cat "$TEST_ROOT/.points-$name" 2>/dev/null | wc -l)))
    done
    echo "  total: $points points"
}

# --- every mutating command
walk_all <<EOF
init "$EMPTY" a/prog init {W}/a/prog
init-existing "$KEPT" prog init {W}/prog
add-new "$S" . -C {W} add mentee "Eve Lamb" --languages en
add-update "$S" . -C {W} add mentor "Ann Lee" --id ann-lee --capacity 4
import "$S" . -C {W} add --from-csv "$CSV"
pair "$S" . -C {W} add pair dan-moss cid-roe
match "$S" . -C {W} match --write
plan "$S" . -C {W} plan $P --start 2026-03-09 --goal "Speak at a meetup"
plan-goal "$PLANNED" . -C {W} plan $P --goal "Write a blog post" --achieve g1
pause "$PLANNED" . -C {W} plan $P --pause
close "$PLANNED" . -C {W} plan $P --close --reason completed --by mentor --review "Done."
log "$PLANNED" . -C {W} log $P --notes "Talked." --action "mentee: read a book" --no-edit
log-again "$LOGGED" . -C {W} log $P --notes "Again." --no-edit
commit "$GIT" . -C {W} --commit add mentee "Eve Lamb" --languages en
EOF
finish
