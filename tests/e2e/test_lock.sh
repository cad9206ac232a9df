#!/usr/bin/env bash
# The writers' lock: concurrent writers never overbook a mentor, a held lock
# makes a writer wait (and give up after MENTOR_LOCK_TIMEOUT), readers never
# wait, and the lock file is private and ignored by git.
source "$(dirname "$0")/lib.sh"

# Three mentors with one place each, wanted by two cohorts of three mentees.
# Run alone, each cohort's match takes all three places; run at the same
# time without a lock, both would see three free places.
D=$(new_dir race)
for m in "Ada Mentor" "Bea Mentor" "Cy Mentor"; do
  run -C "$D" -q add mentor "$m" --offers "leadership:5" --capacity 1 --cohort a,b --languages en; expect_rc 0
done
for c in a b; do
  for n in 1 2 3; do
    run -C "$D" -q add mentee "Mentee $c$n" --wants leadership --cohort "$c" --languages en; expect_rc 0
  done
done
base="$TEST_ROOT/race-base"; cp -r "$D" "$base"

for round in 1 2 3 4 5 6; do
  rm -rf "$D"; cp -r "$base" "$D"
  "$MENTOR_BIN" -C "$D" -q match --cohort a --write >"$TEST_ROOT/a.out" 2>&1 &
  pa=$!
  "$MENTOR_BIN" -C "$D" -q match --cohort b --write >"$TEST_ROOT/b.out" 2>&1 &
  pb=$!
  wait $pa; ra=$?; wait $pb; rb=$?
  check; [ "$ra" = 0 ] && [ "$rb" = 0 ] || fail "round $round: match failed: $(cat "$TEST_ROOT/a.out" "$TEST_ROOT/b.out")"
  # Every mentor holds at most one pair, and exactly three pairs exist.
  check; [ "$(ls "$D/pairs" | grep -c '\.yaml$')" = 3 ] || fail "round $round: expected 3 pairs, got: $(ls "$D/pairs")"
  for m in ada-mentor bea-mentor cy-mentor; do
    check; [ "$(ls "$D/pairs" | grep -c "^$m--")" -le 1 ] || fail "round $round: $m overbooked: $(ls "$D/pairs")"
  done
  run -C "$D" validate; expect_rc 0
done

# The lock file: private, never followed when it is a symbolic link.
check; [ "$(stat -c %a "$D/.mentor.lock")" = 600 ] || fail "lock file mode $(stat -c %a "$D/.mentor.lock")"

# A held lock: a writer waits, then gives up with a clear message; a reader
# goes ahead at once; a dry run does not wait either.
L=$(new_dir held)
exec 9>"$L/.mentor.lock"
flock -x 9
before=$(snapshot "$L")
MENTOR_LOCK_TIMEOUT=1 run -C "$L" add mentor "Dee Waiting"
expect_rc 1
expect_err "waiting for another mentor command to finish writing"
expect_err "another mentor command has been writing to $L for 1 s"
check; [ "$before" = "$(snapshot "$L")" ] || fail "a writer that could not lock wrote"
MENTOR_LOCK_TIMEOUT=1 run_fr -C "$L" add mentor "Dee Waiting"
expect_rc 1
expect_err "une autre commande mentor écrit dans $L depuis 1 s (elle détient .mentor.lock) ; réessayez quand elle aura fini"
check; [ "$before" = "$(snapshot "$L")" ] || fail "a writer that could not lock wrote (in French)"
MENTOR_LOCK_TIMEOUT=0 run -C "$L" list people; expect_rc 0
MENTOR_LOCK_TIMEOUT=0 run -C "$L" add mentor "Dee Dry" --dry-run; expect_rc 0; expect_out "would write people/dee-dry.yaml"
MENTOR_LOCK_TIMEOUT=0 run -C "$L" validate; expect_rc 0
# Released: the writer that waited gets through.
( sleep 0.5; flock -u 9 ) &
MENTOR_LOCK_TIMEOUT=20 run -C "$L" add mentor "Dee Patient"
expect_rc 0
expect_file "$L/people/dee-patient.yaml"
exec 9>&-
wait

MENTOR_LOCK_TIMEOUT=soon run -C "$L" add mentor "Eve Bad"; expect_rc 2; expect_err "MENTOR_LOCK_TIMEOUT must be a number of seconds"

S=$(new_dir sym)
ln -s "$TEST_ROOT/elsewhere" "$S/.mentor.lock"
run -C "$S" add mentor "Fay Link"
expect_rc 1
expect_err "cannot lock the records directory for writing"
expect_no_file "$TEST_ROOT/elsewhere"
run_fr -C "$S" add mentor "Fay Link"
expect_rc 1
expect_err "impossible de verrouiller le dossier de données pour écrire ($S/.mentor.lock) : "
expect_no_file "$TEST_ROOT/elsewhere"

finish
