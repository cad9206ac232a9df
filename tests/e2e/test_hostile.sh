#!/usr/bin/env bash
# Hostile records: symbolic links pointing out of the directory are refused
# on write, never followed; a 50 MB file, a deeply nested document and an
# alias bomb are refused quickly, with a clear message and bounded memory.
source "$(dirname "$0")/lib.sh"

# peak_kb ARGS...: runs mentor like run(), and prints its peak memory in kB.
peak_kb() {
  /usr/bin/python3 - "$MENTOR_BIN" "$OUT" "$ERR" "$@" <<'PY'
import resource, subprocess, sys
binary, out, err, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
with open(out, "wb") as o, open(err, "wb") as e:
    rc = subprocess.run([binary] + args, stdout=o, stderr=e).returncode
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
}

# --- symbolic links out of the directory --------------------------------------
D=$(new_dir links)
OUTSIDE="$TEST_ROOT/outside"; mkdir -p "$OUTSIDE"
printf 'id: ada\nname: Ada\nroles: [mentor]\n' >"$OUTSIDE/ada.yaml"
cp "$OUTSIDE/ada.yaml" "$TEST_ROOT/ada.orig"
ln -s "$OUTSIDE/ada.yaml" "$D/people/ada.yaml"
run -C "$D" add mentor "Ada" --id ada --team research
expect_rc 1
expect_err "symbolic link"
expect_same "$TEST_ROOT/ada.orig" "$OUTSIDE/ada.yaml"
run -C "$D" validate
expect_out "people/ada.yaml"

# a folder of the records that is a link out: nothing is created through it
L=$(new_dir folderlink)
rm -rf "$L/people"; ln -s "$OUTSIDE" "$L/people"
run -C "$L" add mentee "Bea Outside"
expect_rc 1
expect_err "symbolic link"
expect_no_file "$OUTSIDE/bea-outside.yaml"

# a journal folder that is a link out: no session is written through it
J=$(example_dir journal)
mkdir -p "$OUTSIDE/journal"
ln -s "$OUTSIDE/journal" "$J/journal/camille-roux--jurgen-weiss"
run -C "$J" log camille-roux--jurgen-weiss --date 2026-03-01 --notes "x" --no-edit
expect_rc 1
expect_err "symbolic link"
check; [ -z "$(ls -A "$OUTSIDE/journal")" ] || fail "a session was written through the link: $(ls "$OUTSIDE/journal")"

# --- symbolic links on read: never followed, and the target's content is
# never shown (it could be any file the user can read)
R=$(example_dir readlinks)
printf 'SECRET-BYTES: not a record\n' >"$OUTSIDE/secret.txt"
P=camille-roux--jurgen-weiss
m_read() { run -C "$R" "$@"; check; grep -q "symbolic link" "$OUT" "$ERR" || fail "no word of the link: mentor $*"; check; ! grep -q SECRET "$OUT" "$ERR" || fail "the target's content was shown: mentor $*"; }
ln -s "$OUTSIDE/secret.txt" "$R/plans/$P.yaml"
m_read plan $P; expect_rc 1
m_read validate; expect_rc 1
rm "$R/plans/$P.yaml"
ln -s "$OUTSIDE/secret.txt" "$R/people/zed-link.yaml"
m_read validate; expect_rc 1; expect_out "people/zed-link.yaml"
rm "$R/people/zed-link.yaml"
mkdir -p "$OUTSIDE/sessions" && cp "$OUTSIDE/secret.txt" "$OUTSIDE/sessions/2026-03-01.yaml"
mkdir -p "$R/journal/$P" && ln -s "$OUTSIDE/secret.txt" "$R/journal/$P/2026-03-01.yaml"
m_read log $P --list; expect_rc 0
rm -r "$R/journal/$P" && ln -s "$OUTSIDE/sessions" "$R/journal/$P"
m_read log $P --list; expect_rc 0
m_read validate; expect_rc 1; expect_out "journal/$P: error: is a symbolic link"
rm "$R/journal/$P"
mv "$R/pairs" "$OUTSIDE/pairs" && ln -s "$OUTSIDE/pairs" "$R/pairs"
m_read validate; expect_rc 1; expect_out "pairs: error: is a symbolic link"
rm "$R/pairs" && mv "$OUTSIDE/pairs" "$R/pairs"
mv "$R/mentor.yaml" "$OUTSIDE/mentor.yaml" && ln -s "$OUTSIDE/secret.txt" "$R/mentor.yaml"
m_read validate; expect_rc 1
m_read list people; expect_rc 1
# A records directory that is itself a link is fine: only what is inside counts.
rm "$R/mentor.yaml" && mv "$OUTSIDE/mentor.yaml" "$R/mentor.yaml"
ln -s "$R" "$TEST_ROOT/records-link"
run -C "$TEST_ROOT/records-link" validate; expect_rc 0

# --- escape sequences in records reach no terminal: shown as \u001b... in
# every text and markdown view, escaped in JSON
E=$(new_dir escapes)
run -C "$E" -q add mentor $'Eve \e[2JEvil' --languages en; expect_rc 0
run -C "$E" -q add mentee $'Bob \e]0;owned\a Ray' --languages en --team $'\xc2\x9b2J'; expect_rc 0
run -C "$E" -q add pair eve-2jevil bob-0-owned-ray; expect_rc 0
EP=eve-2jevil--bob-0-owned-ray
run -C "$E" -q plan $EP --start 2026-03-02 --rule $'No \e[2J phones' --rule $'x\xc2\x9b2Jy\rz' --goal $'Goal \e]0;t\a'; expect_rc 0
run -C "$E" -q log $EP --notes $'Notes \e[31mred\n' --topic $'\e[5mblink' --no-edit; expect_rc 0
# raw_controls: control characters in the last run's output, mentor's own
# bold and reset (--color) aside.
raw_controls() { cat "$OUT" "$ERR" | LC_ALL=C sed $'s/\e\\[[01]m//g' | LC_ALL=C grep -c $'\e\\|\a\\|\xc2\x9b\\|\r'; }
for view in "show $EP" "show eve-2jevil" "show bob-0-owned-ray" "plan $EP" "plan $EP --format markdown" "report $EP" \
            "report $EP --format markdown" "report $EP --format csv" "log $EP --list" "log $EP --list --format markdown" \
            "log --actions" "list people" "list pairs" "report --all" "report --person eve-2jevil" "match"; do
    run -C "$E" $view --color always
    check; [ "$(raw_controls)" = 0 ] || fail "mentor $view printed a control character from a record"
done
run -C "$E" plan $EP; expect_out 'Rule 1: No \u001b[2J phones'
expect_out 'Rule 2: x\u009b2Jy\u000dz'
for view in "plan $EP" "report $EP" "log $EP --list" "show $EP"; do
    run -C "$E" $view --format json
    check; [ "$(raw_controls)" = 0 ] || fail "mentor $view --format json printed a control character"
    check; python3 -m json.tool "$OUT" >/dev/null || fail "mentor $view --format json is not JSON"
done
# mentor's own styling still reaches the terminal
run -C "$E" report $EP --color always; check; LC_ALL=C grep -q $'\e\\[1m' "$OUT" || fail "--color always lost its bold"

# --- oversized and malicious documents ------------------------------------------
H=$(new_dir huge)
base=$(peak_kb -C "$H" validate); base_kb=${base#* }
/usr/bin/python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    f.write('id: big\nname: Big\nnotes: \"')
    f.write('x' * (50 * 1024 * 1024))
    f.write('\"\n')" "$H/people/big.yaml"
res=$(peak_kb -C "$H" validate); rc=${res% *}; kb=${res#* }
check; [ "$rc" = 1 ] || fail "a 50 MB record: exit code $rc"
expect_out "people/big.yaml: error: file is too large (50 MiB); records are limited to 16 MiB"
check; [ "$kb" -lt $((base_kb + 20000)) ] || fail "a 50 MB record took $kb kB (an empty directory: $base_kb kB): it was read"
rm "$H/people/big.yaml"

# nesting 100,000 levels deep: refused at the limit, not by a stack overflow
/usr/bin/python3 -c "
import sys
open(sys.argv[1], 'w').write('id: deep\nname: Deep\nnotes: ' + '[' * 100000 + ']' * 100000 + '\n')" "$H/people/deep.yaml"
res=$(peak_kb -C "$H" validate); rc=${res% *}; kb=${res#* }
check; [ "$rc" = 1 ] || fail "deep nesting: exit code $rc"
expect_out "people/deep.yaml:3:"
expect_out "nested too deeply"
check; [ "$kb" -lt $((base_kb + 20000)) ] || fail "deep nesting took $kb kB"
rm "$H/people/deep.yaml"

# billion laughs: nine levels of ten aliases would be 10^9 nodes
{
  echo 'id: lol'
  echo 'name: Laughs'
  echo 'a0: &a0 "lol"'
  for i in 1 2 3 4 5 6 7 8 9; do
    p=$((i - 1)); printf 'a%d: &a%d [*a%d,*a%d,*a%d,*a%d,*a%d,*a%d,*a%d,*a%d,*a%d,*a%d]\n' $i $i $p $p $p $p $p $p $p $p $p $p
  done
} >"$H/people/lol.yaml"
res=$(peak_kb -C "$H" validate); rc=${res% *}; kb=${res#* }
check; [ "$rc" = 1 ] || fail "alias bomb: exit code $rc"
expect_out "people/lol.yaml:3:5: error: YAML anchors and aliases are not allowed in records"
check; [ "$kb" -lt $((base_kb + 20000)) ] || fail "alias bomb took $kb kB"
# ... and a command that writes refuses to build on it
run -C "$H" add mentor "Cy Careful"
expect_rc 1
expect_err "fix them before changing anything"


# --- bounded memory: inputs refused before they are read whole, and the
# parser's memory within a small multiple of the file's size (docs/security.md)
# The multiple allowed: 6, or 20 under AddressSanitizer, whose allocator
# adds its own.
MULT=6
ldd "$MENTOR_BIN" 2>/dev/null | grep -q asan && MULT=20
N=$(new_dir bounded)
run -C "$N" -q add mentor Ann --languages en; run -C "$N" -q add mentee Bob --languages en; run -C "$N" -q add pair ann bob
base=$(peak_kb -C "$N" validate); base_kb=${base#* }
head -c $((3 << 20)) /dev/zero | tr '\0' a >"$TEST_ROOT/notes.txt"
res=$(peak_kb -C "$N" log ann--bob --notes-file "$TEST_ROOT/notes.txt" --no-edit); rc=${res% *}; kb=${res#* }
check; [ "$rc" = 1 ] || fail "3 MiB of notes: exit code $rc"
expect_err "notes.txt: too large (3 MiB or more); the limit for a session's notes is 1 MiB"
check; [ "$kb" -lt $((base_kb + 2048)) ] || fail "3 MiB of notes took $kb kB: they were read"
run -C "$N" log ann--bob --notes-file - --no-edit <"$TEST_ROOT/notes.txt"; expect_rc 1
expect_err "standard input: too large"
expect_no_file "$N/journal/ann--bob"
/usr/bin/python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    f.write('name;email\n')
    while f.tell() < 33 << 20: f.write('Person Name;person@example.org\n')" "$TEST_ROOT/huge.csv"
res=$(peak_kb -C "$N" add --from-csv "$TEST_ROOT/huge.csv"); rc=${res% *}; kb=${res#* }
check; [ "$rc" = 1 ] || fail "a 33 MiB spreadsheet: exit code $rc"
expect_err "the limit for a spreadsheet to import is 32 MiB"
check; [ "$kb" -lt $((base_kb + 4096)) ] || fail "a 33 MiB spreadsheet took $kb kB: it was read"
# 15 MB of tiny flow maps: refused, within MULT times the file's size
/usr/bin/python3 -c "
import sys
with open(sys.argv[1], 'w') as f:
    f.write('id: flow\nname: Flow\nextra:\n')
    while f.tell() < 15 << 20: f.write('- {a: b}\n')" "$N/people/flow.yaml"
res=$(peak_kb -C "$N" validate); rc=${res% *}; kb=${res#* }
check; [ "$rc" = 1 ] || fail "15 MB of flow maps: exit code $rc"
expect_out "people/flow.yaml"; expect_out "document has too many values for its size"
check; [ "$kb" -lt $((base_kb + MULT * 15 * 1024)) ] || fail "15 MB of flow maps took $kb kB (base $base_kb kB; allowed $MULT times the file)"
echo "  15 MB of flow maps: $((kb - base_kb)) kB above an empty directory's $base_kb kB"

# --- hostile values in French: named by their field, cut after 40 bytes and
# quoted as in English, the keys and the location as typed
Q=$(new_dir hostile_fr)
printf 'mentor: ../etc\nmentee: ghost\n' >"$Q/pairs/hostile--ghost.yaml"
python3 -c "print('id: long'); print('name: L'); print('roles: [mentee]'); print('seniority: ' + 'x' * 5000)" >"$Q/people/long.yaml"
printf 'id: ctl\nname: C\nroles: [mentee]\nactive: "\\e[2Jyes"\n' >"$Q/people/ctl.yaml"
run_fr -C "$Q" validate
expect_rc 1
expect_out "pairs/hostile--ghost.yaml:1:9: erreur : 'mentor' doit être un identifiant de personne comme jean-martin, et non \"../etc\""
expect_out "people/long.yaml:4:12: erreur : 'seniority' doit être un nombre entier de 0 à 80, et non \"$(printf 'x%.0s' $(seq 37))...\""
expect_out "people/ctl.yaml:4:9: erreur : 'active' doit être true ou false, et non \""
check; ! grep -q "$(printf '\033')" "$OUT" || fail "an escape sequence of a record reached the terminal"
finish
