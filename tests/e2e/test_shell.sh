#!/usr/bin/env bash
# Shell completions and man pages: `mentor __complete` itself, then what
# `cmake --install` (make install) puts in a prefix, each completion script
# loaded in its own shell (bash, zsh, fish) completing subcommands, options,
# option values, people and pair ids, and every man page rendered without a
# warning and in step with --help.
source "$(dirname "$0")/lib.sh"
: "${MENTOR_BUILD:?set MENTOR_BUILD to the build directory}"
D=$(example_dir ex)           # 82 people, one pair: camille-roux--jurgen-weiss
PAIR=camille-roux--jurgen-weiss

# comp WORD...: `mentor __complete words -- WORD...`, candidates in $OUT
# without their descriptions.
comp() {
    run __complete words -- "$@"
    cut -f1 "$OUT" >"$OUT.words" && mv "$OUT.words" "$OUT"
}
# expect_line TEXT / expect_no_line TEXT: stdout has (has not) this whole line.
expect_line() { check; grep -qxF -- "$1" "$OUT" || fail "stdout lacks the line: $1"; }
expect_no_line() { check; ! grep -qxF -- "$1" "$OUT" || fail "stdout should not have the line: $1"; }
expect_quiet() { check; [ ! -s "$ERR" ] || fail "stderr should be empty"; }

# --- mentor __complete: subcommands, options and values from the CLI11 tree
comp "";                  expect_rc 0; expect_quiet
for c in init add list show validate match log plan report; do expect_line "$c"; done
expect_no_line __complete; expect_no_line __man
run __complete words -- ""; expect_out $'match\tPropose mentor-mentee pairs'   # with a description
comp a;                   expect_line add; expect_no_line list
comp --f;                 expect_line --format; expect_no_line --dir
comp -;                   expect_line -C; expect_line --dir; expect_line --version
comp --format "";         for f in text markdown json yaml csv html; do expect_line $f; done
comp --format=j;          expect_line --format=json
comp --color a;           expect_line auto; expect_line always; expect_no_line never
comp list "";             expect_line people; expect_line pairs
comp list people --r;     expect_line --role; expect_no_line --version   # --version: mentor's own
comp list people --role "";     expect_line mentor; expect_line mentee
comp add "";              for c in person mentor mentee pair; do expect_line $c; done
comp add pair --k;        expect_line --kind
comp match "";            expect_line --algorithm      # nothing else to offer: its options
comp match --algorithm s; expect_line stable
comp log --notes x --no;  expect_line --no-edit; expect_no_line --notes-file   # excluded by --notes
comp show jurgen-weiss --format json --f;    expect_no_line --format        # given already
comp log --topic a --topic b --t;            expect_line --topic            # may be repeated
comp -C "";               expect_line :dir
comp init "";             expect_line :dir
comp add --from-csv "";   expect_line :file
comp report --output=;    expect_line :file

# ids: read from file names, through -C, --dir, --dir=, $MENTOR_DIR or the working directory
comp -C "$D" show cam;    expect_line camille-roux; expect_line $PAIR; expect_no_line carmen-dominguez
comp --dir "$D" add pair jurgen-weiss a;   expect_line alvaro-castillo; expect_no_line $PAIR
comp "--dir=$D" report --person jur;       expect_line jurgen-weiss
comp -C "$D" report --person=jur;          expect_line --person=jurgen-weiss
comp -C "$D" list pairs --person al;       expect_line alvaro-castillo
comp -C "$D" match --explain noe;          expect_line noe-guerin
comp -C "$D" add mentee X --manager jur;   expect_line jurgen-weiss
comp -C "$D" log "";      expect_line $PAIR; expect_line camille-roux; expect_line jurgen-weiss   # PAIR: pairs and their people
expect_no_line alvaro-castillo                                           # who has no pair
comp -C "$D" plan "$PAIR" "";              expect_no_line $PAIR          # one PAIR only
comp -C "$D" -q show "";  check; [ "$(wc -l <"$OUT")" = 83 ] || fail "show: 82 people and 1 pair, got $(wc -l <"$OUT")"
(cd "$D/people" && "$MENTOR_BIN" __complete words -- show jur >"$OUT" 2>"$ERR"); expect_line jurgen-weiss
MENTOR_DIR=$D run __complete words -- show jur;    expect_line jurgen-weiss
(cd "$TEST_ROOT" && HOME="$TEST_ROOT" "$MENTOR_BIN" __complete words -- -C "~/ex" show jur >"$OUT" 2>"$ERR"); expect_line jurgen-weiss
comp -C "'$D'" show jur;  expect_line jurgen-weiss                      # as zsh passes a quoted word
# no records directory: no ids and no message; a broken record is still a name
(cd / && "$MENTOR_BIN" __complete words -- show "" >"$OUT" 2>"$ERR"); RC=$?; expect_rc 0; expect_quiet
check; [ ! -s "$OUT" ] || fail "ids without a records directory"
comp -C "$TEST_ROOT/nowhere" show "";       expect_rc 0; expect_quiet
printf 'id: [broken\n' >"$D/people/zz-broken.yaml"
comp -C "$D" show zz;     expect_rc 0; expect_quiet; expect_line zz-broken
rm "$D/people/zz-broken.yaml"
# 20,000 people: only the file names are read, so the empty files here
# complete like real ones (how fast: bench/bench_complete.sh, make bench)
BIG=$(new_dir big)
seq -f "$BIG/people/person-%g.yaml" 1 20000 | xargs touch
comp -C "$BIG" show person-1999;            expect_rc 0
check; [ "$(wc -l <"$OUT")" = 11 ] || fail "person-1999 and person-19990..19999 expected, got $(wc -l <"$OUT")"

# hidden commands: accepted, never listed nor suggested
run --help;               expect_rc 0; expect_no_out __complete; expect_no_out __man
run __comp;               expect_rc 2; expect_err "unknown command '__comp'"
check; ! grep -q "__complete\|__man" "$ERR" || fail "a hidden command was suggested or listed"
run __complete;           expect_rc 2

# --- make install: every file in its usual place, with DESTDIR too
run --help
commands=$(sed -n '/^Subcommands:/,$p' "$OUT" | awk 'NR > 1 && NF { print $1 }')
check; [ -n "$commands" ] && ! echo "$commands" | grep -q __ || fail "commands: $(echo $commands)"
P=$TEST_ROOT/prefix
check; make -s -n -C "$MENTOR_SRC" install BUILD="$MENTOR_BUILD" PREFIX=/opt/m DESTDIR=/stage 2>&1 |
    grep -q "DESTDIR=/stage cmake --install $MENTOR_BUILD --prefix /opt/m" || fail "make install does not run cmake --install with PREFIX and DESTDIR"
cmake --install "$MENTOR_BUILD" --prefix "$P" >"$OUT" 2>"$ERR"; RC=$?; expect_rc 0
PAGES="mentor"; for c in $commands; do PAGES="$PAGES mentor-$c"; done
FILES="bin/mentor share/bash-completion/completions/mentor share/zsh/site-functions/_mentor
       share/fish/vendor_completions.d/mentor.fish share/man/man5/mentor-files.5"
for p in $PAGES; do FILES="$FILES share/man/man1/$p.1"; done
for f in $FILES; do expect_file "$P/$f"; done
DESTDIR="$TEST_ROOT/stage" cmake --install "$MENTOR_BUILD" --prefix /usr/local >"$OUT" 2>"$ERR"; RC=$?; expect_rc 0
for f in $FILES; do expect_file "$TEST_ROOT/stage/usr/local/$f"; done
export PATH="$P/bin:$PATH"     # the shells below complete the installed mentor
check; [ "$(command -v mentor)" = "$P/bin/mentor" ] || fail "installed mentor is not first on PATH"

# --- bash
# bash_complete [--plain] WORD...: COMPREPLY of the installed script for a
# line of these words (as bash splits them: `--format=j` is --format = j),
# the last one being completed; --plain without the bash-completion package.
bash_complete() {
    local framework=/usr/share/bash-completion/bash_completion
    [ "$1" = --plain ] && { framework=/dev/null; shift; }
    bash --norc --noprofile -c '
        source "$1" && source "$2" || exit 3; shift 2
        COMP_WORDS=(mentor "$@"); COMP_CWORD=$#
        COMP_LINE=${COMP_WORDS[*]}; COMP_LINE=${COMP_LINE// = /=}; COMP_POINT=${#COMP_LINE}
        _mentor; printf "%s\n" "${COMPREPLY[@]}"' \
        bash "$framework" "$P/share/bash-completion/completions/mentor" "$@" >"$OUT" 2>"$ERR"
    RC=$?
}
if [ ! -f /usr/share/bash-completion/bash_completion ]; then
    fail "bash-completion is not installed (make test installs it; apt-get install bash-completion)"
fi
bash_complete "";           expect_rc 0; expect_line init; expect_line report; expect_no_line __complete
bash_complete l;            expect_line list; expect_line log; expect_no_line add
bash_complete list people --r;           expect_line --role
bash_complete --format = j;              expect_line json             # --format=j
bash_complete -C "$D" show cam;          expect_line camille-roux; expect_line $PAIR
bash_complete -C "$D" add pair jurgen-weiss al;   expect_line alvaro-castillo
bash_complete -C "$D" log "";            expect_line $PAIR
bash_complete add --from-csv "$MENTOR_SRC/examples/coh";   expect_line "$MENTOR_SRC/examples/cohort.csv"
bash_complete --plain -C "$D" show cam;  expect_rc 0; expect_line $PAIR       # without bash-completion
bash_complete --plain --format=j;        expect_line json
# a fresh shell finds the script the way bash-completion loads any command's
XDG_DATA_DIRS="$P/share:/usr/share" bash --norc --noprofile -c \
    'source /usr/share/bash-completion/bash_completion; __load_completion mentor; complete -p mentor' >"$OUT" 2>"$ERR"
expect_out "complete -F _mentor mentor"

# --- zsh: compinit autoloads _mentor from fpath; a zsh on a pseudo-terminal
# then completes real command lines (TAB), every match offered recorded by a
# compadd wrapper.
if ! command -v zsh >/dev/null; then
    fail "zsh is not installed (make test installs it; apt-get install zsh)"
else
    ZFP=$P/share/zsh/site-functions
    zsh -f -c "fpath=($ZFP \$fpath); autoload -Uz compinit; compinit -u -D; print -r -- \$_comps[mentor]; autoload -Uz _mentor; whence -w _mentor" >"$OUT" 2>"$ERR"
    expect_line _mentor; expect_out "_mentor: function"; expect_quiet
    zsh -f -c "autoload -Uz compinit; compinit -u -D; source $ZFP/_mentor; print -r -- \$_comps[mentor]" >"$OUT" 2>"$ERR"
    expect_line _mentor; expect_quiet    # sourced by hand, it registers itself
    cat >"$TEST_ROOT/zcomplete.zsh" <<'EOF'
# zsh -f zcomplete.zsh FPATH OUT LINE...: types each LINE and TAB in an
# interactive zsh on a pseudo-terminal; OUT.N gets the matches for LINE N.
zmodload zsh/zpty || exit 3
fdir=$1 out=$2; shift 2
wait_for() {  # wait_for FILE PATTERN [LINES]: FILE has PATTERN and LINES lines (10 s at most)
  local i
  for i in {1..100}; do
    grep -q -- "$2" $1 2>/dev/null && (( $(wc -l < $1) >= ${3:-1} )) && return 0
    sleep 0.1
  done
  return 1
}
zpty z zsh -f -i
zpty -w z "PS1='' PROMPT='' RPROMPT='' PATH=${(q)PATH}"
zpty -w z "fpath=(${(q)fdir} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' insert-tab false"
zpty -w z 'compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi; local -a hits; builtin compadd -A hits "$@"; (( $#hits )) && print -rl -- $hits >> $OUT; builtin compadd "$@"; }'
integer n=0
for line in "$@"; do
  (( n++ ))
  : > $out.$n
  zpty -w z "OUT=${(q)out}.$n; print -r -- '<ready>' >> \$OUT"
  wait_for $out.$n '<ready>'
  zpty -n -w z "$line"$'\t'
  wait_for $out.$n '<ready>' 2   # a match, else give up after 10 s
  zpty -w z $'\C-u'"print -r -- '<done>' >> \$OUT"
  wait_for $out.$n '<done>'
done
zpty -d z
EOF
    ZLINES=("mentor " "mentor v" "mentor list people --r" "mentor --color=al"
            "mentor -C $D show cam" "mentor -C $D add pair jurgen-weiss al" "mentor -C $D log j")
    zsh -f "$TEST_ROOT/zcomplete.zsh" "$ZFP" "$TEST_ROOT/z" "${ZLINES[@]}" >/dev/null 2>&1
    zlines() { cp "$TEST_ROOT/z.$1" "$OUT"; }
    zlines 1; expect_line init; expect_line report; expect_no_line __man
    zlines 2; expect_line validate
    zlines 3; expect_line --role
    zlines 4; expect_line --color=always
    zlines 5; expect_line camille-roux; expect_line $PAIR
    zlines 6; expect_line alvaro-castillo
    zlines 7; expect_line jurgen-weiss; expect_no_line jose-martinez      # people with a pair only
fi

# --- fish: the script sourced, and found by a fresh fish through XDG_DATA_DIRS
if ! command -v fish >/dev/null; then
    fail "fish is not installed (make test installs it; apt-get install fish)"
else
    FF=$P/share/fish/vendor_completions.d/mentor.fish
    fish_complete() { fish --no-config -c "source $FF; complete -C'$1'" >"$OUT" 2>"$ERR"; RC=$?; cut -f1 "$OUT" >"$OUT.w"; mv "$OUT.w" "$OUT"; }
    fish_complete "mentor a";                    expect_rc 0; expect_line add; expect_quiet
    fish_complete "mentor ";                     expect_line match; expect_no_line __complete
    fish_complete "mentor --format ";            expect_line yaml
    fish_complete "mentor -C $D show cam";       expect_line camille-roux; expect_line $PAIR
    fish_complete "mentor -C $D report --person jur";   expect_line jurgen-weiss
    fish_complete "mentor init $TEST_ROOT/e";    expect_line "$TEST_ROOT/ex/"   # folders for DIR
    fish_complete "mentor report --output=$TEST_ROOT/e";   expect_line "--output=$TEST_ROOT/ex/"
    HOME=$TEST_ROOT XDG_DATA_DIRS="$P/share:/usr/share" fish -c "complete -C'mentor -C $D plan cam'" >"$OUT" 2>"$ERR"
    expect_out "$PAIR"
fi

# --- man pages: one per command, rendered without a warning, in step with --help
check; [ -z "$(ls "$P/share/man/man1" | grep -v '^mentor.*\.1$')" ] || fail "stray files in man1"
"$MENTOR_BIN" __man --templates "$MENTOR_SRC/docs/man" "$TEST_ROOT/man" >"$OUT" 2>"$ERR"; RC=$?
expect_rc 0; expect_quiet          # every command has its hand-written part
# a template is of a command, and keeps the parts made from --help
T=$TEST_ROOT/templates
man_from() { "$MENTOR_BIN" __man --templates "$T" "$TEST_ROOT/man2" >"$OUT" 2>"$ERR"; RC=$?; }
cp -r "$MENTOR_SRC/docs/man" "$T" && cp "$T/mentor-show.1.in" "$T/mentor-gone.1.in"
man_from; expect_rc 1; expect_err "mentor-gone.1.in: no such command"
rm "$T/mentor-gone.1.in" && sed -i '/^@OPTIONS@$/d' "$T/mentor-show.1.in"
man_from; expect_rc 1; expect_err "@OPTIONS@ is missing"
sed 's/^@GLOBAL_OPTIONS@$/@GLOBALS@/' "$MENTOR_SRC/docs/man/mentor-show.1.in" >"$T/mentor-show.1.in"
man_from; expect_rc 1; expect_err "unknown placeholder"
for page in "$P"/share/man/man1/*.1 "$P"/share/man/man5/mentor-files.5; do
    name=${page##*/}
    groff -man -Tutf8 -P-cbou -ww -rLL=80n "$page" >"$OUT" 2>"$ERR"; RC=$?
    check; [ $RC = 0 ] && [ ! -s "$ERR" ] || fail "$name: groff warns: $(cat "$ERR")"
    check; grep -q "^NAME" "$OUT" || fail "$name does not render"
    check; [ -z "$(LC_ALL=C grep -n '[^[:print:][:space:]]' "$page")" ] || fail "$name is not plain ASCII"
done
LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$P/share/man/man1/mentor-add.1" >"$OUT" 2>"$ERR"
expect_out "mentor add pair [OPTIONS] MENTOR MENTEE"; expect_out "Élodie Dupré"; expect_out "--from-csv"
# every long option --help prints is on the page, written \-\-name
long_options() { awk '/^ +-/ { n = split($1, a, ","); for (i = 1; i <= n; i++) if (a[i] ~ /^--/) print a[i] }' "$1" | sort -u; }
in_step() {  # in_step PAGE COMMAND...: the options of `mentor COMMAND... --help` are on PAGE
    local page=$1 text; shift
    text=$(<"$page")
    run "$@" --help
    for o in $(long_options "$OUT"); do
        check; [[ $text == *"\fB\%${o//-/\\-}\fR"* ]] || fail "${page##*/} lacks $o (mentor $* --help)"
    done
}
in_step "$P/share/man/man1/mentor.1"
for c in $commands; do in_step "$P/share/man/man1/mentor-$c.1" $c; done
for s in person mentor mentee pair; do in_step "$P/share/man/man1/mentor-add.1" add $s; done
for s in init show reseal; do in_step "$P/share/man/man1/mentor-key.1" key $s; done
# and the hand-written prose names no option that does not exist
all_help=$("$MENTOR_BIN" --help; for c in $commands; do "$MENTOR_BIN" $c --help; done
           for s in person mentor mentee pair; do "$MENTOR_BIN" add $s --help; done
           for s in init show reseal; do "$MENTOR_BIN" key $s --help; done)
for t in "$MENTOR_SRC"/docs/man/*.in "$MENTOR_SRC/docs/man/mentor-files.5"; do
    for o in $(grep -v '^\.\\"' "$t" | sed 's/\\-/-/g' | grep -oE -- '(^|[^a-z0-9-])--[a-z][a-z-]*' | grep -o -- '--.*' | sort -u); do
        check; [[ $all_help =~ (^|[^a-z-])$o([^a-z-]|$) ]] || fail "${t##*/} names $o, which no --help has"
    done
done
# a fresh shell finds the pages through PATH (man-db looks beside each bin/)
env -i HOME="$TEST_ROOT" PATH="$P/bin:/usr/bin:/bin" man -w mentor-files >"$OUT" 2>"$ERR"
expect_line "$P/share/man/man5/mentor-files.5"
env -i HOME="$TEST_ROOT" PATH="$P/bin:/usr/bin:/bin" MANWIDTH=80 man mentor-log >"$OUT" 2>"$ERR"
expect_out "--notes-file"

finish
