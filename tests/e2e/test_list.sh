#!/usr/bin/env bash
# mentor list and show on the example cohort, in every format (golden files).
source "$(dirname "$0")/lib.sh"
D=$(example_dir ex)
m() { run -C "$D" "$@"; }

for fmt in text markdown json yaml csv; do
  m list people --format "$fmt"; expect_rc 0; expect_golden "list/people.$fmt"
done
m list people --role mentor;                 expect_rc 0; expect_golden list/mentors.text
m list people --role mentee --cohort none;   expect_rc 0; expect_golden list/nobody.text
m list pairs;                                expect_rc 0; expect_golden list/pairs.text
m list pairs --format json;                  expect_rc 0; expect_golden list/pairs.json
m list pairs --status closed;                expect_rc 0
m list pairs --person jurgen-weiss --format csv; expect_rc 0; expect_golden list/pairs-jurgen.csv
m show jurgen-weiss;                         expect_rc 0; expect_golden show/jurgen-weiss.text
m show jurgen-weiss --format json;           expect_rc 0; expect_golden show/jurgen-weiss.json
m show camille-roux--jurgen-weiss;           expect_rc 0; expect_golden show/pair.text
m show camille-roux--jurgen-weiss --format yaml; expect_rc 0; expect_golden show/pair.yaml
m show nobody;                               expect_rc 1; expect_err "no person or pair with id 'nobody'"
m show ../etc/passwd;                        expect_rc 2
m list people --status active;               expect_rc 2
m list pairs --role mentor;                  expect_rc 2
m list everyone;                             expect_rc 2

# French: the tables and the show views in the user's language; json, yaml
# and csv are the same bytes in every language.
fr() { run_fr -C "$D" "$@"; }
fr list pairs;                       expect_rc 0; expect_golden list/pairs.fr.text
fr list people --role mentor;        expect_rc 0; expect_golden list/mentors.fr.text
fr show jurgen-weiss;                expect_rc 0; expect_golden show/jurgen-weiss.fr.text
fr show camille-roux--jurgen-weiss;  expect_rc 0; expect_golden show/pair.fr.text
for word in "BINÔME" "mentorat inversé" "proposé" "16/02/2026"; do fr list pairs; expect_out "$word"; done
for word in "PAIR" "reverse" "proposed" "2026-02-16"; do fr list pairs; expect_no_out "$word"; done
fr show jurgen-weiss; expect_out "25 ans"; expect_out "haute"; expect_out "en tant que mentoré·e, proposé"
expect_no_out "years"; expect_no_out "(high)"
for view in "list people" "list pairs" "list pairs --status closed" "show jurgen-weiss" "show camille-roux--jurgen-weiss"; do
    for f in json yaml csv; do
        [ $f = csv ] && [[ $view == show* ]] && continue
        m $view --format $f; expect_rc 0; cp "$OUT" "$TEST_ROOT/en.$f"
        fr $view --format $f; expect_rc 0; expect_same "$TEST_ROOT/en.$f" "$OUT"
    done
done
fr show nobody;                      expect_rc 1
fr list pairs --role mentor;         expect_rc 2

# the csv export imports back to the same people
m list people --format csv
cp "$OUT" "$TEST_ROOT/export.csv"
R=$(new_dir reimport)
run -C "$R" add --from-csv "$TEST_ROOT/export.csv"
expect_rc 0
for f in "$D"/people/*.yaml; do expect_same "$f" "$R/people/${f##*/}"; done

# json is valid and complete
m list people --format json
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert len(d) == 82 and d[0]['id'] == 'alvaro-castillo'" "$OUT" || fail "json"
# colour only when asked, never with NO_COLOR or --color never
m list people --color always; expect_out $'\e[1m'
m list people --color never;  expect_no_out $'\e['
m list people;                expect_no_out $'\e['

# The closing review is the pair's own words: never in a listing, in show
# PAIR only with --include-private; a previous round's review neither.
V=$(new_dir review)
run -C "$V" -q add mentor "Ann Lee" --languages en; run -C "$V" -q add mentee "Bob Ray" --languages en
run -C "$V" -q add pair ann-lee bob-ray; expect_rc 0
run -C "$V" -q plan ann-lee--bob-ray --start 2026-03-02; expect_rc 0
run -C "$V" -q --today 2026-04-01 plan ann-lee--bob-ray --close --reason no-chemistry --by mentor --review "FIRSTWORDS we grew apart"; expect_rc 0
run -C "$V" -q add pair ann-lee bob-ray --force; expect_rc 0   # a second round
run -C "$V" -q plan ann-lee--bob-ray --start 2026-05-04; expect_rc 0
run -C "$V" -q --today 2026-06-01 plan ann-lee--bob-ray --close --reason completed --by mentor --review "SECONDWORDS all good"; expect_rc 0
for view in "list pairs" "list pairs --format json" "list pairs --format yaml" "list pairs --format csv" \
            "list pairs --format markdown" "show ann-lee--bob-ray" "show ann-lee--bob-ray --format json" \
            "show ann-lee--bob-ray --format yaml" "show ann-lee" "show ann-lee --format json" "report --all" \
            "report --all --format json" "report --person ann-lee"; do
    run -C "$V" $view; expect_rc 0
    check; ! grep -q "FIRSTWORDS\|SECONDWORDS" "$OUT" || fail "mentor $view shows a closing review"
done
run -C "$V" --today 2026-06-02 report ann-lee--bob-ray; expect_rc 0; expect_out "SECONDWORDS all good"; expect_out "FIRSTWORDS"
finish
