#!/usr/bin/env bash
# Machine formats never follow the language: on a directory with every kind
# of record, every command that writes JSON, YAML or CSV prints the same
# bytes and exits with the same code in English, in French (LC_ALL), and in
# French through LANG with French numbers (LC_NUMERIC); the records the same
# commands write are the same bytes too.
source "$(dirname "$0")/lib.sh"
D="$TEST_ROOT/program"
cp -r "$MENTOR_SRC/examples/program" "$D"
P=anais-coeur--ava-walker
CSV_FR="$MENTOR_SRC/examples/cohort-fr.csv"

in_locale() {  # in_locale en|fr|lang OUTFILE ARGS...
    local which=$1 out=$2
    shift 2
    case $which in
        en) LC_ALL=C.UTF-8 "$MENTOR_BIN" "$@" ;;
        fr) LC_ALL=fr_FR.UTF-8 "$MENTOR_BIN" "$@" ;;
        lang) env -u LC_ALL LANG=fr_FR.UTF-8 LC_NUMERIC=fr_FR.UTF-8 "$MENTOR_BIN" "$@" ;;
    esac >"$out" 2>/dev/null </dev/null
    echo $?
}

# the same stdout and exit code in the three settings
same_everywhere() {
    local rc_en rc other
    rc_en=$(in_locale en "$TEST_ROOT/.en" -C "$D" "$@")
    check; [ -s "$TEST_ROOT/.en" ] || fail "no output: $*"
    for other in fr lang; do
        rc=$(in_locale $other "$TEST_ROOT/.$other" -C "$D" "$@")
        check; [ "$rc" = "$rc_en" ] || fail "$other: exit $rc, English $rc_en: $*"
        check; cmp -s "$TEST_ROOT/.en" "$TEST_ROOT/.$other" ||
            { fail "$other output differs: $*"; diff "$TEST_ROOT/.en" "$TEST_ROOT/.$other" | head -10; }
    done
}

for f in json yaml csv csv-excel; do
    same_everywhere list people --format $f
    same_everywhere list pairs --format $f
    same_everywhere match --cohort 2026-spring --format $f
done
for f in json yaml; do
    same_everywhere show elodie-dupre --format $f
    same_everywhere show $P --format $f
    same_everywhere plan $P --format $f
    same_everywhere match --cohort 2026-spring --explain joao-silva --format $f
done
for f in json csv; do
    same_everywhere report --cohort 2026-spring --format $f
    same_everywhere report $P --format $f
    same_everywhere report --person elodie-dupre --format $f
done
same_everywhere report --cohort 2026-spring --format csv --csv-separator ';' --csv-bom
same_everywhere match --cohort 2026-spring --matrix
same_everywhere match --cohort 2026-spring --dry-run --format json
same_everywhere agenda --all --format json
same_everywhere agenda elodie-dupre --format json
same_everywhere agenda $P --format json
same_everywhere log $P --list --format json
same_everywhere validate --format json
# a refusal too: the same exit code (its message is the user's language)
rc_en=$(in_locale en /dev/null -C "$D" show nobody --format json)
rc_fr=$(in_locale fr /dev/null -C "$D" show nobody --format json)
check; [ "$rc_en" = 1 ] && [ "$rc_fr" = 1 ] || fail "show nobody: exit $rc_en and $rc_fr, expected 1"

# writes: the same commands in each setting write the same bytes
for which in en fr lang; do
    W="$TEST_ROOT/write-$which"
    cp -r "$MENTOR_SRC/examples/program" "$W"
    w() { in_locale $which /dev/null -C "$W" "$@" >/dev/null; }
    w add mentor "Zoé Test" --email zoe.test@example.org --days "mon|wed" --languages fr --cohort 2026-spring
    w add --from-csv "$CSV_FR" --update
    w match --cohort 2026-spring --write
    w plan $P --cadence weekly --start 2026-03-09 --sessions 6
    w log $P --date 2026-03-01 --rating 4 --action "mentee: Read chapter 3 due 2026-03-10" --notes "ok"
    w checkin $P --by mentor --fit good --rating 4
    w checkin $P --by mentoré·e --fit incertaine
    snapshot "$W" | sed "s|write-$which|write|" >"$TEST_ROOT/.snap-$which"
done
expect_same "$TEST_ROOT/.snap-en" "$TEST_ROOT/.snap-fr"
expect_same "$TEST_ROOT/.snap-en" "$TEST_ROOT/.snap-lang"
check; grep -q "zoe-test.yaml" "$TEST_ROOT/.snap-en" || fail "add wrote nothing"
check; [ "$(cat "$TEST_ROOT/.snap-en" | wc -l)" -gt "$(cd "$D" && find . -type f | wc -l)" ] || fail "the writes wrote nothing"

finish
