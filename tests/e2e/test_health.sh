#!/usr/bin/env bash
# The relationship's health: declining a proposed pair and matching the
# mentee again (never to the same mentor), closing with a reason and a
# review from each side, the early-breakup figures against counts made
# here, and small groups kept anonymous in every cohort format.
source "$(dirname "$0")/lib.sh"

# --- decline and rematch
D=$(new_dir decline)
m() { run -C "$D" "$@"; }
m -q add mentor "Ann Lee" --languages en --offers leadership:5
m -q add mentor "Cid Moe" --languages en --offers leadership:2
m -q add mentee "Bob Ray" --languages en --wants leadership
m -q match --write; expect_rc 0
expect_file "$D/pairs/ann-lee--bob-ray.yaml"
refused 1 plan ann-lee--bob-ray --close --reason other; expect_err "never started (it is proposed): decline it (--decline)"
refused 2 plan ann-lee--bob-ray --decline; expect_err "--decline needs --reason"
m -q plan ann-lee--bob-ray --decline --reason no-chemistry --by mentee --review "qzw1 not the right person"; expect_rc 0
expect_line '^status: closed$' "$D/pairs/ann-lee--bob-ray.yaml"
expect_line '^reason: no-chemistry$' "$D/pairs/ann-lee--bob-ray.yaml"
expect_line '^review: qzw1 not the right person$' "$D/journal/ann-lee--bob-ray/2026-03-02-closing-mentee.yaml"
check; ! grep -q '^started:' "$D/pairs/ann-lee--bob-ray.yaml" || fail "a declined pair has a start"
# The mentee is free again, and matched to the other mentor only.
m match; expect_rc 0; expect_out "cid-moe  bob-ray"; expect_no_out "ann-lee  bob-ray"
expect_out "matched again, never with an earlier mentor (ann-lee, declined on 2026-03-02)"
m match --explain bob-ray; expect_rc 0
expect_out "excluded: declined before (on 2026-03-02): ann-lee is never proposed to bob-ray again"
m validate; expect_rc 0
m report ann-lee--bob-ray; expect_out "Declined"; expect_out "Reason: no chemistry"; expect_out "qzw1 not the right person"
m report --all; expect_no_out "qzw1"
expect_out "Matched: 0 of 1 mentees"; expect_out "bob-ray           1 compatible mentor has room: run \`mentor match\`"

# --- closing with a reason and each side's review, answered separately
C=$(new_dir close)
c() { run -C "$C" "$@"; }
c -q add mentor "Ann Lee" --languages en; c -q add mentee "Bob Ray" --languages en
c -q add pair ann-lee bob-ray
P=ann-lee--bob-ray
c -q --today 2026-01-05 plan $P --start 2026-01-05; expect_rc 0
c -q --today 2026-03-02 plan $P --close --reason completed --by mentor --assess met --review "qzw2 a good run"; expect_rc 0
c -q --today 2026-03-04 plan $P --close --by mentee --assess partly --review "qzw3 thanks"; expect_rc 0
expect_line '^goals: partly$' "$C/journal/$P/2026-03-04-closing-mentee.yaml"
before=$(snapshot "$C")
c --today 2026-03-05 plan $P --close --by mentee --review again; expect_rc 1; expect_err "the mentee of $P already wrote a closing review (2026-03-04-closing-mentee)"
c --today 2026-03-05 plan $P --close --by mentor --reason other --review again; expect_rc 1; expect_err "already closed"
c --today 2026-03-05 plan $P --close --by mentor --assess most; expect_rc 2; expect_err "'--assess' must be met, partly or not-met"
check; [ "$before" = "$(snapshot "$C")" ] || fail "a refused closing changed the records"
c --today 2026-03-05 report $P; expect_out "Review of the mentor (2026-03-02): goals met; qzw2 a good run"; expect_out "Review of the mentee (2026-03-04): goals partly; qzw3 thanks"
c --today 2026-03-05 validate; expect_rc 0
# validate: two closings from one side, a closing in an open pair.
printf 'date: 2026-03-06\nby: mentor\nreview: twice\n' >"$C/journal/$P/2026-03-06-closing-mentor.yaml"
c -q add mentee "Eve Lamb" --languages en; c -q add pair ann-lee eve-lamb
mkdir -p "$C/journal/ann-lee--eve-lamb"
printf 'date: 2026-03-06\nby: mentee\n' >"$C/journal/ann-lee--eve-lamb/2026-03-06-closing-mentee.yaml"
c --today 2026-03-06 validate; expect_rc 1
expect_out "journal/$P/2026-03-06-closing-mentor.yaml: error: the mentor of $P already wrote a closing review (2026-03-02-closing-mentor)"
expect_out "journal/ann-lee--eve-lamb/2026-03-06-closing-mentee.yaml: error: pair ann-lee--eve-lamb is proposed: a closing review goes with --close or --decline"

# --- early breakups, counted here from the dates written
E=$(new_dir early)
e() { run -C "$E" "$@"; }
# mentee, start, end (empty: still open), reason; reports.early_months is 6.
ROWS="m1 2025-01-06 2025-03-03 no-chemistry
m2 2025-01-06 2025-12-01 completed
m3 2025-02-03 2025-07-28 availability
m4 2025-02-03 2025-08-04 goals-met
m5 2025-03-03 - -
m6 2025-03-03 2025-04-07 left-organisation"
e -q add mentor "Ann Lee" --languages en --capacity 10
while read -r who start end reason; do
    e -q add mentee "$who" --languages en --id "$who"
    e -q add pair ann-lee "$who"
    e -q --today "$start" plan "ann-lee--$who" --start "$start"
    [ "$end" = - ] || e -q --today "$end" plan "ann-lee--$who" --close --reason "$reason"
done <<<"$ROWS"
e -q --today 2025-02-10 add mentee "m7" --languages en --id m7; e -q --today 2025-02-10 add pair ann-lee m7
e -q --today 2025-02-11 plan ann-lee--m7 --decline --reason other
# Closed early: ended before start + 6 months, counted by the calendar here.
expected=$(while read -r who start end reason; do
    [ "$end" = - ] && continue
    limit=$(date -d "$start +6 months" +%F)
    [[ "$end" < "$limit" ]] && echo "ann-lee--$who"
done <<<"$ROWS" | sort | paste -sd, -)
e --today 2026-01-15 --format json report --all; expect_rc 0
got=$(python3 -c 'import json,sys; h=json.load(open(sys.argv[1]))["health"]; print(",".join(sorted(h["closed_early"])), h["started"], h["closed_early_rate"], h["closing_reasons_pairs"], json.dumps(h["closing_reasons"], sort_keys=True), ",".join(h["without_review"]))' "$OUT")
check; [ "$got" = "$expected 6 0.5 6 {\"availability\": 1, \"completed\": 1, \"goals-met\": 1, \"left-organisation\": 1, \"no-chemistry\": 1, \"other\": 1} ann-lee--m1,ann-lee--m2,ann-lee--m3,ann-lee--m4,ann-lee--m6" ] || fail "early breakups: got $got, expected $expected"
check; [ "$expected" = "ann-lee--m1,ann-lee--m3,ann-lee--m6" ] || fail "the shell count is not what the dates say: $expected"
# As of a date: on 2025-06-01 only m1 and m6 had closed.
e --today 2025-06-01 --format json report --all
got=$(python3 -c 'import json,sys; h=json.load(open(sys.argv[1]))["health"]; print(",".join(h["closed_early"]), h["closing_reasons"])' "$OUT")
check; [ "$got" = "ann-lee--m1,ann-lee--m6 None" ] || fail "as of 2025-06-01: $got"   # 3 closings (with m7): withheld
e --today 2026-01-15 report --all; expect_out "Closed early: 3 of 6 pairs started (50%) closed within 6 months"
e --today 2026-01-15 report --all; expect_out "Closing reasons: 1 completed, 1 goals met, 1 no chemistry, 1 availability, 1 left the organisation, 1 other"

# --- small groups: 3 rated pairs get no average rating in any format, 6 do
G=$(new_dir groups)
g() { run -C "$G" "$@"; }
g -q add mentor "Ann Lee" --languages en --capacity 10
for i in 1 2 3 4 5 6; do
    g -q add mentee "n$i" --languages en --id "n$i"; g -q add pair ann-lee "n$i"
    g -q --today 2026-01-05 plan "ann-lee--n$i" --start 2026-01-05
    [ $i -le 3 ] && g -q log "ann-lee--n$i" --date 2026-01-05 --rating $((i + 2)) --no-edit </dev/null
done
# Ratings 3, 4, 5: an average of 4 over 3 pairs, withheld.
rating_in() {  # FORMAT: prints the average rating the cohort report shows, or "withheld"
    g report --all --format "$1"; expect_rc 0
    case $1 in
        json) python3 -c 'import json,sys; v=json.load(open(sys.argv[1]))["sessions"]["average_rating"]; print("withheld" if v is None else v)' "$OUT" ;;
        csv) python3 -c 'import sys; rows=dict(l.rstrip("\r\n").split(",",1) for l in open(sys.argv[1]).read().split("\nfigure,value\n")[1].splitlines()); print(rows["average_rating"] or "withheld")' "$OUT" ;;
        html) grep -q 'Average rating</div><div class="value">fewer than 5 pairs' "$OUT" && echo withheld || grep -o 'Average rating</div><div class="value">[^<]*' "$OUT" | sed 's/.*>//' ;;
        *) grep -q "Average rating.*fewer than 5 pairs" "$OUT" && echo withheld || grep -o "Average rating[*:]* [0-9.]*" "$OUT" | grep -o "[0-9.]*$" ;;
    esac
}
for f in text markdown json csv html; do check; [ "$(rating_in $f)" = withheld ] || fail "3 rated pairs: $f shows a rating: $(rating_in $f)"; done
g report --all --format json; expect_out '"average_rating": null'
check; ! grep -q '"average_rating": [0-9]' "$OUT" || fail "a pair row carries its rating"
for i in 4 5 6; do g -q log "ann-lee--n$i" --date 2026-01-06 --rating 4 --no-edit </dev/null; done
# Ratings 3, 4, 5, 4, 4, 4 over 6 pairs: 4.
for f in text markdown html; do check; [ "$(rating_in $f)" = 4.0 ] || fail "6 rated pairs: $f shows $(rating_in $f)"; done
for f in json csv; do check; [ "$(rating_in $f)" = 4 ] || fail "6 rated pairs: $f shows $(rating_in $f)"; done
# The setting decides: min_group 7 withholds it again.
printf 'reports:\n  min_group: 7\n' >>"$G/mentor.yaml"
g report --all; expect_out "Average rating: fewer than 7 pairs"

# --- in French: the same figures withheld or shown, in French words
gf() { run_fr -C "$G" "$@"; }
gf report --all;                 expect_rc 0; expect_out "Note moyenne : moins de 7 binômes"; expect_no_out "fewer than"
gf report --all --format markdown; expect_rc 0; expect_out "- **Note moyenne** : moins de 7 binômes"
gf report --all --format html;   expect_rc 0; expect_out 'Note moyenne</div><div class="value">moins de 7 binômes'
sed -i 's/min_group: 7/min_group: 2/' "$G/mentor.yaml"
gf report --all;                 expect_rc 0; expect_out "Note moyenne : 4,0 (6 séances notées)"
expect_out "Entente : moins de 2 binômes"; expect_out "Réponses aux points d'étape : réponse à 0 des"
gf report --all --format html;   expect_rc 0; expect_out 'Note moyenne</div><div class="value">4,0<'
# ... while JSON and CSV keep their numbers and nulls in every language.
for f in json csv; do
    g report --all --format $f; cp "$OUT" "$TEST_ROOT/health.$f"
    gf report --all --format $f; expect_same "$TEST_ROOT/health.$f" "$OUT"
done
# A declined pair's own report, in French.
run_fr -C "$D" report ann-lee--bob-ray; expect_rc 0; expect_out "Refusé"; expect_out "Statut : clôturé"
expect_out "Bilan du mentoré·e (lundi 2 mars 2026) : qzw1 not the right person"; expect_no_out "Declined"
run_fr -C "$C" --today 2026-03-05 report $P; expect_rc 0
expect_out "Bilan du mentor (lundi 2 mars 2026) : objectifs : atteints ; qzw2 a good run"
expect_out "Bilan du mentoré·e (mercredi 4 mars 2026) : objectifs : en partie ; qzw3 thanks"
finish
