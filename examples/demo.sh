#!/usr/bin/env bash
# The main job on the shipped example cohort, start to finish:
#   import the spreadsheet -> check -> match -> agree plans -> keep journals -> report.
#
# usage: examples/demo.sh [MENTOR_BINARY] [TARGET_DIR]
# Without TARGET_DIR it works in a temporary folder and keeps the HTML
# dashboard in build/. examples/cohort itself is made by this script
# (examples/demo.sh build/mentor examples/cohort), so what the demo shows is
# what the example holds.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
MENTOR=$(realpath "${1:-$HERE/../build/mentor}")
TARGET=${2:-}
if [ -z "$TARGET" ]; then
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/mentor-demo.XXXXXX")
    trap 'rm -rf "$WORK"' EXIT
    TARGET="$WORK/lumen"
    DASHBOARD="$HERE/../build/demo-dashboard.html"
else
    rm -rf "$TARGET"
    DASHBOARD=""
fi
export MENTOR_TODAY=2026-04-20 NO_COLOR=1
# examples/program is rebuilt byte for byte from this script, so its journal
# keeps the plain <date>[-N] names: a new entry's suffix (docs/git.md) is
# random by design, and pinned to none here as in the tests.
export MENTOR_ENTRY_SUFFIX=none
# The narration speaks the language mentor speaks (docs/i18n.md): French when
# the locale asks for it, and the French spreadsheet then has French headers.
case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in
    ""|C|POSIX) french=no ;;
    *) case "${LANGUAGE:-${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}}" in fr*) french=yes ;; *) french=no ;; esac ;;
esac
# say ENGLISH FRENCH: one line of narration.
say() { if [ "$french" = yes ]; then echo "$2"; else echo "$1"; fi; }
step() { printf '\n\033[1m$ mentor %s\033[0m\n' "$*" | sed "s|$TARGET|lumen|g"; "$MENTOR" -C "$TARGET" "$@"; }
quiet() { "$MENTOR" -C "$TARGET" -q "$@" >/dev/null; }

"$MENTOR" init "$TARGET" --program "Lumen mentoring 2026" -q
if [ "$french" = yes ]; then
    echo "Un nouveau programme : 82 personnes dans un tableur enregistré par un tableur français (en-têtes en français, ';', BOM, CRLF)."
    step add --from-csv "$HERE/cohort-fr.csv"
else
    echo "A new program: 82 people in a spreadsheet saved by a French spreadsheet program (';', BOM, CRLF)."
    step add --from-csv "$HERE/cohort.csv"
fi
quiet add pair camille-roux jurgen-weiss --kind reverse --cohort 2026-spring --today 2026-02-16
step validate
step list people --role mentor

echo
say "Matching the cohort: the optimal algorithm, every pair with its reasons, every unmatched mentee with why." \
    "Appariement de la cohorte : l'algorithme optimal, chaque binôme avec ses raisons, chaque mentoré·e sans binôme avec le pourquoi."
step match --cohort 2026-spring
step match --explain noe-guerin
step match --cohort 2026-spring --write --today 2026-02-20

echo
say "Reverse mentoring: juniors teach senior managers digital skills; every mentor is the junior of the pair." \
    "Mentorat inversé : des juniors forment des cadres aux compétences numériques ; chaque mentor est le junior du binôme."
step match --cohort 2026-reverse --kind reverse

echo
say "Pairs agree on a framework and goals; sessions are logged as they happen." \
    "Les binômes conviennent d'un cadre et d'objectifs ; les séances sont notées au fil de l'eau."
i=0
for pair in $("$MENTOR" -C "$TARGET" list pairs --format csv --csv-separator , | tr -d "\r" | tail -n +2 | cut -d, -f1); do
    i=$((i + 1))
    if [ "$i" = 14 ]; then  # a pair that does not click: declined, its mentee free for the next match
        quiet plan "$pair" --decline --reason no-chemistry --by mentee --review "We did not click; better to try someone else." --today 2026-02-24
        continue
    fi
    start=$(date -d "2026-02-23 +$((i % 10)) days" +%F)
    cadence=$([ $((i % 3)) = 0 ] && echo monthly || echo biweekly)
    quiet plan "$pair" --start "$start" --cadence "$cadence" --sessions 8 --mode remote \
        --goal "Grow in the skill the match was made for" --criterion "mentee and mentor agree it is reached" \
        --goal "Build a network beyond the team" --due 2026-07-31 --today 2026-02-20
    # Most pairs meet as planned; a few start late or fall silent (the report flags them).
    if [ $((i % 7)) != 0 ]; then
        n=$([ $((i % 5)) = 0 ] && echo 1 || echo 8)
        for s in $(seq 1 "$n"); do
            day=$(date -d "$start +$(((s - 1) * 14)) days" +%F)
            [ "$day" \< "2026-04-20" ] || break
            action=()
            [ "$s" = 1 ] && action=(--action "mentee: write down three situations to work on due $(date -d "$day +7 days" +%F)")
            [ "$s" = 2 ] && [ $((i % 4)) != 0 ] && action=(--done "$start.1")
            quiet log "$pair" --date "$day" --duration 60 --mode remote --topic "goals" --topic "progress" \
                --notes "Session $s: what went well, what to try next." --rating $((3 + (i + s) % 3)) "${action[@]}" --no-edit
        done
        # Check-ins after the first session and a month later: a few pairs unsure twice, one poor.
        first_fit=$([ $((i % 6)) = 0 ] && echo unsure || echo good)
        later_fit=$([ $((i % 6)) = 0 ] && echo unsure || { [ "$i" = 11 ] && echo poor || echo good; })
        quiet checkin "$pair" --by mentee --fit "$first_fit" --rating $((3 + i % 3)) --comment "Check-in: a good start." \
            --today "$(date -d "$start +2 days" +%F)"
        [ $((i % 2)) = 0 ] && quiet checkin "$pair" --by mentor --fit good --today "$(date -d "$start +3 days" +%F)"
        [ "$n" = 8 ] && quiet checkin "$pair" --by mentee --fit "$later_fit" --comment "Check-in: a month on." \
            --today "$(date -d "$start +32 days" +%F)"
    fi
    if [ "$i" = 5 ]; then  # one session, then the mentor's availability ran out: closed early
        quiet plan "$pair" --close --reason availability --by mentor --assess not-met \
            --review "My new role leaves no time; sorry to stop so soon." --today 2026-04-01
    fi
done
pair=$("$MENTOR" -C "$TARGET" list pairs --format csv --csv-separator , | tr -d "\r" | sed -n 2p | cut -d, -f1)
quiet plan "$pair" --achieve g1 --today 2026-04-10
step plan "$pair"
step log "$pair" --list

echo
say "The coordinator's view: figures only, never what was said." \
    "La vue de la coordination : des chiffres seulement, jamais ce qui s'est dit."
step report --cohort 2026-spring
if [ -n "$DASHBOARD" ]; then
    "$MENTOR" -C "$TARGET" report --cohort 2026-spring --format html --output "$DASHBOARD"
    echo
    say "The cohort dashboard is in $(realpath "$DASHBOARD"): open it in any browser (it works offline)." \
        "Le tableau de bord de la cohorte est dans $(realpath "$DASHBOARD") : ouvrez-le dans n'importe quel navigateur (il fonctionne hors ligne)."
fi
