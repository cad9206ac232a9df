#!/usr/bin/env bash
# The command line in English and in French: --help of every command, the
# common errors (CLI11's and mentor's own), the same exit codes in both
# languages, which environment variables choose the language, and the
# outputs that never change with it (__man, __complete's format, --version).
source "$(dirname "$0")/lib.sh"
D=$(example_dir ex)
P=camille-roux--jurgen-weiss

# golden_err NAME: stderr, with the test's temporary folder as TMP, against
# tests/golden/NAME (written by UPDATE_GOLDEN=1 like expect_golden's).
golden_err() {
  sed "s|$TEST_ROOT|TMP|g" "$ERR" >"$OUT"
  expect_golden "$1"
}

# both NAME CODE ARGS...: ARGS fail with CODE in English and in French, and
# print the golden stderr errors/NAME.txt and errors/NAME.fr.txt.
both() {
  local name=$1 code=$2
  shift 2
  run "$@";    expect_rc "$code"; golden_err "errors/$name.txt"
  run_fr "$@"; expect_rc "$code"; golden_err "errors/$name.fr.txt"
}

# --help of mentor and of every command: English and French goldens.
for cmd in "" init add "add person" "add mentor" "add mentee" "add pair" list show validate match log action \
           agenda checkin plan report key "key init" "key show" "key reseal" git-setup; do
  name=${cmd:-mentor}
  name=${name// /-}
  # shellcheck disable=SC2086 # the command is one or two words
  run $cmd --help;    expect_rc 0; expect_golden "help/$name.txt"
  # shellcheck disable=SC2086
  run_fr $cmd --help; expect_rc 0; expect_golden "help/$name.fr.txt"
done
run_fr --help; expect_out "Utilisation : mentor [OPTIONS] SOUS-COMMANDE"; expect_out "Sous-commandes :"
expect_no_out "Usage"; expect_no_out "Print this help"
run --help; expect_out "Usage: mentor [OPTIONS] SUBCOMMAND"; expect_out "Subcommands:"

# No records directory: from an empty folder.
mkdir "$TEST_ROOT/empty"
cd "$TEST_ROOT/empty" || exit 1
both no-records-dir 1 list people
cd - >/dev/null || exit 1

# mentor's own errors.
both unknown-id 1 -C "$D" show camille-rou
both unknown-command 2 lst
both unknown-option 2 -C "$D" list --formt json
both bad-date 2 -C "$D" plan $P --start 2026-02-30
both future-date 2 -C "$D" action $P x --done --date 2026-03-09
both not-one-of 2 -C "$D" add pair camille-roux jurgen-weiss --kind peers
both wrong-format 2 -C "$D" log $P --format csv
MENTOR_LOCK_TIMEOUT=soon both lock-timeout 2 -C "$D" add mentor "Ana Lima"

# CLI11's errors, rendered in the user's language.
both missing-argument 2 checkin
both missing-value 2 list --dir
both not-in-set 2 --format jsn list
both not-expected 2 -C "$D" list people extra
both excludes 2 -C "$D" log $P --notes a --notes-file b
both not-a-number 2 -C "$D" log $P --duration abc
both no-subcommand 2
run_fr checkin; expect_err "PAIR est requis"; expect_err "Lancez avec --help pour plus d'informations."
run checkin; expect_err "PAIR is required"; expect_err "Run with --help for more information."

# Which variables choose the language (as every gettext program: LC_ALL,
# then LC_MESSAGES, then LANG; LANGUAGE unless the locale is C).
lang_of() {
  env -u LC_ALL "$@" "$MENTOR_BIN" --help >"$OUT" 2>"$ERR"
  RC=$?
  if grep -q '^Utilisation : ' "$OUT"; then echo fr; elif grep -q '^Usage: ' "$OUT"; then echo en; else echo "?"; fi
}
speaks() {  # speaks LANG VAR=VALUE...
  local want=$1
  shift
  check
  local got
  got=$(lang_of "$@")
  [ "$got" = "$want" ] || fail "with $*: expected $want, got $got"
}
speaks fr LC_ALL=fr_FR.UTF-8 LANG=C
speaks fr LANG=fr_FR.UTF-8
speaks fr LC_MESSAGES=fr_FR.UTF-8 LANG=C
speaks en LC_ALL=C LANGUAGE=fr
speaks en LC_ALL=C LANG=fr_FR.UTF-8
speaks en LANG=de_DE.UTF-8
speaks fr LANG=fr_CA.UTF-8          # not generated here: the catalogue is found through LANGUAGE
speaks fr LANG=de_DE.UTF-8 LANGUAGE=fr
speaks en

# The man pages are English whatever the locale: the same bytes.
run __man --templates "$MENTOR_SRC/docs/man" "$TEST_ROOT/man-en"; expect_rc 0
run_fr __man --templates "$MENTOR_SRC/docs/man" "$TEST_ROOT/man-fr"; expect_rc 0
check; diff -r "$TEST_ROOT/man-en" "$TEST_ROOT/man-fr" >/dev/null || fail "__man differs in French"
check; grep -q "Print this help message" "$TEST_ROOT/man-fr/mentor.1" || fail "__man in French lacks the English help"

# __complete: the candidates are the same words in both languages; only
# the descriptions after the tab may be French.
run __complete words -- li; expect_rc 0; cut -f1 "$OUT" >"$TEST_ROOT/complete-en"
run_fr __complete words -- li; expect_rc 0; cut -f1 "$OUT" >"$TEST_ROOT/complete-fr"
expect_same "$TEST_ROOT/complete-en" "$TEST_ROOT/complete-fr"
check; grep -qx "list" "$TEST_ROOT/complete-fr" || fail "__complete in French lacks 'list'"

# --version and machine output: the same bytes.
run --version; cp "$OUT" "$TEST_ROOT/version-en"
run_fr --version; expect_same "$TEST_ROOT/version-en" "$OUT"
run -C "$D" list pairs --format json; cp "$OUT" "$TEST_ROOT/pairs-en"
run_fr -C "$D" list pairs --format json; expect_same "$TEST_ROOT/pairs-en" "$OUT"

finish
