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
check; [ "$(wc -l < "$OUT")" = $((55 * 27 + 1)) ] || fail "matrix should have one row per mentee and mentor"

# --- in French: the text and markdown speak French (reasons and unmatched
# included); JSON, YAML and CSV are the same bytes as in English
mf() { run_fr -C "$D" "$@"; }
mf match;                   expect_rc 0; expect_golden match/optimal.fr.text
mf match --format markdown; expect_rc 0; expect_golden match/optimal.fr.markdown
mf match --explain noe-guerin; expect_rc 0; expect_golden match/explain-noe-guerin.fr.text
mf match --cohort 2026-reverse --kind reverse; expect_rc 0; expect_golden match/reverse.fr.text
expect_out "antoine-girard  aucun mentor junior n'offre ce qui est recherché"
mf match --cohort 2026-spring; expect_out "joao-silva  aucun mentor ne parle pt"
for args in "--format json" "--format yaml" "--format csv" "--matrix" "--explain joao-silva --format json" \
            "--explain noe-guerin --format yaml" "--cohort 2026-reverse --kind reverse --format json"; do
    m match $args; cp "$OUT" "$TEST_ROOT/en.out"
    mf match $args; expect_rc 0; expect_same "$TEST_ROOT/en.out" "$OUT"
done
mf match --explain nobody; expect_rc 1; expect_err "aucune personne avec l'identifiant 'nobody'"
mf match --explain helene-garcon; expect_rc 1; expect_err "helene-garcon n'est pas mentoré·e"
m match --cohort 2026-spring; expect_out "joao-silva  no mentor speaks pt"
# the reverse-mentoring cohort: juniors teach senior managers
m match --cohort 2026-reverse --kind reverse; expect_rc 0; expect_golden match/reverse.text
expect_out "antoine-girard  no junior mentor offers what they want"
m match --cohort 2026-reverse --kind reverse --explain antoine-girard
expect_out "excluded: amira-haddad offers none of the skills antoine-girard wants"
# the same seniors in a classic match: no junior may mentor them
m match --cohort 2026-reverse --explain sylvie-arnaud
expect_out "excluded: tom-becker has 2 years of seniority, sylvie-arnaud 32: a classic mentor is at least as senior"

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
# the pair files match --write records are the same bytes in French
F="$TEST_ROOT/fr"; cp -r "$D" "$F"
run_fr -C "$F" match --write --today 2026-03-01; expect_rc 0; expect_err "41"
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
check; diff -r "$D/pairs" "$F/pairs" >/dev/null || fail "match --write in French wrote other pair files"
check; grep -q "^    - covers python (low) at level 5$" "$F/pairs/helene-garcon--noe-guerin.yaml" || fail "reasons not in English"
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

# the pair kind and skills rules hold for every algorithm on generated cohorts
G=$(new_dir generated)
python3 - "$G" <<'PY'
import random, sys
rng = random.Random(13)
skills = ["python", "leadership", "social media", "data tools", "negotiation", "ai assistants"]
for k in range(80):
    roles = "[mentor]" if k % 3 == 0 else "[mentee]" if k % 3 == 1 else "[mentor, mentee]"
    lines = [f"id: p{k:02d}", f"name: P{k:02d}", f"roles: {roles}", "languages: [en]"]
    if rng.random() < 0.9: lines.append(f"seniority: {rng.randint(0, 30)}")
    offers = rng.sample(skills, rng.randint(0, 3)); wants = rng.sample(skills, rng.randint(0, 2))
    if offers: lines += ["offers:"] + [f"  {s}: {rng.randint(1, 5)}" for s in sorted(offers)]
    if wants: lines += ["wants:"] + [f"  {s}: high" for s in sorted(wants)]
    open(f"{sys.argv[1]}/people/p{k:02d}.yaml", "w").write("\n".join(lines) + "\n")
PY
sed -i 's/^matching:$/matching:\n  reverse_min_gap: 2\n  peer_max_gap: 4/' "$G/mentor.yaml"
for kind in classic reverse peer; do
  for alg in optimal stable greedy; do
    run -C "$G" match --kind "$kind" --algorithm "$alg" --format json; expect_rc 0
    python3 - "$G" "$kind" "$OUT" <<'PY' || fail "$kind $alg proposes a pair its rules exclude"
import json, sys
root, kind, out = sys.argv[1:]
def person(i):
    sen, section, lists = None, None, {"offers": set(), "wants": set()}
    for line in open(f"{root}/people/{i}.yaml").read().splitlines():
        if line.startswith("seniority: "): sen = int(line.split()[1])
        if line.startswith("  ") and section: lists[section].add(line.strip().rsplit(":", 1)[0])
        else: section = line[:-1] if line in ("offers:", "wants:") else None
    return sen, lists["offers"], lists["wants"]
pairs = json.load(open(out))["pairs"]
assert pairs, "no pair proposed"
for p in pairs:
    (ms, offers, _), (es, _, wants) = person(p["mentor"]), person(p["mentee"])
    if kind == "reverse": assert ms is not None and es is not None and es - ms >= 2, p
    if kind == "peer": assert ms is not None and es is not None and abs(es - ms) <= 4, p
    if kind == "classic" and ms is not None and es is not None: assert ms >= es, p
    if wants: assert offers & wants, p
PY
  done
done

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
# the cohort report judges a waiting mentee by the kind the cohort was matched
# in: after `match --kind reverse --write`, the reverse rule, not "not senior enough"
RV="$TEST_ROOT/reverse-report"
cp -r "$MENTOR_SRC/examples/program" "$RV"
MENTOR_TODAY=2026-04-20 run -C "$RV" -q match --cohort 2026-reverse --kind reverse --write; expect_rc 0
MENTOR_TODAY=2026-04-20 run -C "$RV" report --cohort 2026-reverse; expect_rc 0
expect_out "antoine-girard    no junior mentor offers what they want"
check; grep -q "not senior enough" "$OUT" && fail "a reverse cohort's waiting mentee is judged as classic"
# --- a rematch after a declined pair, in French: the earlier pair and the
# rule that keeps its mentor away, dates in words; the JSON stays English
R=$(new_dir rematch)
run -C "$R" -q add mentor "Ann Lee" --languages en --offers leadership:5
run -C "$R" -q add mentor "Cid Moe" --languages en --offers leadership:2
run -C "$R" -q add mentee "Bob Ray" --languages en --wants leadership
run -C "$R" -q match --write --today 2026-03-01
run -C "$R" -q --today 2026-03-02 plan ann-lee--bob-ray --decline --reason no-chemistry; expect_rc 0
run_fr -C "$R" match; expect_rc 0
expect_out "apparié·e de nouveau, jamais avec un mentor précédent (ann-lee, refusé le lundi 2 mars 2026)"
run_fr -C "$R" match --explain bob-ray; expect_rc 0
expect_out "exclu : refusé auparavant (le lundi 2 mars 2026) : ann-lee n'est plus jamais proposé à bob-ray"
run_fr -C "$R" match --format json; expect_rc 0
expect_out "matched again, never with an earlier mentor (ann-lee, declined on 2026-03-02)"
run -C "$R" -q add mentee "Eve Kim" --languages pt --wants leadership
run_fr -C "$R" match --format markdown; expect_rc 0
expect_out "| eve-kim | aucun mentor ne parle pt |"
expect_out "1 mentoré·e apparié·e sur 2, 2 mentors ; score total 0,3500, moyenne 0,3500"
# The progress line of a long match is for a terminal only: none in a
# captured stderr.
run -C "$R" match; expect_rc 0
check; ! grep -q $'\r' "$ERR" || fail "a progress line reached a stderr that is no terminal"

finish
