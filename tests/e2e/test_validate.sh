#!/usr/bin/env bash
# mentor validate: every problem as path:line:col, exit 1 on errors only.
source "$(dirname "$0")/lib.sh"

# the shipped example is clean
D=$(example_dir ex)
run -C "$D" validate
expect_rc 0
expect_err "82 people, 1 pair: 0 errors, 0 warnings"

# an empty directory is clean too
E=$(new_dir empty)
run -C "$E" validate
expect_rc 0

# break things in many ways; validate reports each one, loading never stops at the first
B=$(example_dir broken)
printf 'id: bad-yaml\nname: [unclosed\n' > "$B/people/bad-yaml.yaml"
printf 'id: wrong-types\nname: W\nroles: [mentee]\nseniority: many\nactive: perhaps\n' > "$B/people/wrong-types.yaml"
printf 'id: someone-else\nname: Mismatch\nroles: [mentee]\n' > "$B/people/mismatch.yaml"
printf 'id: dup-mail\nname: Dup\nroles: [mentee]\nemail: Elodie.Dupre@lumen.example\n' > "$B/people/dup-mail.yaml"
printf 'id: bad-refs\nname: Refs\nroles: [mentee]\nmanager: nobody-known\navoids: [ghost]\ntimezone: Mars/Base\n' > "$B/people/bad-refs.yaml"
printf 'mentor: elodie-dupre\nmentee: ghost\nkind: classic\nstatus: active\n' > "$B/pairs/elodie-dupre--ghost.yaml"
# mentor or mentee that are no ids name no file: refused, reported, never a crash
printf 'mentor: ../etc\nmentee: ghost\n' > "$B/pairs/hostile--ghost.yaml"
printf 'mentor: ""\nmentee: ghost\n' > "$B/pairs/empty--ghost.yaml"
printf 'agreement: {}\n' > "$B/plans/no-such--pair.yaml"
mkdir -p "$B/journal/orphan--pair"
printf 'just text\n' > "$B/people/README.txt"
printf '' > "$B/people/Bad_Name.yaml"
printf 'id: self\nname: Self\nroles: [mentee]\nmanager: self\n' > "$B/people/self.yaml"
printf 'id: cyc-a\nname: A\nroles: [mentee]\nmanager: cyc-b\n' > "$B/people/cyc-a.yaml"
printf 'id: cyc-b\nname: B\nroles: [mentee]\nmanager: cyc-a\n' > "$B/people/cyc-b.yaml"
printf 'id: alias\nname: &n Bomb\ntitle: *n\n' > "$B/people/alias.yaml"
before=$(snapshot "$B")
run -C "$B" validate
expect_rc 1
expect_out "people/bad-yaml.yaml:3:1: error: invalid YAML"
expect_out "people/wrong-types.yaml:4:12: error: 'seniority' must be a whole number from 0 to 80, got \"many\""
expect_out "people/wrong-types.yaml:5:9: error: 'active' must be true or false, got \"perhaps\""
expect_out "people/mismatch.yaml:1:5: error: id 'someone-else' does not match the file name (expected mismatch)"
expect_out "people/elodie-dupre.yaml:3:8: error: email elodie.dupre@lumen.example is also the email of dup-mail"
expect_out "people/bad-refs.yaml:4:10: warning: manager 'nobody-known' matches no person"
expect_out "people/bad-refs.yaml:5:9: warning: 'avoids' names 'ghost', who matches no person"
expect_out "people/bad-refs.yaml:6:11: error: 'timezone' must be an IANA time zone name such as Europe/Paris, got \"Mars/Base\""
expect_out "pairs/elodie-dupre--ghost.yaml:2:9: error: mentee 'ghost' matches no person"
expect_out "plans/no-such--pair.yaml: error: belongs to no pair"
expect_out "pairs/hostile--ghost.yaml:1:9: error: 'mentor' must be a person id such as jean-martin, got \"../etc\""
expect_out "pairs/empty--ghost.yaml:1:9: error: mentor and mentee must be person ids (expected empty--ghost)"
expect_out "journal/orphan--pair: error: belongs to no pair"
expect_out "people/README.txt: warning: not a record file"
expect_out "people/Bad_Name.yaml: error: file name is not a valid person id"
expect_out "people/self.yaml:4:10: error: a person cannot be their own manager"
expect_out "people/cyc-a.yaml:4:10: error: management chain loops back to this person"
expect_out "people/alias.yaml:2:7: error: YAML anchors and aliases are not allowed in records"
expect_err "errors found"
check; [ "$before" = "$(snapshot "$B")" ] || fail "validate changed files"
# json output carries the same problems
run -C "$B" validate --format json
expect_rc 1
expect_out '"severity": "error"'
expect_out '"file": "people/wrong-types.yaml"'
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['errors'] >= 12, d['errors']" "$OUT" || fail "json not parseable"
# the same input gives the same bytes
run -C "$B" validate; cp "$OUT" "$TEST_ROOT/first"
run -C "$B" validate; expect_same "$TEST_ROOT/first" "$OUT"
# other commands keep working on the readable records and say there are problems
run -C "$B" list people
expect_rc 0
expect_err "run \`mentor validate\` for details"
expect_out "elodie-dupre"

# plans and journal entries are checked too
P="$TEST_ROOT/program"; cp -r "$MENTOR_SRC/examples/program" "$P"
run -C "$P" validate
expect_rc 0
printf 'agreement:\n  cadence: sometimes\n' > "$P/plans/anais-coeur--ava-walker.yaml"
printf 'date: 2026-02-24\nrating: 9\n' > "$P/journal/anais-coeur--ava-walker/2026-02-24.yaml"
run -C "$P" validate
expect_rc 1
expect_out "plans/anais-coeur--ava-walker.yaml:2:12: error: 'agreement: cadence': invalid cadence 'sometimes'"
expect_out "journal/anais-coeur--ava-walker/2026-02-24.yaml:2:9: error: 'rating' must be a whole number from 1 to 5, got \"9\""

# warnings alone exit 0
W=$(example_dir warn)
printf 'id: lone\nname: Lone\nroles: [mentee]\nmanager: not-here\n' > "$W/people/lone.yaml"
run -C "$W" validate
expect_rc 0
expect_out "warning: manager 'not-here' matches no person"

# values the format forbids, each reported with file:line:column; mistyped keys are warnings
F="$TEST_ROOT/forbidden"; cp -r "$MENTOR_SRC/examples/program" "$F"
J="$F/journal/anais-coeur--ava-walker"
printf 'date: 2026-05-05\nmode: smoke-signals\nduration: 0\ndone: [2026-01-01.9]\ngoals: [g1, g7]\nmood: fine\n' > "$J/2026-05-05.yaml"
printf 'date: 2026-05-19\nactions:\n  - owner: mentee\n    text: read a book\n    deu: 2026-06-01\n' > "$J/2026-05-19.yaml"
printf 'agreement:\n  start: 2026-02-24\n  sessions: 8\n  until: 2026-09-01\n  cadance: weekly\ngoals:\n  - id: g1\n    title: x\n    statu: open\n' > "$F/plans/anais-coeur--grace-taylor.yaml"
printf 'mentor: anais-coeur\nmentee: sofia-ortega\nkind: classic\nstatus: active\nmatch:\n  score: 2\n  algorithm: lottery\n  reson: [x]\n' > "$F/pairs/anais-coeur--sofia-ortega.yaml"
P1=$(ls "$F/people" | head -1); ID1=${P1%.yaml}
printf 'id: %s\nname: X\nroles: [mentee]\nsenority: 3\nemial: x@example.org\nbadge: gold\ntimezone: Mars/Base\navailability:\n  dayz: [mon]\n' "$ID1" > "$F/people/$P1"
cat >> "$F/mentor.yaml" <<'YAML'
skils: 3
extra_keys:
  person: [badge]
YAML
before=$(snapshot "$F")
run -C "$F" validate
expect_rc 1
S="journal/anais-coeur--ava-walker/2026-05-05.yaml"
expect_out "$S:2:7: error: 'mode' must be remote, in-person or phone, got \"smoke-signals\""
expect_out "$S:3:11: error: 'duration' must be a whole number from 1 to 1440, got \"0\""
expect_out "$S:4:7: error: 'done' names '2026-01-01.9', which is no action agreed in the journal of anais-coeur--ava-walker"
expect_out "$S:5:8: error: 'goals' names 'g7', which is no goal of the plan of anais-coeur--ava-walker"
expect_out "$S:6:1: warning: unknown key 'mood'"
expect_out "journal/anais-coeur--ava-walker/2026-05-19.yaml:5:5: warning: unknown key 'deu'; did you mean 'due'?"
expect_out "plans/anais-coeur--grace-taylor.yaml:4:10: error: 'agreement: sessions' and 'agreement: until' cannot both be set"
expect_out "plans/anais-coeur--grace-taylor.yaml:5:3: warning: unknown key 'cadance'; did you mean 'cadence'?"
expect_out "plans/anais-coeur--grace-taylor.yaml:9:5: warning: unknown key 'statu'; did you mean 'status'?"
expect_out "pairs/anais-coeur--sofia-ortega.yaml:6:10: error: 'match: score' must be a number from 0 to 1, got \"2\""
expect_out "pairs/anais-coeur--sofia-ortega.yaml:7:14: error: 'match: algorithm' must be optimal, stable, greedy or manual, got \"lottery\""
expect_out "pairs/anais-coeur--sofia-ortega.yaml:8:3: warning: unknown key 'reson'; did you mean 'reasons'?"
expect_out "people/$P1:4:1: warning: unknown key 'senority'; did you mean 'seniority'?"
expect_out "people/$P1:5:1: warning: unknown key 'emial'; did you mean 'email'?"
expect_out "people/$P1:7:11: error: 'timezone' must be an IANA time zone name such as Europe/Paris, got \"Mars/Base\""
expect_out "people/$P1:9:3: warning: unknown key 'dayz'; did you mean 'days'?"
expect_out "mentor.yaml:"
expect_out "warning: unknown key 'skils'"
expect_no_out "badge"
check; [ "$before" = "$(snapshot "$F")" ] || fail "validate changed files"
# the schema refuses a value given to `add` with the words validate uses, in
# both languages (stderr of each refusal, one after the other); nothing is written
A=$(new_dir addflags)
refusals() {
    local runner=$1 out="$TEST_ROOT/.refusals"
    : >"$out"
    for flags in "--seniority many" "--capacity 101" "--email nope" "--languages english" "--mode telepathy" \
        "--days xyz" "--timezone Mars/Base" "--offers python:9" "--wants python:urgent" "--avoids Not_An_Id"; do
        # shellcheck disable=SC2086
        $runner -C "$A" add mentor "Ada Lovelace" $flags
        expect_rc 2
        cat "$ERR" >>"$out"
    done
    expect_no_file "$A/people/ada-lovelace.yaml"
    cp "$out" "$OUT"
}
refusals run
expect_out "'seniority' must be a whole number from 0 to 80, got \"many\""
expect_golden validate/add_refusals.txt
refusals run_fr
expect_out "'seniority' doit être un nombre entier de 0 à 80, et non \"many\""
expect_golden validate/add_refusals.fr.txt

# problems_dir DIR: a small directory with one of each problem that the
# schema, the readers and validate's own checks report (nothing else).
problems_dir() {
    local D=$1
    "$MENTOR_BIN" init "$D" -q >/dev/null 2>&1 || { echo "init failed" >&2; exit 1; }
    printf 'skils: 3\nextra_keys:\n  persons: [badge]\n' >>"$D/mentor.yaml"
    printf 'id: ada\nname: Ada\nroles: [mentor]\ncapacity: 0\nemail: ada@example.org\nseniority: many\nactive: perhaps\nlanguages: [english]\n' >"$D/people/ada.yaml"
    printf 'id: bob\nname: Bob\nroles: [mentee]\nemail: ADA@example.org\nsenority: 3\nbadge: gold\nmanager: bob\nprefers: [ghost]\ntimezone: Mars/Base\navailability:\n  dayz: [mon]\n' >"$D/people/bob.yaml"
    printf 'id: cy\nname: Cy\nroles: []\nmanager: nobody\navoids: [cy]\n' >"$D/people/cy.yaml"
    printf 'mentor: ada\nmentee: bob\nkind: classic\nstatus: active\nreason: other\nmatch:\n  score: 2\n  algorithm: lottery\n  reson: [x]\n' >"$D/pairs/ada--bob.yaml"
    printf 'mentor: ada\nmentee: cy\nkind: classic\nstatus: proposed\n' >"$D/pairs/ada--cy.yaml"
    printf 'mentor: ada\nmentee: ghost\nkind: classic\nstatus: closed\n' >"$D/pairs/ada--ghost.yaml"
    printf 'agreement:\n  start: 2026-02-02\n  sessions: 8\n  until: 2026-09-01\n  cadance: weekly\ngoals:\n  - id: g1\n    statu: open\n  - title: no id\n  - id: g1\n' >"$D/plans/ada--bob.yaml"
    printf 'agreement: {}\n' >"$D/plans/nobody--here.yaml"
    mkdir -p "$D/journal/ada--bob"
    printf 'date: 2026-02-16\nmode: smoke-signals\nduration: 0\ndone: [2026-01-01.9]\ngoals: [g7]\nmood: fine\nactions:\n  - text: call\n  - owner: mentee\n    text: read\n    deu: 2026-06-01\n' >"$D/journal/ada--bob/2026-02-16.yaml"
    printf 'rating: 3\n' >"$D/journal/ada--bob/2026-02-23.yaml"
    printf 'date: 2026-04-06\n' >"$D/journal/ada--bob/2026-04-06.yaml"
}
# the whole report, in English and in French: the words translated; the
# locations, keys, allowed values and ids as typed; the same exit code
problems_dir "$TEST_ROOT/problems"
run -C "$TEST_ROOT/problems" validate
expect_rc 1
expect_golden validate/problems.txt
run_fr -C "$TEST_ROOT/problems" validate
expect_rc 1
expect_golden validate/problems.fr.txt
expect_out "people/ada.yaml:6:12: erreur : 'seniority' doit être un nombre entier de 0 à 80, et non \"many\""
expect_out "people/bob.yaml:5:1: avertissement : clé inconnue 'senority' ; vouliez-vous dire 'seniority' ?"
expect_no_out " must be "
expect_no_out "warning:"
check; [ "$(sed 's/: .*//' "$MENTOR_SRC/tests/golden/validate/problems.txt")" = "$(sed 's/: .*//' "$OUT")" ] ||
    fail "the French report has other locations than the English one"
# JSON: the same counts, files, lines, columns and severities in every language
run -C "$TEST_ROOT/problems" validate --format json; cp "$OUT" "$TEST_ROOT/problems.en.json"
run_fr -C "$TEST_ROOT/problems" validate --format json
expect_rc 1
python3 - "$TEST_ROOT/problems.en.json" "$OUT" <<'PY' || fail "validate --format json differs between English and French beyond its messages"
import json, sys
def shape(path):
    d = json.load(open(path, encoding="utf-8"))
    return d["errors"], d["warnings"], sorted((p["file"], p["line"], p["column"], p["severity"]) for p in d["problems"])
sys.exit(shape(sys.argv[1]) != shape(sys.argv[2]) or not shape(sys.argv[1])[2])
PY

# a bad default cadence in mentor.yaml stops every command, with its line
G=$(example_dir badcadence)
sed -i 's/^  cadence: .*/  cadence: every:0d/' "$G/mentor.yaml"
grep -q 'cadence: every:0d' "$G/mentor.yaml" || fail "the example's mentor.yaml has no default cadence"
run -C "$G" validate
expect_rc 1
expect_err "mentor.yaml:"
expect_err "'defaults: cadence': invalid cadence 'every:0d'"

# huge and deep inputs are refused quickly with a clear message
H=$(new_dir huge)
python3 -c "print('id: big'); print('notes: \"' + 'x' * (17 << 20) + '\"')" > "$H/people/big.yaml"
python3 -c "print('id: deep'); print('x: ' + '[' * 100000)" > "$H/people/deep.yaml"
run -C "$H" validate
expect_rc 1
expect_out "people/big.yaml: error: file is too large (17 MiB); records are limited to 16 MiB"
expect_out "people/deep.yaml:2:"
# a pair written by hand that breaks a pairing rule is flagged, with the rule's own wording
P=$(example_dir pairs)
printf 'mentor: emma-johnson\nmentee: alvaro-castillo\nkind: classic\nstatus: active\ncreated: 2026-02-01\n' \
    > "$P/pairs/emma-johnson--alvaro-castillo.yaml"
run -C "$P" validate
expect_rc 0
expect_out "pairs/emma-johnson--alvaro-castillo.yaml:1:9: warning: breaks a pairing rule: emma-johnson is the manager of alvaro-castillo"
# a closed pair is history: the rules judge the pairs that are proposed, active or paused
sed -i 's/^status: active$/status: closed\nended: 2026-02-20/' "$P/pairs/emma-johnson--alvaro-castillo.yaml"
run -C "$P" validate
expect_rc 0
expect_no_out "breaks a pairing rule"
# a pair whose kind its people contradict: helene-garcon (13 years) is no reverse mentor of noe-guerin (1)
printf 'mentor: helene-garcon\nmentee: noe-guerin\nkind: reverse\nstatus: proposed\ncreated: 2026-02-01\n' \
    > "$P/pairs/helene-garcon--noe-guerin.yaml"
run -C "$P" validate
expect_rc 0
expect_out "pairs/helene-garcon--noe-guerin.yaml:1:9: warning: breaks a pairing rule: helene-garcon has 13 years of seniority, noe-guerin 1: a reverse mentor has at least 1 year fewer"
expect_no_out "open pairs"
# a mentee in two open pairs of one cohort (two clones that each matched them): named, both files
printf 'mentor: jose-martinez\nmentee: noe-guerin\nstatus: proposed\ncreated: 2026-02-01\n' > "$P/pairs/jose-martinez--noe-guerin.yaml"
run -C "$P" validate
expect_rc 0
expect_out "people/noe-guerin.yaml: warning: mentee in 2 open pairs (pairs/helene-garcon--noe-guerin.yaml, pairs/jose-martinez--noe-guerin.yaml): keep one and decline the others"
finish
