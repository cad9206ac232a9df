#!/usr/bin/env bash
# Two clones of one records repository, merging through a bare remote with
# the record-aware merge driver (issue 18): ordinary work merges with no
# conflict and keeps every change; a merge that breaks a rule merges, and
# `mentor validate` then names it.
source "$(dirname "$0")/lib.sh"
unset MENTOR_ENTRY_SUFFIX   # the real collision-free names
# The driver and the hook run `mentor` from PATH, as in a user's clone.
mkdir "$TEST_ROOT/bin" && ln -s "$MENTOR_BIN" "$TEST_ROOT/bin/mentor"
export PATH="$TEST_ROOT/bin:$PATH"
G() { git -C "$TEST_ROOT/$1" "${@:2}" >>"$TEST_ROOT/git.log" 2>&1; }
A="$TEST_ROOT/a" B="$TEST_ROOT/b"
a() { run -C "$A" "$@"; expect_rc 0; }
b() { run -C "$B" "$@"; expect_rc 0; }

git init -q --bare "$TEST_ROOT/origin.git"
git clone -q "$TEST_ROOT/origin.git" "$A" 2>/dev/null
run init "$A"; expect_rc 0
expect_err "git config merge.mentor.driver"
check; grep -qx 'people/\*.yaml merge=mentor' "$A/.gitattributes" || fail ".gitattributes lacks the records"
check; [ "$(git -C "$A" config merge.mentor.driver)" = "mentor merge-driver %O %A %B %P" ] || fail "driver not registered"
a add mentor "Ann" --languages en --cohort c1 --offers "leadership:5" --capacity 3 --title Dev --team A
a add mentee "Bob" --languages en --cohort c1 --wants leadership
a add pair ann bob
a log ann--bob --date 2026-02-20 --notes "first" --no-edit --action "mentee: read" --action "mentor: intro"
G a add -A; G a commit -qm start; G a push -q origin HEAD
git clone -q "$TEST_ROOT/origin.git" "$B" 2>/dev/null
# a fresh clone has no driver yet: every command says so in one line
run -C "$B" validate; expect_rc 0; expect_err "hint: this clone merges records line by line; run \`mentor git-setup\`"
run -C "$B" git-setup --hooks; expect_rc 0
expect_err "post-merge"
run -C "$B" validate; expect_rc 0
check; ! grep -q "hint:" "$ERR" || fail "the hint stays after git-setup"

# sync FROM TO: FROM commits and pushes its work, TO commits its own and pulls.
sync() {
    G "$1" add -A; G "$1" commit -qm "work in $1"; G "$1" pull -q --no-rebase --no-edit; G "$1" push -q origin HEAD
    G "$2" add -A; G "$2" commit -qm "work in $2"
    git -C "$TEST_ROOT/$2" pull -q --no-rebase --no-edit >"$TEST_ROOT/pull.out" 2>&1
    PULL_RC=$?
    G "$2" push -q origin HEAD
}
# clean_merge WHAT: the last pull merged with no conflict.
clean_merge() {
    check; [ "$PULL_RC" = 0 ] && [ -z "$(git -C "$B" diff --name-only --diff-filter=U)" ] ||
        fail "$1: the merge conflicted: $(cat "$TEST_ROOT/pull.out")"
}

# both log the same pair on the same day
a log ann--bob --date 2026-03-01 --notes "mentor's view" --no-edit
b log ann--bob --date 2026-03-01 --notes "mentee's view" --no-edit
sync a b; clean_merge "same day"
check; [ "$(ls "$B/journal/ann--bob" | grep -c '^2026-03-01')" = 2 ] || fail "both sessions of 2026-03-01 kept: $(ls "$B/journal/ann--bob")"
check; ls "$B/journal/ann--bob" | grep -qE '^2026-03-01-[a-z2-7]{4}[2-9]\.yaml$' || fail "new names carry a suffix"

# both mark different actions done
first=$(ls "$A/journal/ann--bob" | grep '^2026-02-20' | sed 's/\.yaml$//')
G a pull -q --no-rebase --no-edit
a action ann--bob "$first.1" --done --date 2026-03-01
b action ann--bob "$first.2" --done --date 2026-03-01
sync a b; clean_merge "actions done"
b log ann--bob --actions
check; [ "$(grep -c done "$OUT")" -ge 2 ] || fail "both actions done after the merge: $(cat "$OUT")"

# both add people, cohorts and languages to one person
G a pull -q --no-rebase --no-edit
a add mentee "Cid" --languages en --cohort c1 --wants leadership
b add mentee "Dee" --languages en --cohort c1 --wants leadership
a add mentor --id ann "Ann" --languages en,fr --cohort c1,c2
b add mentor --id ann "Ann" --languages en,de --cohort c1,c3
sync a b; clean_merge "people, cohorts, languages"
expect_file "$B/people/cid.yaml"; expect_file "$B/people/dee.yaml"
check; grep -qx 'languages: \[de, en, fr\]' "$B/people/ann.yaml" || fail "languages union: $(cat "$B/people/ann.yaml")"
check; grep -qx 'cohorts: \[c1, c2, c3\]' "$B/people/ann.yaml" || fail "cohorts union: $(cat "$B/people/ann.yaml")"

# one edits a person's title while the other edits their team
G a pull -q --no-rebase --no-edit
a add mentor --id ann "Ann" --title Lead
b add mentor --id ann "Ann" --team B
sync a b; clean_merge "title and team"
check; grep -qx 'title: Lead' "$B/people/ann.yaml" && grep -qx 'team: B' "$B/people/ann.yaml" || fail "title and team: $(cat "$B/people/ann.yaml")"

# one re-plans while the other adds a goal
G a pull -q --no-rebase --no-edit
a plan ann--bob --cadence weekly --start 2026-03-02 --goal "Lead a meeting"
sync a b
G a pull -q --no-rebase --no-edit
a plan ann--bob --cadence biweekly
b plan ann--bob --goal "Give a talk"
sync a b; clean_merge "re-plan and goal"
check; grep -q 'Give a talk' "$B/plans/ann--bob.yaml" && grep -q 'biweekly' "$B/plans/ann--bob.yaml" || fail "plan: $(cat "$B/plans/ann--bob.yaml")"
b validate

# the same field changed both ways: a real conflict, named, the file still valid (ours)
G a pull -q --no-rebase --no-edit
a add mentor --id ann "Ann" --title Manager
b add mentor --id ann "Ann" --title Director
sync a b
check; [ "$PULL_RC" != 0 ] || fail "a field changed both ways must conflict"
check; grep -q "'title' changed both ways: ours Director, theirs Manager" "$TEST_ROOT/pull.out" || fail "conflict not named: $(cat "$TEST_ROOT/pull.out")"
check; grep -qx 'title: Director' "$B/people/ann.yaml" || fail "ours kept: $(cat "$B/people/ann.yaml")"
check; ! grep -q '<<<<<<<' "$B/people/ann.yaml" || fail "conflict markers left in a record"
G b commit -qam "keep Director"; G b push -q origin HEAD

# both fill a mentor's last place: the merge succeeds, validate names it
G a pull -q --no-rebase --no-edit
a add mentor "Max" --languages en --cohort c9 --offers "leadership:5" --capacity 1
sync a b
G a pull -q --no-rebase --no-edit
# each clone has its own new mentee, and fills Max's one place with them
a add mentee "Mia" --languages en --cohort c9 --wants leadership
a match --cohort c9 --write
b add mentee "Moe" --languages en --cohort c9 --wants leadership
b match --cohort c9 --write
sync a b; clean_merge "match --write"
expect_file "$B/pairs/max--mia.yaml"; expect_file "$B/pairs/max--moe.yaml"
check; grep -q "validate" "$TEST_ROOT/pull.out" || grep -q "max" "$TEST_ROOT/pull.out" || fail "the post-merge hook did not report: $(cat "$TEST_ROOT/pull.out")"
run -C "$B" validate; expect_rc 1
expect_out "people/max.yaml"; expect_out "capacity 1"

# one closes a pair while the other logs a meeting after that day: both files
# merge, and validate names the session and the pair file
G a pull -q --no-rebase --no-edit
a --today 2026-03-05 plan ann--bob --close --reason completed
b --today 2026-03-10 log ann--bob --date 2026-03-10 --notes "after all" --no-edit
sync a b; clean_merge "close and log"
run -C "$B" validate; expect_rc 1
expect_out "a session on 2026-03-10, after pairs/ann--bob.yaml closed the pair on 2026-03-05"

# In French: commits keep English messages (shared history), a merge through
# the driver and the hook run in French still merges cleanly, and what git
# says in an error is git's English (mentor runs it in the C locale).
G a pull -q --no-rebase --no-edit
run -C "$A" add mentor "Yann" --languages en --cohort c7 --commit; expect_rc 0
english=$(git -C "$A" log -1 --format=%s)
run_fr -C "$A" add mentor "Zoé" --languages en --cohort c7 --commit; expect_rc 0
check; [ "$(git -C "$A" log -1 --format=%s)" = "${english/yann/zoe}" ] || fail "a commit made in French: $(git -C "$A" log -1 --format=%s) (in English: $english)"
run_fr -C "$A" add mentee "Léa" --languages en --cohort c7 --wants leadership --commit; expect_rc 0
check; [ "$(git -C "$A" log -1 --format=%s)" = "add mentee lea" ] || fail "a commit made in French: $(git -C "$A" log -1 --format=%s)"
G a push -q origin HEAD
G b pull -q --no-rebase --no-edit
run_fr -C "$A" add mentor "Zoé" --update --title "Lead"; expect_rc 0
run_fr -C "$B" add mentor "Zoé" --update --team "Z"; expect_rc 0
LC_ALL=fr_FR.UTF-8 sync a b; clean_merge "a merge in French"
check; grep -qx 'title: Lead' "$B/people/zoe.yaml" && grep -qx 'team: Z' "$B/people/zoe.yaml" || fail "the French merge lost a field: $(cat "$B/people/zoe.yaml")"
run_fr -C "$B" validate; expect_rc 1; expect_out "people/max.yaml"
git -C "$A" config user.useConfigOnly true
env -u GIT_AUTHOR_EMAIL -u GIT_COMMITTER_EMAIL HOME="$TEST_ROOT" LC_ALL=fr_FR.UTF-8 "$MENTOR_BIN" -C "$A" add mentor "Yves" --languages en --commit >"$OUT" 2>"$ERR"; RC=$?
expect_rc 1; expect_err "échec de git commit : "; expect_err "no email was given and auto-detection is disabled"
git -C "$A" config --unset user.useConfigOnly

finish
