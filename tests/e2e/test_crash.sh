#!/usr/bin/env bash
# Crash safety (docs/security.md, "Crash safety"): a write killed at any
# moment (kill -9) leaves, once the next command that takes the lock has
# run, the records wholly as before the write or wholly as after it, with no
# temporary file and no journal left, and `validate` clean. Until then,
# `validate` reports what was left.
#
# Two passes: every mutating call of four small writes in turn, killed just
# before it (the fault shim's KILL), and 20 kills at random moments of a
# 2,000-row import and of a `match --write` of 250 pairs.
# On a RAM disk when there is one: each write flushes every file to disk, and
# a kill tests the process, not the disk.
[ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
source "$(dirname "$0")/lib.sh"
: "${MENTOR_FAULT_SHIM:?set MENTOR_FAULT_SHIM to the fault shim library (tests/fault)}"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

# state DIR: every file with its mode and checksum; the lock file aside
# (taking the lock is no change), and folders too: a killed write may leave
# an empty folder it made, which holds no record and which git ignores.
state() { (cd "$1" && find . -type f ! -name .mentor.lock -printf '%m %p\n' -exec sha256sum {} + | LC_ALL=C sort); }
# leftovers DIR: temporary files and journals of a write.
leftovers() { find "$1" \( -name '.*.tmp-*' -o -name '.mentor.txn*' \) -printf '%P\n' | LC_ALL=C sort; }
# recover DIR: a command that takes the lock and changes nothing.
recover() { MENTOR_LOCK_TIMEOUT=10 run -C "$1" add mentor "Keeper" --id keeper; }

# expect_before_or_after DIR BEFORE AFTER WHAT: after recovery, DIR is in
# one of the two states (which validate_states has checked validate clean:
# the same bytes validate the same) and holds no leftover.
expect_before_or_after() {
    recover "$1"
    check; [ "$RC" = 0 ] || fail "$4: the next command failed"
    local now
    now=$(state "$1")
    check; [ "$now" = "$2" ] || [ "$now" = "$3" ] || fail "$4: neither before nor after: $(diff <(echo "$3") <(echo "$now") | grep '^[<>]' | head -6 | tr '\n' ' ')"
    check; [ -z "$(leftovers "$1")" ] || fail "$4: left behind: $(leftovers "$1" | head -5 | tr '\n' ' ')"
}

# validate_states DIR ARGS...: DIR validates clean before and after
# `mentor -C DIR ARGS...`, which must succeed.
validate_states() {
    local dir=$1
    shift
    run -C "$dir" validate; expect_rc 0
    run -C "$dir" -q "$@"; expect_rc 0
    run -C "$dir" validate; expect_rc 0
}

# --- deterministic: killed before each mutating call

S="$TEST_ROOT/small"
"$MENTOR_BIN" init "$S" -q >/dev/null 2>&1
mm() { "$MENTOR_BIN" -C "$1" -q "${@:2}" </dev/null >/dev/null 2>&1 || { echo "setup failed: mentor ${*:2}" >&2; exit 1; }; }
mm "$S" add mentor "Keeper" --id keeper
mm "$S" add mentor "Ann Lee" --languages en --capacity 3 --offers leadership:4
mm "$S" add mentee "Bob Ray" --languages en --wants leadership
mm "$S" add mentee "Cid Roe" --languages en --wants leadership
mm "$S" add pair ann-lee bob-ray
P=ann-lee--bob-ray
CSV="$TEST_ROOT/people.csv"   # two new people and a change to one
printf 'name;email;roles;languages\nEve Lamb;eve@example.org;mentee;en\nFinn Holt;finn@example.org;mentor;en\nAnn Lee;ann@example.org;mentor;en|fr\n' >"$CSV"

W="$TEST_ROOT/w"
COUNT="$TEST_ROOT/.count"
# walk_kills NAME ARGS...: kills `mentor -C W ARGS...` before each of its
# mutating calls in turn, and checks each time.
walk_kills() {
    local name=$1 points before after n
    shift
    rm -rf "$W" && cp -a "$S" "$W"
    before=$(state "$W")
    LD_PRELOAD="$MENTOR_FAULT_SHIM" MENTOR_FAULT_COUNT="$COUNT" run -C "$W" -q "$@"
    expect_rc 0
    after=$(state "$W")
    rm -rf "$W" && cp -a "$S" "$W" && validate_states "$W" "$@"
    read -r points <"$COUNT"
    check; [ "${points:-0}" -gt 2 ] || { fail "$name: no fault point counted"; return; }
    for ((n = 1; n <= points; n++)); do
        rm -rf "$W" && cp -a "$S" "$W"
        LD_PRELOAD="$MENTOR_FAULT_SHIM" MENTOR_FAULT="KILL:$n" run -C "$W" -q "$@"
        check; [ "$RC" = 137 ] || fail "$name KILL:$n: expected to be killed, got exit code $RC"
        # Until the next writer, validate names what the killed one left.
        if [ -n "$(leftovers "$W")" ]; then
            run -C "$W" validate; expect_rc 1; expect_out "interrupted write"
        fi
        expect_before_or_after "$W" "$before" "$after" "$name KILL:$n"
    done
    echo "  $name: killed at each of $points points"
}
walk_kills import add --from-csv "$CSV"
walk_kills match match --write
walk_kills plan plan $P --start 2026-03-09 --goal "Speak at a meetup"
walk_kills log log $P --notes "First." --no-edit

# --- a journal left by hand: finished, or rolled back, by the next writer

rm -rf "$W" && cp -a "$S" "$W"
sed 's/capacity: 3/capacity: 5/' "$W/people/ann-lee.yaml" >"$W/people/.ann-lee.yaml.tmp-AAAAAA"
sed 's/keeper/zed/; s/Keeper/Zed/' "$W/people/keeper.yaml" >"$W/people/.zed.yaml.tmp-BBBBBB"
printf 'mentor write journal 1\n1\t644\tpeople/ann-lee.yaml\tpeople/.ann-lee.yaml.tmp-AAAAAA\t\n0\t600\tpeople/zed.yaml\tpeople/.zed.yaml.tmp-BBBBBB\t\n' >"$W/.mentor.txn"
run -C "$W" validate; expect_rc 1; expect_out ".mentor.txn: error: the journal of an interrupted write"
expect_out "people/.zed.yaml.tmp-BBBBBB: error: a temporary file left by an interrupted write"
recover "$W"; expect_rc 0; expect_err "finished an interrupted write of 2 files"
check; grep -q '^capacity: 5$' "$W/people/ann-lee.yaml" || fail "the journal's write was not finished"
check; [ "$(stat -c %a "$W/people/zed.yaml")" = 600 ] || fail "a finished file lacks its journal's mode"
check; [ -z "$(leftovers "$W")" ] || fail "left behind: $(leftovers "$W")"

rm -rf "$W" && cp -a "$S" "$W"
cp "$W/people/ann-lee.yaml" "$TEST_ROOT/ann.before"
ln "$W/people/ann-lee.yaml" "$W/people/.ann-lee.yaml.tmp-CCCCCC.old"
sed 's/capacity: 3/capacity: 5/' "$W/people/ann-lee.yaml" >"$TEST_ROOT/changed" && mv "$TEST_ROOT/changed" "$W/people/ann-lee.yaml"
sed 's/keeper/zed/; s/Keeper/Zed/' "$W/people/keeper.yaml" >"$W/people/zed.yaml"
printf 'mentor write journal 1\n1\t644\tpeople/ann-lee.yaml\tpeople/.ann-lee.yaml.tmp-CCCCCC\tpeople/.ann-lee.yaml.tmp-CCCCCC.old\n0\t644\tpeople/zed.yaml\tpeople/.zed.yaml.tmp-DDDDDD\t\n' >"$W/.mentor.txn-undo"
recover "$W"; expect_rc 0; expect_err "rolled back an interrupted write of 2 files"
expect_same "$TEST_ROOT/ann.before" "$W/people/ann-lee.yaml"
expect_no_file "$W/people/zed.yaml"
check; [ -z "$(leftovers "$W")" ] || fail "left behind: $(leftovers "$W")"

# In French: the same recoveries and diagnostics, said in French.
recover_fr() { MENTOR_LOCK_TIMEOUT=10 run_fr -C "$1" add mentor "Keeper" --id keeper; }
rm -rf "$W" && cp -a "$S" "$W"
sed 's/capacity: 3/capacity: 5/' "$W/people/ann-lee.yaml" >"$W/people/.ann-lee.yaml.tmp-AAAAAA"
sed 's/keeper/zed/; s/Keeper/Zed/' "$W/people/keeper.yaml" >"$W/people/.zed.yaml.tmp-BBBBBB"
printf 'mentor write journal 1\n1\t644\tpeople/ann-lee.yaml\tpeople/.ann-lee.yaml.tmp-AAAAAA\t\n0\t600\tpeople/zed.yaml\tpeople/.zed.yaml.tmp-BBBBBB\t\n' >"$W/.mentor.txn"
: >"$W/people/.stray.yaml.tmp-EEEEEE"
run_fr -C "$W" validate; expect_rc 1
expect_out ".mentor.txn: "; expect_out "le journal d'une écriture interrompue ; la prochaine commande mentor qui écrit termine l'écriture (ou l'annule)"
expect_out "people/.stray.yaml.tmp-EEEEEE: "; expect_out "un fichier temporaire laissé par une écriture interrompue ; la prochaine commande mentor qui écrit le supprime"
recover_fr "$W"; expect_rc 0
expect_err "écriture interrompue menée à terme (2 fichiers) ; 1 fichier temporaire d'une écriture interrompue supprimé"
check; grep -q '^capacity: 5$' "$W/people/ann-lee.yaml" || fail "the journal's write was not finished (in French)"
check; [ -z "$(leftovers "$W")" ] || fail "left behind: $(leftovers "$W")"
rm -rf "$W" && cp -a "$S" "$W"
sed 's/keeper/zed/; s/Keeper/Zed/' "$W/people/keeper.yaml" >"$W/people/zed.yaml"
printf 'mentor write journal 1\n0\t644\tpeople/zed.yaml\tpeople/.zed.yaml.tmp-DDDDDD\t\n' >"$W/.mentor.txn-undo"
recover_fr "$W"; expect_rc 0; expect_err "écriture interrompue annulée (1 fichier)"
expect_no_file "$W/people/zed.yaml"
printf 'mentor write journal 1\n1\t999\tpeople/ann-lee.yaml\tpeople/.x.tmp-AAAAAA\t\n' >"$W/.mentor.txn"
before=$(state "$W")
recover_fr "$W"; expect_rc 1
expect_err ".mentor.txn:2: "
expect_err "le journal d'une écriture interrompue est endommagé (mode invalide) ; rien n'a été modifié. Consultez docs/security.md, section \"Crash safety\""
check; [ "$before" = "$(state "$W")" ] || fail "a damaged journal changed the records (in French)"

# A damaged journal, or one naming a file outside the records: nothing is touched.
for bad in 'garbage\n' 'mentor write journal 1\n1\t644\t../../etc/passwd\tpeople/.x.tmp-AAAAAA\t\n'; do
    rm -rf "$W" && cp -a "$S" "$W"
    printf "$bad" >"$W/.mentor.txn"
    before=$(state "$W")
    recover "$W"; expect_rc 1; expect_err "the journal of an interrupted write is damaged"
    check; [ "$before" = "$(state "$W")" ] || fail "a damaged journal changed the records"
done

# --- random: kill -9 at a random moment of a big write

B="$TEST_ROOT/big"
"$MENTOR_BIN" init "$B" -q >/dev/null 2>&1
mm "$B" add mentor "Keeper" --id keeper
{
    echo "name;email;roles;languages;offers;wants;cohorts"
    for i in $(seq 1 250); do echo "Mentor $i;m$i@x.org;mentor;en;leadership:4;;c"; echo "Mentee $i;e$i@x.org;mentee;en;;leadership;c"; done
} >"$TEST_ROOT/first.csv"
mm "$B" add --from-csv "$TEST_ROOT/first.csv"
{
    echo "name;email;roles;languages;offers;wants;cohorts"
    for i in $(seq 1 1000); do echo "Mentor $i;m$i@x.org;mentor;en|fr;leadership:4;;c"; echo "Mentee $i;e$i@x.org;mentee;en|fr;;leadership;c"; done
} >"$TEST_ROOT/second.csv"   # 500 people updated, 1,500 added

# kill_rounds NAME ARGS...: 20 runs of `mentor -C R ARGS...`, each killed
# after a random part of the time a whole run takes.
kill_rounds() {
    local name=$1 before after start ms round interrupted=0
    shift
    R="$TEST_ROOT/r-$name"
    rm -rf "$R" && cp -a "$B" "$R"
    before=$(state "$R")
    start=$(date +%s%N)
    run -C "$R" -q "$@"
    expect_rc 0
    ms=$((($(date +%s%N) - start) / 1000000 + 1))
    after=$(state "$R")
    rm -rf "$R" && cp -a "$B" "$R" && validate_states "$R" "$@"
    rm -rf "$R" && cp -a "$B" "$R"
    for round in $(seq 1 20); do
        "$MENTOR_BIN" -C "$R" -q "$@" >/dev/null 2>&1 &
        sleep "$(printf '0.%03d' $((RANDOM % ms % 1000)))"
        kill -9 $! 2>/dev/null
        wait $! 2>/dev/null
        [ -z "$(leftovers "$R")" ] || interrupted=$((interrupted + 1))
        expect_before_or_after "$R" "$before" "$after" "$name round $round"
        # Wholly before: the next round can start from there.
        [ "$(state "$R")" = "$before" ] || { rm -rf "$R" && cp -a "$B" "$R"; }
    done
    echo "  $name: 20 kills in a run of $ms ms; $interrupted left a write to finish or undo"
}
kill_rounds match match --write
kill_rounds import add --from-csv "$TEST_ROOT/second.csv"

finish
