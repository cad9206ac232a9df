#!/usr/bin/env python3
"""Independent counts of a cohort report, for test_report_asof.sh.

usage: report_counts.py DIR COHORT AS_OF [--since DATE] [--until DATE] REPORT.json REPORT.txt REPORT.csv

Reads the records directory DIR with plain line parsing (no YAML library,
no call to mentor), computes every figure of the cohort report as of AS_OF
from the rules written in docs/reports.md, and compares them with what
mentor wrote in JSON, text and CSV. Prints one line per figure compared
("ok ..." or "MISMATCH ...") and exits 1 on any mismatch.
"""
import csv
import io
import datetime as dt
import json
import os
import re
import sys

# --- a reader for the canonical files mentor writes: maps, block lists,
# flow lists and block scalars, two-space indents.


def scalar(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1].strip()
        return [scalar(x) for x in inner.split(",")] if inner else []
    return text


def parse(path):
    lines = [l.rstrip("\n") for l in open(path, encoding="utf-8")]
    lines = [l for l in lines if l.strip() and not l.lstrip().startswith("#")]
    pos = 0

    def indent(line):
        return len(line) - len(line.lstrip(" "))

    def block(level):
        nonlocal pos
        if pos < len(lines) and lines[pos].lstrip().startswith("- ") and indent(lines[pos]) == level:
            items = []
            while pos < len(lines) and indent(lines[pos]) == level and lines[pos].lstrip().startswith("- "):
                rest = lines[pos].lstrip()[2:]
                if re.match(r'^"?[A-Za-z_][\w ]*"?:( |$)', rest):
                    lines[pos] = " " * (level + 2) + rest  # "- key: v" opens a map
                    items.append(mapping(level + 2))
                else:
                    items.append(scalar(rest))
                    pos += 1
            return items
        return mapping(level)

    def mapping(level):
        nonlocal pos
        out = {}
        while pos < len(lines) and indent(lines[pos]) == level and not lines[pos].lstrip().startswith("- "):
            key, _, value = lines[pos].strip().partition(":")
            key = scalar(key)
            value = value.strip()
            pos += 1
            if value in ("|", "|-", ">"):
                while pos < len(lines) and indent(lines[pos]) > level:
                    pos += 1
                out[key] = "(text)"
            elif value == "":
                if pos < len(lines) and indent(lines[pos]) > level:
                    out[key] = block(indent(lines[pos]))
                elif pos < len(lines) and indent(lines[pos]) == level and lines[pos].lstrip().startswith("- "):
                    out[key] = block(level)
                else:
                    out[key] = None
            else:
                out[key] = scalar(value)
        return out

    return block(0) if lines else {}


def day(text):
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except (TypeError, ValueError):
        return None


def files(folder):
    return sorted(f for f in os.listdir(folder) if f.endswith(".yaml")) if os.path.isdir(folder) else []


# --- the rules of docs/reports.md, written again from the page


def status_as_of(pair, as_of):
    created, started, ended = day(pair.get("created")), day(pair.get("started")), day(pair.get("ended"))
    was_started = started is not None and started <= as_of
    if created and created > as_of and not was_started:
        return None
    status = pair.get("status", "proposed")
    if status == "proposed":
        return status
    if status == "closed" and ended and ended > as_of:
        return "active" if was_started else "proposed"
    if status != "closed" and started and not was_started:
        return "proposed"
    return status


def cadence_days(text):
    fixed = {"weekly": 7, "biweekly": 14, "monthly": 30}
    if text in fixed:
        return fixed[text]
    m = re.fullmatch(r"every:(\d+)([dw])", text or "")
    return int(m.group(1)) * (7 if m.group(2) == "w" else 1) if m else 0


def held_slots(slots, held):
    out = [False] * len(slots)
    unused = set(held)
    for i, s in enumerate(slots):
        if s in unused:
            unused.discard(s)
            out[i] = True
    for i, s in enumerate(slots):
        if out[i]:
            continue
        lo = slots[i - 1] if i > 0 else dt.date.min
        hi = slots[i + 1] if i + 1 < len(slots) else dt.date.max
        between = sorted(d for d in unused if lo < d < hi)
        if between:
            out[i] = True
            unused.discard(between[0])
    return out


def goal_state(goal, as_of):
    closed = day(goal.get("closed"))
    status = goal.get("status", "open")
    if status != "open" and (closed is None or closed <= as_of):
        return status
    due = day(goal.get("due"))
    return "overdue" if due and due < as_of else "open"


def counts(root, cohort, as_of, since, until):
    settings = parse(os.path.join(root, "mentor.yaml"))
    defaults = settings.get("defaults") or {}
    default_capacity = int(defaults.get("capacity", 2))
    default_cadence = defaults.get("cadence", "biweekly")
    default_length = int(defaults.get("session_length", 60))
    people = {p["id"]: p for p in (parse(os.path.join(root, "people", f)) for f in files(os.path.join(root, "people")))}
    pairs = {}
    for f in files(os.path.join(root, "pairs")):
        p = parse(os.path.join(root, "pairs", f))
        pairs[f[:-5]] = p
    in_cohort = lambda person: cohort in (person.get("cohorts") or [])
    in_period = lambda d: (since is None or d >= since)
    planned_in_period = lambda d: in_period(d) and (until is None or d <= until)  # may be after as_of

    r = {"pairs": {}}
    # Participants and loads, over every pair that existed then.
    existing = {pid: status_as_of(p, as_of) for pid, p in pairs.items()}
    # A declined pair (closed, never started, with a reason) leaves its mentee waiting.
    declined = lambda p, s: s == "closed" and not p.get("started") and p.get("reason")
    matched = {pairs[pid]["mentee"] for pid, s in existing.items() if s and not declined(pairs[pid], s)}
    load = {}
    for pid, s in existing.items():
        if s and s != "closed":
            load[pairs[pid]["mentor"]] = load.get(pairs[pid]["mentor"], 0) + 1
    active = [p for p in people.values() if in_cohort(p) and p.get("active", "true") == "true"]
    r["people"] = len(active)
    r["inactive"] = sum(1 for p in people.values() if in_cohort(p)) - len(active)
    mentors = [p for p in active if "mentor" in p.get("roles", [])]
    mentees = [p for p in active if "mentee" in p.get("roles", [])]
    r["mentors"], r["mentees"] = len(mentors), len(mentees)
    r["matched"] = sum(1 for p in mentees if p["id"] in matched)
    r["matched_ids"] = matched
    r["capacity"] = sum(int(p.get("capacity", default_capacity)) for p in mentors)
    r["load"] = sum(load.get(p["id"], 0) for p in mentors)
    bands = {"over_capacity": [], "at_capacity": [], "far_under_capacity": []}
    for p in sorted(mentors, key=lambda p: p["id"]):
        n, cap = load.get(p["id"], 0), int(p.get("capacity", default_capacity))
        if n > cap:
            bands["over_capacity"].append(p["id"])
        elif n == cap:
            bands["at_capacity"].append(p["id"])
        elif 2 * n < cap:
            bands["far_under_capacity"].append(p["id"])
    r.update(bands)

    # Per pair.
    by_status = {"proposed": 0, "active": 0, "paused": 0, "closed": 0}
    months = {}
    first = since
    for pid, pair in sorted(pairs.items()):
        mentee = people.get(pair["mentee"], {})
        if pair.get("cohort") != cohort and not (not pair.get("cohort") and in_cohort(mentee)):
            continue
        status = existing[pid]
        if not status:
            continue
        by_status[status] += 1
        plan_file = os.path.join(root, "plans", pid + ".yaml")
        plan = parse(plan_file) if os.path.exists(plan_file) else None
        agreement = (plan or {}).get("agreement") or {}
        length = int(agreement.get("length", default_length)) if plan else default_length
        sessions = []
        for f in files(os.path.join(root, "journal", pid)):
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(-\d+)?\.yaml", f):
                continue  # follow-ups, check-ins and closing reviews are not sessions
            s = parse(os.path.join(root, "journal", pid, f))
            if day(s["date"]) <= as_of:
                sessions.append(s)
        dates = sorted(day(s["date"]) for s in sessions)
        in_p = [s for s in sessions if in_period(day(s["date"]))]
        f = {"status": status, "sessions": len(in_p)}
        f["minutes"] = sum(int(s.get("duration", length)) for s in in_p)
        ratings = [int(s["rating"]) for s in in_p if "rating" in s]
        f["rating_sum"], f["rated"] = sum(ratings), len(ratings)
        for s in in_p:
            months[str(s["date"])[:7]] = months.get(str(s["date"])[:7], 0) + 1
        start = day(agreement.get("start") or pair.get("started"))
        for d in ([min(day(s["date"]) for s in in_p)] if in_p else []) + ([start] if start else []):
            if since is None and d <= as_of:
                first = d if first is None else min(first, d)
        slots = [day(d) for d in (plan or {}).get("schedule") or []]
        end = slots[-1] if slots else (day(agreement.get("until")) if plan else None)
        held = held_slots(slots, set(dates))
        f["planned"] = sum(1 for d in slots if planned_in_period(d))
        f["planned_due"] = sum(1 for d, h in zip(slots, held) if planned_in_period(d) and (h or d < as_of))
        f["held_as_planned"] = sum(1 for d, h in zip(slots, held) if planned_in_period(d) and h)
        nxt = next((d for d, h in zip(slots, held) if not h and d >= as_of), None) if status == "active" else None
        f["next_session"] = str(nxt) if nxt else ""
        f["hours"] = f"{f['minutes'] / 60:.2f}".rstrip("0").rstrip(".")
        f["adherence"] = (f"{f['held_as_planned'] / f['planned_due']:.4f}".rstrip("0").rstrip(".")
                          if f["planned_due"] else "")
        f["average_rating"] = f"{f['rating_sum'] / f['rated']:.2f}".rstrip("0").rstrip(".") if f["rated"] else ""
        goals = [goal_state(g, as_of) for g in (plan or {}).get("goals") or []]
        for g in ("open", "overdue", "achieved", "dropped"):
            f["goals_" + g] = goals.count(g)
        done = {i for s in sessions for i in (s.get("done") or [])}
        acts = {"open": 0, "overdue": 0, "done": 0}
        for s in in_p:
            for a in s.get("actions") or []:
                due = day(a.get("due"))
                acts["done" if a["id"] in done else "overdue" if due and due < as_of else "open"] += 1
        for k, v in acts.items():
            f["actions_" + k] = v
        last = dates[-1] if dates else None
        f["last_session"] = str(last) if last else ""
        contact = (as_of - last).days if last else ((as_of - start).days if start and start <= as_of else None)
        f["days_since_contact"] = "" if contact is None else str(contact)
        risk = ""
        cad = cadence_days(agreement.get("cadence", "")) or cadence_days(default_cadence)
        if status == "active" and contact is not None:
            if not last and contact > 14:
                risk = "no first session"
            elif plan and end and (as_of - end).days > 14:
                risk = "schedule ended"
            elif last and cad and contact > 2 * cad:
                risk = "inactive"
        f["risk"] = risk
        f["closing_soon"] = status == "active" and end is not None and as_of <= end <= as_of + dt.timedelta(days=30)
        r["pairs"][pid] = f
    if first:
        m = dt.date(first.year, first.month, 1)
        while m <= as_of:
            months.setdefault(m.strftime("%Y-%m"), 0)
            m = dt.date(m.year + m.month // 12, m.month % 12 + 1, 1)
    r["by_month"] = dict(sorted(months.items()))
    r["pairs_by_status"] = by_status
    total = lambda key: sum(f[key] for f in r["pairs"].values())
    for key in ("sessions", "minutes", "planned_due", "held_as_planned", "rated", "rating_sum", "goals_open",
                "goals_overdue", "goals_achieved", "goals_dropped", "actions_open", "actions_overdue", "actions_done"):
        r[key] = total(key)
    # Small groups stay anonymous: the average rating needs min_group rated pairs.
    r["min_group"] = int((settings.get("reports") or {}).get("min_group", 5))
    r["rating_shown"] = sum(1 for f in r["pairs"].values() if f["rated"]) >= r["min_group"]
    r["at_risk"] = sorted(pid for pid, f in r["pairs"].items() if f["risk"])
    r["closing_soon"] = sorted(pid for pid, f in r["pairs"].items() if f["closing_soon"])
    return r


def mentees_of(root, cohort):
    """The cohort's active mentees, read again (for the unmatched list)."""
    people = (parse(os.path.join(root, "people", f)) for f in files(os.path.join(root, "people")))
    return [p for p in people if cohort in (p.get("cohorts") or []) and p.get("active", "true") == "true"
            and "mentee" in p.get("roles", [])]


# --- the comparisons

failures = 0


def same(name, got, want):
    global failures
    if got == want:
        print(f"ok {name} = {want}")
    else:
        failures += 1
        print(f"MISMATCH {name}: mentor says {got!r}, the records say {want!r}")


def one_decimal(x):
    return f"{x:.1f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def main():
    args = sys.argv[1:]
    since = until = None
    if "--since" in args:
        i = args.index("--since")
        since = day(args[i + 1])
        del args[i : i + 2]
    if "--until" in args:
        i = args.index("--until")
        until = day(args[i + 1])
        del args[i : i + 2]
    root, cohort, as_of_text, json_file, text_file, csv_file = args
    as_of = day(as_of_text)
    want = counts(root, cohort, as_of, since, until)

    j = json.load(open(json_file, encoding="utf-8"))
    same("json as_of", j["as_of"], as_of_text)
    for key in ("people", "inactive", "mentors", "mentees", "matched"):
        same("json participants." + key, j["participants"][key], want[key])
    for key in ("capacity", "load", "over_capacity", "at_capacity", "far_under_capacity"):
        same("json mentor_load." + key, j["mentor_load"][key], want[key])
    same("json participants.match_rate", j["participants"]["match_rate"],
         round(want["matched"] / want["mentees"], 4) if want["mentees"] else None)
    same("json unmatched", [u["id"] for u in j["unmatched"]],
         sorted(p["id"] for p in mentees_of(root, cohort) if p["id"] not in want["matched_ids"]))
    same("json pairs_by_status", j["pairs_by_status"], want["pairs_by_status"])
    s = j["sessions"]
    same("json sessions.held", s["held"], want["sessions"])
    same("json sessions.hours", round(s["hours"], 2), round(want["minutes"] / 60, 2))
    same("json sessions.planned_due", s["planned_due"], want["planned_due"])
    same("json sessions.held_as_planned", s["held_as_planned"], want["held_as_planned"])
    same("json sessions.adherence", s["adherence"],
         round(want["held_as_planned"] / want["planned_due"], 4) if want["planned_due"] else None)
    same("json sessions.rated", s["rated"], want["rated"])
    same("json sessions.average_rating", s["average_rating"],
         round(want["rating_sum"] / want["rated"], 2) if want["rated"] and want["rating_shown"] else None)
    same("json sessions.by_month", s["by_month"], want["by_month"])
    same("json at_risk", sorted(p["pair"] for p in j["at_risk"]), want["at_risk"])
    same("json at_risk reasons", {p["pair"]: p["risk"] for p in j["at_risk"]},
         {p: want["pairs"][p]["risk"] for p in want["at_risk"]})
    for g in ("open", "overdue", "achieved", "dropped"):
        same("json goals." + g, j["goals"][g], want["goals_" + g])
    for a in ("open", "overdue", "done"):
        same("json actions." + a, j["actions"][a], want["actions_" + a])
    same("json closing_soon", sorted(j["closing_soon"]), want["closing_soon"])
    same("json pairs", sorted(p["pair"] for p in j["pairs"]), sorted(want["pairs"]))

    text = open(text_file, encoding="utf-8").read()

    def grab(pattern):
        m = re.search(pattern, text, re.M)
        return m.groups() if m else None

    same("text as of", grab(r"^  As of ([\d-]+);"), (as_of_text,))
    same("text people", grab(r"^  People: (\d+) active"), (str(want["people"]),))
    same("text matched", grab(r"^  Matched: (\d+) of (\d+) mentees"), (str(want["matched"]), str(want["mentees"])))
    same("text capacity", grab(r"^  Capacity used: (\d+) of (\d+) places"), (str(want["load"]), str(want["capacity"])))
    same("text sessions held", grab(r"^  Sessions held: (\d+) \(([\d.]+) h\)"),
         (str(want["sessions"]), one_decimal(round(want["minutes"] / 60, 1))))
    same("text adherence", grab(r"^  Adherence to the planned rhythm: (\d+) of (\d+) planned"),
         (str(want["held_as_planned"]), str(want["planned_due"])))
    same("text rating", grab(r"^  Average rating: (.+?) \((\d+) rated session"),
         (f"{want['rating_sum'] / want['rated']:.1f}" if want["rated"] and want["rating_shown"] else
          "–" if want["rating_shown"] else f"fewer than {want['min_group']} pairs", str(want["rated"])))
    same("text at risk", grab(r"^Pairs at risk \((\d+)\)"), (str(len(want["at_risk"])),))
    same("text closing soon", grab(r"^Closing in the next 30 days \((\d+)\)"), (str(len(want["closing_soon"])),))
    # The text names months as English does ("Nov 2025"); JSON keeps "2025-11".
    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    months = {f"{y}-{names.index(m) + 1:02}": int(n)
              for m, y, n in re.findall(r"^([A-Z][a-z]{2}) (\d{4}) +(\d+)", text, re.M)}
    same("text months", months, want["by_month"])
    for status, n in want["pairs_by_status"].items():
        same("text pairs " + status, grab(r"^" + status + r" +(\d+)"), (str(n),))
    goals = text[text.index("\nGoals\n") : text.index("\nActions\n")]
    for g in ("achieved", "open", "overdue", "dropped"):
        m = re.search(r"^" + g + r" +(\d+)", goals, re.M)
        same("text goals " + g, m and int(m.group(1)), want["goals_" + g])
    actions = text[text.index("\nActions\n") :]
    for a in ("done", "open", "overdue"):
        m = re.search(r"^" + a + r" +(\d+)", actions, re.M)
        same("text actions " + a, m and int(m.group(1)), want["actions_" + a])

    # The pair rows end at the first empty line (the cohort's figures follow).
    table = open(csv_file, encoding="utf-8", newline="").read()
    rows = list(csv.DictReader(io.StringIO(re.split(r"\r?\n\r?\n", table)[0], newline="")))
    same("csv pairs", sorted(r["pair"] for r in rows), sorted(want["pairs"]))
    for row in rows:
        f = want["pairs"].get(row["pair"])
        if not f:
            continue
        got = {k: row[k] for k in ("status", "sessions", "hours", "planned", "planned_due", "held_as_planned",
                                   "adherence", "average_rating", "last_session", "next_session",
                                   "days_since_contact", "risk", "goals_open", "goals_overdue", "goals_achieved",
                                   "goals_dropped", "actions_open", "actions_overdue", "actions_done")}
        exp = {k: str(f[k]) for k in got}
        exp["average_rating"] = ""  # a row never carries a rating
        same("csv " + row["pair"], got, exp)
    sys.exit(1 if failures else 0)


main()
