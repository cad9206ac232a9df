#!/usr/bin/env bash
# make bench: `mentor match` end to end (loading included) on synthetic
# cohorts of 2,000 x 500 and 20,000 x 5,000 (capacity 4), with the total
# score of each algorithm, and scipy's linear_sum_assignment on the same
# scores (capacity slots expanded) where python3-scipy is installed.
set -euo pipefail
BUILD=${1:-build}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mentor-bench-match.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
# Debian's python3 is the one that sees Debian's python3-scipy.
PYTHON=$([ -x /usr/bin/python3 ] && echo /usr/bin/python3 || command -v python3)
exec "$PYTHON" - "$BUILD" "$WORK" "${BENCH_MATCH_SIZES:-2500 25000}" <<'PY'
import json, os, resource, subprocess, sys, time
build, work, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3].split()]
mentor = os.path.join(build, "mentor")

def run(args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    seconds = time.monotonic() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB, the largest child so far
    return out, seconds, peak / 1024

print(f"{'mentees x mentors':>18} {'algorithm':>9} {'seconds':>8} {'peak MB':>8} {'matched':>8} {'total score':>12}")
for people in sizes:
    d = os.path.join(work, f"c{people}")
    subprocess.run([os.path.join(build, "gen_records"), d, str(people)], check=True)
    with open(os.path.join(d, "mentor.yaml"), "a") as f:
        pass
    size = f"{people * 4 // 5} x {people // 5}"
    results = {}
    for algorithm in ("optimal", "stable", "greedy"):
        out, seconds, peak = run([mentor, "-C", d, "-q", "match", "--algorithm", algorithm, "--format", "json"])
        r = json.loads(out)
        results[algorithm] = r
        print(f"{size:>18} {algorithm:>9} {seconds:8.2f} {peak:8.0f} {r['matched']:8d} {r['total_score']:12.4f}", flush=True)
    assert results["greedy"]["total_score"] <= results["optimal"]["total_score"] + 1e-6 or \
        results["greedy"]["matched"] < results["optimal"]["matched"]
    try:
        import numpy as np
        from scipy.optimize import linear_sum_assignment
    except ImportError:
        print(f"{size:>18} {'scipy':>9}  (python3-scipy not installed: skipped)")
        continue
    if people > 5000:
        print(f"{size:>18} {'scipy':>9}  (skipped: dense slots need ~5 GB and minutes at this size)")
        continue
    out, _, _ = run([mentor, "-C", d, "-q", "match", "--matrix"])
    rows = [line.split(",") for line in out.splitlines()[1:]]
    mentees = sorted({r[0] for r in rows}); mentors = sorted({r[1] for r in rows})
    mi = {m: k for k, m in enumerate(mentees)}; mj = {m: k for k, m in enumerate(mentors)}
    score = np.full((len(mentees), len(mentors)), -1.0)
    for r in rows:
        if r[2]:
            score[mi[r[0]], mj[r[1]]] = float(r[2])
    slots = np.repeat(score, 4, axis=1)  # every mentor copied into its 4 capacity slots
    start = time.monotonic()
    cost = np.where(slots < 0, 1e6, -slots)  # infeasible: a huge cost, so coverage comes first
    rows_, cols_ = linear_sum_assignment(cost)
    seconds = time.monotonic() - start
    chosen = slots[rows_, cols_]
    feasible = chosen >= 0
    print(f"{size:>18} {'scipy':>9} {seconds:8.2f} {'':>8} {int(feasible.sum()):8d} {chosen[feasible].sum():12.4f}")
PY
