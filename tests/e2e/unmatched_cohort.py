#!/usr/bin/env python3
"""Writes a cohort of 150 mentors (three machine words of them, the last one
part full) and 60 mentees with every field the rules read, for
test_unmatched.sh: usage: unmatched_cohort.py DIR SEED.

Some mentees are hostile: 40 wanted skills, or a seniority no one shares.
"""
import os
import random
import sys

out, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
langs = ["en", "fr", "de", "pt", "ja"]
orgs = ["Acme", "Beta", "Gamma"]
teams = ["Data", "Sales"]
zones = ["Europe/Paris", "Europe/London", "Asia/Tokyo", "America/New_York", ""]
skills = ["python", "leadership", "negotiation", "data", "design"]


def person(pid, role, k):
    lines = [f"id: {pid}", f"name: {pid}", f"email: {pid}@example.org", f"roles: [{role}]", "active: true"]
    lines.append(f"organisation: {rng.choice(orgs)}")
    lines.append(f"team: {rng.choice(teams)}")
    if rng.random() < 0.85:
        lines.append(f"seniority: {rng.randint(0, 30) if not (role == 'mentee' and k % 17 == 0) else 45}")
    own = [l for l in langs if rng.random() < 0.35]
    if own:
        lines.append(f"languages: [{', '.join(own)}]")
    zone = rng.choice(zones)
    if zone:
        lines.append(f"timezone: {zone}")
    if role == "mentor":
        lines.append(f"capacity: {rng.randint(0, 2)}")
        lines.append("offers:")
        for s in skills:
            if rng.random() < 0.4:
                lines.append(f"  {s}: {rng.randint(1, 5)}")
        for s in range(40):
            if rng.random() < 0.3:
                lines.append(f"  extra {s}: 2")
    else:
        if k % 5 == 0:
            lines.append(f"manager: m{rng.randint(0, 149)}")
        if k % 7 == 0:
            lines.append(f"avoids: [m{rng.randint(0, 149)}]")
        lines.append("wants:")
        wanted = [s for s in skills if rng.random() < 0.4] or ["python"]
        if k % 11 == 0:
            wanted += [f"extra {s}" for s in range(40)]
        for s in wanted:
            lines.append(f"  {s}: {rng.choice(['high', 'medium', 'low'])}")
    with open(os.path.join(out, "people", pid + ".yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")


for k in range(150):
    person(f"m{k}", "mentor", k)
for k in range(60):
    person(f"e{k}", "mentee", k)
