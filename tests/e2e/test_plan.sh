#!/usr/bin/env bash
# mentor plan: agreement, goals, schedule, held sessions, lifecycle, calendars.
source "$(dirname "$0")/lib.sh"
D=$(new_dir prog)
m() { run -C "$D" "$@"; }
mf() { run_fr -C "$D" "$@"; }  # in French
P=alice-martin--bob-durand
PLAN="$D/plans/$P.yaml"

# A python with the independent iCalendar parser (Debian's python3-icalendar).
PY=""
for candidate in /usr/bin/python3 python3; do
    if "$candidate" -c 'import icalendar' 2>/dev/null; then PY=$candidate; break; fi
done
ics_check() {
    check
    [ -n "$PY" ] || { fail "no python3 with the icalendar module (install python3-icalendar)"; return; }
    "$PY" "$MENTOR_SRC/tests/e2e/check_ics.py" "$@" >"$TEST_ROOT/.ics-problems" ||
        fail "iCalendar check: $(cat "$TEST_ROOT/.ics-problems")"
}

# expect_line REGEX FILE: FILE has a line matching the extended regex.
expect_line() { check; grep -qE -- "$1" "$2" || { fail "no line /$1/ in $2"; cat "$2"; }; }

# unchanged BEFORE: the directory is byte-identical to the snapshot BEFORE.
unchanged() { check; [ "$(snapshot "$D")" = "$1" ] || fail "the records changed"; }

m add mentor "Alice Martin" --languages fr --timezone Europe/Paris --offers "leadership:5" --capacity 3 -q
m add mentee "Bob Durand" --languages fr --wants leadership -q
m add mentee "Chloé Petit" --languages fr --wants leadership -q
m add mentor "Yann Le Goff" --languages fr --offers "leadership:4" -q
m add pair alice-martin bob-durand -q
expect_rc 0

# --- showing a pair with no plan
m plan $P
expect_rc 0
expect_golden plan/no-plan.txt
mf plan $P; expect_rc 0; expect_golden plan/no-plan.fr.txt

# --- goals before the sessions: the pair stays proposed
m plan $P --goal "Speak at a meetup" --criterion "one talk, given" --due 2026-06-30 --goal "Negotiate; then decide"
expect_rc 0
expect_err "added goal g2"
expect_line '^status: proposed$' "$D/pairs/$P.yaml"

# --- bad values: usage errors (exit 2), nothing written
before=$(snapshot "$D")
m plan $P --start 2026-02-30;          expect_rc 2; expect_err "2026-02-30 does not exist"; unchanged "$before"
m plan $P --start 2026-03-09 --until 2026-03-01; expect_rc 2; expect_err "the end 2026-03-01 is before the start 2026-03-09"; unchanged "$before"
m plan $P --start 2026-03-09 --sessions 0; expect_rc 2; expect_err "'--sessions' must be a whole number from 1 to 1000, got \"0\""; unchanged "$before"
m plan $P --cadence yearly;             expect_rc 2; expect_err "invalid cadence 'yearly'"; unchanged "$before"
m plan $P --achieve g9;                 expect_rc 2; expect_err "unknown goal 'g9' (goals: g1, g2)"; unchanged "$before"
m plan $P --time 25:00;                 expect_rc 2; expect_err "'--time' must be a time of day HH:MM"; unchanged "$before"
m plan $P --mode telepathy;             expect_rc 2; expect_err "'--mode' must be remote, in-person or phone"; unchanged "$before"
m plan $P --due 2026-05-01;             expect_rc 2; expect_err "--due must follow the --goal"; unchanged "$before"
m plan $P --review "fine";              expect_rc 2; expect_err "--reason, --by, --review and --assess go with --close or --decline"; unchanged "$before"
m plan $P --sessions 3 --until 2026-05-01; expect_rc 2; unchanged "$before"
m plan $P --pause --resume;             expect_rc 2; unchanged "$before"
m plan $P --ics --goal x;               expect_rc 2; expect_err "--ics prints the calendar"; unchanged "$before"
m plan;                                 expect_rc 2; expect_err "which pair?"; unchanged "$before"
# unknown pairs: exit 1 with the closest ids
m plan alice-martn;                     expect_rc 1; expect_err "did you mean alice-martin"; unchanged "$before"
m plan nobody-at-all;                   expect_rc 1; expect_err "no pair or person 'nobody-at-all'"
m plan --person nobdy --ics;            expect_rc 1; expect_err "no person with id 'nobdy'"
m plan $P --pause;                      expect_rc 1; expect_err "only an active pair can be paused (it is proposed)"; unchanged "$before"
# the same refusals in French, the values users type left as they are
mf plan $P --start 2026-03-09 --until 2026-03-01; expect_rc 2
expect_err "la fin, dimanche 1 mars 2026, est avant le début, lundi 9 mars 2026"; unchanged "$before"
mf plan $P --achieve g9;                expect_rc 2; expect_err "objectif inconnu 'g9' (objectifs : g1, g2)"; unchanged "$before"
mf plan $P --review "fine";             expect_rc 2; expect_err "--reason, --by, --review et --assess vont avec --close ou --decline"; unchanged "$before"
mf plan $P --pause;                     expect_rc 1
expect_err "impossible de mettre en pause le binôme $P : seul un binôme actif peut être mis en pause (statut : proposed)"; unchanged "$before"
mf plan $P --close --reason other;      expect_rc 1; expect_err "refusez-le (--decline) au lieu de le clôturer"; unchanged "$before"
# a change's messages in French, on a copy
cp -r "$D" "$TEST_ROOT/fr"
run_fr -C "$TEST_ROOT/fr" plan bob-durand --start 2026-03-09 --cadence monthly --sessions 4 --goal "Lead" --due 2026-05-04
expect_rc 0; cp "$ERR" "$OUT"; expect_golden plan/change.fr.txt
run_fr -C "$TEST_ROOT/fr" --today 2026-03-10 plan bob-durand --cadence weekly --achieve g3 --drop g2
expect_rc 0; cp "$ERR" "$OUT"; expect_golden plan/change-again.fr.txt
run_fr -C "$TEST_ROOT/fr" --today 2026-03-10 plan bob-durand --sessions 0; expect_rc 2
run_fr -C "$TEST_ROOT/fr" --today 2026-03-12 plan bob-durand --start 2026-03-11; expect_rc 2
expect_err "impossible de prévoir des séances à partir du mercredi 11 mars 2026, avant aujourd'hui (jeudi 12 mars 2026)"
run_fr -C "$TEST_ROOT/fr" --today 2026-03-12 plan bob-durand --close --reason no-chemistry --by mentee --review "Pas le bon moment"
expect_rc 0; cp "$ERR" "$OUT"; expect_golden plan/close.fr.txt
run_fr -C "$TEST_ROOT/fr" --today 2026-03-13 plan $P --goal "Encore"; expect_rc 1
expect_err "le binôme $P est clôturé (terminé le jeudi 12 mars 2026) ; son plan est en lecture seule"

# --- --dry-run shows the files and writes nothing
m plan $P --start 2026-03-09 --cadence monthly --sessions 4 --dry-run
expect_rc 0
expect_out "--- would write plans/$P.yaml"
expect_out "--- would write pairs/$P.yaml"
expect_err "dry run: nothing was written"
unchanged "$before"

# --- the first agreement: the pair becomes active on its start date
m plan bob-durand --start 2026-03-09 --cadence monthly --sessions 4 --time 18:30 --length 45 --mode remote \
  --rule "Phones off" --rule "We start on time"
expect_rc 0
expect_err "agreement set: 4 sessions planned from 2026-03-09"
expect_err "pair $P is now active (started 2026-03-09)"
cp "$PLAN" "$OUT"; expect_golden plan/plan-monthly.yaml
expect_line '^started: 2026-03-09$' "$D/pairs/$P.yaml"

# monthly keeps the weekday position: 2nd Monday of each month
expect_line '^schedule: \[2026-03-09, 2026-04-13, 2026-05-11, 2026-06-08\]$' "$PLAN"

# --- shown in every format (PAIR as an unambiguous prefix)
m plan alice-martin--b;              expect_rc 0; expect_golden plan/show.txt
m plan $P --format markdown;         expect_rc 0; expect_golden plan/show.md
m plan $P --format json;             expect_rc 0; expect_golden plan/show.json
m plan $P --format yaml;             expect_rc 0; expect_golden plan/show.yaml
m plan $P --format csv;              expect_rc 2
# in French: text and markdown speak French, JSON and YAML are the same bytes
mf plan $P;                          expect_rc 0; expect_golden plan/show.fr.txt
mf plan $P --format markdown;        expect_rc 0; expect_golden plan/show.fr.md
for f in json yaml; do
    m plan $P --format $f; cp "$OUT" "$TEST_ROOT/en.$f"
    mf plan $P --format $f; expect_rc 0; expect_same "$TEST_ROOT/en.$f" "$OUT"
done

# --- the calendar: golden bytes, and an independent parser
m plan $P --ics
expect_rc 0
expect_golden plan/alice-bob.ics
cp "$OUT" "$TEST_ROOT/alice-bob.ics"
ics_check "$TEST_ROOT/alice-bob.ics" 4 Europe/Paris "Alice Martin" "Bob Durand" --sequence 0 --attendee -
expect_out "DTSTART;TZID=Europe/Paris:20260309T183000"
expect_out "DTEND;TZID=Europe/Paris:20260309T191500"
expect_out ' then decide'; expect_out 'gotiate\; then'  # escaped, and folded
expect_no_out "one talk"  # criteria stay in the plan
# in French: the SUMMARY, DESCRIPTION and calendar name, never the UIDs, dates or zone
mf plan $P --ics; expect_rc 0; expect_golden plan/alice-bob.fr.ics
cp "$OUT" "$TEST_ROOT/alice-bob.fr.ics"
ics_check "$TEST_ROOT/alice-bob.fr.ics" 4 Europe/Paris "Alice Martin" "Bob Durand" --sequence 0 --attendee -
expect_out "SUMMARY:Séance de mentorat : Alice Martin (mentor) avec Bob Durand (mentor"
check; [ "$(grep -vE '^(SUMMARY|DESCRIPTION|X-WR-CALNAME|[ \t])' "$TEST_ROOT/alice-bob.ics")" = "$(grep -vE '^(SUMMARY|DESCRIPTION|X-WR-CALNAME|[ \t])' "$OUT")" ] ||
    fail "the French calendar differs beyond SUMMARY, DESCRIPTION and X-WR-CALNAME"

# --- goals: achieve and drop record the date; twice is refused
m --today 2026-03-10 plan $P --achieve g1
expect_rc 0
grep -A6 'id: g1' "$PLAN" >"$TEST_ROOT/g1"; expect_line '^    closed: 2026-03-10$' "$TEST_ROOT/g1"
before=$(snapshot "$D")
m plan $P --achieve g1; expect_rc 1; expect_err "goal g1 is already achieved (2026-03-10)"; unchanged "$before"
mf plan $P --achieve g1; expect_rc 1; expect_err "l'objectif g1 est déjà atteint (mardi 10 mars 2026)"; unchanged "$before"
m plan $P --ics; expect_no_out "Speak at a meetup"; expect_out "g2: Negotiate"

# --- held sessions are never moved by a cadence change
mkdir -p "$D/journal/$P"
printf 'date: 2026-03-09\n' >"$D/journal/$P/2026-03-09.yaml"
printf 'date: 2026-04-14\n' >"$D/journal/$P/2026-04-14.yaml"
m --today 2026-04-20 plan $P
expect_golden plan/held.txt
mf --today 2026-04-20 plan $P; expect_rc 0; expect_golden plan/held.fr.txt
m --today 2026-04-20 plan $P --cadence biweekly
expect_rc 0
expect_err "schedule planned again from 2026-04-20; past and held sessions kept"
expect_line '^schedule: \[2026-03-09, 2026-04-13, 2026-05-11, 2026-05-25\]$' "$PLAN"
# a longer agreement adds sessions after the last one, with the new cadence
m --today 2026-04-20 plan $P --sessions 5
expect_line '^schedule: \[2026-03-09, 2026-04-13, 2026-05-11, 2026-05-25, 2026-06-08\]$' "$PLAN"
# moving the start before today would rewrite the past
m --today 2026-04-20 plan $P --start 2026-04-01; expect_rc 2; expect_err "before today (2026-04-20)"

# --- lifecycle: pause, refused changes while paused, resume, close
m --today 2026-05-01 plan $P --pause
expect_rc 0
expect_err "pair $P paused"
expect_line '^status: paused$' "$D/pairs/$P.yaml"
expect_line '^schedule: \[2026-03-09, 2026-04-13\]$' "$PLAN"
before=$(snapshot "$D")
m --today 2026-05-02 plan $P --pause;            expect_rc 1; expect_err "(it is paused)"; unchanged "$before"
m --today 2026-05-02 plan $P --cadence weekly;   expect_rc 1; expect_err "change its agreement when resuming it"; unchanged "$before"
m --today 2026-06-01 plan $P --resume --cadence weekly
expect_rc 0
expect_line '^status: active$' "$D/pairs/$P.yaml"
expect_line '^schedule: \[2026-03-09, 2026-04-13, 2026-06-01, 2026-06-08, 2026-06-15\]$' "$PLAN"
before=$(snapshot "$D")
m --today 2026-06-10 plan $P --decline --reason other; expect_rc 1; expect_err "only a proposed pair can be declined (it is active); close it"; unchanged "$before"
m --today 2026-06-10 plan $P --close; expect_rc 2; expect_err "--close needs --reason: completed, goals-met"
m --today 2026-06-10 plan $P --close --reason done; expect_rc 2; expect_err "'--reason' must be completed, goals-met, no-chemistry"
m --today 2026-06-10 plan $P --close --reason goals-met --review "no side"; expect_rc 2; expect_err "give --by mentor or --by mentee"
m --today 2026-06-10 plan $P --close --reason goals-met --by mentor --assess met --review "Bob spoke at two meetups; we stop here."
expect_rc 0
cp "$D/pairs/$P.yaml" "$OUT"; expect_golden plan/closed-pair.yaml
expect_line '^by: mentor$' "$D/journal/$P/2026-06-10-closing-mentor.yaml"
expect_line '^goals: met$' "$D/journal/$P/2026-06-10-closing-mentor.yaml"
before=$(snapshot "$D")
m --today 2026-06-11 plan $P --close --reason completed; expect_rc 1; expect_err "pair $P is already closed (ended 2026-06-10)"; unchanged "$before"
m --today 2026-06-11 plan $P --close --by mentor --review again; expect_rc 1; expect_err "the mentor of $P already wrote a closing review (2026-06-10-closing-mentor)"; unchanged "$before"
m --today 2026-06-11 plan $P --goal "One more";      expect_rc 1; expect_err "its plan is read-only"; unchanged "$before"
m --today 2026-06-11 plan $P --resume;              expect_rc 1; unchanged "$before"
m plan $P; expect_rc 0; expect_out "Status: closed, started 2026-03-09, ended 2026-06-10"
mf plan $P; expect_rc 0; expect_out "Statut : clôturé, démarré le lundi 9 mars 2026, terminé le mercredi 10 juin 2026"

# --- one calendar for all of a person's active pairs; a pair without time zone is in UTC
m add pair alice-martin chloe-petit -q
m add pair yann-le-goff bob-durand -q
m plan chloe-petit --start 2026-03-03 --cadence weekly --sessions 2 -q
m plan yann-le-goff --start 2026-03-04 --sessions 2 --time 08:00 --goal "Lead a project, with care" -q
expect_rc 0
m plan alice-martin; expect_rc 0  # one pair not closed: alice's is the one with chloe
expect_out "Plan of alice-martin--chloe-petit"
m plan chlo --format json; expect_rc 0; expect_out "\"pair\": \"alice-martin--chloe-petit\""  # a person id prefix
m plan --person bob-durand --ics
expect_rc 0
expect_golden plan/bob-durand.ics
cp "$OUT" "$TEST_ROOT/bob.ics"
ics_check "$TEST_ROOT/bob.ics" 2 UTC "Bob Durand"
expect_out "DTSTART:20260304T080000Z"
m plan --person alice-martin --ics
cp "$OUT" "$TEST_ROOT/alice.ics"
ics_check "$TEST_ROOT/alice.ics" 2 Europe/Paris "Alice Martin"
m plan --person alice-martin; expect_rc 2; expect_err "--person goes with --ics"
# a person in several open pairs must name the pair
m add mentee "Dan Roux" --languages fr --wants leadership -q
m add pair alice-martin dan-roux -q
m plan alice-martin; expect_rc 1; expect_err "is in several pairs"

# --- a broken plan file is reported with its line, and nothing is written
printf 'agreement:\n  start: 2026-03-03\n  length: long\ngoals: 3\n' >"$D/plans/alice-martin--dan-roux.yaml"
before=$(snapshot "$D")
m plan alice-martin--dan-roux; expect_rc 1; expect_err "plans/alice-martin--dan-roux.yaml:3:11: 'agreement: length' must be a whole number"
expect_err "plans/alice-martin--dan-roux.yaml:4:8: error: 'goals' must be a list"
m plan alice-martin--dan-roux --goal x; expect_rc 1; unchanged "$before"
rm "$D/plans/alice-martin--dan-roux.yaml"

# --- a long, accented description folds at 75 octets without breaking UTF-8
m plan chloe-petit --goal "Préparer une présentation détaillée pour le comité, avec des exemples concrets et chiffrés"
m plan chloe-petit --ics
cp "$OUT" "$TEST_ROOT/chloe.ics"
ics_check "$TEST_ROOT/chloe.ics" 2 Europe/Paris "Chloé Petit"

finish
