#!/usr/bin/env bash
# The shipped examples: examples/program (the example cohort after match,
# plan and log) gives the same reports in every format, and the demo that
# makes it still makes exactly it.
source "$(dirname "$0")/lib.sh"
export MENTOR_TODAY=2026-04-20
P=$(mktemp -d "$TEST_ROOT/program.XXXXXX")
cp -r "$MENTOR_SRC/examples/program/." "$P"
m() { run -C "$P" "$@"; }

m validate; expect_rc 0
for fmt in text markdown json csv html; do
  m report --cohort 2026-spring --format "$fmt"; expect_rc 0; expect_golden "examples/cohort.$fmt"
done
m report helene-garcon--noe-guerin;                     expect_rc 0; expect_golden examples/pair.text
m report helene-garcon--noe-guerin --format json;       expect_rc 0; expect_golden examples/pair.json
m report --person helene-garcon;                        expect_rc 0; expect_golden examples/person.text
m plan helene-garcon--noe-guerin;                       expect_rc 0; expect_golden examples/plan.text
m log helene-garcon--noe-guerin --list;                 expect_rc 0; expect_golden examples/journal.text
m log --actions helene-garcon --format json;            expect_rc 0; expect_golden examples/actions.json
# the mentor's week and the coordinator's nudge that docs/agenda.md shows
m agenda jose-martinez --days 7;                        expect_rc 0; expect_golden examples/agenda.text
m agenda --all --days 7;                                expect_rc 0; expect_golden examples/agenda-all.text
m agenda sofia-ramirez --days 7 --format json;          expect_rc 0; expect_golden examples/agenda.json

# the demo rebuilds examples/program byte for byte from the spreadsheet
D="$TEST_ROOT/rebuilt"
bash "$MENTOR_SRC/examples/demo.sh" "$MENTOR_BIN" "$D" >/dev/null 2>&1
demo_rc=$?
check; [ "$demo_rc" = 0 ] || fail "demo failed"
check; diff -r -x .mentor.lock "$MENTOR_SRC/examples/program" "$D" >/dev/null || fail "examples/program differs from what examples/demo.sh makes"
finish
