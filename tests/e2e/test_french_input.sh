#!/usr/bin/env bash
# French input: the French spreadsheet gives exactly the people of the
# English one, and the French words of the command line are read as the
# English values the records keep.
source "$(dirname "$0")/lib.sh"

# examples/cohort-fr.csv (French headers, Nom and Prénom apart, French days,
# priorities, roles and modes, ';', BOM, CRLF), imported with no edits
D=$(new_dir fr)
run_fr -C "$D" add --from-csv "$MENTOR_SRC/examples/cohort-fr.csv"
expect_rc 0
E=$(new_dir en)
run -C "$E" add --from-csv "$MENTOR_SRC/examples/cohort.csv"
expect_rc 0
check; [ "$(ls "$D/people" | wc -l)" = 82 ] || fail "expected 82 people from cohort-fr.csv"
for f in "$E"/people/*.yaml; do expect_same "$f" "$D/people/${f##*/}"; done
# the same file read in English gives the same people too: the words do not follow the locale
D2=$(new_dir fr-in-english)
run -C "$D2" add --from-csv "$MENTOR_SRC/examples/cohort-fr.csv"
expect_rc 0
for f in "$E"/people/*.yaml; do expect_same "$f" "$D2/people/${f##*/}"; done

# only Nom, or only Prénom: the name is that column
printf 'Prénom;Courriel;Rôle\nAnaïs;anais@example.org;mentoré·e\n' >"$TEST_ROOT/given.csv"
D3=$(new_dir given)
run -C "$D3" add --from-csv "$TEST_ROOT/given.csv"; expect_rc 0
check; grep -q '^name: Anaïs$' "$D3/people/anais.yaml" || fail "name from Prénom alone"
check; grep -q '^roles: \[mentee\]$' "$D3/people/anais.yaml" || fail "mentoré·e is mentee"
printf 'NOM,E-mail,Roles,Disponibilites\nMartin,m@example.org,Mentorée,Lun.|JEU\n' >"$TEST_ROOT/family.csv"
run -C "$D3" add --from-csv "$TEST_ROOT/family.csv"; expect_rc 0
check; grep -q '^name: Martin$' "$D3/people/martin.yaml" || fail "name from Nom alone"
check; grep -q '^  days: \[mon, thu\]$' "$D3/people/martin.yaml" || fail "Lun.|JEU are mon, thu"

# a header that is no field: refused, naming the closest one; nothing written
printf 'Nom;Prénom;Courriell\nRoux;Léa;lea@example.org\n' >"$TEST_ROOT/typo.csv"
D=$D3
refused 1 add --from-csv "$TEST_ROOT/typo.csv"
expect_err "unknown column 'Courriell'"
expect_err "did you mean courriel?"
# a French word that is no alias: the usual error
printf 'Nom;Prénom;Besoins\nRoux;Léa;python:urgente\n' >"$TEST_ROOT/word.csv"
refused 1 add --from-csv "$TEST_ROOT/word.csv"
expect_err "'wants: python' must be high, medium or low, got \"urgente\""

# the command line: people, plans, journals in French words
P=anais--martin
D=$(new_dir cli)
m() { run_fr -C "$D" "$@"; }
m add mentor "Anaïs Roux" --email anais@example.org --days "lun|mer" --mode "à distance" --offers python:4; expect_rc 0
check; grep -q '^  days: \[mon, wed\]$' "$D/people/anais-roux.yaml" || fail "--days lun|mer"
check; grep -q '^  mode: remote$' "$D/people/anais-roux.yaml" || fail "--mode à distance"
m add mentee "Jean Martin" --wants "python:haute|sql:basse"; expect_rc 0
check; grep -q '^  python: high$' "$D/people/jean-martin.yaml" || fail "haute is high"
check; grep -q '^  sql: low$' "$D/people/jean-martin.yaml" || fail "basse is low"
m add pair anais-roux jean-martin; expect_rc 0
P=anais-roux--jean-martin
m plan $P --start demain --cadence hebdomadaire --sessions 3; expect_rc 0
check; grep -q '^  start: 2026-03-03$' "$D/plans/$P.yaml" || fail "--start demain"
check; grep -q '^  cadence: weekly$' "$D/plans/$P.yaml" || fail "--cadence hebdomadaire"
m plan $P --cadence "tous les 10 jours"; expect_rc 0
check; grep -q '^  cadence: every:10d$' "$D/plans/$P.yaml" || fail "--cadence tous les 10 jours"
m plan $P --cadence "toutes les deux semaines"; expect_rc 0
check; grep -q '^  cadence: biweekly$' "$D/plans/$P.yaml" || fail "--cadence toutes les deux semaines"
m log $P --date hier --action "mentoré·e: Lire le chapitre 3 due +1s" --action "Mentor: Envoyer l'article [due +3j]" </dev/null
expect_rc 0
S="$D/journal/$P/2026-03-01.yaml"
expect_file "$S"
check; grep -q '^  - id: "2026-03-01.1"$' "$S" && grep -q '^    owner: mentee$' "$S" || fail "mentoré·e owns an action"
check; grep -q '^    due: 2026-03-09$' "$S" || fail "due +1s is a week on"
check; grep -q '^    due: 2026-03-05$' "$S" || fail "due +3j is three days on"

m plan $P --mode "en présence"; expect_rc 0
check; grep -q '^  mode: in-person$' "$D/plans/$P.yaml" || fail "--mode en présence"
m --today 2026-03-10 checkin $P --by mentoré·e --fit bonne --rating 4; expect_rc 0
C="$D/journal/$P/2026-03-10-checkin-mentee.yaml"
expect_file "$C"
check; grep -q '^fit: good$' "$C" || fail "--fit bonne is good"
m log $P --actions --owner mentoré·e; expect_rc 0
expect_out "Lire le chapitre 3"
expect_no_out "Envoyer l'article"

m list people --role mentoré·e --format csv; expect_rc 0
expect_out "jean-martin"
expect_no_out "anais-roux"

# refusals keep the usual words
snapshot "$D" >"$TEST_ROOT/.before"
run -C "$D" plan $P --cadence "tous les 400 jours"; expect_rc 2
expect_err "invalid cadence 'tous les 400 jours': the number of days must be from 1 to 365"
run -C "$D" plan $P --cadence hebdo; expect_rc 2; expect_err "invalid cadence 'hebdo'"
run -C "$D" plan $P --start apres-demain; expect_rc 2; expect_err "invalid date 'apres-demain'"
run -C "$D" log $P --action "stagiaire: Lire" </dev/null; expect_rc 2; expect_err "stagiaire"
run -C "$D" list people --role mentorés; expect_rc 2; expect_err "'mentorés' is not one of mentor, mentee; did you mean"
run -C "$D" --today 2026-03-10 checkin $P --by mentor --fit moyenne; expect_rc 2; expect_err "'--fit' must be good, unsure or poor, got \"moyenne\""
snapshot "$D" >"$TEST_ROOT/.after"
expect_same "$TEST_ROOT/.before" "$TEST_ROOT/.after"

# closing in French words: the reason and the assessment as the English values
m --today 2026-03-20 plan $P --close --reason "objectifs atteints" --by mentoré·e --assess "en partie" --review "Merci"
expect_rc 0
check; grep -q '^status: closed$' "$D/pairs/$P.yaml" && grep -q '^reason: goals-met$' "$D/pairs/$P.yaml" ||
    fail "--reason objectifs atteints is goals-met"
check; grep -q '^goals: partly$' "$D/journal/$P/2026-03-20-closing-mentee.yaml" || fail "--assess en partie is partly"

finish
