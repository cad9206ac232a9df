#!/usr/bin/env bash
# mentor match: outputs (golden), determinism, --write, and every hard rule.
source "$(dirname "$0")/lib.sh"
D=$(example_dir ex)
m() { run -C "$D" "$@"; }

for alg in optimal stable greedy; do
  m match --algorithm "$alg"; expect_rc 0; expect_golden "match/$alg.text"
done
m match --format json;     expect_rc 0; expect_golden match/optimal.json
m match --format yaml;     expect_rc 0; expect_golden match/optimal.yaml
m match --format csv;      expect_rc 0; expect_golden match/optimal.csv
m match --format markdown; expect_rc 0; expect_golden match/optimal.markdown
m match --objective score; expect_rc 0; expect_golden match/optimal-score.text
m match --explain noe-guerin; expect_rc 0; expect_golden match/explain-noe-guerin.text
m match --explain joao-silva --format json; expect_rc 0; expect_golden match/explain-joao-silva.json
m match --matrix;          expect_rc 0; expect_golden match/matrix.csv
check; [ "$(wc -l < "$OUT")" = $((42 * 15 + 1)) ] || fail "matrix should have one row per mentee and mentor"
m match; expect_out "joao-silva  no mentor speaks pt"

# same input, same bytes
m match --format json; cp "$OUT" "$TEST_ROOT/a.json"
m match --format json; expect_same "$TEST_ROOT/a.json" "$OUT"

# greedy never beats optimal; json parses with the documented keys
total() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['total_score'], d['matched'])" "$OUT"; }
m match --algorithm greedy --format json --objective score; g=$(total)
m match --algorithm optimal --format json --objective score; o=$(total)
check; python3 -c "import sys; g,o=float(sys.argv[1]),float(sys.argv[2]); sys.exit(0 if g <= o + 1e-9 else 1)" "${g% *}" "${o% *}" || fail "greedy $g beats optimal $o"
python3 - "$OUT" <<'PY' || fail "json keys"
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("algorithm", "objective", "total_score", "matched", "candidates", "pairs", "unmatched"):
    assert k in d, k
assert abs(sum(p["score"] for p in d["pairs"]) - d["total_score"]) < 1e-6
assert all(set(p) >= {"mentor", "mentee", "score", "reasons"} for p in d["pairs"])
PY

# --dry-run writes nothing; --write records proposed pairs; a second run proposes nothing
before=$(snapshot "$D")
m match --dry-run
expect_rc 0
expect_out "--- would write pairs/"
check; [ "$before" = "$(snapshot "$D")" ] || fail "dry run wrote"
m match --write --today 2026-03-01
expect_rc 0
expect_err "recorded 41 proposed pairs"
check; [ "$(ls "$D/pairs" | wc -l)" = 42 ] || fail "expected 42 pair files"
check; grep -q '^status: proposed$' "$D/pairs/helene-garcon--noe-guerin.yaml" || fail "pair not proposed"
check; grep -q '^  algorithm: optimal$' "$D/pairs/helene-garcon--noe-guerin.yaml" || fail "algorithm not recorded"
check; grep -q '^  date: 2026-03-01$' "$D/pairs/helene-garcon--noe-guerin.yaml" || fail "date not recorded"
run -C "$D" validate; expect_rc 0
before=$(snapshot "$D")
m match --write
expect_rc 0
expect_out "Proposed pairs (0)"
expect_err "nothing to write"
check; [ "$before" = "$(snapshot "$D")" ] || fail "second match wrote"

# bad command lines
m match --algorithm magic;   expect_rc 2
m match --objective fame;    expect_rc 2
m match --explain nobody;    expect_rc 1; expect_err "no person with id 'nobody'"
m match --explain oliver-smith; expect_rc 1; expect_err "is not a mentee"
m match --explain noe-guerin; expect_rc 1; expect_err "not a candidate"
m match --matrix --explain x; expect_rc 2
m match --format html;       expect_rc 2

# every hard rule, on both sides, in a small program
R=$(new_dir rules)
r() { run -C "$R" "$@"; }
cat > "$R/mentor.yaml" <<'YAML'
schema: 1
defaults:
  capacity: 1
matching:
  exclude_same_organisation: false
  exclude_same_team: true
  max_timezone_difference: 6
YAML
r add mentor "Boss"        --languages en --team A --org X
r add mentor "Chief"       --languages en --team Z --org X
r add mentee "Direct"      --languages en --manager boss --team B --org X
r add mentee "Deep"        --languages en --manager direct --team C --org X
r add mentor "Teammate"    --languages en --team T --org X
r add mentee "Same Team"   --languages en --team T --org X
r add mentor "Avoider"     --languages en --avoids avoided --org Y
r add mentee "Avoided"     --languages en --org Y2
r add mentee "Shy"         --languages en --avoids chief --org Y3
r add mentor "Far"         --languages en --timezone Asia/Tokyo --org F
r add mentee "Near"        --languages en --timezone Europe/Paris --org N
r add mentee "Portuguese"  --languages pt
r add mentee "Boss Of Chief" --languages en --org Q
sed -i 's/^team: Z$/team: Z\nmanager: boss-of-chief/' "$R/people/chief.yaml"
r add mentee "Inactive"    --languages en --inactive
r match --matrix
expect_rc 0
expect_out "deep,boss,,boss is in the management chain of deep"
expect_out "direct,boss,,boss is the manager of direct"
expect_out "same-team,teammate,,same team (T)"
expect_out "avoided,avoider,,avoider avoids avoided"
expect_out "shy,chief,,shy avoids chief"
expect_out "near,far,,time zones 8 h apart (limit 6 h)"
expect_out "portuguese,boss,,no common language"
expect_out "boss-of-chief,chief,,chief reports to boss-of-chief"
expect_no_out "inactive,"
r match
expect_out "portuguese  no mentor speaks pt"
r match --explain boss-of-chief
expect_out "excluded: chief reports to boss-of-chief"
# a closed pair is not proposed again, unless --allow-repeat
r add pair teammate deep --force
sed -i 's/^status: proposed$/status: closed/' "$R/pairs/teammate--deep.yaml"
r match --matrix
expect_out "deep,teammate,,they were paired before (a closed pair)"
r match --matrix --allow-repeat
expect_no_out "deep,teammate,,they were paired before"
# capacity: a mentor whose pairs fill their capacity takes nobody
r add pair far near --force
r match --explain avoided
expect_out "excluded: far is at capacity (1 of 1)"
finish
