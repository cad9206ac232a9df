#!/usr/bin/env bash
# CSV for a spreadsheet: --csv-separator, --csv-bom, --format csv-excel,
# config.yaml's csv: default, and a round trip through a French-style file.
source "$(dirname "$0")/lib.sh"
D=$(example_dir cohort)
m() { run -C "$D" "$@"; }
BOM=$'\xEF\xBB\xBF'

m list people --format csv; expect_rc 0
cp "$OUT" "$TEST_ROOT/plain.csv"
check; head -c 3 "$OUT" | grep -q "$BOM" && fail "a BOM by default"
check; grep -q $'\r' "$OUT" && fail "CRLF by default"

# --csv-separator: every separator outside quotes, a cell holding it quoted
m list people --format csv --csv-separator ';'; expect_rc 0
check; head -1 "$OUT" | grep -q '^id;name;email;roles;' || fail "header not ';'-separated"
m list people --format csv --csv-separator tab; expect_rc 0
check; head -1 "$OUT" | grep -q $'^id\tname\temail\t' || fail "header not tab-separated"
m list pairs --format csv --csv-separator '|'; expect_rc 0
check; head -1 "$OUT" | grep -q '^id|mentor|mentee|' || fail "header not '|'-separated"
m report --cohort 2026-spring --format csv --csv-separator ';'; expect_rc 0

# --csv-bom alone
m list people --format csv --csv-bom; expect_rc 0
check; [ "$(head -c 3 "$OUT")" = "$BOM" ] || fail "no BOM with --csv-bom"
check; [ "$(tail -c +4 "$OUT")" = "$(cat "$TEST_ROOT/plain.csv")" ] || fail "--csv-bom changed more than the start"
# --format csv-excel: ';', BOM, CRLF
m list people --format csv-excel; expect_rc 0
cp "$OUT" "$TEST_ROOT/excel.csv"
check; [ "$(head -c 3 "$OUT")" = "$BOM" ] || fail "csv-excel: no BOM"
check; head -1 "$OUT" | grep -q $'^\xEF\xBB\xBFid;name;email;.*\r$' || fail "csv-excel: not ';' with CRLF"
m match --cohort 2026-spring --format csv-excel; expect_rc 0
check; head -1 "$OUT" | grep -q $'^\xEF\xBB\xBFstatus;mentor;mentee;score;reasons\r$' || fail "match csv-excel"
# --format csv-excel where CSV is not offered: a usage error
m show elodie-dupre --format csv-excel; expect_rc 2; expect_err "--format csv-excel is not available here"
# bad separators: usage errors
m list people --format csv --csv-separator ':'; expect_rc 2; expect_err "':' is not a CSV separator"
m list people --format csv --csv-separator ';;'; expect_rc 2
# the options change nothing of other formats
m list people --format json --csv-separator ';' --csv-bom; expect_rc 0
check; [ "$(head -c 1 "$OUT")" = "[" ] || fail "--csv-bom touched JSON"

# config.yaml's csv: the default of every command; flags win over it
mkdir -p "$XDG_CONFIG_HOME/mentor"
echo "csv: excel" >"$XDG_CONFIG_HOME/mentor/config.yaml"
m list people --format csv; expect_rc 0
expect_same "$TEST_ROOT/excel.csv" "$OUT"
m list people --format csv --csv-separator ','; expect_rc 0
check; head -1 "$OUT" | grep -q $'^\xEF\xBB\xBFid,name,email,.*\r$' || fail "--csv-separator over the config"
printf 'csv:\n  separator: ";"\n  bom: false\n' >"$XDG_CONFIG_HOME/mentor/config.yaml"
m list people --format csv; expect_rc 0
check; head -1 "$OUT" | grep -q '^id;name;email;' || fail "config separator"
check; grep -q $'\r' "$OUT" && fail "config: CRLF not asked for"
printf 'csv:\n  separator: ":"\n' >"$XDG_CONFIG_HOME/mentor/config.yaml"
m list people --format csv; expect_rc 1; expect_err "config.yaml:2:14: 'csv: separator' must be one of , ; | or a tab"
printf 'csv: fancy\n' >"$XDG_CONFIG_HOME/mentor/config.yaml"
m list people --format csv; expect_rc 1; expect_err "'csv' must be excel, default or a map of separator, bom and crlf"
printf 'csv:\n  sep: ";"\n' >"$XDG_CONFIG_HOME/mentor/config.yaml"
m list people --format csv; expect_rc 0; expect_err "unknown setting 'csv: sep' (known: separator, bom, crlf)"
rm "$XDG_CONFIG_HOME/mentor/config.yaml"

# round trip: export with ';' and a BOM, import into a new directory: the same people
m list people --format csv --csv-separator ';' --csv-bom; expect_rc 0
cp "$OUT" "$TEST_ROOT/export.csv"
E=$(new_dir back)
run -C "$E" add --from-csv "$TEST_ROOT/export.csv"; expect_rc 0
for f in "$D"/people/*.yaml; do expect_same "$f" "$E/people/${f##*/}"; done
# and the Excel style too
E2=$(new_dir back-excel)
run -C "$E2" add --from-csv "$TEST_ROOT/excel.csv"; expect_rc 0
for f in "$D"/people/*.yaml; do expect_same "$f" "$E2/people/${f##*/}"; done

finish
