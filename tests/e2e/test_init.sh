#!/usr/bin/env bash
# mentor init, finding the records directory, global options and exit codes.
source "$(dirname "$0")/lib.sh"

# init creates the settings and the four folders
run init "$TEST_ROOT/prog" --program "Programme Été"
expect_rc 0
for f in mentor.yaml people/.gitkeep pairs/.gitkeep plans/.gitkeep journal/.gitkeep; do expect_file "$TEST_ROOT/prog/$f"; done
check; grep -q '^schema: 1$' "$TEST_ROOT/prog/mentor.yaml" || fail "schema line missing"
check; grep -q '^program: "Programme Été"$' "$TEST_ROOT/prog/mentor.yaml" || fail "program name missing"
check; grep -q 'capacity: 2' "$TEST_ROOT/prog/mentor.yaml" || fail "commented defaults missing"

# a .gitignore for the lock file and killed writes' leftovers; outside a git
# repository, the commands that put the records under git
expect_file "$TEST_ROOT/prog/.gitignore"
check; grep -qx '/.mentor.lock' "$TEST_ROOT/prog/.gitignore" || fail ".gitignore lacks the lock file"
check; grep -qxF '.*.tmp-*' "$TEST_ROOT/prog/.gitignore" || fail ".gitignore lacks temporary files"
expect_err "git -C $TEST_ROOT/prog init && git -C $TEST_ROOT/prog add -A"
mkdir -p "$TEST_ROOT/space dir"
run init "$TEST_ROOT/space dir/p"; expect_rc 0; expect_err "git -C '$TEST_ROOT/space dir/p' init"

# inside a git repository: no such advice, and an existing .gitignore is kept
# with mentor's lines added once
git init -q "$TEST_ROOT/repo"
printf 'notes.txt' >"$TEST_ROOT/repo/.gitignore"
run init "$TEST_ROOT/repo"
expect_rc 0
check; ! grep -q "git -C" "$ERR" || fail "init inside a git repository suggested git init"
check; [ "$(head -1 "$TEST_ROOT/repo/.gitignore")" = notes.txt ] || fail "existing .gitignore lost: $(cat "$TEST_ROOT/repo/.gitignore")"
check; grep -qx '/.mentor.lock' "$TEST_ROOT/repo/.gitignore" || fail ".gitignore lacks the lock file"
run -C "$TEST_ROOT/repo" add mentor "Ivy Lock" -q; expect_rc 0
expect_file "$TEST_ROOT/repo/.mentor.lock"
check; [ -z "$(git -C "$TEST_ROOT/repo" status --porcelain --ignored=no | grep mentor.lock)" ] || fail "git sees the lock file"
git init -q "$TEST_ROOT/repo2"; mkdir "$TEST_ROOT/repo2/sub"
printf '/.mentor.lock\n' >"$TEST_ROOT/repo2/sub/.gitignore"
run init "$TEST_ROOT/repo2/sub"; expect_rc 0
check; [ "$(cat "$TEST_ROOT/repo2/sub/.gitignore")" = /.mentor.lock ] || fail ".gitignore that has the line was changed"

# .gitattributes sends the records to the merge driver; inside a work tree
# init registers it (git-setup); an existing .gitattributes is kept
check; grep -qx 'journal/\*\*/\*.yaml merge=mentor' "$TEST_ROOT/prog/.gitattributes" || fail ".gitattributes lacks the journal"
check; [ -z "$(git -C "$TEST_ROOT/repo" config merge.mentor.driver)" ] && fail "init in a work tree did not run git-setup"
check; [ "$(git -C "$TEST_ROOT/repo" config merge.mentor.driver)" = "mentor merge-driver %O %A %B %P" ] || fail "driver: $(git -C "$TEST_ROOT/repo" config merge.mentor.driver)"
git init -q "$TEST_ROOT/repo3"; printf '*.png binary\n' >"$TEST_ROOT/repo3/.gitattributes"
run init "$TEST_ROOT/repo3" --git-hooks; expect_rc 0
check; [ "$(head -1 "$TEST_ROOT/repo3/.gitattributes")" = '*.png binary' ] || fail "existing .gitattributes lost"
check; grep -qx 'people/\*.yaml merge=mentor' "$TEST_ROOT/repo3/.gitattributes" || fail ".gitattributes lines not added"
check; [ -x "$TEST_ROOT/repo3/.git/hooks/post-merge" ] || fail "--git-hooks wrote no post-merge hook"
check; grep -q "validate" "$TEST_ROOT/repo3/.git/hooks/post-merge" || fail "the hook does not validate"
run -C "$TEST_ROOT/repo3" git-setup --hooks; expect_rc 0   # its own hook: rewritten
# a hook mentor did not write is never replaced; outside git, git-setup says what to do
printf '#!/bin/sh\necho mine\n' >"$TEST_ROOT/repo3/.git/hooks/post-merge"
run -C "$TEST_ROOT/repo3" git-setup --hooks; expect_rc 1; expect_err "was not written by mentor"
check; grep -q "echo mine" "$TEST_ROOT/repo3/.git/hooks/post-merge" || fail "someone else's hook was replaced"
run -C "$TEST_ROOT/prog" git-setup; expect_rc 1; expect_err "is not inside a git work tree"

# --dry-run shows every file and writes nothing, not even the folder
run init "$TEST_ROOT/dry/run" --dry-run --program Dry
expect_rc 0
expect_out "--- would write mentor.yaml"
expect_out 'program: "Dry"'
expect_out "--- would write .gitignore"
expect_out "--- would write journal/.gitkeep"
expect_no_file "$TEST_ROOT/dry"
run init "$TEST_ROOT/prog" --dry-run; expect_rc 1; expect_err "already exists"

# a failed init leaves no folder behind
mkdir "$TEST_ROOT/ro"
if [ "$(id -u)" = 0 ]; then chattr +i "$TEST_ROOT/ro" 2>/dev/null || true; else chmod 555 "$TEST_ROOT/ro"; fi
if ! touch "$TEST_ROOT/ro/probe" 2>/dev/null; then
  run init "$TEST_ROOT/ro/new/records"
  expect_rc 1
  expect_err "$TEST_ROOT/ro"
  check; [ -z "$(ls -A "$TEST_ROOT/ro")" ] || fail "failed init left $(ls -A "$TEST_ROOT/ro")"
else
  rm -f "$TEST_ROOT/ro/probe"
fi
chattr -i "$TEST_ROOT/ro" 2>/dev/null || true; chmod 755 "$TEST_ROOT/ro"

# a second init refuses and changes nothing
before=$(snapshot "$TEST_ROOT/prog")
run init "$TEST_ROOT/prog"
expect_rc 1
expect_err "already exists"
check; [ "$before" = "$(snapshot "$TEST_ROOT/prog")" ] || fail "second init changed files"

# init over a file that is not a folder
touch "$TEST_ROOT/afile"
run init "$TEST_ROOT/afile"
expect_rc 1
expect_err "not a folder"

# the new directory validates clean and lists nobody
run -C "$TEST_ROOT/prog" validate
expect_rc 0
run -C "$TEST_ROOT/prog" list people
expect_rc 0

# finding the directory: -C, $MENTOR_DIR, nearest ancestor, else a hint to init
mkdir -p "$TEST_ROOT/prog/people/deeper" "$TEST_ROOT/elsewhere"
(cd "$TEST_ROOT/prog/people/deeper" && "$MENTOR_BIN" add mentee "Ana Ruiz" >"$OUT" 2>"$ERR"); RC=$?
expect_rc 0
expect_file "$TEST_ROOT/prog/people/ana-ruiz.yaml"
rmdir "$TEST_ROOT/prog/people/deeper"
(cd "$TEST_ROOT/elsewhere" && "$MENTOR_BIN" list people >"$OUT" 2>"$ERR"); RC=$?
expect_rc 1
expect_err "mentor init"
(cd "$TEST_ROOT/elsewhere" && MENTOR_DIR="$TEST_ROOT/prog" "$MENTOR_BIN" list people >"$OUT" 2>"$ERR"); RC=$?
expect_rc 0
expect_out "ana-ruiz"
run -C "$TEST_ROOT/elsewhere" list people
expect_rc 1
expect_err "no mentor.yaml in"
run -C "$TEST_ROOT/does-not-exist" list people
expect_rc 1
expect_err "does not exist"

# a newer schema is refused with a clear message
cp -r "$TEST_ROOT/prog" "$TEST_ROOT/future"
sed -i 's/^schema: 1$/schema: 7/' "$TEST_ROOT/future/mentor.yaml"
run -C "$TEST_ROOT/future" list people
expect_rc 1
expect_err "mentor.yaml:3:9: records use schema 7, newer than this mentor understands (1): upgrade mentor"
sed -i 's/^schema: 7$/schema: two/' "$TEST_ROOT/future/mentor.yaml"
run -C "$TEST_ROOT/future" validate
expect_rc 1
expect_err "'schema' must be a whole number"

# global options, help and usage errors
run --version
expect_rc 0
expect_out "mentor "
run --help
expect_rc 0
expect_out "validate"
run add --help
expect_rc 0
expect_out "--from-csv"
run
expect_rc 2
run lsit people
expect_rc 2
expect_err "did you mean 'list'"
run add mentr "X Y"; expect_rc 2; expect_err "unknown command 'add mentr'; did you mean 'mentor'?"
run --colr never list people; expect_rc 2; expect_err "unknown option '--colr'; did you mean '--color'?"
run -C "$TEST_ROOT/prog" list people --formt json; expect_rc 2; expect_err "unknown option '--formt'; did you mean '--format'?"
run -C "$TEST_ROOT/prog" list peple; expect_rc 2; expect_err "'peple' is not one of people, pairs; did you mean people?"
run -C "$TEST_ROOT/prog" show ana-ruis; expect_rc 1; expect_err "did you mean ana-ruiz?"
run -C "$TEST_ROOT/prog" list people --format=json; expect_rc 0
run -C "$TEST_ROOT/prog" list people --format xml
expect_rc 2
run -C "$TEST_ROOT/prog" show ana-ruiz --format csv
expect_rc 2
expect_err "--format csv is not available here"
run -C "$TEST_ROOT/prog" list people --color sometimes
expect_rc 2

# No records directory inside another: not in one of its folders, not in a
# new folder deeper down, not from the working directory; nothing is made.
O=$(new_dir outer)
before=$(snapshot "$O")
for target in "$O/people" "$O/sub/prog" "$O/journal/"; do
    run init "$target"; expect_rc 1
    expect_err "is inside the records directory $O; refusing to create a records directory inside another"
done
(cd "$O/people" && "$MENTOR_BIN" init) >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1; expect_err "refusing to create a records directory inside another"
run init "$O/people" --dry-run; expect_rc 1
check; [ "$before" = "$(snapshot "$O")" ] || fail "a refused init changed the outer records"
expect_no_file "$O/sub"
# --- In French: the messages of init and of finding the records directory;
# what init writes is the same bytes in every language.
run_fr init "$TEST_ROOT/fr/prog" --program "Programme Été"; expect_rc 0
run init "$TEST_ROOT/en/prog" --program "Programme Été"; expect_rc 0
check; diff -r "$TEST_ROOT/en/prog" "$TEST_ROOT/fr/prog" >/dev/null || fail "init wrote other files in French: $(diff -r "$TEST_ROOT/en/prog" "$TEST_ROOT/fr/prog" | head -5)"
git init -q "$TEST_ROOT/fr-repo"; git init -q "$TEST_ROOT/en-repo"
run_fr init "$TEST_ROOT/fr-repo" --git-hooks --program Repo; expect_rc 0
run init "$TEST_ROOT/en-repo" --git-hooks --program Repo; expect_rc 0
check; diff -r -x .git "$TEST_ROOT/en-repo" "$TEST_ROOT/fr-repo" >/dev/null || fail "init in a work tree wrote other files in French"
expect_same "$TEST_ROOT/en-repo/.git/hooks/post-merge" "$TEST_ROOT/fr-repo/.git/hooks/post-merge"
check; [ "$(git -C "$TEST_ROOT/fr-repo" config merge.mentor.name)" = "mentor records, merged field by field" ] || fail "git config in French: $(git -C "$TEST_ROOT/fr-repo" config merge.mentor.name)"
# a program's settings are never overwritten; nothing is changed
before=$(snapshot "$TEST_ROOT/fr/prog")
run_fr init "$TEST_ROOT/fr/prog"; expect_rc 1
expect_err "$TEST_ROOT/fr/prog/mentor.yaml existe déjà ; les réglages d'un programme ne sont jamais écrasés"
check; [ "$before" = "$(snapshot "$TEST_ROOT/fr/prog")" ] || fail "a refused init changed the records"
printf 'x' >"$TEST_ROOT/fr/file"
run_fr init "$TEST_ROOT/fr/file"; expect_rc 1; expect_err "$TEST_ROOT/fr/file existe et n'est pas un dossier"
run_fr init "$TEST_ROOT/fr/prog/people"; expect_rc 1
expect_err "$TEST_ROOT/fr/prog/people est dans le dossier de données $TEST_ROOT/fr/prog ; un dossier de données ne se crée pas dans un autre"
run_fr -C "$TEST_ROOT/fr/prog" git-setup; expect_rc 1
expect_err "$TEST_ROOT/fr/prog n'est pas dans une copie de travail git : lancez d'abord \`git init\` (ou clonez un dépôt)"
printf '#!/bin/sh\necho mine\n' >"$TEST_ROOT/fr-repo/.git/hooks/post-merge"
run_fr -C "$TEST_ROOT/fr-repo" git-setup --hooks; expect_rc 1
expect_err "post-merge existe et n'a pas été écrit par mentor ; ajoutez-y \`mentor validate\` à la main (docs/git.md)"
# no records directory: from the working directory, -C and $MENTOR_DIR
mkdir -p "$TEST_ROOT/fr/empty"
(cd "$TEST_ROOT/fr/empty" && LC_ALL=fr_FR.UTF-8 "$MENTOR_BIN" list people) >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1
expect_err "pas de dossier de données ici : aucun mentor.yaml dans $TEST_ROOT/fr/empty ni dans les dossiers au-dessus ; créez-en un avec \`mentor init\`, ou indiquez-en un avec -C DIR ou \$MENTOR_DIR"
run_fr -C "$TEST_ROOT/fr/gone" list people; expect_rc 1
expect_err "le dossier de données $TEST_ROOT/fr/gone (indiqué par --dir) n'existe pas ; créez-le avec \`mentor init $TEST_ROOT/fr/gone\`"
MENTOR_DIR="$TEST_ROOT/fr/empty" run_fr list people; expect_rc 1
expect_err "pas de mentor.yaml dans $TEST_ROOT/fr/empty (indiqué par MENTOR_DIR) ; créez-en un avec \`mentor init $TEST_ROOT/fr/empty\`"
# the same runs in English keep their words
run -C "$TEST_ROOT/fr/gone" list people; expect_rc 1
expect_err "records directory $TEST_ROOT/fr/gone (from --dir) does not exist; create one with \`mentor init $TEST_ROOT/fr/gone\`"
finish
