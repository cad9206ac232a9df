#!/usr/bin/env bash
# The unmatched reasons of the cohort report, counted on bitsets over the
# mentors (src/matching/rule_bitsets.cpp), against the pair-by-pair rules of
# `match --matrix`: on cohorts of 150 mentors (three machine words, the last
# part full), with every rule in play and hostile mentees (40 wanted skills,
# a seniority no mentor is near).
source "$(dirname "$0")/lib.sh"

# compare REPORT.json MATRIX.csv: every waiting mentee's sentence gives the
# number of compatible mentors with room that the matrix scores, and a count
# of excluding mentors never above the mentors.
compare() {
    python3 - "$1" "$2" <<'PY'
import csv, json, re, sys
report = json.load(open(sys.argv[1]))
rows = list(csv.DictReader(open(sys.argv[2])))
mentors = len({r["mentor"] for r in rows})
room = {}
for r in rows:
    room.setdefault(r["mentee"], 0)
    room[r["mentee"]] += r["score"] != ""
bad, kinds = 0, set()
for u in report["unmatched"]:
    text = " ".join(u["reasons"])
    m = re.match(r"(\d+) compatible mentors? ha(s|ve) room", text)
    said = int(m.group(1)) if m else 0
    kinds.add(re.sub(r"[\d]+", "N", text.split(":")[0]))
    if said != room.get(u["id"], 0):
        print(f"MISMATCH {u['id']}: '{text}' but the matrix has {room.get(u['id'], 0)} with room"); bad += 1
    for n in re.findall(r"(\d+) [a-z]", text.split(":", 1)[1] if text.startswith("excluded by every") else ""):
        if int(n) > mentors:
            print(f"MISMATCH {u['id']}: '{text}' counts more than {mentors} mentors"); bad += 1
if len(report["unmatched"]) != len(room):
    print(f"MISMATCH {len(report['unmatched'])} waiting mentees, the matrix has {len(room)}"); bad += 1
print("kinds:", sorted(kinds))
sys.exit(1 if bad else 0)
PY
}

KINDS="$TEST_ROOT/kinds"
for seed in 1 2 3 4; do
    D=$(new_dir "c$seed")
    python3 "$MENTOR_SRC/tests/e2e/unmatched_cohort.py" "$D" "$seed"
    # Every settings rule on: organisation, team, time zones; two skills from seed 3.
    sed -i -e 's/exclude_same_organisation: false/exclude_same_organisation: true/' \
           -e 's/# max_timezone_difference: 6/max_timezone_difference: 6/' "$D/mentor.yaml"
    [ "$seed" -ge 3 ] && sed -i 's/^matching:$/matching:\n  min_skills: 2/' "$D/mentor.yaml"
    run -C "$D" report --all --format json; expect_rc 0; cp "$OUT" "$TEST_ROOT/report.json"
    run -C "$D" match --matrix; expect_rc 0; cp "$OUT" "$TEST_ROOT/matrix.csv"
    check; compare "$TEST_ROOT/report.json" "$TEST_ROOT/matrix.csv" >>"$KINDS" || fail "seed $seed: $(tail -3 "$KINDS")"
    # The text report says the same, in English and in French.
    run -C "$D" report --all; expect_rc 0; expect_out "Mentees: 60"
    run_fr -C "$D" report --all; expect_rc 0
done
# The cohorts reach the sentences that count mentors: with room, at capacity,
# excluded by every mentor.
check; grep -q "N compatible mentors have room" "$KINDS" || fail "no mentee with room: $(cat "$KINDS")"
check; grep -q "excluded by every mentor" "$KINDS" || fail "no mentee excluded by every mentor: $(cat "$KINDS")"
check; grep -q "at capacity" "$KINDS" || fail "no mentee whose mentors are at capacity: $(cat "$KINDS")"
finish
