#!/usr/bin/env bash
# mentor action: follow-ups of agreed actions between sessions (done,
# cancelled, re-opened, re-dated), every refusal writing nothing, the race
# of two writers, and that a follow-up is never counted as a session.
source "$(dirname "$0")/lib.sh"

D=$(new_dir records)
"$MENTOR_BIN" -C "$D" -q add mentor "Ann Lee" --languages en --capacity 3 >/dev/null
"$MENTOR_BIN" -C "$D" -q add mentee "Bob Ray" --languages en >/dev/null
"$MENTOR_BIN" -C "$D" -q add pair ann-lee bob-ray >/dev/null
P=ann-lee--bob-ray
J="$D/journal/$P"
run -C "$D" log bob-ray --date 2026-02-20 --duration 60 --no-edit \
    --action "mentee: Draft the plan due 2026-02-25" --action "mentor: Send the article" --action "mentee: Third" </dev/null
expect_rc 0
# The figures a follow-up must never change: hours, sessions held, adherence.
meeting_figures() {
    /usr/bin/python3 -c '
import json, sys
def walk(v, path=""):
    if isinstance(v, dict):
        for k, x in v.items(): walk(x, path + "/" + k)
    elif isinstance(v, list):
        for i, x in enumerate(v): walk(x, path + "/" + str(i))
    elif any(w in path for w in ("hours", "held", "adherence", "sessions")):
        print(path, v)
walk(json.load(open(sys.argv[1])))' "$OUT"
}
run -C "$D" --format json report $P
meeting_figures >"$TEST_ROOT/report-before.txt"
check; grep -q hours "$TEST_ROOT/report-before.txt" || fail "the report has no hours"

# --- every verb ------------------------------------------------------------------
run -C "$D" action bob-ray .1 --done --note "sent by mail"
expect_rc 0
expect_out "journal/$P/2026-03-02-followup.yaml"
expect_err "action 2026-02-20.1 of $P: done on 2026-03-02"
check; [ "$(stat -c %a "$J/2026-03-02-followup.yaml")" = 600 ] || fail "follow-up file mode is not 0600"
check; grep -qx "change: done" "$J/2026-03-02-followup.yaml" || fail "no change: done"
run -C "$D" action $P 2026-02-20.2 --due 2026-03-10 --date 2026-02-27
expect_rc 0
expect_out "journal/$P/2026-02-27-followup.yaml"
run -C "$D" action $P .2 --cancel --reason "no longer needed"
expect_rc 0
expect_out "journal/$P/2026-03-02-followup-2.yaml"
run -C "$D" action $P .2 --reopen --due +1w
expect_rc 0
check; grep -qx "due: 2026-03-09" "$J/2026-03-02-followup-3.yaml" || fail "reopen --due not written"
run -C "$D" -q action $P .3 --done --date 2026-02-20
expect_rc 0
check; [ ! -s "$ERR" ] || fail "-q printed a message"

run -C "$D" log --actions $P
expect_rc 0
expect_out "2026-02-20.1  mentee  2026-02-25  done 2026-03-02  Draft the plan"
expect_out "2026-02-20.2  mentor  2026-03-09  open"
expect_out "$P 2026-02-20.2: 2026-02-27 redated (no due date) -> 2026-03-10 [follow-up 2026-02-27-followup]"
expect_out "$P 2026-02-20.2: 2026-03-02 cancelled: no longer needed [follow-up 2026-03-02-followup-2]"
expect_out "$P 2026-02-20.2: 2026-03-02 reopened 2026-03-10 -> 2026-03-09 [follow-up 2026-03-02-followup-3]"
run -C "$D" --format markdown log --actions $P
expect_out "**History**"
expect_out "- $P 2026-02-20.1: 2026-03-02 done (sent by mail) [follow-up 2026-03-02-followup]"
# In French: the history's words and dates; reasons and notes as written.
run_fr -C "$D" log --actions $P
expect_rc 0
expect_golden log/actions-history.fr.txt
expect_out "$P 2026-02-20.2 : 27/02/2026 reportée (sans échéance) -> 10/03/2026 [suivi 2026-02-27-followup]"
run_fr -C "$D" --format markdown log --actions $P
expect_out "**Historique**"
expect_out "- $P 2026-02-20.1 : 02/03/2026 faite (sent by mail) [suivi 2026-03-02-followup]"
run -C "$D" --format json log --actions $P; cp "$OUT" "$TEST_ROOT/actions.en.json"
run_fr -C "$D" --format json log --actions $P; expect_same "$OUT" "$TEST_ROOT/actions.en.json"
run -C "$D" --format json log --actions $P --owner mentor
expect_rc 0
expect_out '"change": "cancelled"'
expect_out '"reason": "no longer needed"'
expect_no_out '"id": "2026-02-20.1"'
run -C "$D" log --actions $P --owner mentee --open
expect_rc 0
expect_out "no actions"
run -C "$D" log --actions $P --owner boss
expect_rc 2
expect_err "--owner must be mentor or mentee"

# A follow-up is no session: hours, held sessions and adherence are unchanged.
run -C "$D" --format json report $P
meeting_figures >"$TEST_ROOT/report-after.txt"
expect_same "$TEST_ROOT/report-before.txt" "$TEST_ROOT/report-after.txt"
run -C "$D" log $P --list
expect_out "journal of $P: 1 session"
run -C "$D" validate
expect_rc 0

# --- refusals: exit 1 for the data, nothing written --------------------------------
refused 1 action $P .1 --done
expect_err "action 2026-02-20.1 is already done (done on 2026-03-02, follow-up 2026-03-02-followup)"
refused 1 log $P --done .1 --no-edit
expect_err "is already done"
refused 1 action $P .3 --cancel
expect_err "action 2026-02-20.3 was done on 2026-02-20; re-open it first"
refused 1 action $P .2 --reopen
expect_err "action 2026-02-20.2 is open; there is nothing to re-open"
run -C "$D" -q action $P .2 --cancel
refused 1 action $P .2 --cancel
expect_err "is already cancelled"
refused 1 action $P .2 --due 2026-04-01
expect_err "re-open it with a due date instead"
refused 1 action $P 2026-02-20.2 --reopen --date 2026-02-19
expect_err "was agreed on 2026-02-20; it cannot be reopened on 2026-02-19"
refused 1 action $P 2026-02-20.9 --done
expect_err "no action '2026-02-20.9' in the journal of $P; did you mean 2026-02-20.1"
refused 1 action $P 2026-02 --reopen
expect_err "is ambiguous"
refused 1 action nobody .1 --done
# The same refusals in French.
fr() { LC_ALL=fr_FR.UTF-8 "$@"; }
fr refused 1 action $P .1 --done
expect_err "l'action 2026-02-20.1 est déjà faite (faite le lundi 2 mars 2026, suivi 2026-03-02-followup)"
fr refused 1 action $P .3 --cancel
expect_err "l'action 2026-02-20.3 a été faite le vendredi 20 février 2026 ; rouvrez-la d'abord"
fr refused 1 action $P .2 --cancel
expect_err "l'action 2026-02-20.2 est déjà annulée (annulée le lundi 2 mars 2026)"
fr refused 1 action $P .2 --due 2026-04-01
expect_err "l'action 2026-02-20.2 a été annulée le lundi 2 mars 2026 ; rouvrez-la plutôt avec une échéance"
fr refused 1 action $P 2026-02-20.2 --reopen --date 2026-02-19
expect_err "l'action 2026-02-20.2 a été convenue le vendredi 20 février 2026 ; elle ne peut pas être rouverte le jeudi 19 février 2026"
fr refused 1 action $P 2026-02-20.9 --done
expect_err "aucune action '2026-02-20.9' dans le journal de $P"
fr refused 1 action $P 2026-02 --reopen
expect_err "l'action '2026-02' est ambiguë : ce peut être"
# Done in a session, then by a follow-up: done twice.
run -C "$D" -q log $P --date 2026-02-21 --no-edit --action "mentee: Fourth" </dev/null
run -C "$D" -q log $P --date 2026-02-22 --no-edit --done 2026-02-21.1 </dev/null
expect_rc 0
refused 1 action $P 2026-02-21.1 --done
expect_err "action 2026-02-21.1 is already done (done on 2026-02-22, session 2026-02-22)"
refused 1 action $P 2026-02-21.1 --done --date 2026-02-20
expect_err "was agreed on 2026-02-21; it cannot be done on 2026-02-20"

# A session done is applied before the follow-ups of its day (and of later
# days): one that would make the cancellation of 03-02 invalid is refused.
refused 1 log $P --done 2026-02-20.2 --no-edit
expect_err "this would break the follow-up 2026-03-02-followup-2 that comes after it (action 2026-02-20.2 was done on 2026-03-02; re-open it first)"
refused 1 log $P --done 2026-02-20.2 --date 2026-03-01 --no-edit
expect_err "(action 2026-02-20.2 was done on 2026-03-01; re-open it first)"
run -C "$D" log --actions $P --open
expect_no_out "2026-02-20.2"

# --- refusals: exit 2 for the command line -------------------------------------------
refused 2 action $P .1
expect_err "give --done, --cancel, --reopen or --due DATE"
refused 2 action $P .1 --done --cancel
refused 2 action $P .1 --done --due +1w
refused 2 action $P .1 --done --reason "why"
expect_err "--reason goes with --cancel"
refused 2 action $P .1 --reopen --date 2026-03-05
expect_err "is in the future"
refused 2 action $P .1 --due someday
refused 2 action $P
refused 2 --format json action $P .1 --done

# --dry-run shows the file and writes nothing.
refused 0 action $P .2 --reopen --dry-run
expect_out "--- would write journal/$P/2026-03-02-followup-5.yaml"
expect_out "change: reopened"

# A closed pair's actions no longer change.
sed -i 's/^status: .*/status: closed/' "$D/pairs/$P.yaml"
refused 1 action $P .2 --reopen
expect_err "is closed"
sed -i 's/^status: .*/status: active/' "$D/pairs/$P.yaml"

# Completion: PAIR, then the action ids' session prefixes, from file names.
run __complete words -- -C "$D" action bob
expect_out "bob-ray"
run __complete words -- -C "$D" action bob-ray 2026-02-2
expect_out "2026-02-20."
expect_out "2026-02-22."
expect_no_out "followup"
run __complete words -- -C "$D" action nobody ""
check; [ ! -s "$OUT" ] || fail "completion for an unknown pair should be empty"

# --- validate: the schema and the rules across records ---------------------------------
V=$(new_dir validate)
cp -r "$D/." "$V"
printf 'date: 2026-03-01\naction: "2026-02-20.7"\nchange: done\nmood: ok\n' >"$V/journal/$P/2026-03-01-followup.yaml"
printf 'date: 2026-03-01\naction: "2026-02-20.1"\nchange: finished\n' >"$V/journal/$P/2026-03-01-followup-2.yaml"
printf 'date: 2026-03-01\naction: "2026-02-21.1"\nchange: done\n' >"$V/journal/$P/2026-03-01-followup-3.yaml"
run -C "$V" validate
expect_rc 1
expect_out "journal/$P/2026-03-01-followup.yaml:2:9: error: 'action' names '2026-02-20.7', which is no action agreed in the journal of $P; did you mean 2026-02-20.1"
expect_out "journal/$P/2026-03-01-followup.yaml:4:1: warning: unknown key 'mood'"
expect_out "journal/$P/2026-03-01-followup-2.yaml:3:9: error:"
expect_out "journal/$P/2026-03-01-followup-3.yaml:2:9: error: action 2026-02-21.1 is already done"
# Hand-made files are still not sessions.
run -C "$V" log $P --list
expect_out "journal of $P: 3 sessions"

# --- the race: of two `action --done` at once, exactly one is accepted ----------------------
R=$(new_dir race)
"$MENTOR_BIN" -C "$R" -q add mentor "Ann Lee" --languages en >/dev/null
"$MENTOR_BIN" -C "$R" -q add mentee "Bob Ray" --languages en >/dev/null
"$MENTOR_BIN" -C "$R" -q add pair ann-lee bob-ray >/dev/null
for round in $(seq 1 20); do
    "$MENTOR_BIN" -C "$R" -q log $P --date 2026-02-20 --no-edit --action "mentee: Task $round" </dev/null >/dev/null
done
ok=0
for round in $(seq 1 20); do
    id=2026-02-20.1
    [ "$round" -gt 1 ] && id=2026-02-20-$round.1
    "$MENTOR_BIN" -C "$R" -q action $P "$id" --done </dev/null >/dev/null 2>"$TEST_ROOT/race-a.err" &
    a=$!
    "$MENTOR_BIN" -C "$R" -q action $P "$id" --done </dev/null >/dev/null 2>"$TEST_ROOT/race-b.err" &
    b=$!
    wait $a; ra=$?
    wait $b; rb=$?
    if [ $((ra + rb)) = 1 ]; then ok=$((ok + 1)); else echo "round $round: exit codes $ra and $rb"; cat "$TEST_ROOT"/race-*.err; fi
done
check; [ "$ok" = 20 ] || fail "exactly one of two concurrent --done should succeed in each round ($ok of 20)"
check; [ "$(ls "$R/journal/$P" | grep -c followup)" = 20 ] || fail "expected 20 follow-up files"
run -C "$R" validate
expect_rc 0

finish
