#!/usr/bin/env bash
# mentor validate: every problem as path:line:col, exit 1 on errors only.
source "$(dirname "$0")/lib.sh"

# the shipped example is clean
D=$(example_dir ex)
run -C "$D" validate
expect_rc 0
expect_err "82 people, 1 pairs: 0 error(s), 0 warning(s)"

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
expect_out "people/bad-refs.yaml: error: unknown timezone 'Mars/Base'"
expect_out "pairs/elodie-dupre--ghost.yaml:2:9: error: mentee 'ghost' matches no person"
expect_out "plans/no-such--pair.yaml: error: belongs to no pair"
expect_out "pairs/hostile--ghost.yaml:1:9: error: mentor and mentee (../etc--ghost) do not match the file name (expected hostile--ghost)"
expect_out "pairs/empty--ghost.yaml:1:9: error: mentor and mentee must be person ids (expected empty--ghost)"
expect_out "journal/orphan--pair: error: belongs to no pair"
expect_out "people/README.txt: warning: not a record file"
expect_out "people/Bad_Name.yaml: error: file name is not a valid person id"
expect_out "people/self.yaml:4:10: error: a person cannot be their own manager"
expect_out "people/cyc-a.yaml:4:10: error: management chain loops back to this person"
expect_out "people/alias.yaml:2:7: error: YAML anchors and aliases are not allowed in records"
expect_err "error(s)"
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
finish
