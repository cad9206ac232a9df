#!/usr/bin/env bash
# mentor add --from-csv: the shipped spreadsheet, re-imports, and bad files.
source "$(dirname "$0")/lib.sh"
D=$(new_dir prog)
m() { run -C "$D" "$@"; }

# the example spreadsheet (';', BOM, CRLF, accents) gives exactly examples/cohort's people
m add --from-csv "$MENTOR_SRC/examples/cohort.csv"
expect_rc 0
expect_err "82 added, 0 updated, 0 unchanged"
for f in "$MENTOR_SRC"/examples/cohort/people/*.yaml; do expect_same "$f" "$D/people/${f##*/}"; done
check; [ "$(ls "$D/people" | wc -l)" = 82 ] || fail "expected 82 people"

# importing it again adds nobody and changes nothing
before=$(snapshot "$D")
m add --from-csv "$MENTOR_SRC/examples/cohort.csv"
expect_rc 0
expect_err "0 added, 0 updated, 82 unchanged"
check; [ "$before" = "$(snapshot "$D")" ] || fail "re-import changed files"

# a comma file with quotes, an embedded newline, an id column, a manager by email and by name
cat > "$TEST_ROOT/people.csv" <<'CSV'
id,name,email,roles,languages,offers,wants,manager,notes
ana-ruiz,"Ruiz, Ana",ana@example.org,mentor,"es,en","leadership:5|negotiation:4",,,"Line one
line two"
,Bob Stone,bob@example.org,mentee,en,,"leadership:high,negotiation",ana@example.org,
,Chloé Petit,chloe@example.org,both,fr|en,writing:4,public speaking:low,"Ruiz, Ana","She said ""hi"""
CSV
D2=$(new_dir second)
run -C "$D2" add --from-csv "$TEST_ROOT/people.csv"
expect_rc 0
expect_err "3 added"
check; grep -q '^manager: ana-ruiz$' "$D2/people/bob-stone.yaml" || fail "manager by email not resolved"
check; grep -q '^manager: ana-ruiz$' "$D2/people/chloe-petit.yaml" || fail "manager by name not resolved"
check; grep -q '^roles: \[mentor, mentee\]$' "$D2/people/chloe-petit.yaml" || fail "both roles"
check; grep -q '^notes: |-$' "$D2/people/ana-ruiz.yaml" || fail "multi-line notes not a block"
check; grep -q '^notes: She said "hi"$' "$D2/people/chloe-petit.yaml" || fail "quotes in notes"
# --dry-run writes nothing
D3=$(new_dir third)
run -C "$D3" add --from-csv "$TEST_ROOT/people.csv" --dry-run
expect_rc 0
expect_out "--- would write people/ana-ruiz.yaml"
check; [ -z "$(ls "$D3/people")" ] || fail "dry run wrote files"

# unknown columns are refused by name; nothing written
printf 'name;email;shoe size;favourite colour\nAna;ana@x.org;38;blue\n' > "$TEST_ROOT/unknown.csv"
before=$(snapshot "$D3")
run -C "$D3" add --from-csv "$TEST_ROOT/unknown.csv"
expect_rc 1
expect_err "unknown columns 'shoe size', 'favourite colour'"
# one bad row anywhere: every bad row reported with FILE:LINE, and nothing imported
cat > "$TEST_ROOT/bad.csv" <<'CSV'
name;email;seniority;languages
Good One;good@x.org;3;fr
Bad Two;bad@x.org;three;fr
Good Three;three@x.org;5;en
Bad Four;nomail;2;english
CSV
run -C "$D3" add --from-csv "$TEST_ROOT/bad.csv"
expect_rc 1
expect_err "3 bad rows in $TEST_ROOT/bad.csv; nothing was imported"
expect_err "$TEST_ROOT/bad.csv:3: 'seniority' must be a whole number from 0 to 80, got \"three\""
expect_err "$TEST_ROOT/bad.csv:5: 'email' must be an address"
expect_err "$TEST_ROOT/bad.csv:5: 'languages'"
# structural CSV errors carry line and column
printf 'name,email\n"Ana,ana@x.org\n' > "$TEST_ROOT/quote.csv"
run -C "$D3" add --from-csv "$TEST_ROOT/quote.csv"
expect_rc 1
expect_err "quote.csv:2:1: unterminated quoted field"
printf 'name,email\nAna,a@x.org,extra\n' > "$TEST_ROOT/ragged.csv"
run -C "$D3" add --from-csv "$TEST_ROOT/ragged.csv"
expect_rc 1
expect_err "ragged.csv:2:"
: > "$TEST_ROOT/empty.csv"
run -C "$D3" add --from-csv "$TEST_ROOT/empty.csv"
expect_rc 1
expect_err "empty CSV file"
run -C "$D3" add --from-csv "$TEST_ROOT/missing.csv"
expect_rc 1
expect_err "missing.csv: cannot read"
printf 'name\n\xff\xfe\n' > "$TEST_ROOT/latin1.csv"
run -C "$D3" add --from-csv "$TEST_ROOT/latin1.csv"
expect_rc 1
expect_err "UTF-8"
check; [ "$before" = "$(snapshot "$D3")" ] || fail "a refused import changed the directory"
# refused DIR FILE MESSAGE...: importing FILE into DIR fails with every MESSAGE
# and leaves DIR exactly as it was
refused() {
  local dir=$1 file=$2; shift 2
  local was; was=$(snapshot "$dir")
  run -C "$dir" add --from-csv "$file"
  expect_rc 1
  for message in "$@"; do expect_err "$message"; done
  check; [ "$was" = "$(snapshot "$dir")" ] || fail "refused $file changed the directory"
}

# two rows for one person never merge silently: each later row is a bad row naming
# the first line, and nothing is imported
printf 'name,email,roles\nDana Lee,dana@x.org,mentee\nEve Ray,eve@x.org,mentor\nDana Lee,DANA@X.org,mentor\nDan Lee,dana@x.org,mentor\n' > "$TEST_ROOT/twice.csv"
refused "$D3" "$TEST_ROOT/twice.csv" "2 bad rows in $TEST_ROOT/twice.csv; nothing was imported" \
  "$TEST_ROOT/twice.csv:4: same e-mail as line 2 (DANA@X.org)" "$TEST_ROOT/twice.csv:5: same e-mail as line 2 (dana@x.org)"
printf 'id,name\nfred,Fred One\nfred,Fred Two\n' > "$TEST_ROOT/same-id.csv"
refused "$D3" "$TEST_ROOT/same-id.csv" "$TEST_ROOT/same-id.csv:3: same id as line 2 (fred)"

# a row whose e-mail is a recorded person's under another name is refused unless
# --update; the same name (ignoring case and accents) is a re-import, an update
D5=$(new_dir update)
printf 'name,email,title\nGina Moreau,gina@x.org,Engineer\nHugo Blanc,hugo@x.org,Analyst\n' > "$TEST_ROOT/first.csv"
run -C "$D5" add --from-csv "$TEST_ROOT/first.csv"
expect_rc 0; expect_err "2 added"
printf 'name,email,title\nGINA MOREAU,gina@x.org,Lead\nHugo Blanc,hugo@x.org,Analyst\nAnne Other,HUGO@x.org,Manager\n' > "$TEST_ROOT/other-name.csv"
refused "$D5" "$TEST_ROOT/other-name.csv" "1 bad row" "$TEST_ROOT/other-name.csv:4: same e-mail as line 3 (HUGO@x.org)"
printf 'name,email,title\nGINA MOREAU,gina@x.org,Lead\nAnne Other,HUGO@x.org,Manager\n' > "$TEST_ROOT/rename.csv"
refused "$D5" "$TEST_ROOT/rename.csv" \
  "$TEST_ROOT/rename.csv:3: e-mail HUGO@x.org belongs to hugo-blanc (Hugo Blanc), not \"Anne Other\"; use --update"
run -C "$D5" add --from-csv "$TEST_ROOT/rename.csv" --update
expect_rc 0
expect_err "0 added, 2 updated, 0 unchanged"
check; grep -q '^name: Anne Other$' "$D5/people/hugo-blanc.yaml" || fail "--update did not rename"
check; grep -q '^title: Lead$' "$D5/people/gina-moreau.yaml" || fail "same-name row did not update"
check; [ "$(ls "$D5/people" | wc -l)" = 2 ] || fail "an update added a person"
# an id column and an e-mail in two rows that are one recorded person
printf 'id,name,email\ngina-moreau,Gina Moreau,\n,Gina Moreau,gina@x.org\n' > "$TEST_ROOT/id-and-mail.csv"
refused "$D5" "$TEST_ROOT/id-and-mail.csv" "$TEST_ROOT/id-and-mail.csv:3: same person as line 2 (gina-moreau)"
# a manager named by a name two people have stays as written
printf 'name,email\nIvy Chen,ivy1@x.org\nIvy Chen,ivy2@x.org\nJoe Park,joe@x.org\n' > "$TEST_ROOT/namesakes.csv"
printf 'name,email,manager\nKim Lo,kim@x.org,Ivy Chen\nLea Roy,lea@x.org,joe@x.org\n' > "$TEST_ROOT/managed.csv"
D6=$(new_dir managers)
run -C "$D6" add --from-csv "$TEST_ROOT/namesakes.csv"
expect_rc 0; expect_err "3 added"
run -C "$D6" add --from-csv "$TEST_ROOT/managed.csv"
expect_rc 0
check; grep -q '^manager: Ivy Chen$' "$D6/people/kim-lo.yaml" || fail "an ambiguous manager name was resolved"
check; grep -q '^manager: joe-park$' "$D6/people/lea-roy.yaml" || fail "manager by e-mail not resolved"
run add --from-csv x.csv mentor "Ana"
expect_rc 2

# a large import: 5,000 rows, all or nothing, every person once
python3 - "$TEST_ROOT/big.csv" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("name;email;roles;languages;offers\n")
    for i in range(5000):
        f.write(f"Person Élève {i};p{i}@x.org;{'mentor' if i % 4 == 0 else 'mentee'};fr|en;leadership:{1 + i % 5}\n")
PY
D4=$(new_dir big)
run -C "$D4" add --from-csv "$TEST_ROOT/big.csv" -q
expect_rc 0
check; [ "$(ls "$D4/people" | wc -l)" = 5000 ] || fail "expected 5000 people"
run -C "$D4" validate
expect_rc 0
# An unchanged re-import writes nothing and does not even start a write:
# the fault shim, counting only, logs every mutating call, and the one
# allowed is opening the writers' lock (no temporary file, no journal, no
# mark of a write in progress). The tree is the same, byte for byte.
before=$(snapshot "$D4")
# (Under AddressSanitizer the preloaded shim comes before its runtime, as in test_faults.sh.)
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
    LD_PRELOAD="$MENTOR_FAULT_SHIM" MENTOR_FAULT= MENTOR_FAULT_LOG="$TEST_ROOT/calls" run -C "$D4" add --from-csv "$TEST_ROOT/big.csv"
expect_rc 0
expect_err "0 added, 0 updated, 5000 unchanged"
check; [ "$before" = "$(snapshot "$D4")" ] || fail "an unchanged re-import changed files"
check; [ "$(cut -d' ' -f2- "$TEST_ROOT/calls")" = "open $D4/.mentor.lock" ] ||
    fail "an unchanged re-import made mutating calls: $(head -3 "$TEST_ROOT/calls")"
# Its progress line is for a terminal only: none in a captured stderr.
check; ! grep -q $'\r' "$ERR" || fail "a progress line reached a stderr that is no terminal"
# `--from-csv -` reads the spreadsheet from standard input
D5="$TEST_ROOT/stdin"
run init "$D5" -q; expect_rc 0
printf 'name,email,roles\nZed Quinn,zed@example.org,mentee\n' > "$TEST_ROOT/stdin.csv"
run -C "$D5" add --from-csv - < "$TEST_ROOT/stdin.csv"; expect_rc 0
expect_file "$D5/people/zed-quinn.yaml"
finish
