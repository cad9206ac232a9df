#!/usr/bin/env bash
# Rules checked under the lock (docs/security.md, "Two at once"): every
# command that writes takes the lock before it reads what its rules depend
# on, so two commands at once never together do what one alone is refused.
[ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
source "$(dirname "$0")/lib.sh"

D=$(new_dir race)
m() { run -C "$D" -q "$@"; }
m add mentor "Ann Lee" --languages en; expect_rc 0
m add mentee "Bob Ray" --languages en; expect_rc 0
m add pair ann-lee bob-ray; expect_rc 0
P=ann-lee--bob-ray
m plan $P --start 2026-03-02 --goal "Speak at a meetup"; expect_rc 0
m log $P --notes "First." --action "mentee: draft a talk" --no-edit; expect_rc 0
BASE="$TEST_ROOT/race-base"
cp -a "$D" "$BASE"

# both LOG_ARGS... / both_then ...: starts two mentor commands at the same
# moment (each waits on a shared gate) and waits for both: codes in RA, RB.
both() {
    local gate="$TEST_ROOT/gate"
    rm -f "$gate"
    ( while [ ! -e "$gate" ]; do :; done; exec "$MENTOR_BIN" -C "$D" -q "${A[@]}" ) >"$TEST_ROOT/a.out" 2>&1 &
    local pa=$!
    ( while [ ! -e "$gate" ]; do :; done; exec "$MENTOR_BIN" -C "$D" -q "${B[@]}" ) >"$TEST_ROOT/b.out" 2>&1 &
    local pb=$!
    touch "$gate"
    wait $pa; RA=$?
    wait $pb; RB=$?
}

# Two `log --done` of the same action: exactly one is accepted.
A=(log $P --done 2026-03-02.1 --notes "Done, says Ann." --no-edit)
B=(log $P --done 2026-03-02.1 --notes "Done, says Bob." --no-edit)
for round in $(seq 1 20); do
    rm -rf "$D" && cp -a "$BASE" "$D"
    both
    check; [ $((RA + RB)) = 1 ] || fail "round $round: expected one success and one refusal, got $RA and $RB: $(cat "$TEST_ROOT/a.out" "$TEST_ROOT/b.out")"
    check; [ "$(grep -l '2026-03-02.1' "$D"/journal/$P/*.yaml | wc -l)" = 2 ] || fail "round $round: the action is done in more than one session"
    check; grep -q "is already done" "$TEST_ROOT/a.out" "$TEST_ROOT/b.out" || fail "round $round: the refusal does not say why"
done

# `plan --close` against `log`: the session is logged before the close, or
# refused; never a session in a closed pair dated after its end.
A=(plan $P --close --reason completed)
B=(log $P --notes "Second." --date 2026-03-02 --no-edit)
closed_first=0
for round in $(seq 1 20); do
    rm -rf "$D" && cp -a "$BASE" "$D"
    MENTOR_TODAY=2026-03-02 both
    check; [ "$RA" = 0 ] || fail "round $round: the close failed: $(cat "$TEST_ROOT/a.out")"
    sessions=$(ls "$D/journal/$P" | wc -l)
    if [ "$RB" = 0 ]; then
        check; [ "$sessions" = 2 ] || fail "round $round: the session was accepted but not written"
    else
        closed_first=$((closed_first + 1))
        check; grep -q "is closed" "$TEST_ROOT/b.out" || fail "round $round: the refusal does not say why: $(cat "$TEST_ROOT/b.out")"
        check; [ "$sessions" = 1 ] || fail "round $round: a refused session was written"
    fi
    run -C "$D" validate; expect_rc 0
done
# A session after the close, tried in turn, is refused.
A=(plan $P --close --reason completed)
rm -rf "$D" && cp -a "$BASE" "$D"
MENTOR_TODAY=2026-03-02 m "${A[@]}"; expect_rc 0
MENTOR_TODAY=2026-03-03 m log $P --notes "Late." --no-edit; expect_rc 1; expect_err "is closed"
echo "  close against log: the close came first in $closed_first of 20 rounds"

finish
