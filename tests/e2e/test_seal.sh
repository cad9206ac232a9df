#!/usr/bin/env bash
# Sealed journals (docs/keys.md, docs/security.md): keys made and imported
# as age-keygen does, content sealed to the pair and found in no file of the
# records (nor in git history), read back by the pair, shown as (sealed) to
# others, the same cohort report as unsealed, interoperability with
# Debian's age both ways, and every damage refused with the file named.
source "$(dirname "$0")/lib.sh"
command -v age >/dev/null && command -v age-keygen >/dev/null || { echo "FAIL: age and age-keygen are needed (apt install age)"; exit 1; }

ANN="$TEST_ROOT/ann-config" BOB="$TEST_ROOT/bob-config" EVE="$TEST_ROOT/eve-config"
as() { local who=$1; shift; XDG_CONFIG_HOME=$who run "$@"; }
as_fr() { local who=$1; shift; XDG_CONFIG_HOME=$who run_fr "$@"; }

# --- keys -------------------------------------------------------------------
as "$ANN" key init; expect_rc 0
R1=$(cat "$OUT")
ID1="$ANN/mentor/identity.txt"
expect_file "$ID1"
check; [ "$(stat -c %a "$ID1")" = 600 ] || fail "identity mode is $(stat -c %a "$ID1"), not 600"
check; [ "$(sed -n 1p "$ID1" | cut -c1-11)" = "# created: " ] || fail "no '# created:' line"
check; [ "$(sed -n 2p "$ID1")" = "# public key: $R1" ] || fail "no '# public key:' line"
check; [ "$(age-keygen -y "$ID1")" = "$R1" ] || fail "age-keygen -y disagrees with mentor on the recipient"
cp "$ID1" "$TEST_ROOT/ann-before"
as "$ANN" key init; expect_rc 1; expect_err "never overwritten"
expect_same "$ID1" "$TEST_ROOT/ann-before"
as_fr "$ANN" key init; expect_rc 1
expect_err "$ID1: une identité existe déjà ; elle n'est jamais écrasée (les notes scellées pour elle seraient perdues). Déplacez-la d'abord si vous voulez la remplacer"
expect_same "$ID1" "$TEST_ROOT/ann-before"
age-keygen -o "$TEST_ROOT/bob.txt" 2>/dev/null
R2=$(age-keygen -y "$TEST_ROOT/bob.txt")
as "$BOB" key init --import "$TEST_ROOT/bob.txt"; expect_rc 0; expect_out "$R2"
as "$BOB" key show; expect_rc 0; expect_out "$R2"
printf 'AGE-SECRET-KEY-1NOTAKEY\n' >"$TEST_ROOT/bad-key.txt"
as "$EVE" key init --import "$TEST_ROOT/bad-key.txt"; expect_rc 1; expect_err "bad-key.txt:1"
expect_no_file "$EVE/mentor/identity.txt"
as_fr "$EVE" key init --import "$TEST_ROOT/bad-key.txt"; expect_rc 1
expect_err "bad-key.txt:1: pas une identité age X25519 (attendu : AGE-SECRET-KEY-1..., comme l'écrit age-keygen)"
printf '# nothing\n' >"$TEST_ROOT/empty-key.txt"
as_fr "$EVE" key init --import "$TEST_ROOT/empty-key.txt"; expect_rc 1
expect_err "empty-key.txt: aucune identité age dans le fichier (une ligne AGE-SECRET-KEY-1... était attendue)"
expect_no_file "$EVE/mentor/identity.txt"
as "$EVE" key show; expect_rc 1; expect_err "mentor key init"
# Without $XDG_CONFIG_HOME, the identity is in ~/.config/mentor.
HOME="$TEST_ROOT/home" XDG_CONFIG_HOME= run key init; expect_rc 0
expect_file "$TEST_ROOT/home/.config/mentor/identity.txt"
# A key others can read is refused.
cp -r "$ANN" "$TEST_ROOT/open-config"; chmod 644 "$TEST_ROOT/open-config/mentor/identity.txt"
as "$TEST_ROOT/open-config" key show; expect_rc 1; expect_err "chmod 600"
as_fr "$TEST_ROOT/open-config" key show; expect_rc 1
expect_err "le fichier d'identité est lisible par d'autres ; réservez-le à vous seul : chmod 600 $TEST_ROOT/open-config/mentor/identity.txt"
as "$EVE" key init; expect_rc 0; R3=$(cat "$OUT")

# --- a sealed program, a word planted in every content field ----------------
W=zqxplanted
make_program() {  # make_program DIR WITH_RECIPIENTS
    mkdir -p "$TEST_ROOT/$1"
    local d; d=$(new_dir "$1/program")  # one program name: the reports show it
    local r1=() r2=()
    [ "$2" = yes ] && r1=(--recipient "$R1") && r2=(--recipient "$R2")
    "$MENTOR_BIN" -C "$d" -q add mentor "Ann Lee" --languages en --cohort c1 "${r1[@]}" >/dev/null
    "$MENTOR_BIN" -C "$d" -q add mentee "Bob Ray" --languages en --cohort c1 "${r2[@]}" >/dev/null
    "$MENTOR_BIN" -C "$d" -q add pair ann-lee bob-ray >/dev/null
    "$MENTOR_BIN" -C "$d" -q log ann-lee--bob-ray --date 2026-02-20 --duration 45 --rating 4 --no-edit \
        --topic "topic-$W" --notes "notes $W here" --action "mentee: act-$W due 2026-02-27" \
        --action "mentor: second-$W" </dev/null >/dev/null
    "$MENTOR_BIN" -C "$d" -q action ann-lee--bob-ray .1 --done --date 2026-02-22 --note "note-$W" >/dev/null
    "$MENTOR_BIN" -C "$d" -q action ann-lee--bob-ray .2 --cancel --date 2026-02-23 --reason "reason-$W" >/dev/null
    echo "$d"
}
D=$(make_program sealed yes)
C=$(make_program clear no)
P=ann-lee--bob-ray
check; [ "$(ls "$D/journal/$P" | wc -l)" = 3 ] || fail "expected 3 journal files, got: $(ls "$D/journal/$P")"
check; ! grep -r "$W" "$D" >/dev/null || fail "the planted word is in clear: $(grep -rl "$W" "$D")"
check; grep -r "$W" "$C" >/dev/null || fail "the unsealed program should hold the word (the test would prove nothing)"
S="$D/journal/$P/2026-02-20.yaml"
for clear in "date: 2026-02-20" "duration: 45" "rating: 4" "owner: mentee" "due: 2026-02-27" "2026-02-20.1" \
             "BEGIN AGE ENCRYPTED FILE"; do
    check; grep -qF -- "$clear" "$S" || fail "$S lacks $clear in clear"
done
run -C "$D" validate; expect_rc 0
# git history: commit the records, and the word is in no commit either.
(cd "$D" && git init -q && git add -A && git commit -qm records) >/dev/null 2>&1
check; ! (cd "$D" && git log -p --all) | grep -q "$W" || fail "the planted word is in git history"

# --- mentor -> age: age -d decrypts what mentor sealed ----------------------
armored() { awk '/^sealed:/ {on = 1; next} on && /^  / {sub(/^  /, ""); print; next} on {exit}' "$1"; }
armored "$S" >"$TEST_ROOT/session.age"
check; age -d -i "$ID1" "$TEST_ROOT/session.age" >"$TEST_ROOT/session.plain" 2>"$ERR" || fail "age -d (ann) failed: $(cat "$ERR")"
for word in "topic-$W" "notes $W here" "act-$W" "second-$W"; do
    check; grep -qF -- "$word" "$TEST_ROOT/session.plain" || fail "age's plaintext lacks $word"
done
check; age -d -i "$TEST_ROOT/bob.txt" "$TEST_ROOT/session.age" >/dev/null 2>&1 || fail "age -d (bob) failed"
check; ! age -d -i "$EVE/mentor/identity.txt" "$TEST_ROOT/session.age" >/dev/null 2>&1 || fail "eve's key opened the pair's session"
F="$D/journal/$P/2026-02-23-followup.yaml"
armored "$F" | age -d -i "$ID1" >"$TEST_ROOT/followup.plain" 2>/dev/null
check; grep -qF "reason-$W" "$TEST_ROOT/followup.plain" || fail "age cannot read the follow-up's reason"

# --- the pair's own views, with the identity --------------------------------
as "$ANN" -C "$D" log $P --list; expect_rc 0
for word in "topic-$W" "notes $W here" "act-$W"; do expect_out "$word"; done
check; ! grep -q "sealed" "$ERR" || fail "no warning expected with the identity: $(cat "$ERR")"
as "$BOB" -C "$D" report $P; expect_rc 0; expect_out "act-$W"
as "$BOB" -C "$D" log $P --actions; expect_rc 0; expect_out "second-$W"
as "$ANN" -C "$D" log $P --list --grep "notes $W"; expect_rc 0; expect_out "2026-02-20"
# --- someone else's key: (sealed), one warning naming the keys that open it -
as "$EVE" -C "$D" log $P --list; expect_rc 0; expect_out "(sealed)"; expect_no_out "$W"
expect_err "ann-lee's ($R1)"; expect_err "bob-ray's ($R2)"
check; [ "$(grep -c warning "$ERR")" = 1 ] || fail "expected one warning, got: $(cat "$ERR")"
# ... in French too: nothing opened, the keys named once
as_fr "$EVE" -C "$D" log $P --list; expect_rc 0; expect_no_out "$W"
check; [ "$(grep -c "$R1" "$ERR")" = 1 ] || fail "the French warning does not name ann's key once: $(cat "$ERR")"
as "$EVE" -C "$D" report $P; expect_rc 0; expect_no_out "$W"; expect_out "(sealed)"
as "$EVE" -C "$D" log $P --list --grep sealed; expect_rc 0; expect_no_out "2026-02-20"
as "$EVE" -C "$D" log $P --list --grep "$W"; expect_rc 0; expect_no_out "2026-02-20"
# --- the agenda opens a sealed journal for the pair, and only for the pair ---
"$MENTOR_BIN" -C "$D" -q log $P --date 2026-02-25 --no-edit --notes "n" --action "mentee: agenda-$W due 2026-03-04" </dev/null >/dev/null
as "$ANN" -C "$D" agenda ann-lee; expect_rc 0; expect_out "agenda-$W"
check; ! grep -q "sealed" "$ERR" || fail "no warning expected with the identity: $(cat "$ERR")"
as "$EVE" -C "$D" agenda ann-lee; expect_rc 0; expect_no_out "$W"; expect_out "(sealed)"; expect_err "not yours"
as "$EVE" -C "$D" --format json agenda $P; expect_rc 0; expect_no_out "$W"
as "$ANN" -C "$D" agenda --all; expect_rc 0; expect_no_out "$W"; expect_out "$P"
rm "$D/journal/$P/2026-02-25.yaml"

# --- the cohort report needs no key and is the same as unsealed -------------
for fmt in text markdown json csv html; do
    run -C "$C" --format $fmt report --cohort c1; cp "$OUT" "$TEST_ROOT/cohort-clear.$fmt"; expect_rc 0
    as "$EVE" -C "$D" --format $fmt report --cohort c1; expect_rc 0
    expect_same "$OUT" "$TEST_ROOT/cohort-clear.$fmt"
done

# --- age -> mentor: mentor reads what `age -r -r -a` sealed -----------------
H="$D/journal/$P/2026-02-25.yaml"
{ printf 'date: 2026-02-25\nduration: 30\nsealed: |\n'
  printf 'notes: written by age %s\ntopics: [by-age]\n' "$W" | age -r "$R1" -r "$R2" -a | sed 's/^/  /'
} >"$H"
as "$ANN" -C "$D" log $P --list; expect_rc 0; expect_out "written by age $W"; expect_out "by-age"
run -C "$D" validate; expect_rc 0

# --- damage: a clear error naming the file, no plaintext --------------------
cp "$S" "$TEST_ROOT/session.yaml"
tamper() {  # tamper SED_SCRIPT: applies it to the session, runs log --list as ann
    sed "$1" "$TEST_ROOT/session.yaml" >"$S"
    as "$ANN" -C "$D" log $P --list
    expect_rc 1; expect_err "journal/$P/2026-02-20.yaml"; expect_no_out "$W"
}
tamper '/BEGIN AGE/{n;s/^  ./  A/;s/^  AA/  BB/}'        ; expect_err "age"
tamper '/END AGE/d'                                        ; expect_err "bad age armor"
as_fr "$ANN" -C "$D" log $P --list; expect_rc 1; expect_no_out "$W"
expect_err "journal/$P/2026-02-20.yaml: armure age invalide : elle ne se termine pas par -----END AGE ENCRYPTED FILE----- (tronquée ?)"
tamper '/BEGIN AGE/{n;s/^  \(.*\)$/  \1*/}'                ; expect_err "bad age armor"
# the payload's last byte changed, the armor kept valid: it no longer authenticates
python3 - "$S" <<'PY'
import sys, re, base64
p = sys.argv[1]; s = open(p).read()
head, rest = s.split("-----BEGIN AGE ENCRYPTED FILE-----\n", 1)
body, tail = rest.split("  -----END AGE ENCRYPTED FILE-----", 1)
raw = bytearray(base64.b64decode("".join(l.strip() for l in body.splitlines())))
raw[-1] ^= 1
b = base64.b64encode(bytes(raw)).decode()
lines = "".join("  " + b[i:i+64] + "\n" for i in range(0, len(b), 64))
open(p, "w").write(head + "-----BEGIN AGE ENCRYPTED FILE-----\n" + lines + "  -----END AGE ENCRYPTED FILE-----" + tail)
PY
as "$ANN" -C "$D" log $P --list; expect_rc 1; expect_err "journal/$P/2026-02-20.yaml"; expect_err "payload does not authenticate"
expect_no_out "$W"
as_fr "$ANN" -C "$D" log $P --list; expect_rc 1; expect_no_out "$W"
expect_err "journal/$P/2026-02-20.yaml: le contenu age ne s'authentifie pas (altéré ou tronqué)"
cp "$TEST_ROOT/session.yaml" "$S"
# validate needs no key to see that a `sealed` value is no age message at all
G="$D/journal/$P/2026-02-26.yaml"
printf 'date: 2026-02-26\nsealed: not a message\n' >"$G"
run -C "$D" validate; expect_rc 1; expect_out "journal/$P/2026-02-26.yaml:2:9"; expect_out "ASCII-armored age message"
rm "$G"

# --- reseal: rotate bob's key to eve's, as one transaction ------------------
as "$EVE" -C "$D" key reseal $P; expect_rc 1; expect_err "cannot reseal"
"$MENTOR_BIN" -C "$D" -q add mentee "Bob Ray" --update --recipient "$R3" >/dev/null
as "$ANN" -C "$D" key reseal $P; expect_rc 0
as "$EVE" -C "$D" log $P --list; expect_rc 0; expect_out "notes $W here"
check; ! age -d -i "$TEST_ROOT/bob.txt" <(armored "$S") >/dev/null 2>&1 || fail "bob's old key still opens a resealed session"
check; ! grep -r "$W" "$D"/journal >/dev/null || fail "reseal left the word in clear"
check; [ -z "$(find "$D" -name '.mentor.txn*' -o -name '*.tmp-*')" ] || fail "reseal left temporary files"

# --- a wrong recipient is refused where it is typed -------------------------
run -C "$D" add mentor "Cy Doe" --languages en --recipient age1notakey; expect_rc 2; expect_err "age recipient"
# --- the spreadsheet path checks a recipient too -----------------------------
printf 'name,email,roles,languages,recipient\nDee Fox,dee@example.org,mentee,en,%s\n' "$R3" >"$TEST_ROOT/ok.csv"
run -C "$D" add --from-csv "$TEST_ROOT/ok.csv"; expect_rc 0
check; grep -q "recipient: $R3" "$D/people/dee-fox.yaml" || fail "the CSV's recipient was not kept"
printf 'name,email,roles,languages,recipient\nEd Gray,ed@example.org,mentee,en,%s\n' "${R3^^}" >"$TEST_ROOT/bad.csv"
run -C "$D" add --from-csv "$TEST_ROOT/bad.csv"; expect_rc 1; expect_err "bad.csv:2"; expect_err "age recipient"
expect_no_file "$D/people/ed-gray.yaml"
# --- journal: seal: false writes in clear -----------------------------------
printf 'journal:\n  seal: false\n' >>"$D/mentor.yaml"
"$MENTOR_BIN" -C "$D" -q log $P --date 2026-02-28 --no-edit --notes "open-$W" </dev/null >/dev/null
check; grep -q "open-$W" "$D/journal/$P/2026-02-28.yaml" || fail "journal: seal: false still sealed"
rm "$D/journal/$P/2026-02-28.yaml"
head -n -2 "$D/mentor.yaml" >"$TEST_ROOT/settings" && cat "$TEST_ROOT/settings" >"$D/mentor.yaml"

# --- the closing reviews, one file per side, are sealed like the sessions ----
run -C "$D" plan $P --decline --reason no-chemistry; expect_rc 0
run -C "$D" plan $P --close --by mentor --review "review-$W"; expect_rc 0
CL=$(ls "$D/journal/$P/"*-closing-mentor.yaml)
check; ! grep -r "$W" "$D" >/dev/null || fail "the closing review is in clear"
check; grep -q "BEGIN AGE" "$CL" || fail "the closing file holds no sealed review"
as "$ANN" -C "$D" report $P; expect_rc 0; expect_out "review-$W"
MAL="$TEST_ROOT/mal-config"   # eve holds bob's key by now: someone outside the pair
as "$MAL" key init; expect_rc 0
as "$MAL" -C "$D" report $P; expect_rc 0; expect_no_out "$W"; expect_out "(sealed)"; expect_err "not yours"
cp "$CL" "$TEST_ROOT/closing-before"
as "$MAL" -C "$D" key reseal $P; expect_rc 1; expect_err "cannot reseal"
expect_same "$CL" "$TEST_ROOT/closing-before"
as "$ANN" -C "$D" key reseal $P; expect_rc 0
check; ! cmp -s "$CL" "$TEST_ROOT/closing-before" || fail "reseal left the closing review's message as it was"
as "$ANN" -C "$D" report $P; expect_rc 0; expect_out "review-$W"
for fmt in json yaml; do
    as "$ANN" -C "$D" --format $fmt list pairs; expect_rc 0; expect_no_out "BEGIN AGE"; expect_no_out "$W"
done
run -C "$D" validate; expect_rc 0
# A new round of the same two people: the sealed review stays the earlier round's.
run -C "$D" add pair ann-lee bob-ray --force; expect_rc 0
run -C "$D" validate; expect_rc 0
# --- a check-in's comment is sealed too ----------------------------------------
run -C "$D" plan $P --start 2026-03-02 --cadence weekly --sessions 4; expect_rc 0
run -C "$D" checkin $P --by mentee --fit unsure --rating 3 --comment "comment-$W"; expect_rc 0
check; ! grep -r "$W" "$D" >/dev/null || fail "the check-in comment is in clear"
check; grep -q "BEGIN AGE" "$D/journal/$P/"*-checkin-mentee.yaml || fail "the check-in holds no sealed comment"
check; grep -q "fit: unsure" "$D/journal/$P/"*-checkin-mentee.yaml || fail "the check-in's answer is not in clear"
as "$ANN" -C "$D" report $P; expect_rc 0; expect_out "comment-$W"
as "$MAL" -C "$D" report $P; expect_rc 0; expect_no_out "$W"; expect_out "(sealed)"
run -C "$D" validate; expect_rc 0
finish
