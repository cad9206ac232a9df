#!/usr/bin/env bash
# The user's config.yaml ($XDG_CONFIG_HOME/mentor/config.yaml): records
# directory, editor, colour and autocommit, and what overrides what:
# config.yaml < mentor.yaml < environment and flags.
source "$(dirname "$0")/lib.sh"
export XDG_CONFIG_HOME="$TEST_ROOT/config" HOME="$TEST_ROOT/home"
mkdir -p "$XDG_CONFIG_HOME/mentor" "$HOME"
CONF="$XDG_CONFIG_HOME/mentor/config.yaml"

D=$(new_dir prog)
run -C "$D" -q add mentor "Ada Lovelace" --offers "maths:5"; expect_rc 0
E="$TEST_ROOT/elsewhere"; mkdir -p "$E"

# no config: outside any records directory, nothing is found
(cd "$E" && "$MENTOR_BIN" list people >"$OUT" 2>"$ERR"); RC=$?
expect_rc 1; expect_err "mentor init"

# dir: used when no -C, no $MENTOR_DIR and no records directory around
printf 'dir: %s\n' "$D" >"$CONF"
(cd "$E" && "$MENTOR_BIN" list people >"$OUT" 2>"$ERR"); RC=$?
expect_rc 0; expect_out "ada-lovelace"
# ... with ~/ for the home folder
mkdir -p "$HOME/records"; cp -r "$D/." "$HOME/records"
printf 'dir: ~/records\n' >"$CONF"
(cd "$E" && "$MENTOR_BIN" show ada-lovelace >"$OUT" 2>"$ERR"); RC=$?
expect_rc 0; expect_out "Ada Lovelace"
# ... but a records directory around the working directory, $MENTOR_DIR and -C come first
D2=$(new_dir other)
(cd "$D2" && "$MENTOR_BIN" list people >"$OUT" 2>"$ERR"); RC=$?
expect_rc 0; expect_no_out "ada-lovelace"
(cd "$E" && MENTOR_DIR="$D2" "$MENTOR_BIN" list people >"$OUT" 2>"$ERR"); RC=$?
expect_rc 0; expect_no_out "ada-lovelace"
# ... and a configured directory that is gone says where the name came from
printf 'dir: %s/gone\n' "$TEST_ROOT" >"$CONF"
(cd "$E" && "$MENTOR_BIN" list people >"$OUT" 2>"$ERR"); RC=$?
expect_rc 1; expect_err "$TEST_ROOT/gone (from dir in the user configuration) does not exist"

# without XDG_CONFIG_HOME, ~/.config/mentor/config.yaml
mkdir -p "$HOME/.config/mentor"; printf 'dir: %s\n' "$D" >"$HOME/.config/mentor/config.yaml"
(cd "$E" && env -u XDG_CONFIG_HOME "$MENTOR_BIN" list people >"$OUT" 2>"$ERR"); RC=$?
expect_rc 0; expect_out "ada-lovelace"

# bad configurations: a clear message with file and line, exit 1; --help and --version still work.
# conf CONTENT RC ENGLISH FRENCH: with CONTENT as config.yaml, `list people`
# exits RC and says ENGLISH, and FRENCH in French (libyaml's words quoted
# stay English; the values to type are shown as typed).
conf() {
    printf -- "$1" >"$CONF"
    run -C "$D" list people; expect_rc "$2"; expect_err "$3"
    run_fr -C "$D" list people; expect_rc "$2"; expect_err "$4"
}
conf 'dir: relative/path\n' 1 "$CONF:1:6: 'dir' must be an absolute path or start with ~/" \
    "$CONF:1:6: 'dir' doit être un chemin absolu ou commencer par ~/, et non "
conf 'color: blue\n' 1 "$CONF:1:8: 'color' must be auto, always or never" \
    "$CONF:1:8: 'color' doit valoir auto, always ou never, et non \"blue\""
conf 'autocommit: maybe\n' 1 "$CONF:1:13:" "$CONF:1:13:"
conf 'dir: [unclosed\n' 1 "$CONF:2:1: invalid YAML: while parsing a flow sequence" \
    "$CONF:2:1: YAML invalide : while parsing a flow sequence"
conf 'color: never\ncolor: auto\n' 1 "$CONF:2:1: duplicate key 'color'" "$CONF:2:1: clé 'color' en double"
conf 'color: &c never\n' 1 "$CONF:1:8: YAML anchors and aliases are not allowed in records" \
    "$CONF:1:8: les ancres et alias YAML ne sont pas permis dans les fiches"
run --version; expect_rc 0
run --help; expect_rc 0
conf '- a list\n' 1 "$CONF" "$CONF"
# an unknown key is only a warning (a newer mentor may know it); an empty file is fine
conf 'colour: never\n' 0 "unknown setting 'colour' (known: dir, editor, color, autocommit, csv)" \
    "réglage inconnu 'colour' (connus : dir, editor, color, autocommit, csv)"
: >"$CONF"
run -C "$D" list people; expect_rc 0; expect_out "ada-lovelace"
# a configured folder that is gone, in French
printf 'dir: %s/gone\n' "$TEST_ROOT" >"$CONF"
(cd "$E" && LC_ALL=fr_FR.UTF-8 "$MENTOR_BIN" list people >"$OUT" 2>"$ERR"); RC=$?
expect_rc 1; expect_err "$TEST_ROOT/gone (indiqué par le réglage dir de la configuration utilisateur) n'existe pas"
: >"$CONF"

# color: the config's choice unless --color says otherwise (NO_COLOR is set by lib.sh)
printf 'color: always\n' >"$CONF"
run -C "$D" list people; expect_rc 0
check; grep -q $'\e\[' "$OUT" || fail "color: always in config gave no colour"
run -C "$D" list people --color never; expect_rc 0
check; ! grep -q $'\e\[' "$OUT" || fail "--color never did not override the config"

# editor: the config's editor is used by `mentor log --edit`, before $VISUAL/$EDITOR
P=$(example_dir ex)
cat >"$TEST_ROOT/fake-editor" <<'SH'
#!/bin/sh
sed -i 's/^duration: .*/duration: 42/; s/^topics: .*/topics: [config editor]/' "$1"
SH
chmod +x "$TEST_ROOT/fake-editor"
printf 'editor: %s\n' "$TEST_ROOT/fake-editor" >"$CONF"
EDITOR=false VISUAL=false run -C "$P" log camille-roux--jurgen-weiss --edit --date 2026-02-20
expect_rc 0
check; grep -rq "config editor" "$P/journal/camille-roux--jurgen-weiss/" || fail "the config's editor was not used: $(cat "$ERR")"

# autocommit: config < mentor.yaml < --commit/--no-commit
G=$(new_dir git); git -C "$G" init -q; git -C "$G" add -A; git -C "$G" commit -qm start
commits() { git -C "$G" rev-list --count HEAD; }
printf 'autocommit: true\n' >"$CONF"
run -C "$G" -q add mentor "Bob One"; expect_rc 0
check; [ "$(commits)" = 2 ] || fail "config autocommit: true did not commit"
run -C "$G" -q add mentor "Bob Two" --no-commit; expect_rc 0
check; [ "$(commits)" = 2 ] || fail "--no-commit committed"
git -C "$G" add -A; git -C "$G" commit -qm "by hand"
sed -i 's/^  # autocommit: false$/  autocommit: false/' "$G/mentor.yaml"
check; grep -q '^  autocommit: false$' "$G/mentor.yaml" || fail "template has no commented autocommit line"
git -C "$G" commit -qam "program says no"
run -C "$G" -q add mentor "Bob Three"; expect_rc 0
check; [ "$(commits)" = 4 ] || fail "mentor.yaml autocommit: false did not override the config"
run -C "$G" -q add mentor "Bob Four" --commit; expect_rc 0
check; [ "$(commits)" = 5 ] || fail "--commit did not commit"
run -C "$G" add mentor "Bob Five" --commit --no-commit; expect_rc 2

finish
