#!/usr/bin/env bash
# mentor report: every report kind in every format against goldens, the
# confidentiality of cohort and person reports, --output, errors, and the
# HTML dashboard rendered in headless Chromium.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/report_fixture.sh"
D=$(new_dir prog)
report_fixture "$D"
m() { run -C "$D" "$@"; }
P=alice-martin--bob-durand

# --- goldens: each kind in each format
for f in text markdown json csv; do
    ext=$f; [ $f = markdown ] && ext=md; [ $f = text ] && ext=txt
    m report $P --format $f;                  expect_rc 0; expect_golden report/pair.$ext
    m report --person yann-le-goff --format $f; expect_rc 0; expect_golden report/person.$ext
    m report --cohort c1 --format $f;         expect_rc 0; expect_golden report/cohort.$ext
done
m report --cohort c1 --format html;   expect_rc 0; expect_golden report/cohort.html
m report --all;                       expect_rc 0; expect_golden report/all.txt
m report $P --include-private --format json; expect_rc 0; expect_golden report/pair-private.json
m report $P --since 2026-02-15 --until 2026-02-20; expect_rc 0; expect_golden report/pair-period.txt

# --- the pair's own report shows its journal, private entries only when asked
m report $P;                   expect_out "zqs06 notes"; expect_no_out "zqs10 notes"; expect_out "content withheld"
m report $P --include-private; expect_out "zqs10 notes"; expect_out "zqs11 action"

# --- confidentiality: no planted word in any cohort or person report, in any format
planted=$(grep -o 'zqs[0-9][0-9]' "$MENTOR_SRC/tests/e2e/report_fixture.sh" | sort -u)
check; [ "$(echo "$planted" | wc -l)" -ge 30 ] || fail "the fixture plants fewer words than expected"
for scope in "--cohort c1" "--all" "--person alice-martin" "--person bob-durand" "--person yann-le-goff" \
             "--person zoe-chen" "--person dan-roe"; do
    for f in text markdown json csv html; do
        [ $f = html ] && [[ $scope == --person* ]] && continue
        m report $scope --format $f
        expect_rc 0
        for word in $planted; do expect_no_out "$word"; done
    done
done
# ... and none of it in the files either: the words really are in the records.
for word in zqs29 zqs30 zqs31 zqs32 zqs33; do
    check; grep -rq $word "$D/journal" || fail "planted word $word missing from the records"
done
m report zoe-chen--dan-roe; expect_out "zqs30 review"; expect_out "zqs33 review"; expect_out "Reason: goals met"
m report alice-martin--bob-durand --format json; expect_out '"comment": "zqs31 comment"'
m report --person bob-durand; expect_out "Own check-ins (1)"

# --- --output writes atomically, nothing else changes
before=$(snapshot "$D")
m report --cohort c1 --format html --output "$TEST_ROOT/dash.html"
expect_rc 0; expect_err "wrote $TEST_ROOT/dash.html"; expect_file "$TEST_ROOT/dash.html"
check; [ "$(snapshot "$D")" = "$before" ] || fail "a report changed the records"
check; [ -z "$(find "$TEST_ROOT" -maxdepth 1 -name '*.tmp-*')" ] || fail "temporary file left behind"
m report --cohort c1 --output "$TEST_ROOT/new-folder/x.txt"; expect_rc 0; expect_file "$TEST_ROOT/new-folder/x.txt"

# --- errors
m report;                                  expect_rc 2; expect_err "report on what?"
m report $P --all;                         expect_rc 2; expect_err "only one of"
m report --cohort c1 --include-private;    expect_rc 2; expect_err "never show session content"
m report $P --format html;                 expect_rc 2; expect_err "not available here"
m report --cohort c1 --format yaml;        expect_rc 2
m report --all --since 2026-03-01 --until 2026-02-01; expect_rc 2; expect_err "is before --since"
m report --all --since someday;            expect_rc 2; expect_err "--since"
m report --cohort nope;                    expect_rc 1; expect_err "no one is in cohort 'nope' (cohorts: c1, c2)"
m report --person alice-martn;             expect_rc 1; expect_err "did you mean alice-martin"
m report nobody-at-all;                    expect_rc 1

# --- colour only when asked
m report --cohort c1 --color always; expect_out $'\x1b[1m'
m report --cohort c1;                expect_no_out $'\x1b['

# --- a cohort with no pair yet still reports
E=$(new_dir empty)
run -C "$E" add mentee "Solo Person" --cohort c9 -q
run -C "$E" report --cohort c9 --format html; expect_rc 0; expect_out "No data yet"
run -C "$E" report --all --format json; expect_rc 0; expect_out '"match_rate": 0'

# --- the dashboard in a real browser: charts and figures are in the DOM
CHROME=$(command -v chromium || command -v chromium-browser || true)
check
if [ -z "$CHROME" ]; then
    fail "chromium is not installed (make test installs it; apt-get install chromium)"
else
    html="$TEST_ROOT/dash.html"
    profile=$(mktemp -d "$TEST_ROOT/chromium.XXXXXX")
    flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --no-first-run
           --disable-component-update --disable-sync --user-data-dir="$profile")
    timeout 120 "$CHROME" "${flags[@]}" --dump-dom "file://$html" >"$OUT" 2>"$ERR"
    RC=$?
    expect_rc 0
    for id in chart-sessions-per-month chart-goal-status chart-pair-status chart-mentor-load \
              kpi-participants kpi-match-rate kpi-adherence kpi-at-risk kpi-actions kpi-rating at-risk closing-soon \
              unmatched load-over load-at load-far-under; do
        expect_out "id=\"$id\""
    done
    expect_out "yann-le-goff--gil-ortiz"; expect_out "no mentor speaks es"; expect_out ">80%<"
    # Pairs at risk name both people, say why in words and whom to write to;
    # mentor load names the mentor at capacity and the idle one.
    expect_out '<span class="who">Gil Ortiz</span>'; expect_out "silent 48 days, planned weekly"
    expect_out "no session in 28 days"
    check; grep -oP '<div class="band far-under".*?</div>' "$OUT" | grep -q "Zoé Chen" || fail "the idle mentor is not named"
    check; grep -oP '<div class="band at".*?</div>' "$OUT" | grep -q "Yann Le Goff" || fail "the mentor at capacity is not named"
    expect_out "over 8 rated sessions"; expect_no_out "actions overdue</div>"
    check; [ "$(grep -o '<rect' "$OUT" | wc -l)" -ge 10 ] || fail "the charts have too few bars"
    # Nothing is fetched: no script, no external reference of any kind.
    check; ! grep -qiE '<script|<link|<img|src=|url\(|@import|https?://[^"]*"' "$html" ||
        { grep -v 'xmlns="http://www.w3.org/2000/svg"' "$html" | grep -qiE '<script|<link|<img|src=|url\(|@import|https?://' &&
          fail "the page refers to something outside itself"; }
    shot="${MENTOR_BUILD:-$TEST_ROOT}/report-dashboard.png"
    timeout 120 "$CHROME" "${flags[@]}" --screenshot="$shot" --window-size=1280,2000 "file://$html" >/dev/null 2>&1
    check; [ -s "$shot" ] || fail "no screenshot at $shot"
fi

finish
