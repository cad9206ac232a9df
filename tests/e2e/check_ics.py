#!/usr/bin/env python3
"""Checks a calendar written by `mentor plan --ics` with an independent
parser (python3-icalendar) and the RFC 5545 line rules.

usage: check_ics.py FILE EVENTS TZID SUMMARY_WORD... [--organizer EMAIL]
                    [--attendee EMAIL|-] [--sequence N]
  EVENTS: expected number of VEVENTs; TZID: expected zone of DTSTART, UTC,
  or - (any zone, each with its VTIMEZONE);
  SUMMARY_WORD: text every SUMMARY must contain;
  --organizer: every event's ORGANIZER is mailto:EMAIL with a CN;
  --attendee: every event has that ATTENDEE (a CN, ROLE=REQ-PARTICIPANT),
  or none with -; --sequence: every event's SEQUENCE is N.
Prints what is wrong and exits 1, or exits 0 silently.
"""
import sys

import icalendar

args = sys.argv[1:]
options = {}
for name in ("--organizer", "--attendee", "--sequence"):
    if name in args:
        i = args.index(name)
        options[name] = args[i + 1]
        del args[i : i + 2]
path, expected_events, tzid, *words = args
data = open(path, "rb").read()
problems = []

if not data.endswith(b"\r\n"):
    problems.append("the file does not end with CRLF")
for n, line in enumerate(data.split(b"\r\n")[:-1], 1):
    if b"\n" in line or b"\r" in line:
        problems.append(f"line {n}: bare LF or CR")
    if len(line) > 75:
        problems.append(f"line {n}: {len(line)} octets (more than 75)")
    line.decode("utf-8")  # a fold inside a UTF-8 sequence would fail here

cal = icalendar.Calendar.from_ical(data)
events = [c for c in cal.walk() if c.name == "VEVENT"]
if len(events) != int(expected_events):
    problems.append(f"{len(events)} events, expected {expected_events}")
uids = [str(e["UID"]) for e in events]
if len(set(uids)) != len(uids):
    problems.append("UIDs are not unique")
zones = [str(c["TZID"]) for c in cal.walk() if c.name == "VTIMEZONE"]
for e in events:
    for key in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
        if key not in e:
            problems.append(f"{e.get('UID')}: no {key}")
    start, end = e.decoded("DTSTART"), e.decoded("DTEND")
    if end <= start:
        problems.append(f"{e['UID']}: DTEND not after DTSTART")
    param = e["DTSTART"].params.get("TZID")
    if tzid == "UTC":
        if param is not None or start.utcoffset().total_seconds() != 0:
            problems.append(f"{e['UID']}: DTSTART is not in UTC")
    elif tzid == "-":
        if param is not None and param not in zones:
            problems.append(f"{e['UID']}: zone {param} has no VTIMEZONE")
    elif param != tzid or tzid not in zones:
        problems.append(f"{e['UID']}: DTSTART zone {param}, expected {tzid} with a VTIMEZONE")
    for w in words:
        if w not in str(e["SUMMARY"]):
            problems.append(f"{e['UID']}: SUMMARY lacks {w!r}")

    uid = e.get("UID")
    if "--organizer" in options:
        org = e.get("ORGANIZER")
        if org is None or str(org).lower() != "mailto:" + options["--organizer"] or "CN" not in org.params:
            problems.append(f"{uid}: ORGANIZER {org!r}, expected mailto:{options['--organizer']} with a CN")
    if "--attendee" in options:
        att = e.get("ATTENDEE")
        want = options["--attendee"]
        if want == "-":
            if att is not None:
                problems.append(f"{uid}: an ATTENDEE {att!r}, expected none")
        elif att is None or str(att).lower() != "mailto:" + want or att.params.get("ROLE") != "REQ-PARTICIPANT" \
                or "CN" not in att.params:
            problems.append(f"{uid}: ATTENDEE {att!r}, expected mailto:{want} with a CN, ROLE=REQ-PARTICIPANT")
    if "--sequence" in options and str(e.get("SEQUENCE")) != options["--sequence"]:
        problems.append(f"{uid}: SEQUENCE {e.get('SEQUENCE')}, expected {options['--sequence']}")

for p in problems:
    print(p)
sys.exit(1 if problems else 0)
