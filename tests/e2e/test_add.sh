#!/usr/bin/env bash
# mentor add person|mentor|mentee and add pair: ids, updates, refusals.
source "$(dirname "$0")/lib.sh"
D=$(new_dir prog)
m() { run -C "$D" "$@"; }

# a mentor with every field; the id comes from the accented name
m add mentor "Élodie Dupré" --email elodie@example.org --org Acme --team Platform --title "Staff engineer" \
  --seniority 12 --languages FR,en --timezone Europe/Paris --location Lyon --offers "leadership:5,public speaking:4" \
  --interests jazz,climbing --capacity 3 --cohort 2026-spring --hours 4 --days tue,thu --mode remote --notes "Mornings"
expect_rc 0
expect_out "elodie-dupre"
expect_err "added mentor elodie-dupre"
cp "$D/people/elodie-dupre.yaml" "$OUT"; expect_golden add/elodie-dupre.yaml

# a name someone already has (ignoring case and accents) is refused, naming them,
# instead of silently making elodie-dupre-2; nothing is written
before=$(snapshot "$D")
for name in "Elodie Dupre" "Élodie Dupré" "ELODIE DUPRÉ"; do
  m add mentee "$name" --email other@example.org
  expect_rc 1
  expect_err "a person named \"$name\" already exists (elodie-dupre)"
  expect_err "give --id NEW-ID to add another person, or --update to update elodie-dupre"
done
check; [ "$before" = "$(snapshot "$D")" ] || fail "a refused namesake changed the directory"
# --update: that person (here already recorded like this)
m add mentor "Elodie Dupre" --update
expect_rc 0
expect_out "elodie-dupre"
expect_err "elodie-dupre is already recorded like this"
check; [ "$before" = "$(snapshot "$D")" ] || fail "--update without changes changed the directory"
# --id: another person of the same name
m add mentee "Elodie Dupre" --email other@example.org --id elodie-dupre-2
expect_rc 0
expect_out "elodie-dupre-2"
expect_file "$D/people/elodie-dupre-2.yaml"
# two namesakes: --update cannot choose, --id names the one meant
before=$(snapshot "$D")
m add mentee "Elodie Dupre" --update --title CTO
expect_rc 1
expect_err "(elodie-dupre, elodie-dupre-2)"
expect_err "--id with one of theirs"
check; [ "$before" = "$(snapshot "$D")" ] || fail "an ambiguous --update changed the directory"
# another name that makes the same slug still gets the next suffix
m add mentee "Elodie Dupre Ли" --email third@example.org
expect_rc 0
expect_out "elodie-dupre-3"
expect_file "$D/people/elodie-dupre-3.yaml"

# names in other scripts need an explicit id; a given id is used as is
m add mentee "李小龙"
expect_rc 2
expect_err "give one with --id"
m add mentee "李小龙" --id li-xiaolong --languages zh
expect_rc 0
check; grep -q '^name: 李小龙$' "$D/people/li-xiaolong.yaml" || fail "CJK name not kept"

# ids that could leave the directory are refused before any file is touched
before=$(snapshot "$D")
for bad in "../x" "a/b" ".hidden" "" "$(printf 'a%.0s' {1..200})" "Upper" "a--b" "-a" "a b"; do
  m add mentee "Someone" --id "$bad"
  expect_rc 2
done
check; [ "$before" = "$(snapshot "$D")" ] || fail "a refused id changed the directory"
check; [ ! -e "$TEST_ROOT/x.yaml" ] || fail "path trick escaped"

# an existing email adds a role instead of creating a second person
m add mentor "Elodie D." --email ELODIE-2@example.org
m add mentor "Whoever" --email other@example.org --offers "negotiation:4"
expect_rc 0
expect_out "elodie-dupre-2"
expect_err "updated mentor elodie-dupre-2"
check; grep -q '^roles: \[mentor, mentee\]$' "$D/people/elodie-dupre-2.yaml" || fail "role not added"
check; grep -q '^name: Elodie Dupre$' "$D/people/elodie-dupre-2.yaml" || fail "existing name overwritten by the flag-less NAME? expected kept"
# adding the same thing again changes nothing
cp "$D/people/elodie-dupre-2.yaml" "$TEST_ROOT/before.yaml"
m add mentor "Whoever" --email other@example.org --offers "negotiation:4"
expect_rc 0
expect_err "nothing to change"
expect_same "$TEST_ROOT/before.yaml" "$D/people/elodie-dupre-2.yaml"
# an id and an email of two different people
m add mentee "X" --id elodie-dupre --email other@example.org
expect_rc 2
expect_err "belong to two different people"

# bad field values: exit 2, a message naming the field, nothing written
before=$(snapshot "$D")
m add mentee "Bad One" --seniority two;          expect_rc 2; expect_err "'seniority' must be a whole number from 0 to 80, got \"two\""
m add mentee "Bad One" --languages french;       expect_rc 2; expect_err "two-letter ISO 639-1"
m add mentee "Bad One" --timezone Mars/Olympus;  expect_rc 2; expect_err "'timezone' must be an IANA time zone name such as Europe/Paris, got \"Mars/Olympus\""
m add mentor "Bad One" --offers "leadership:9";  expect_rc 2; expect_err "from 1 to 5"
m add mentee "Bad One" --wants "leadership:urgent"; expect_rc 2; expect_err "high, medium or low"
m add mentee "Bad One" --email nobody;           expect_rc 2; expect_err "address like"
m add mentee "Bad One" --capacity -1;            expect_rc 2
m add mentee "Bad One" --days someday;           expect_rc 2; expect_err "'availability: days' takes mon, tue, wed, thu, fri, sat or sun, got \"someday\""
m add mentee "Bad One" --avoids "Not An Id";     expect_rc 2; expect_err "'avoids' takes person ids such as jean-martin, got \"Not An Id\""
m add person "Bad One" --role boss;              expect_rc 2; expect_err "'roles' takes mentor or mentee, got \"boss\""
m add mentee "Bad One" --team $'D\xffata';        expect_rc 2; expect_err "'team' is not valid UTF-8 text"
m add mentee "Bad One" --email "a b@example.org"; expect_rc 2; expect_err "'email' must be an address like name@example.org, got \"a b@example.org\""
m add mentee "Bad One" --days Mon,Tue --mode telepathy; expect_rc 2; expect_err "'availability: mode' must be remote, in-person or any, got \"telepathy\""
m add mentee;                                    expect_rc 2
m add;                                           expect_rc 2; expect_err "add what?"
check; [ "$before" = "$(snapshot "$D")" ] || fail "a refused add changed the directory"

# --dry-run shows the file and writes nothing
m add mentee "Dry Run" --dry-run
expect_rc 0
expect_out "--- would write people/dry-run.yaml"
expect_out "name: Dry Run"
expect_no_file "$D/people/dry-run.yaml"

# add person --role both; a manager given by name is resolved to an id
m add person "Paul Durand" --role both --manager "Élodie Dupré" --languages fr
expect_rc 0
check; grep -q '^manager: elodie-dupre$' "$D/people/paul-durand.yaml" || fail "manager not resolved"
m add mentee "Zoé Blanc" --manager "Nobody Known" --languages fr --avoids paul-durand
expect_rc 0
expect_err "matches no person yet"

# pairs: the hard rules refuse, --force records anyway and says why
m add pair elodie-dupre paul-durand
expect_rc 1; expect_err "elodie-dupre is the manager of paul-durand"
m add pair paul-durand zoe-blanc
expect_rc 1; expect_err "zoe-blanc avoids paul-durand"
m add pair elodie-dupre elodie-dupre
expect_rc 1; expect_err "cannot mentor themself"
m add pair li-xiaolong zoe-blanc
expect_rc 1; expect_err "li-xiaolong is not a mentor"
m add pair elodie-dupre li-xiaolong
expect_rc 1; expect_err "no common language"
m add pair elodie-dupre nobody-here
expect_rc 1; expect_err "no person with id 'nobody-here'"
m add pair elodie-dupre ../etc
expect_rc 2
m add pair elodie-dupre zoe-blanc --kind mentoring
expect_rc 2
m add pair elodie-dupre zoe-blanc --cohort 2026-spring
expect_rc 0
expect_out "elodie-dupre--zoe-blanc"
expect_file "$D/pairs/elodie-dupre--zoe-blanc.yaml"
check; grep -q '^status: proposed$' "$D/pairs/elodie-dupre--zoe-blanc.yaml" || fail "pair not proposed"
check; grep -q '^created: 2026-03-02$' "$D/pairs/elodie-dupre--zoe-blanc.yaml" || fail "created date not MENTOR_TODAY"
m add pair elodie-dupre zoe-blanc
expect_rc 1; expect_err "already exists (proposed)"
m add pair elodie-dupre paul-durand --force
expect_rc 0; expect_err "pairing anyway (--force): elodie-dupre is the manager of paul-durand"
# capacity: a mentor with capacity 1 takes one pair
m add mentor "Solo Mentor" --capacity 1 --languages fr
m add mentee "Mentee One" --languages fr
m add mentee "Mentee Two" --languages fr
m add pair solo-mentor mentee-one;  expect_rc 0
m add pair solo-mentor mentee-two;  expect_rc 1; expect_err "solo-mentor is at capacity (1 of 1)"
run -C "$D" validate
expect_rc 0

# a broken record blocks changes until it is fixed, and says where
printf 'id: broken\nname: [unclosed\n' > "$D/people/broken.yaml"
before=$(snapshot "$D")
m add mentee "Blocked Person"
expect_rc 1
expect_err "people/broken.yaml:"
check; [ "$before" = "$(snapshot "$D")" ] || fail "add wrote despite a broken record"
rm "$D/people/broken.yaml"

# a read-only folder: a clear error and nothing half-written. Root ignores
# file modes, so as root the folder is made immutable (chattr +i) instead.
make_readonly() { if [ "$(id -u)" = 0 ]; then chattr +i "$1" 2>/dev/null; else chmod a-w "$1"; fi; }
undo_readonly() { chattr -i "$1" 2>/dev/null; chmod u+w "$1"; }
make_readonly "$D/people"
if touch "$D/people/.probe" 2>/dev/null; then
  rm -f "$D/people/.probe"
  echo "note: this file system cannot make a folder read-only for $(id -un); read-only case not run"
else
  before=$(snapshot "$D")
  m add mentee "Read Only"
  expect_rc 1
  expect_err "people/read-only.yaml: cannot create a temporary file"
  expect_no_file "$D/people/read-only.yaml"
  undo_readonly "$D/people"
  check; [ "$before" = "$(snapshot "$D")" ] || fail "a failed write changed the directory"
  check; [ -z "$(find "$D" -name '.*.tmp-*')" ] || fail "a temporary file was left behind"
fi
undo_readonly "$D/people"

# file modes: a new record follows the umask, as any file a tool writes; a
# record rewritten keeps the mode it has.
mode_of() { stat -c %a "$1"; }
(umask 077 && m add mentee "Private Person")
check; [ "$(mode_of "$D/people/private-person.yaml")" = 600 ] || fail "umask 077 gave mode $(mode_of "$D/people/private-person.yaml")"
(umask 027 && m add mentee "Team Person")
check; [ "$(mode_of "$D/people/team-person.yaml")" = 640 ] || fail "umask 027 gave mode $(mode_of "$D/people/team-person.yaml")"
chmod 604 "$D/people/team-person.yaml"
(umask 077 && m add mentor "Team Person" --id team-person --languages de)
check; grep -q '^roles: .*mentor' "$D/people/team-person.yaml" || fail "the update was not written"
check; [ "$(mode_of "$D/people/team-person.yaml")" = 604 ] || fail "a rewrite changed the mode to $(mode_of "$D/people/team-person.yaml")"

# autocommit: exactly the written file is committed, nothing else staged
git -C "$D" init -q && git -C "$D" add -A && git -C "$D" commit -qm init
echo "staged but unrelated" > "$D/unrelated.txt" && git -C "$D" add unrelated.txt
m add mentee "Committed Person" --languages fr --commit
expect_rc 0
check; [ "$(git -C "$D" log -1 --format=%s)" = "add mentee committed-person" ] || fail "commit message"
check; [ "$(git -C "$D" show --name-only --format= HEAD)" = "people/committed-person.yaml" ] || fail "commit holds other files"
check; git -C "$D" diff --cached --name-only | grep -q unrelated.txt || fail "unrelated staged file was committed or unstaged"
# the pair kind and skills rules: add pair --kind applies what match applies
K=$(example_dir kinds)
k() { run -C "$K" "$@"; }
k add pair tom-becker bernard-lefort --kind classic
expect_rc 1; expect_err "tom-becker has 2 years of seniority, bernard-lefort 28: a classic mentor is at least as senior"
k add pair tom-becker bernard-lefort --kind peer
expect_rc 1; expect_err "peers are at most 3 years apart"
k add pair amira-haddad antoine-girard --kind reverse
expect_rc 1; expect_err "amira-haddad offers none of the skills antoine-girard wants"
expect_no_file "$K/pairs/amira-haddad--antoine-girard.yaml"
k add pair tom-becker bernard-lefort --kind reverse
expect_rc 0; expect_file "$K/pairs/tom-becker--bernard-lefort.yaml"
# settings relax the rules: a classic mentor may be junior when classic_min_gap is null
sed -i 's/^matching:$/matching:\n  classic_min_gap: null\n  min_skills: 0/' "$K/mentor.yaml"
k add pair amira-haddad antoine-girard --kind classic
expect_rc 0
# a setting that is not a whole number is an error at its place
sed -i 's/^  min_skills: 0$/  min_skills: many/' "$K/mentor.yaml"
k validate
expect_rc 1; expect_err "mentor.yaml:20:15: 'matching: min_skills' must be a whole number from 0 to 100, got \"many\""
finish
