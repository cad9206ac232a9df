#!/usr/bin/env bash
# make bench: shell completion of person and pair ids (`mentor __complete`,
# what a Tab press runs) in records directories of 20,000 and 100,000
# people and a tenth as many pairs. Only file names are read, so the files
# are left empty. Target: under 100 ms at 20,000 people, so that Tab feels
# instant. Median of BENCH_RUNS runs (5).
set -euo pipefail
M="${1:-build}/mentor"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mentor-bench-complete.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
source "$(dirname "$0")/lib.sh"   # RUNS, median_ms

printf '%-8s %8s %14s %14s %14s\n' people pairs "show person-1" "plan (pairs)" "show (all ids)"
for n in ${BENCH_COMPLETE_SIZES:-20000 100000}; do
    dir="$WORK/r$n"
    "$M" init "$dir" -q >/dev/null
    (cd "$dir/people" && seq -f "person-%g.yaml" 1 "$n" | xargs touch)
    (cd "$dir/pairs" && seq -f "person-%g--person-1.yaml" 2 $((n / 10 + 1)) | xargs touch)
    one=$(median_ms "$M" __complete words -- -C "$dir" show person-1)
    pairs=$(median_ms "$M" __complete words -- -C "$dir" plan "")
    all=$(median_ms "$M" __complete words -- -C "$dir" show "")
    printf '%-8s %8s %12sms %12sms %12sms\n' "$n" $((n / 10)) "$one" "$pairs" "$all"
done
