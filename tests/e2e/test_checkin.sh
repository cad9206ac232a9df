#!/usr/bin/env bash
# mentor checkin: one side's answer per file, its refusals (each writing
# nothing), the due dates and the attention flag the reports derive from
# the answers, and what validate says of hand-written check-ins.
source "$(dirname "$0")/lib.sh"

D=$(new_dir records)
m() { run -C "$D" "$@"; }
m -q add mentor "Ann Lee" --languages en --capacity 3
m -q add mentee "Bob Ray" --languages en
m -q add pair ann-lee bob-ray
P=ann-lee--bob-ray
J="$D/journal/$P"

# A proposed pair has not started: no check-in yet.
refused 1 --today 2026-01-05 checkin $P --by mentee --fit good; expect_err "pair $P has not started (it is proposed)"
# The refusals speak French in French; the pair's id and the values typed stay as they are.
fr() { LC_ALL=fr_FR.UTF-8 "$@"; }
fr refused 1 --today 2026-01-05 checkin $P --by mentee --fit good
expect_err "le binôme $P n'a pas commencé (il est proposé) ; les points d'étape commencent avec lui"
m -q --today 2026-01-05 plan $P --start 2026-01-05 --cadence weekly --sessions 8; expect_rc 0

# The command line is checked first, in the words of the schema (exit 2).
refused 2 --today 2026-01-12 checkin $P --fit good;                 expect_err "--by is required"
refused 2 --today 2026-01-12 checkin $P --by mentee;                expect_err "--fit is required"
refused 2 --today 2026-01-12 checkin $P --by coach --fit good;      expect_err "'--by' must be mentor or mentee"
refused 2 --today 2026-01-12 checkin $P --by mentee --fit great;    expect_err "'--fit' must be good, unsure or poor"
refused 2 --today 2026-01-12 checkin $P --by mentee --fit good --rating 9; expect_err "'--rating' must be a whole number from 1 to 5"
refused 2 --today 2026-01-12 checkin $P --by mentee --fit good --date 2026-01-13; expect_err "is in the future (today is 2026-01-12)"
refused 1 --today 2026-01-12 checkin $P --by mentee --fit good --date 2026-01-04; expect_err "before pair $P started (2026-01-05)"
fr refused 1 --today 2026-01-12 checkin $P --by mentee --fit good --date 2026-01-04
expect_err "le point d'étape est daté du dimanche 4 janvier 2026, avant le début du binôme $P (lundi 5 janvier 2026)"
refused 1 --today 2026-01-12 checkin nobody --by mentee --fit good

# An answer: one file, named by its date and side; a dry run writes nothing.
refused 0 --today 2026-01-12 checkin $P --by mentee --fit good --dry-run; expect_out "--- would write journal/$P/2026-01-12-checkin-mentee.yaml"
m --today 2026-01-12 checkin bob-ray --by mentee --fit good --rating 4 --comment "qzcomment1 so far so good"
expect_rc 0; expect_out "journal/$P/2026-01-12-checkin-mentee.yaml"
expect_line '^by: mentee$' "$J/2026-01-12-checkin-mentee.yaml"
expect_line '^fit: good$' "$J/2026-01-12-checkin-mentee.yaml"
expect_line '^rating: 4$' "$J/2026-01-12-checkin-mentee.yaml"
expect_line '^comment: qzcomment1 so far so good$' "$J/2026-01-12-checkin-mentee.yaml"
# One a day per side; the other side answers the same day in a file of its own.
refused 1 --today 2026-01-12 checkin $P --by mentee --fit poor; expect_err "already answered a check-in on 2026-01-12"
fr refused 1 --today 2026-01-12 checkin $P --by mentee --fit poor
expect_err "côté mentoré·e, $P a déjà répondu à un point d'étape le lundi 12 janvier 2026 (2026-01-12-checkin-mentee) : un par jour et par côté"
m -q --today 2026-01-12 checkin $P --by mentor --fit unsure; expect_rc 0
expect_file "$J/2026-01-12-checkin-mentor.yaml"
# Not a session: the pair held none.
m --today 2026-01-12 --format json report $P; expect_rc 0
expect_out '"sessions": 0,'

# Due dates: from the first session (2026-01-19), every checkins.every_days (here 14).
printf 'checkins:\n  every_days: 14\n' >>"$D/mentor.yaml"
m -q --today 2026-01-19 log $P --date 2026-01-19 --duration 60 --no-edit </dev/null; expect_rc 0
due() { m --today "$1" --format json report $P; expect_rc 0
        python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print(" ".join(d["side"]+"="+d["due"]+("!" if d["overdue"] else "") for d in r["checkins_due"]))' "$OUT"; }
check; [ "$(due 2026-01-19)" = "mentor=2026-02-02 mentee=2026-02-02" ] || fail "due on 2026-01-19: $(due 2026-01-19)"   # answered before the first session: the first period
check; [ "$(due 2026-02-03)" = "mentor=2026-02-02! mentee=2026-02-02!" ] || fail "due on 2026-02-03: $(due 2026-02-03)"
m -q --today 2026-02-03 checkin $P --by mentor --fit unsure --comment "qzcomment2 we keep rescheduling"; expect_rc 0
check; [ "$(due 2026-02-03)" = "mentor=2026-02-16 mentee=2026-02-02!" ] || fail "due after the mentor's answer: $(due 2026-02-03)"

# Two "unsure" in a row from the mentor: the pair needs attention; a "good" clears it.
attention() { m --today "$1" --format json report --all; expect_rc 0
              python3 -c 'import json,sys; print(",".join(p["pair"] for p in json.load(open(sys.argv[1]))["health"]["needs_attention"]))' "$OUT"; }
check; [ "$(attention 2026-02-03)" = "$P" ] || fail "two unsure in a row do not mark the pair"
check; [ "$(attention 2026-01-20)" = "" ] || fail "the attention flag is not as of the report's date"
m -q --today 2026-02-10 checkin $P --by mentor --fit good; expect_rc 0
check; [ "$(attention 2026-02-10)" = "" ] || fail "a good answer does not clear the flag"
m -q --today 2026-02-11 checkin $P --by mentee --fit poor --comment "qzcomment3 not working"; expect_rc 0
check; [ "$(attention 2026-02-11)" = "$P" ] || fail "a poor answer does not mark the pair"
m --today 2026-02-11 report --all; expect_rc 0; expect_out "Pairs needing attention (1)"
m --today 2026-02-11 report $P; expect_rc 0; expect_out "qzcomment3 not working"; expect_out "Needs attention"
m --today 2026-02-11 validate; expect_rc 0

# A closed pair takes no check-in.
m -q --today 2026-02-20 plan $P --close --reason no-chemistry; expect_rc 0
refused 1 --today 2026-02-21 checkin $P --by mentee --fit good; expect_err "pair $P is closed (ended 2026-02-20); it takes no check-in"
fr refused 1 --today 2026-02-21 checkin $P --by mentee --fit good
expect_err "le binôme $P est clôturé (terminé le vendredi 20 février 2026) ; il ne prend plus de point d'étape"

# validate: a check-in written by hand in the closed pair, a side that
# contradicts the file name, a bad value, an unknown key.
printf 'date: 2026-02-21\nby: mentee\nfit: good\nmood: ok\n' >"$J/2026-02-21-checkin-mentee.yaml"
printf 'date: 2026-02-12\nby: mentee\nfit: good\n' >"$J/2026-02-12-checkin-mentor.yaml"
printf 'date: 2026-02-13\nby: mentor\nfit: great\n' >"$J/2026-02-13-checkin-mentor.yaml"
mkdir -p "$D/journal/ann-lee--nobody"
printf 'date: 2026-02-01\nby: mentee\nfit: good\n' >"$D/journal/ann-lee--nobody/2026-02-01-checkin-mentee.yaml"
m --today 2026-02-21 validate; expect_rc 1
expect_out "journal/ann-lee--nobody: error: belongs to no pair (no pairs/ann-lee--nobody.yaml)"
expect_out "journal/$P/2026-02-21-checkin-mentee.yaml: error: pair $P is closed (ended 2026-02-20); it takes no check-in"
expect_out "journal/$P/2026-02-12-checkin-mentor.yaml: error: by: mentee does not match the file name"
expect_out "journal/$P/2026-02-13-checkin-mentor.yaml:3:6: error: 'fit' must be good, unsure or poor, got \"great\""
expect_out "journal/$P/2026-02-21-checkin-mentee.yaml:4:1: warning: unknown key 'mood'"
finish
