#!/usr/bin/env bash
# make bench: builds synthetic records directories and times the commands
# against the floor of a plain parallel read of the same files. Figures are
# the median of several runs; peak memory from /usr/bin/time when present.
set -euo pipefail
BUILD=${1:-build}
M="$BUILD/mentor"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mentor-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
source "$(dirname "$0")/lib.sh"   # RUNS, median_ms
SIZES=${BENCH_SIZES:-"1000 20000 100000"}

# peak_mb CMD...: peak resident memory in MB.
peak_mb() {
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1 / 1024}'
    else
        echo "n/a"
    fi
}

echo "== records store: validate and list (median of $RUNS runs, $(nproc) cores)"
printf '%-8s %10s %12s %12s %12s %10s\n' people files read-floor validate list peak-MB
for n in $SIZES; do
    [ "$n" = 0 ] && continue
    dir="$WORK/r$n"
    "$BUILD/gen_records" "$dir" "$n" --pairs $((n / 10))
    files=$(find "$dir" -name '*.yaml' | wc -l)
    floor=$(median_ms "$BUILD/gen_records" --read "$dir")
    validate=$(median_ms "$M" -C "$dir" validate)
    list=$(median_ms "$M" -C "$dir" list people)
    mem=$(peak_mb "$M" -C "$dir" validate)
    printf '%-8s %10s %10sms %10sms %10sms %10s\n' "$n" "$files" "$floor" "$validate" "$list" "$mem"
done

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
