#!/usr/bin/env bash
# Every subcommand with each option the completions know (mentor __complete,
# so the list is always this binary's), one at a time, alone and with a
# value, against a pair with a plan and a pair without: no run may crash.
# A crash is a signal (exit code over 128) or a sanitizer's report; under
# `make check-asan` this walks every option through AddressSanitizer. (The
# crash it was written for: `plan PAIR --rule TEXT` on a pair with a plan.)
[ -d /dev/shm ] && [ -w /dev/shm ] && export TMPDIR=/dev/shm
source "$(dirname "$0")/lib.sh"
export VISUAL=true EDITOR=true   # an editor that saves nothing

S="$TEST_ROOT/seed"
"$MENTOR_BIN" init "$S" -q >/dev/null 2>&1
mm() { "$MENTOR_BIN" -C "$S" -q "$@" </dev/null >/dev/null 2>&1 || { echo "setup failed: mentor $*" >&2; exit 1; }; }
mm add mentor "Ann Lee" --languages en --offers leadership:4 --capacity 3 --cohort c
mm add mentor "Dan Moss" --languages en --offers leadership:3 --cohort c
mm add mentee "Bob Ray" --languages en --wants leadership --cohort c
mm add mentee "Cid Roe" --languages en --wants leadership --cohort c
mm add pair ann-lee bob-ray
mm add pair dan-moss cid-roe
mm plan ann-lee--bob-ray --start 2026-02-02 --goal "Speak at a meetup" --rule "On time"
mm log ann-lee--bob-ray --date 2026-02-02 --notes "First." --action "mentee: draft a talk" --no-edit
printf 'name;email;roles;languages\nEve Lamb;eve@example.org;mentee;en\n' >"$TEST_ROOT/people.csv"
printf 'Some notes.\n' >"$TEST_ROOT/notes.txt"
W="$TEST_ROOT/w"
WITH_PLAN=ann-lee--bob-ray
WITHOUT_PLAN=dan-moss--cid-roe

# value_for OPTION: a value of the kind the option takes (a word, or "x").
value_for() {
    case $1 in
        --date|--start|--since|--until|--due|--today) echo 2026-03-09 ;;
        --duration|--length|--sessions|--rating|--capacity|--seniority|--hours|--days-ahead|--min-group) echo 3 ;;
        --cadence) echo biweekly ;;
        --time) echo 10:00 ;;
        --mode) echo remote ;;
        --format) echo json ;;
        --color) echo always ;;
        --dir) echo "$W" ;;
        --from-csv) echo "$TEST_ROOT/people.csv" ;;
        --notes-file) echo "$TEST_ROOT/notes.txt" ;;
        --output) echo "$TEST_ROOT/out.html" ;;
        --done) echo 2026-02-02.1 ;;
        --action) echo "mentor: send the article" ;;
        --goal|--achieve|--drop) echo g1 ;;
        --person|--manager|--prefers|--avoids) echo ann-lee ;;
        --pair) echo "$WITH_PLAN" ;;
        --cohort) echo c ;;
        --kind) echo classic ;;
        --algorithm) echo greedy ;;
        --objective) echo score ;;
        --explain) echo bob-ray ;;
        --languages) echo en ;;
        --offers) echo leadership:2 ;;
        --wants) echo leadership ;;
        *) echo "x" ;;
    esac
}

runs=0
# sweep WORDS...: `mentor WORDS... [PAIR] OPTION [VALUE]` for each option.
sweep() {
    local options option value target targets=("")
    case "$*" in log|plan|report|show) targets=("$WITH_PLAN" "$WITHOUT_PLAN") ;; esac
    mapfile -t options < <("$MENTOR_BIN" __complete words -- "$@" -- | cut -f1 | grep '^--' | grep -v '^--help$')
    check; [ "${#options[@]}" -gt 4 ] || fail "mentor $*: the completions know no options"
    for target in "${targets[@]}"; do
        for option in "${options[@]}"; do
            value=$(value_for "$option")
            for with_value in 0 1; do
                local args=("$option")
                [ "$with_value" = 0 ] || args+=("$value")
                rm -rf "$W" && cp -a "$S" "$W"
                (cd "$W" && "$MENTOR_BIN" "$@" ${target:+"$target"} "${args[@]}") </dev/null >"$OUT" 2>"$ERR"
                RC=$?
                runs=$((runs + 1))
                check
                if [ "$RC" -gt 2 ] || grep -q "Sanitizer\|runtime error:\|terminate called" "$ERR"; then
                    fail "mentor $* $target ${args[*]} crashed (exit code $RC)"
                fi
            done
        done
    done
}
sweep init
sweep add person
sweep add mentor
sweep add mentee
sweep add pair ann-lee cid-roe
sweep add
sweep list people
sweep list pairs
sweep show
sweep validate
sweep match
sweep log
sweep plan
sweep report
echo "  $runs runs"

# The crash this test was written for, checked for what it does too.
rm -rf "$W" && cp -a "$S" "$W"
run -C "$W" plan "$WITH_PLAN" --rule "Phones off"; expect_rc 0
check; grep -q "Phones off" "$W/plans/$WITH_PLAN.yaml" || fail "the rule was not added"
finish
