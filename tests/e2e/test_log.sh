#!/usr/bin/env bash
# mentor log: recording sessions, actions, the journal listing, the editor
# path, refusals, concurrency, file modes and git merges.
source "$(dirname "$0")/lib.sh"

# people ann-lee (mentor of bob-ray and cid-roe), bob-ray and cid-roe (mentees).
make_pairs() {
    local d
    d=$(new_dir "$1")
    "$MENTOR_BIN" -C "$d" -q add mentor "Ann Lee" --languages en --capacity 3 >/dev/null
    "$MENTOR_BIN" -C "$d" -q add mentee "Bob Ray" --languages en >/dev/null
    "$MENTOR_BIN" -C "$d" -q add mentee "Cid Roe" --languages en >/dev/null
    "$MENTOR_BIN" -C "$d" -q add pair ann-lee bob-ray >/dev/null
    "$MENTOR_BIN" -C "$d" -q add pair ann-lee cid-roe >/dev/null
    echo "$d"
}

D=$(make_pairs records)
P=ann-lee--bob-ray
J="$D/journal/$P"

# --- recording from flags -------------------------------------------------
run -C "$D" log bob-ray --date yesterday --duration 45 --mode remote --topic delegation --topic feedback \
    --action "mentee: Draft the delegation plan due +1w" --action "mentor: Send the article [due 2026-02-20]" \
    --rating 4 --notes $'We talked about delegation.\nNext time: feedback.' </dev/null
expect_rc 0
expect_out "journal/$P/2026-03-01.yaml"
expect_err "action 2026-03-01.1 (mentee): Draft the delegation plan, due 2026-03-09"
cp "$J/2026-03-01.yaml" "$OUT"
expect_golden log/session.yaml
check; [ "$(stat -c %a "$J/2026-03-01.yaml")" = 600 ] || fail "session file mode is not 0600"

# Same day again: a second file, never a rewrite of the first.
cp "$J/2026-03-01.yaml" "$TEST_ROOT/first.yaml"
run -C "$D" log ann-lee--bob --date 2026-03-01 --done 2026-03-01.2 --private --notes "Short call." \
    --action "mentee: Secret step" </dev/null
expect_rc 0
expect_out "journal/$P/2026-03-01-2.yaml"
expect_same "$TEST_ROOT/first.yaml" "$J/2026-03-01.yaml"
expect_file "$J/2026-03-01-2.yaml"

# Notes from a file and from standard input.
printf 'From a file.\n' >"$TEST_ROOT/notes.txt"
run -C "$D" log cid-roe --notes-file "$TEST_ROOT/notes.txt" --duration 30
expect_rc 0
expect_file "$D/journal/ann-lee--cid-roe/2026-03-02.yaml"
check; grep -q "From a file." "$D/journal/ann-lee--cid-roe/2026-03-02.yaml" || fail "notes file not used"
echo "From stdin." | "$MENTOR_BIN" -C "$D" log cid-roe --notes-file - --mode phone >"$OUT" 2>"$ERR"
RC=$?
expect_rc 0
check; grep -q "From stdin." "$D/journal/ann-lee--cid-roe/2026-03-02-2.yaml" || fail "stdin notes not used"

# No terminal and no notes: a session without notes (scripts can log).
run -C "$D" log cid-roe --duration 20 </dev/null
expect_rc 0
check; ! grep -q "notes" "$D/journal/ann-lee--cid-roe/2026-03-02-3.yaml" || fail "unexpected notes"

# --dry-run shows the file and writes nothing.
snapshot "$D" >"$TEST_ROOT/.before"
run -C "$D" log bob-ray --dry-run --action "mentee: Try it" </dev/null
expect_rc 0
expect_out "--- would write journal/$P/2026-03-02.yaml"
expect_out 'id: "2026-03-02.1"'
snapshot "$D" >"$TEST_ROOT/.after"
expect_same "$TEST_ROOT/.before" "$TEST_ROOT/.after"

# --- goals come from the plan ------------------------------------------------
mkdir -p "$D/plans"
printf 'agreement:\n  start: 2026-02-01\n  cadence: biweekly\ngoals:\n  - id: g1\n    title: Delegate more\n' >"$D/plans/$P.yaml"
run -C "$D" log bob-ray --goal g1 --date -2d --action "mentee: Read chapter 3 due 2026-02-25" </dev/null
expect_rc 0
expect_out "journal/$P/2026-02-28.yaml"

# --- refusals leave the directory byte-identical ------------------------------
refused 2 log bob-ray --date tomorrow
expect_err "is in the future"
refused 2 log bob-ray --date 2026-02-30
expect_err "2026-02-30"
refused 2 log bob-ray --rating 6
expect_err "'--rating' must be a whole number from 1 to 5, got \"6\""
refused 2 log bob-ray --rating 0
refused 2 log bob-ray --duration=-5
expect_err "'--duration' must be a whole number from 1 to 1440"
refused 2 log bob-ray --mode carrier-pigeon
expect_err "'--mode' must be remote, in-person or phone"
refused 2 log bob-ray --action "Draft the plan"
expect_err "expected \"OWNER: TEXT [due DATE]\""
refused 2 log bob-ray --action "boss: Draft the plan"
refused 2 log bob-ray --action "mentee: Draft due 2026-13-01"
refused 2 log bob-ray --notes x --notes-file "$TEST_ROOT/notes.txt"
refused 2 log bob-ray --list --rating 3
refused 2 log bob-ray --since yesterday
refused 2 log --actions --open --overdue
refused 2 log
refused 1 log nobody-here
expect_err "nobody-here"
refused 1 log ann-lee
refused 1 log bob-ray --goal g9
expect_err "unknown goal 'g9'"
refused 1 log cid-roe --goal g1
expect_err "has no plan"
refused 1 log bob-ray --done 2025-01-01.1
expect_err "no action '2025-01-01.1'"
refused 1 log bob-ray --done 2026-03-01.2
expect_err "already done"
refused 1 log bob-ray --done 2026
expect_err "ambiguous"
# the writer refuses what the reader would: notes that are not UTF-8, notes over the record limit
refused 1 log bob-ray --notes $'caf\xe9 cr\xe8me'
expect_err "'notes' is not valid UTF-8 text"
# (a notes file is refused before it is read, far below the record limit; the
# writer's own 16 MiB check is tested in tests/unit/test_schema.cpp)
python3 -c "print('x' * (16 << 20))" > "$TEST_ROOT/huge-notes.txt"
refused 1 log bob-ray --notes-file "$TEST_ROOT/huge-notes.txt"
expect_err "the limit for a session's notes is 1 MiB"
# The same refusals in French, with the values typed shown as typed.
fr() { LC_ALL=fr_FR.UTF-8 "$@"; }
fr refused 2 log bob-ray --date tomorrow
expect_err "--date : le mardi 3 mars 2026 est dans le futur (nous sommes le lundi 2 mars 2026) ; enregistrez une séance"
fr refused 2 log bob-ray --action "Draft the plan"
expect_err '--action "Draft the plan" : pas de responsable (attendu "OWNER: TEXT [due DATE]", OWNER valant mentor ou mentee)'
fr refused 2 log bob-ray --action "boss: Draft the plan"
expect_err 'le responsable doit être mentor ou mentee, et non "boss"'
fr refused 1 log bob-ray --goal g9
expect_err "objectif inconnu 'g9' pour le binôme $P (objectifs : g1)"
fr refused 1 log cid-roe --goal g1
expect_err "le binôme ann-lee--cid-roe n'a pas de plan, donc pas d'objectif 'g1' ; fixez des objectifs avec \`mentor plan ann-lee--cid-roe --goal TITRE\`"
fr refused 1 log bob-ray --done 2025-01-01.1
expect_err "aucune action '2025-01-01.1' dans le journal de $P"; expect_err "(actions ouvertes : 2026-02-28.1, 2026-03-01.1, 2026-03-01-2.1)"
fr refused 1 log bob-ray --done 2026-03-01.2
expect_err "l'action 2026-03-01.2 est déjà faite (faite le dimanche 1 mars 2026, séance 2026-03-01-2)"
fr refused 1 log bob-ray --done 2026
expect_err "l'action '2026' est ambiguë : ce peut être 2026-02-28.1, 2026-03-01.1, 2026-03-01-2.1"
sed -i 's/^status: .*/status: closed/' "$D/pairs/ann-lee--cid-roe.yaml"
refused 1 log ann-lee--cid-roe --notes "late"
expect_err "is closed"

# --- the journal ---------------------------------------------------------------
run -C "$D" log bob-ray --list
expect_rc 0
expect_golden log/list.txt
run -C "$D" --format markdown log bob-ray --list
expect_golden log/list.md
run -C "$D" --format json log bob-ray --list
expect_golden log/list.json
# The private session's content only when asked, and never found by --grep
run -C "$D" log bob-ray --list --include-private
expect_rc 0
expect_golden log/list-private.txt
run -C "$D" log bob-ray --list --grep secret
expect_rc 0; expect_out "0 sessions"
run -C "$D" log bob-ray --list --grep secret --include-private
expect_out "1 session"
run -C "$D" log bob-ray --list --include-private --format json; expect_rc 0
check; python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert not any(s.get('withheld') for s in d['sessions'])" "$OUT" || fail "--include-private withheld a session"
run -C "$D" log bob-ray --list --since 2026-03-01 --grep DELEGATION
expect_rc 0
expect_out "journal of $P: 1 session"
run -C "$D" log bob-ray --list --until 2026-02-28
expect_out "journal of $P: 1 session"
run -C "$D" --format csv log bob-ray --list
expect_rc 2

# --- in French: the journal's words and dates; ids, texts and notes as written
run_fr -C "$D" log bob-ray --list
expect_rc 0
expect_golden log/list.fr.txt
run_fr -C "$D" --format markdown log bob-ray --list --include-private
expect_rc 0
expect_golden log/list-private.fr.md
# one session, shown whole
run_fr -C "$D" log bob-ray --list --grep delegation
expect_rc 0
expect_golden log/session.fr.txt
expect_out "journal de $P : 1 séance"
run_fr -C "$D" log bob-ray --list --grep nothing-like-it
expect_out "journal de $P : 0 séance"
# JSON is the same bytes in every language
for args in "log bob-ray --list" "log bob-ray --list --include-private" "log --actions ann-lee" "log --actions bob-ray --include-private"; do
    run -C "$D" --format json $args; expect_rc 0; cp "$OUT" "$TEST_ROOT/log.en.json"
    run_fr -C "$D" --format json $args; expect_rc 0; expect_same "$OUT" "$TEST_ROOT/log.en.json"
done
# A session logged in French is the same record, byte for byte.
for lang in C.UTF-8 fr_FR.UTF-8; do
    L=$(make_pairs "lang-$lang")
    LC_ALL=$lang run -C "$L" log bob-ray --date 2026-02-27 --duration 30 --mode in-person --topic feedback --rating 3 \
        --action "mentee: Relire le plan due 2026-03-06" --action "mentor: Envoyer l'article" --notes "Notes." </dev/null
    expect_rc 0
    cp "$L/journal/$P/2026-02-27.yaml" "$TEST_ROOT/session.$lang.yaml"
done
expect_same "$TEST_ROOT/session.C.UTF-8.yaml" "$TEST_ROOT/session.fr_FR.UTF-8.yaml"
check; grep -qx "mode: in-person" "$TEST_ROOT/session.fr_FR.UTF-8.yaml" || fail "the French session's mode is not the record's token"

# --- actions -------------------------------------------------------------------
run -C "$D" log --actions bob-ray
expect_rc 0
expect_golden log/actions.txt
run -C "$D" --format markdown log --actions $P --open
expect_golden log/actions-open.md
run -C "$D" --format json log --actions ann-lee --overdue
expect_golden log/actions-overdue.json
run_fr -C "$D" log --actions bob-ray
expect_rc 0
expect_golden log/actions.fr.txt
run_fr -C "$D" --format markdown log --actions $P --open
expect_rc 0
expect_out "| ann-lee--bob-ray | 2026-02-28.1 | mentoré·e | 25/02/2026 | en retard | Read chapter 3 |"
run_fr -C "$D" log --actions cid-roe
expect_rc 0; expect_out "aucune action"
# The content of private sessions stays hidden, over every pair and for one,
# unless asked; asking is no option of a new session.
for who in "" bob-ray; do
    run -C "$D" log --actions $who
    expect_rc 0
    expect_out "2026-03-01-2.1"
    expect_out "(private)"
    expect_no_out "Secret step"
    run -C "$D" log --actions $who --include-private
    expect_out "Secret step"
done
run -C "$D" log bob-ray --notes x --include-private --no-edit; expect_rc 2
expect_err "--include-private cannot be used with a new session"

# --- the editor path ---------------------------------------------------------
E=$(make_pairs editing)
EJ="$E/journal/$P"
export TMPDIR="$TEST_ROOT/tmp"
mkdir -p "$TMPDIR"
"$MENTOR_BIN" -C "$E" -q log bob-ray --action "mentee: Open item due 2026-03-01" --notes x >/dev/null </dev/null
cat >"$TEST_ROOT/editor-write.sh" <<EOF
#!/bin/sh
stat -c %a "\$1" >"$TEST_ROOT/edit-mode"
stat -c %a "\$(dirname "\$1")" >>"$TEST_ROOT/edit-mode"
cp "\$1" "$TEST_ROOT/template"
sed -i 's/^duration:.*/duration: 50/; s/^done: \[\]/done: [2026-03-02.1]/' "\$1"
printf 'Notes written in the editor.\n# kept as written\n' >>"\$1"
EOF
chmod +x "$TEST_ROOT/editor-write.sh"
EDITOR="$TEST_ROOT/editor-write.sh" run -C "$E" log bob-ray --edit --mode remote
expect_rc 0
expect_file "$EJ/2026-03-02-2.yaml"
check; grep -q "duration: 50" "$EJ/2026-03-02-2.yaml" || fail "duration from the editor not kept"
check; grep -q "  # kept as written" "$EJ/2026-03-02-2.yaml" || fail "notes from the editor not kept"
check; grep -q 'done: \["2026-03-02.1"\]' "$EJ/2026-03-02-2.yaml" || fail "done from the editor not kept"
check; [ "$(cat "$TEST_ROOT/edit-mode")" = $'600\n700' ] || fail "editor file modes: $(cat "$TEST_ROOT/edit-mode")"
check; grep -q "2026-03-02.1  mentee  Open item (due 2026-03-01, overdue)" "$TEST_ROOT/template" || fail "template lacks open actions"
check; grep -q "^mode: remote" "$TEST_ROOT/template" || fail "template lacks the flags given"
check; [ -z "$(ls -A "$TMPDIR")" ] || fail "editor files left behind: $(ls -A "$TMPDIR")"

# In French: the template's comments are French, its keys and values the
# record's; read back, it makes the session the English one would.
"$MENTOR_BIN" -C "$E" -q log bob-ray --date 2026-02-25 --action "mentee: Second item due 2026-02-26" --notes x >/dev/null </dev/null
cat >"$TEST_ROOT/editor-fr.sh" <<EOF
#!/bin/sh
cp "\$1" "$TEST_ROOT/template"
sed -i 's/^duration:.*/duration: 50/; s/^done: \[\]/done: [2026-02-25.1]/' "\$1"
printf 'Notes du rédacteur.\n' >>"\$1"
EOF
chmod +x "$TEST_ROOT/editor-fr.sh"
EDITOR="$TEST_ROOT/editor-fr.sh" run_fr -C "$E" log bob-ray --edit --mode remote --date 2026-03-01
expect_rc 0
expect_file "$EJ/2026-03-01.yaml"
check; grep -q "^# Nouvelle séance de $P. Remplissez les champs" "$TEST_ROOT/template" || fail "the template is not in French"
check; grep -q "^#   2026-02-25.1  mentoré·e  Second item (échéance 26/02/2026, en retard)" "$TEST_ROOT/template" ||
    fail "the French template lacks the open actions"
check; grep -qx "# ---- les notes sous cette ligne sont gardées telles quelles ----" "$TEST_ROOT/template" || fail "no French notes marker"
check; grep -qx "mode: remote" "$TEST_ROOT/template" && grep -q "^date: .*2026-03-01" "$TEST_ROOT/template" || fail "the French template's keys changed"
check; [ "$(grep -v '^  Notes du' "$EJ/2026-03-01.yaml")" = $'date: 2026-03-01\nduration: 50\nmode: remote\ndone: ["2026-02-25.1"]\nnotes: |' ] ||
    fail "the French editor made another session: $(cat "$EJ/2026-03-01.yaml")"
# Notes written after the French marker are kept.
printf '#!/bin/sh
sed -i "s/^duration:.*/duration: 15/" "$1"
echo "Both markers." >>"$1"
' >"$TEST_ROOT/short.sh"
chmod +x "$TEST_ROOT/short.sh"
EDITOR="$TEST_ROOT/short.sh" run_fr -C "$E" log bob-ray --edit --date 2026-02-20
expect_rc 0
check; grep -q "Both markers." "$EJ/2026-02-20.yaml" || fail "notes after the French marker lost"
# A bad field typed in the French template: refused in French, naming the key as typed.
printf '#!/bin/sh
echo "moood: fine" >"$1.new"; cat "$1" >>"$1.new"; mv "$1.new" "$1"
' >"$TEST_ROOT/badkey.sh"
chmod +x "$TEST_ROOT/badkey.sh"
EDITOR="$TEST_ROOT/badkey.sh" run_fr -C "$E" log bob-ray --edit --date 2026-02-19
expect_rc 2
expect_err "champ inconnu 'moood' (attendu : date, duration, mode, topics, goals, actions, done, rating, private)"
expect_no_file "$EJ/2026-02-19.yaml"

# $VISUAL wins over $EDITOR; an unchanged template records nothing.
snapshot "$E" >"$TEST_ROOT/.before"
VISUAL=true EDITOR=false run -C "$E" log bob-ray --edit
expect_rc 1
expect_err "left unchanged"
# An editor that fails records nothing, and its files are removed.
EDITOR=false run -C "$E" log bob-ray --edit
expect_rc 1
expect_err "the editor (false) failed"
# An emptied template records nothing.
EDITOR="$TEST_ROOT/empty.sh" && printf '#!/bin/sh\n: >"$1"\n' >"$EDITOR" && chmod +x "$EDITOR"
EDITOR="$TEST_ROOT/empty.sh" run -C "$E" log bob-ray --edit
expect_rc 1
expect_err "emptied"
# A bad value typed in the editor is refused, and the text is given back.
printf '#!/bin/sh\nsed -i "s/^rating:.*/rating: 9/" "$1"\necho "Precious words." >>"$1"\n' >"$TEST_ROOT/bad.sh"
chmod +x "$TEST_ROOT/bad.sh"
EDITOR="$TEST_ROOT/bad.sh" run -C "$E" log bob-ray --edit
expect_rc 2
expect_err "Precious words."
snapshot "$E" >"$TEST_ROOT/.after"
expect_same "$TEST_ROOT/.before" "$TEST_ROOT/.after"
check; [ -z "$(ls -A "$TMPDIR")" ] || fail "editor files left behind: $(ls -A "$TMPDIR")"
unset TMPDIR

# --- concurrency: 20 processes at once, every session kept --------------------
C=$(make_pairs concurrent)
for i in $(seq 1 20); do
    "$MENTOR_BIN" -C "$C" -q log bob-ray --action "mentee: Task $i" --notes "Session $i" </dev/null >/dev/null 2>"$TEST_ROOT/par-$i.err" &
done
wait
check; [ "$(ls "$C/journal/$P" | wc -l)" = 20 ] || fail "expected 20 session files, got $(ls "$C/journal/$P" | wc -l)"
check; [ "$(cat "$C"/journal/$P/*.yaml | grep -c '^  Session ')" = 20 ] || fail "a session was lost"
check; [ "$(stat -c %a "$C"/journal/$P/*.yaml | sort -u)" = 600 ] || fail "not every file is 0600"
run -C "$C" --format json log --actions bob-ray
check; [ "$(grep -c '"id"' "$OUT")" = 20 ] || fail "action ids are not all distinct"
check; [ "$(grep '"id"' "$OUT" | sort -u | wc -l)" = 20 ] || fail "duplicate action ids"

# --- git: two clones log and mark actions done, then merge --------------------
G=$(make_pairs gitwork)
"$MENTOR_BIN" -C "$G" -q log bob-ray --date 2026-02-16 --action "mentee: One" --action "mentee: Two" --notes x </dev/null >/dev/null
(cd "$G" && git -c init.defaultBranch=main init -q && git add -A && git commit -qm start)
git clone -q --bare "$G" "$TEST_ROOT/origin.git"
git clone -q "$TEST_ROOT/origin.git" "$TEST_ROOT/a"
git clone -q "$TEST_ROOT/origin.git" "$TEST_ROOT/b"
run -C "$TEST_ROOT/a" --commit log bob-ray --date yesterday --done 2026-02-16.1 --action "mentor: Three" </dev/null
expect_rc 0
run -C "$TEST_ROOT/b" --commit log cid-roe --notes y </dev/null
expect_rc 0
run -C "$TEST_ROOT/b" --commit log bob-ray --done 2026-02-16.2 --action "mentee: Four" </dev/null
expect_rc 0
(cd "$TEST_ROOT/a" && git push -q origin HEAD 2>/dev/null)
(cd "$TEST_ROOT/b" && git pull -q --no-rebase --no-edit origin main >"$TEST_ROOT/merge.out" 2>&1)
check; [ $? = 0 ] || fail "merge failed: $(cat "$TEST_ROOT/merge.out")"
check; [ -z "$(cd "$TEST_ROOT/b" && git diff --name-only --diff-filter=U)" ] || fail "merge conflict"
run -C "$TEST_ROOT/b" log --actions bob-ray
expect_golden log/actions-merged.txt

# --- autocommit commits exactly the session's file ----------------------------
sed -i 's/# autocommit: false/autocommit: true/' "$TEST_ROOT/b/mentor.yaml"
(cd "$TEST_ROOT/b" && git commit -qam "autocommit on")
echo "unrelated" >>"$TEST_ROOT/b/people/cid-roe.yaml"
run -C "$TEST_ROOT/b" log bob-ray --notes "auto" </dev/null
expect_rc 0
check; [ "$(cd "$TEST_ROOT/b" && git show --name-only --format= HEAD)" = "journal/$P/2026-03-02-2.yaml" ] ||
    fail "autocommit did not commit exactly the session: $(cd "$TEST_ROOT/b" && git show --name-only --format= HEAD)"
check; [ "$(cd "$TEST_ROOT/b" && git status --porcelain)" = " M people/cid-roe.yaml" ] || fail "other changes were touched"

finish
