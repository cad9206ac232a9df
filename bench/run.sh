#!/usr/bin/env bash
# make bench: builds synthetic records directories and times the commands
# against the floor of a plain parallel read of the same files (the sweep:
# bench/sweep.sh, its commands in bench/sweep_commands.txt), then the
# engine, log, report, match and completion benchmarks. Figures are the
# median of several runs; peak memory from /usr/bin/time.
set -euo pipefail
BUILD=${1:-build}
M="$BUILD/mentor"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mentor-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
source "$(dirname "$0")/lib.sh"   # RUNS, median_ms
# The scaling sweep: every command at each of BENCH_SIZES people (default
# 1000 10000 100000), with its growth exponent, beside the read floor.
bash "$(dirname "$0")/sweep.sh" "$BUILD"

[ "${BENCH_STORE_ONLY:-0}" = 1 ] && exit 0
echo
echo "== matching engine alone (synthetic scores): bench_assignment"
"$BUILD/bench_assignment" --size all || echo "bench_assignment failed"
for extra in bench_log bench_report; do
    echo
    echo "== $extra"
    "$BUILD/$extra" "$M" || echo "$extra failed"
done
for script in bench/bench_*.sh; do
    [ -e "$script" ] || continue
    echo
    echo "== $script"
    bash "$script" "$BUILD" || echo "$script failed"
done
