# A small program built with the real commands, for the report tests:
# report_fixture DIR fills the initialised records directory DIR. Every text
# a session or a plan holds carries a planted word "zqs<n>" (the
# confidentiality test looks for them) and nothing else does.
report_fixture() {
    local d=$1
    mm() { "$MENTOR_BIN" -C "$d" -q "$@" >/dev/null || { echo "fixture: mentor $* failed" >&2; exit 1; }; }
    mm add mentor "Alice Martin" --languages fr,en --cohort c1 --capacity 2 --offers leadership:5
    mm add mentor "Yann Le Goff" --languages fr --cohort c1 --capacity 2 --offers leadership:4
    mm add mentor "Zoé Chen" --languages en --cohort c1 --capacity 1 --offers writing:4
    mm add mentee "Bob Durand" --languages fr --cohort c1 --wants leadership
    mm add mentee "Chloé Petit" --languages fr --cohort c1 --wants leadership
    mm add mentee "Dan Roe" --languages en --cohort c1 --wants writing
    mm add mentee "Gil Ortiz" --languages fr --cohort c1 --wants leadership
    mm add mentee "Émile Faure" --languages es --cohort c1 --wants leadership
    mm add mentee "Hana Sato" --languages ja --cohort c2 --wants writing

    # A weekly pair on track, closing within 30 days, with a private session.
    mm add pair alice-martin bob-durand
    mm plan alice-martin--bob-durand --start 2026-02-09 --cadence weekly --sessions 8 --length 45 \
        --rule "zqs01 rule" --goal "zqs02 goal" --criterion "zqs03 criterion" --due 2026-02-20 --goal "zqs04 goal"
    mm log alice-martin--bob-durand --date 2026-02-09 --duration 50 --topic "zqs05 topic" --notes "zqs06 notes" \
        --action "mentee: zqs07 action due 2026-02-20" --action "mentor: zqs08 action" --rating 4 --goal g1
    mm log alice-martin--bob-durand --date 2026-02-16 --topic "zqs09 topic" --notes "zqs10 notes" \
        --action "mentee: zqs11 action due 2026-03-20" --done 2026-02-09.2 --rating 5 --private
    mm log alice-martin--bob-durand --date 2026-02-23 --duration 40 --topic "zqs12 topic" --notes "zqs13 notes
second line" --rating 3
    # Check-ins of both sides: their comments are content too.
    mm --today 2026-02-10 checkin alice-martin--bob-durand --by mentee --fit good --rating 4 --comment "zqs31 comment"
    mm --today 2026-02-24 checkin alice-martin--bob-durand --by mentor --fit unsure --comment "zqs32 comment"

    # Started a month ago, never met: at risk (no first session).
    mm add pair yann-le-goff chloe-petit
    mm plan yann-le-goff--chloe-petit --start 2026-02-02 --cadence biweekly --sessions 6 --goal "zqs14 goal"

    # Met twice in January, silent since: at risk (inactive).
    mm add pair yann-le-goff gil-ortiz
    mm plan yann-le-goff--gil-ortiz --start 2026-01-05 --cadence weekly --sessions 10 --goal "zqs15 goal" --due 2026-02-01
    mm log yann-le-goff--gil-ortiz --date 2026-01-05 --duration 60 --topic "zqs16 topic" --notes "zqs17 notes" --rating 2 \
        --action "mentor: zqs18 action due 2026-01-20"
    mm log yann-le-goff--gil-ortiz --date 2026-01-13 --duration 60 --topic "zqs19 topic" --notes "zqs20 notes"

    # A monthly pair that reached its goal and closed with a review.
    mm add pair zoe-chen dan-roe
    mm plan zoe-chen--dan-roe --start 2025-11-03 --cadence monthly --sessions 4 --goal "zqs21 goal"
    mm log zoe-chen--dan-roe --date 2025-11-03 --duration 60 --topic "zqs22 topic" --notes "zqs23 notes" --rating 5
    mm log zoe-chen--dan-roe --date 2025-12-01 --duration 60 --topic "zqs24 topic" --notes "zqs25 notes" --rating 4
    mm log zoe-chen--dan-roe --date 2026-01-05 --duration 60 --topic "zqs26 topic" --notes "zqs27 notes" --rating 4
    mm log zoe-chen--dan-roe --date 2026-02-02 --duration 75 --topic "zqs28 topic" --notes "zqs29 notes" --rating 5
    mm plan zoe-chen--dan-roe --achieve g1
    mm plan zoe-chen--dan-roe --close --reason goals-met --by mentee --review "zqs30 review"
    mm plan zoe-chen--dan-roe --close --by mentor --assess partly --review "zqs33 review"
}
