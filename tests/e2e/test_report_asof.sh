#!/usr/bin/env bash
# mentor report as of a date: every figure of the cohort report, at three
# dates, against counts that report_counts.py makes from the YAML files
# alone; quiet months; sessions in the future; the pair and person reports
# and the plan view on the same rule; and records that cannot be read
# (exit 1, or --keep-going and a notice in every format).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/report_fixture.sh"
COUNTS="$MENTOR_SRC/tests/e2e/report_counts.py"

# compare DIR COHORT AS_OF [mentor options...]: the cohort report in JSON,
# text and CSV against the independent counts as of AS_OF.
compare() {
    local dir=$1 cohort=$2 as_of=$3; shift 3
    local f counts_args=()
    for f in json text csv; do
        "$MENTOR_BIN" -C "$dir" report --cohort "$cohort" --format $f "$@" >"$TEST_ROOT/report.$f" 2>"$ERR"
        RC=$?
        expect_rc 0
    done
    local args=("$@") i
    for ((i = 0; i + 1 < ${#args[@]}; i++)); do
        case ${args[i]} in --since|--until) counts_args+=("${args[i]}" "${args[i + 1]}") ;; esac
    done
    python3 "$COUNTS" "$dir" "$cohort" "$as_of" "${counts_args[@]}" \
        "$TEST_ROOT/report.json" "$TEST_ROOT/report.text" "$TEST_ROOT/report.csv" >"$OUT" 2>&1
    local rc=$? compared
    compared=$(grep -c '^ok ' "$OUT")
    CHECKS=$((CHECKS + compared))
    check; [ $rc = 0 ] || fail "cohort report as of $as_of ($*) differs from the records: $(grep -v '^ok ' "$OUT" | head -5)"
    check; [ "$compared" -ge 50 ] || fail "only $compared figures compared as of $as_of"
}

# --- the shipped program (123 sessions from 2026-02-24 to 2026-04-17) at three dates
P="$TEST_ROOT/program"
cp -r "$MENTOR_SRC/examples/program" "$P"
for today in 2026-02-28 2026-03-20 2026-04-20; do compare "$P" 2026-spring $today --today $today; done
# The issue's own case: on 2026-03-01 nothing after that day is counted.
run -C "$P" report --cohort 2026-spring --today 2026-03-01 --format json
check; python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); s=j["sessions"]; sys.exit(not (s["held"] == 26 and s["planned_due"] == 28 and s["held_as_planned"] == 26 and max(s["by_month"]) == "2026-03"))' "$OUT" ||
    fail "as of 2026-03-01 the program held 26 sessions, 26 of 28 due (the declined pair has no plan)"

# Before the match, every mentee was waiting: not for the matcher's reasons of today.
run -C "$P" report --cohort 2026-spring --today 2026-02-10
expect_rc 0; expect_out "Matched: 0 of 43 mentees"; expect_out "ava-walker         not matched yet (matched on 2026-02-20)"
expect_out "joao-silva         no mentor speaks pt"

# --- a small program with a closed pair, an achieved goal, private sessions
D=$(new_dir prog)
report_fixture "$D"
for today in 2026-01-10 2026-02-10 2026-03-02; do compare "$D" c1 $today --today $today; done
# --until before today: the report is as of --until
compare "$D" c1 2026-02-14 --today 2026-03-02 --until 2026-02-14
compare "$D" c1 2026-02-20 --today 2026-03-02 --since 2026-01-10 --until 2026-02-20

# --- months of the period with no session appear with 0, in every format
m() { run -C "$D" "$@"; }
period=(--since 2025-09-01 --until 2026-03-31 --today 2026-04-20)
m report --cohort c1 "${period[@]}" --format json; expect_rc 0
check; python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["sessions"]["by_month"]; sys.exit(not (list(m) == ["2025-09","2025-10","2025-11","2025-12","2026-01","2026-02","2026-03"] and m["2025-09"] == 0 and m["2025-10"] == 0 and m["2026-03"] == 0))' "$OUT" ||
    fail "by_month is not every month of the period: $(head -c 300 "$OUT")"
m report --cohort c1 "${period[@]}";                  expect_rc 0; expect_out "Sep 2025         0"; expect_out "Mar 2026         0"
m report --cohort c1 "${period[@]}" --format markdown; expect_rc 0; expect_out "| Oct 2025 | 0 |"
m report --cohort c1 "${period[@]}" --format html;     expect_rc 0; expect_out ">Sep 2025</text>"; expect_out ">Mar 2026</text>"
m report --cohort c1 "${period[@]}" --format csv;      expect_rc 0; expect_out "zoe-chen--dan-roe"

# --- the pair report as of a date: the journal, actions and rhythm of that day
P1=alice-martin--bob-durand
m report $P1 --today 2026-02-10 --format json; expect_rc 0
check; python3 - "$OUT" <<'EOF' || fail "pair report as of 2026-02-10: $(head -c 600 "$OUT")"
import json, sys
j = json.load(open(sys.argv[1]))
f = j["figures"]
assert j["as_of"] == "2026-02-10", j["as_of"]
assert [s["date"] for s in j["journal"]] == ["2026-02-09"], j["journal"]
assert f["sessions"] == 1 and f["last_session"] == "2026-02-09" and f["next_session"] == "2026-02-16", f
assert f["planned_due"] == 1 and f["held_as_planned"] == 1, f
# 2026-02-09.2 is done in the session of 02-16, which had not happened yet
assert {a["id"]: a["status"] for a in j["actions"]} == {"2026-02-09.1": "open", "2026-02-09.2": "open"}, j["actions"]
assert [g["status"] for g in j["goals"]] == ["open", "open"] and not any(g["overdue"] for g in j["goals"]), j["goals"]
EOF
m report $P1 --today 2026-02-10; expect_rc 0; expect_out "As of: 2026-02-10"; expect_no_out "2026-02-16 ·"; expect_no_out "zqs09"

# --- the person report: loads and pairs as of the day
m report --person zoe-chen --today 2026-02-10 --format json; expect_rc 0
check; python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); p=j["as_mentor"][0]; sys.exit(not (j["load"] == 1 and p["status"] == "active" and p["sessions"] == 4 and p["goals"]["achieved"] == 0))' "$OUT" ||
    fail "zoe-chen on 2026-02-10: her pair was still active, its goal not yet achieved"
m report --person zoe-chen --format json; expect_rc 0
check; python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); p=j["as_mentor"][0]; sys.exit(not (j["load"] == 0 and p["status"] == "closed" and p["goals"]["achieved"] == 1))' "$OUT" ||
    fail "zoe-chen on 2026-03-02: her pair is closed, its goal achieved"
m report --person bob-durand --today 2026-01-10 --format json; expect_rc 0
check; python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); sys.exit(not (j["as_mentee"] == [] and j["sessions"] == 0))' "$OUT" ||
    fail "bob-durand had no pair on 2026-01-10"

# --- the plan view and the reports agree on a goal's status
P2=yann-le-goff--gil-ortiz   # g1 due 2026-02-01, open
m plan $P2;                         expect_rc 0; expect_out "g1  overdue"
m report $P2;                       expect_rc 0; expect_out "g1  overdue"
m plan $P2 --today 2026-01-20;      expect_rc 0; expect_out "g1  open"
m report $P2 --today 2026-01-20;    expect_rc 0; expect_out "g1  open"
P3=zoe-chen--dan-roe                # g1 achieved on 2026-03-02
m plan $P3 --today 2026-02-10;      expect_rc 0; expect_out "g1  open"
m report $P3 --today 2026-02-10;    expect_rc 0; expect_out "g1  open"
m plan $P3;                         expect_rc 0; expect_out "g1  achieved"
m report $P3 --today 2026-02-10;    expect_rc 0; expect_out "Status: active, started 2025-11-03"; expect_no_out "ended"
m report $P3;                       expect_rc 0; expect_out "Status: closed, started 2025-11-03, ended 2026-03-02"

# --- schedule ended, still active: a risk of its own, in text, JSON and HTML
m report --cohort c1 --today 2026-04-01 --format json; expect_rc 0
check; python3 -c 'import json,sys; r={p["pair"]: p["risk"] for p in json.load(open(sys.argv[1]))["at_risk"]}; sys.exit(r.get("yann-le-goff--gil-ortiz") != "schedule ended")' "$OUT" ||
    fail "yann-le-goff--gil-ortiz (last planned 2026-03-09) is not 'schedule ended' on 2026-04-01"
m report --cohort c1 --today 2026-04-01;               expect_rc 0; expect_out "schedule ended"
m report --cohort c1 --today 2026-04-01 --format html; expect_rc 0; expect_out 'class="tag schedule-ended"'
expect_out "still active: close or re-plan"

# --- a session in the future: validate warns, reports leave it out
F=$(new_dir future)
report_fixture "$F"
run -C "$F" report --cohort c1 --format json; expect_rc 0
held_before=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sessions"]["held"])' "$OUT")
printf 'date: 2026-05-04\nduration: 60\nrating: 1\n' >"$F/journal/$P1/2026-05-04.yaml"
run -C "$F" validate; expect_rc 0
expect_out "journal/$P1/2026-05-04.yaml: warning: a session in the future: dated 2026-05-04, after today (2026-03-02)"
run -C "$F" validate --today 2026-06-01; expect_rc 0; expect_no_out "in the future"
run -C "$F" report --cohort c1 --format json; expect_rc 0
check; [ "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sessions"]["held"])' "$OUT")" = "$held_before" ] ||
    fail "the future session was counted"
expect_no_out '"2026-05"'
run -C "$F" report $P1; expect_rc 0; expect_no_out "2026-05-04"

# --- records that cannot be read: exit 1 naming them, or --keep-going and a notice in every format
B=$(new_dir broken)
report_fixture "$B"
printf 'id: bob-durand\nname: [Bob\n' >"$B/people/bob-durand.yaml"
for scope in "--cohort c1" "--all"; do
    for f in text markdown json csv html; do
        run -C "$B" report $scope --format $f
        expect_rc 1; expect_err "people/bob-durand.yaml"; expect_err "--keep-going"
        check; [ ! -s "$OUT" ] || fail "a failed report wrote to stdout"
        run -C "$B" report $scope --format $f --keep-going
        expect_rc 0; expect_out "people/bob-durand.yaml"; expect_err "leaves out 1 record"
        case $f in
            text|markdown) expect_out "Warning: incomplete report"; expect_out "1 record could not be read" ;;
            html) expect_out 'id="left-out"'; expect_out "Incomplete: 1 record could not be read" ;;
            csv) expect_out "left_out_file,line,problem"; expect_out "people/bob-durand.yaml,3," ;;
            json) check; python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["problems"]; sys.exit(not (len(p) == 1 and p[0]["file"] == "people/bob-durand.yaml" and p[0]["line"] == 3 and p[0]["message"]))' "$OUT" ||
                      fail "JSON problems should hold people/bob-durand.yaml:3" ;;
        esac
    done
done
# The notice is first: before any figure.
run -C "$B" report --all --keep-going
check; [ "$(grep -n 'incomplete report' "$OUT" | cut -d: -f1)" -lt "$(grep -n '^Participants' "$OUT" | cut -d: -f1)" ] ||
    fail "the notice is not at the top"
run -C "$B" report --all --keep-going --format html
check; [ "$(grep -o 'id="left-out"\|id="kpi-participants"' "$OUT" | head -1)" = 'id="left-out"' ] || fail "the HTML notice is not at the top"
# In French: the same notice in French, the same exit codes, the same JSON and CSV.
run_fr -C "$B" report --all;                  expect_rc 1; expect_err "people/bob-durand.yaml"
run_fr -C "$B" report --all --keep-going;     expect_rc 0
expect_out "Avertissement : rapport incomplet"
expect_out "1 fiche n'a pas pu être lue et n'est comptée dans aucun chiffre (--keep-going) :"
expect_no_out "Warning"
run_fr -C "$B" report --all --keep-going --format html; expect_rc 0; expect_out "Incomplet : 1 fiche n&#39;a pas pu être lue"
for f in json csv; do
    run -C "$B" report --all --keep-going --format $f; cp "$OUT" "$TEST_ROOT/kept.$f"
    run_fr -C "$B" report --all --keep-going --format $f; expect_rc 0; expect_same "$TEST_ROOT/kept.$f" "$OUT"
done
# ... and every figure as of a date, in French: months of the period, dates in words.
run_fr -C "$D" report --cohort c1 "${period[@]}"; expect_rc 0
check; grep -qE '^sept\. 2025 +0$' "$OUT" && grep -qE '^oct\. 2025 +0$' "$OUT" && grep -qE '^mars 2026 +0$' "$OUT" ||
    fail "French months of the period: $(grep -A9 '^mois' "$OUT")"
expect_out "séances du lundi 1 septembre 2025 au mardi 31 mars 2026"
# A clean program has an empty problems list and no notice.
run -C "$D" report --cohort c1 --format json --keep-going; expect_rc 0; expect_out '"problems": []'
run -C "$D" report --cohort c1 --keep-going;                expect_rc 0; expect_no_out "incomplete"

# A broken journal entry and a broken plan fail the pair and person reports the same way.
printf 'date: 2026-02-10\nrating: ten\n' >"$B/journal/$P1/2026-02-10.yaml"
printf 'agreement: [\n' >"$B/plans/$P2.yaml"
run -C "$B" report $P1;                        expect_rc 1; expect_err "journal/$P1/2026-02-10.yaml"
run -C "$B" report $P1 --keep-going --format json; expect_rc 0; expect_out "journal/$P1/2026-02-10.yaml"
run -C "$B" report $P1 --keep-going --format csv;  expect_rc 0; expect_out "left_out_file,line,problem"
run -C "$B" report $P2;                        expect_rc 1; expect_err "plans/$P2.yaml"
run -C "$B" report $P2 --keep-going;           expect_rc 0; expect_out "plans/$P2.yaml"; expect_out "Warning: incomplete report"
run -C "$B" report --person yann-le-goff;      expect_rc 1; expect_err "plans/$P2.yaml"
run -C "$B" report --person yann-le-goff --keep-going --format markdown; expect_rc 0; expect_out "plans/$P2.yaml"
# --keep-going is not a way around a usage error
run -C "$B" report --keep-going;               expect_rc 2

finish
