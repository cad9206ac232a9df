#!/usr/bin/env bash
# mentor agenda: a person's, a pair's and the coordinator's agenda in every
# format, the window (--days, --today), every refusal, the e-mail drafts
# (parsed with Python's email package), and a planted-word test: no content
# of a pair reaches the coordinator's view or anybody else's draft.
source "$(dirname "$0")/lib.sh"
D=$(new_dir prog)
m() { run -C "$D" "$@"; }
PY=/usr/bin/python3

m add mentor "Ann Lee" --languages en --email ann@example.org --timezone Europe/Paris --capacity 3 -q
m add mentee "Élodie Dupré" --languages en --email elodie@example.org -q
m add mentee "Bob Ray" --languages en -q
m add mentor "Carl Moss" --languages en --email carl@example.org -q
m add mentee "Dana Fox" --languages en --email dana@example.org -q
m add mentee "Eve Stone" --languages en --email eve@example.org -q
m add pair ann-lee elodie-dupre -q
m add pair ann-lee bob-ray -q
m add pair carl-moss dana-fox -q
m add pair carl-moss eve-stone -q
expect_rc 0
AE=ann-lee--elodie-dupre AB=ann-lee--bob-ray CD=carl-moss--dana-fox CE=carl-moss--eve-stone
# Ann and Élodie: weekly, a session last week with two actions, a goal due soon.
m plan $AE --start 2026-02-23 --cadence weekly --sessions 6 --time 10:00 \
    --goal "Lead a workshop zebrafinch" --criterion "one held zebrafinch" --due 2026-03-10 -q
m log $AE --date 2026-02-23 --duration 60 --no-edit --notes "Talked zebrafinch" --topic "zebrafinch topic" \
    --action "mentee: Draft the outline zebrafinch due 2026-02-27" --action "mentor: Send the article zebrafinch due 2026-03-05" \
    --action "mentee: Someday zebrafinch" -q </dev/null
# Ann and Bob: biweekly since January, one session then silence: needs attention.
m plan $AB --start 2026-01-05 --cadence biweekly --sessions 4 -q
m log $AB --date 2026-01-05 --duration 45 --no-edit --notes "quokkamoon notes" \
    --action "mentee: Read the quokkamoon book due 2026-03-04" -q </dev/null
# Carl and Dana: the planted word of another pair.
m plan $CD --start 2026-02-24 --cadence weekly --sessions 4 --goal "Goal narwhalpine" --criterion "narwhalpine done" --due 2026-03-09 -q
m log $CD --date 2026-02-24 --no-edit --notes "narwhalpine secrets" --topic narwhalpine \
    --action "mentor: Call narwhalpine due 2026-03-03" --action "mentee: Write narwhalpine due 2026-02-26" -q </dev/null
# Carl and Eve: a private session; its action text is withheld everywhere.
m plan $CE --start 2026-02-25 --cadence weekly --sessions 4 -q
m log $CE --date 2026-02-25 --no-edit --private --notes "ibexcloud private" \
    --action "mentee: Private ibexcloud task due 2026-03-04" -q </dev/null
expect_rc 0

# --- a person: every format, golden bytes
m agenda ann-lee;                       expect_rc 0; expect_golden agenda/ann-lee.txt
expect_out "2026-02-23.1  mentee (Élodie Dupré)  Draft the outline zebrafinch"
expect_out "$AB  inactive"
expect_no_out narwhalpine
m --format markdown agenda ann-lee;     expect_rc 0; expect_golden agenda/ann-lee.md
m --format json agenda ann-lee;         expect_rc 0; expect_golden agenda/ann-lee.json
$PY -c 'import json,sys; d=json.load(open(sys.argv[1])); k=[i["kind"] for i in d["items"]]; assert d["agenda"]=="person" and "session" in k and "action" in k and "goal" in k and "attention" in k, k' "$OUT" ||
    fail "the JSON agenda lacks a kind of item"
check
# A mentee sees their own pair only.
m agenda elodie-dupre;                  expect_rc 0
expect_out "$AE (mentee of Ann Lee, active)"; expect_no_out "$AB"; expect_no_out quokkamoon
# --- a pair, and a prefix of one
m agenda $AE;                           expect_rc 0; expect_golden agenda/pair.txt
m agenda ann-lee--e;                    expect_rc 0; expect_same "$OUT" "$MENTOR_SRC/tests/golden/agenda/pair.txt"
# --- the coordinator
m agenda --all;                         expect_rc 0; expect_golden agenda/all.txt
m --format markdown agenda --all;       expect_rc 0; expect_golden agenda/all.md
m --format json agenda --all;           expect_rc 0; expect_golden agenda/all.json
# --- in French: the words, dates and statuses of the user's language; the ids,
# names and texts as written; JSON byte-identical to the English one
mf() { run_fr -C "$D" "$@"; }
mf agenda ann-lee;                      expect_rc 0; expect_golden agenda/ann-lee.fr.txt
expect_out "Agenda de Ann Lee (ann-lee) : du lundi 2 mars 2026 au dimanche 15 mars 2026"
expect_out "27/02/2026  en retard  $AE  2026-02-23.1  mentoré·e (Élodie Dupré)  Draft the outline zebrafinch"
expect_out "$AB  inactif  05/01/2026"; expect_no_out "overdue"; expect_no_out "2026-03-02 "
mf --format markdown agenda ann-lee;    expect_rc 0; expect_golden agenda/ann-lee.fr.md
mf agenda $AE;                          expect_rc 0; expect_out "Ann Lee (mentor) et Élodie Dupré (mentoré·e), actif"
mf agenda --all;                        expect_rc 0; expect_golden agenda/all.fr.txt
expect_out "4 des 4 binômes ouverts ont quelque chose à faire"; expect_out "inactif (56 jours)"
mf agenda ann-lee --days 1 --today 2026-01-04; expect_rc 0
expect_out "Rien à faire du dimanche 4 janvier 2026 au dimanche 4 janvier 2026."
for who in ann-lee $AE --all; do
    m --format json agenda $who;        expect_rc 0; cp "$OUT" "$TEST_ROOT/agenda.en.json"
    mf --format json agenda $who;       expect_rc 0; expect_same "$OUT" "$TEST_ROOT/agenda.en.json"
done
m --format ics agenda $AE;              expect_rc 0; grep -v '^DTSTAMP' "$OUT" >"$TEST_ROOT/agenda.en.ics"
mf --format ics agenda $AE;             expect_rc 0; grep -v '^DTSTAMP' "$OUT" >"$TEST_ROOT/agenda.fr.ics"
check; diff <(grep '^UID' "$TEST_ROOT/agenda.en.ics") <(grep '^UID' "$TEST_ROOT/agenda.fr.ics") >/dev/null || fail "the UIDs change with the language"
# --- the window: --days and --today
m agenda ann-lee --days 3;              expect_rc 0
expect_out "2026-03-02 to 2026-03-04"; expect_no_out "Send the article"; expect_out "Draft the outline"
m agenda ann-lee --days 1 --today 2026-01-04; expect_rc 0
expect_out "Nothing due from 2026-01-04 to 2026-01-04."  # the day after the first session, its check-ins are due
# In the past: the session of 2026-02-23 had not happened, nor its actions.
m agenda ann-lee --today 2026-02-22 --days 7; expect_rc 0
expect_out "2026-02-23  10:00  $AE  1  next"; expect_no_out "Draft the outline"; expect_out "$AB  inactive  2026-01-05    48"
# --- calendars: the person's, the pair's, with ORGANIZER and ATTENDEE
m --format ics agenda ann-lee;          expect_rc 0
cp "$OUT" "$TEST_ROOT/ann.ics"
check; $PY "$MENTOR_SRC/tests/e2e/check_ics.py" "$TEST_ROOT/ann.ics" 10 Europe/Paris "Ann Lee" --organizer ann@example.org --sequence 0 >"$TEST_ROOT/.p" || fail "ics: $(cat "$TEST_ROOT/.p")"
m --format ics agenda $AE;              expect_rc 0
cp "$OUT" "$TEST_ROOT/ae.ics"
check; $PY "$MENTOR_SRC/tests/e2e/check_ics.py" "$TEST_ROOT/ae.ics" 6 Europe/Paris "Élodie Dupré" --attendee elodie@example.org >"$TEST_ROOT/.p" || fail "ics: $(cat "$TEST_ROOT/.p")"
# Re-planning keeps the UIDs and raises SEQUENCE: the calendar updates its events.
m plan $AE --cadence biweekly -q; expect_rc 0
m --format ics agenda $AE;              expect_rc 0
cp "$OUT" "$TEST_ROOT/ae2.ics"
check; $PY "$MENTOR_SRC/tests/e2e/check_ics.py" "$TEST_ROOT/ae2.ics" 6 Europe/Paris "Élodie Dupré" --sequence 1 >"$TEST_ROOT/.p" || fail "ics: $(cat "$TEST_ROOT/.p")"
check; [ "$(grep -c '^UID:' "$TEST_ROOT/ae2.ics")" = 6 ] && diff <(grep '^UID' "$TEST_ROOT/ae.ics") <(grep '^UID' "$TEST_ROOT/ae2.ics") >/dev/null || fail "UIDs changed on re-planning"
check; grep -qx "revision: 1" "$D/plans/$AE.yaml" || fail "no revision in the plan"
m plan $AE --cadence weekly -q; expect_rc 0   # back to the fixture's schedule (revision 2)
m --format ics agenda $AE;              expect_out "SEQUENCE:2"
m plan $AE --goal "Another zebrafinch" -q; expect_rc 0   # no schedule change: no new revision
m --format ics agenda $AE;              expect_out "SEQUENCE:2"
expect_out 'ORGANIZER;CN="Ann Lee":mailto:ann@example.org'
expect_out 'ATTENDEE;CN="Élodie Dupré";ROLE=REQ-PARTICIPANT:mailto:elodie@example.org'
m --format ics agenda $AB;              expect_rc 0; expect_no_out "ATTENDEE"   # Bob has no address

# --- completion: TARGET takes people and pairs, --mail a folder
run __complete words -- -C "$D" agenda ann-l; expect_rc 0
check; [ "$(cut -f1 "$OUT" | tr '\n' ' ')" = "ann-lee $AB $AE " ] || fail "agenda TARGET completion: $(cat "$OUT")"
run __complete words -- -C "$D" agenda --all --mail /t; expect_rc 0; expect_out ":dir"

# --- refusals
m agenda ann-leee;                      expect_rc 1; expect_err "did you mean"
m agenda ann-le;                        expect_rc 1; expect_err "names several pairs"
m agenda nobody-at-all;                 expect_rc 1; expect_err "no pair or person 'nobody-at-all'"
m agenda ann-lee --days 0;              expect_rc 2; expect_err "--days must be from 1"
m agenda ann-lee --days abc;            expect_rc 2
m agenda ann-lee --days 99999;          expect_rc 2
m agenda;                               expect_rc 2; expect_err "whose agenda?"
m agenda ann-lee --all;                 expect_rc 2; expect_err "not both"
m agenda ann-lee --mail "$TEST_ROOT/m"; expect_rc 2; expect_err "--mail writes everyone's drafts"
m agenda --all --ics;                   expect_rc 2; expect_err "--ics attaches"
m --format ics agenda --all;            expect_rc 2; expect_err "not of --all"
m --format csv agenda ann-lee;          expect_rc 2
refused 1 agenda --all --mail "$TEST_ROOT/mail0"
expect_err "set \`email:\` in mentor.yaml"; expect_no_file "$TEST_ROOT/mail0"

# --- e-mail drafts
printf 'email: "mentoring@example.org"\n' >>"$D/mentor.yaml"
refused 2 agenda --all --mail "$D/drafts"; expect_err "inside the records directory"
m agenda --all --mail "$TEST_ROOT/mail" --ics; expect_rc 0
expect_err "drafts written to"
for who in ann-lee elodie-dupre carl-moss dana-fox eve-stone; do expect_file "$TEST_ROOT/mail/$who.eml"; done
expect_no_file "$TEST_ROOT/mail/bob-ray.eml"   # no address
check; [ "$(stat -c %a "$TEST_ROOT/mail")" = 700 ] || fail "the drafts' new folder is not mode 0700"
check; [ "$(ls -A "$TEST_ROOT/mail" | wc -l)" = 5 ] || fail "the mail folder holds more than the drafts: $(ls -A "$TEST_ROOT/mail")"
cp -r "$TEST_ROOT/mail" "$TEST_ROOT/mail-first"
m agenda --all --mail "$TEST_ROOT/mail" --ics; expect_rc 0
for f in "$TEST_ROOT"/mail/*.eml; do expect_same "$f" "$TEST_ROOT/mail-first/${f##*/}"; done
check
$PY - "$TEST_ROOT/mail" <<'PY' || fail "the drafts are not right"
import functools, os, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.environ["MENTOR_SRC"], "tests", "e2e"))
import drafts
from drafts import text
parse = functools.partial(drafts.parse, sys.argv[1])
e = parse("elodie-dupre")
assert e["To"].addresses[0].display_name == "Élodie Dupré", e["To"]
assert e["To"].addresses[0].addr_spec == "elodie@example.org"
assert e["From"].addresses[0].addr_spec == "mentoring@example.org"
assert "Your mentoring agenda, 2026-03-02 to 2026-03-15" in e["Subject"]
assert e["Message-ID"].startswith("<agenda.2026-03-02.elodie-dupre.")
assert e["Date"] == "Mon, 02 Mar 2026 00:00:00 +0000"
assert e.get_content_type() == "multipart/mixed"
body = e.get_body(preferencelist=("plain",))
assert body.get_content_charset() == "utf-8"
t = text(e)
assert "Draft the outline zebrafinch" in t and "Lead a workshop zebrafinch" in t, t
assert "quokkamoon" not in t and "narwhalpine" not in t and "ibexcloud" not in t, t
cal = [p for p in e.iter_attachments() if p.get_content_type() == "text/calendar"]
assert len(cal) == 1 and "BEGIN:VCALENDAR" in cal[0].get_content(), "no calendar part"
a = text(parse("ann-lee"))
assert "zebrafinch" in a and "quokkamoon" in a and "narwhalpine" not in a, a
d = text(parse("dana-fox"))
assert "Write narwhalpine" in d and "zebrafinch" not in d and "ibexcloud" not in d, d
v = text(parse("eve-stone"))
assert "ibexcloud" not in v and "(private session)" in v, v
PY
# In French: the subject and the body, dates in words; the headers, the
# Message-ID and the calendar's UIDs are the English draft's bytes.
mf agenda --all --mail "$TEST_ROOT/mail-fr" --ics; expect_rc 0
expect_err "$TEST_ROOT/mail-fr"
check
$PY - "$TEST_ROOT/mail-first" "$TEST_ROOT/mail-fr" <<'PY' || fail "the French drafts are not right"
import os, re, sys
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.environ["MENTOR_SRC"], "tests", "e2e"))
from drafts import parse, text
en_dir, fr_dir = sys.argv[1], sys.argv[2]
en, fr = parse(en_dir, "elodie-dupre"), parse(fr_dir, "elodie-dupre")
assert str(fr["Subject"]) == "[prog] Votre agenda de mentorat, du lundi 2 mars 2026 au dimanche 15 mars 2026", fr["Subject"]
for h in ("From", "To", "Message-ID", "Date", "MIME-Version"):
    assert fr[h] == en[h], (h, fr[h], en[h])
t = text(fr).replace("\r\n", "\n")
assert t.startswith("Bonjour Élodie Dupré,\n\nVoici ce qui est à faire dans vos binômes de mentorat du lundi 2 mars 2026 au dimanche 15 mars 2026.\n"), t
assert "Actions à faire (2)" in t and "27/02/2026  en retard" in t and "Draft the outline zebrafinch" in t, t
assert "mentoré·e (Élodie Dupré)" in t and "Points d'étape à faire" in t, t
assert t.rstrip().endswith("Ce message a été préparé par la coordination du programme avec mentor."), t
assert "quokkamoon" not in t and "narwhalpine" not in t, t
def uids(msg):
    cal = [p for p in msg.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert len(cal) == 1, "no calendar part"
    return re.findall(r"^UID:.*$", cal[0].get_content(), re.M)
assert uids(fr) == uids(en) and uids(fr), (uids(fr), uids(en))
v = text(parse(fr_dir, "eve-stone"))
assert "ibexcloud" not in v and "(séance privée)" in v, v
PY
# --- the planted words: never in the coordinator's view, nor in a draft outside the pair
for fmt in text markdown json; do
    m --format $fmt agenda --all; expect_rc 0
    for w in zebrafinch quokkamoon narwhalpine ibexcloud; do expect_no_out $w; done
done
check; ! grep -l narwhalpine "$TEST_ROOT"/mail/{ann-lee,elodie-dupre,eve-stone}.eml >/dev/null || fail "narwhalpine left its pair"
check; ! grep -l zebrafinch "$TEST_ROOT"/mail/{carl-moss,dana-fox,eve-stone}.eml >/dev/null || fail "zebrafinch left its pair"
check; ! grep -rl -e "secrets" -e "Talked" "$TEST_ROOT"/mail >/dev/null || fail "a session note reached a draft"
# --- check-ins: due after the first session, then answered; a poor fit needs the
# coordinator, who sees the flag and never the answer nor the comment
m agenda $CD --today 2026-02-26;        expect_rc 0
expect_out "Check-ins due (2)"; expect_out "2026-02-24  $CD  mentor (Carl Moss)"
m checkin $CD --by mentee --fit poor --rating 2 --comment "wombatique doubts" --date 2026-02-26 --today 2026-02-26 -q; expect_rc 0
m agenda $CD --today 2026-02-26;        expect_rc 0
expect_out "Check-ins due (1)"; expect_out "poor fit (mentee, 2026-02-26)"; expect_no_out wombatique
for fmt in text markdown json; do
    m --format $fmt agenda --all --today 2026-02-26; expect_rc 0
    expect_no_out wombatique; expect_no_out "poor"
done
expect_out '"checkin_concern": true'
m agenda --all --today 2026-02-26;      expect_rc 0; expect_out "check-ins"
mf agenda $CD --today 2026-02-26;       expect_rc 0
expect_out "Points d'étape à faire (1)"; expect_out "mauvaise entente (mentoré·e, 26/02/2026)"; expect_no_out wombatique
mf agenda --all --today 2026-02-26;     expect_rc 0; expect_out "points d'étape"; expect_no_out "mauvaise"
m --format json agenda $CD --today 2026-02-26; cp "$OUT" "$TEST_ROOT/concern.en.json"
mf --format json agenda $CD --today 2026-02-26; expect_same "$OUT" "$TEST_ROOT/concern.en.json"
# A program with nothing due writes no draft.
E=$(new_dir quiet)
printf 'email: "mentoring@example.org"\n' >>"$E/mentor.yaml"
run -C "$E" add mentor "Zed Quiet" --languages en --email zed@example.org -q
run -C "$E" agenda --all --mail "$TEST_ROOT/none"; expect_rc 0
expect_err "no draft written"; expect_no_file "$TEST_ROOT/none"
finish
