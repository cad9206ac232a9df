#!/usr/bin/env bash
# bench/bench_seal.sh [BUILD]: logging and the cohort report on 100,000
# sessions (bench_report's program), sealed and unsealed. The bound of issue
# 20: sealed within 1.5 x unsealed for both. Picked up by bench/run.sh.
set -euo pipefail
BUILD=${1:-build}
M="$BUILD/mentor"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mentor-bench-seal.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
source "$(dirname "$0")/lib.sh"   # RUNS, median_ms
export MENTOR_TODAY=2026-03-02 XDG_CONFIG_HOME="$WORK/config"

# 20,000 people, 5,000 pairs, 100,000 sessions, in $WORK/gen/program.
"$BUILD/bench_report" "$M" 1 "$WORK/gen" >/dev/null
mv "$WORK/gen/program" "$WORK/clear"
R=$("$M" -q key init)
cp -a "$WORK/clear" "$WORK/sealed"
"$BUILD/gen_records" --seal "$WORK/sealed" "$R"
grep -q "BEGIN AGE" "$WORK/sealed/journal/mentor-0--mentee-1/"*.yaml || { echo "nothing was sealed"; exit 1; }

pair=mentor-1--mentee-2
log_once() {  # log_once DIR: one session with content, in a pair of DIR
    "$M" -C "$1" -q log $pair --date 2026-03-01 --duration 30 --no-edit --topic bench \
        --notes "a session with notes" --action "mentee: one more step" </dev/null
}
printf '%-22s %10s %10s %7s\n' "" unsealed sealed ratio
status=0
for what in log report; do
    for kind in clear sealed; do
        if [ $what = log ]; then
            t=$(median_ms log_once "$WORK/$kind")
        else
            t=$(median_ms "$M" -C "$WORK/$kind" report --all)
        fi
        eval "t_$kind=$t"
    done
    ratio=$(awk -v a="$t_clear" -v b="$t_sealed" 'BEGIN { printf "%.2f", (a > 0 ? b / a : 0) }')
    label=$([ $what = log ] && echo "log (100k sessions)" || echo "report --all (cohort)")
    printf '%-22s %8sms %8sms %7s\n' "$label" "$t_clear" "$t_sealed" "$ratio"
    awk -v r="$ratio" 'BEGIN { exit !(r <= 1.5) }' || { echo "  over the bound of 1.5 x"; status=1; }
done
exit $status
