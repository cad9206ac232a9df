#!/usr/bin/env bash
# make bench: the scaling sweep. Every command of bench/sweep_commands.txt
# at each size of BENCH_SIZES (default 1000 10000 100000 people): the median
# wall time of BENCH_SWEEP_RUNS runs (3), the peak memory of the largest run,
# and the growth exponent log(t2/t1) / log(n2/n1) from the size before,
# beside the floor (a plain parallel read of the same files). An exponent
# near 1 is linear; above ~1.2 between the two largest sizes is a bug to fix
# or to explain in docs/performance.md. Matching scores every mentee against
# every mentor, so it is run only up to BENCH_MATCH_MAX people (20000).
#   bash bench/sweep.sh BUILD [COMMANDS_FILE]
set -euo pipefail
BUILD=${1:-build}
COMMANDS=${2:-$(dirname "$0")/sweep_commands.txt}
M="$BUILD/mentor"
SIZES=${BENCH_SIZES:-"1000 10000 100000"}
RUNS=${BENCH_SWEEP_RUNS:-3}
MATCH_MAX=${BENCH_MATCH_MAX:-20000}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mentor-sweep.XXXXXX")
trap 'wait; rm -rf "$WORK"' EXIT
export MENTOR_TODAY=2026-03-02 M

# measure SETUP COMMAND: "median-ms peak-MB" over $RUNS runs.
measure() {
    local setup=$1 command=$2 times=() peak=0 start end kb
    for R in $(seq "$RUNS"); do
        export R
        [ "$setup" = - ] || bash -c "$setup" >/dev/null 2>&1 || true
        start=$(date +%s%N)
        /usr/bin/time -f '%M' -o "$WORK/.peak" bash -c "exec $command" >/dev/null 2>"$WORK/.err" ||
            echo "sweep: failed: $command: $(tail -1 "$WORK/.err")" >&2
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
        kb=$(tail -1 "$WORK/.peak")
        [[ "$kb" =~ ^[0-9]+$ ]] && [ "$kb" -gt "$peak" ] && peak=$kb
    done
    echo "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p") $((peak / 1024))"
}

# exponent T1 T2 N1 N2: log(t2/t1) / log(n2/n1), or "-" when a time is 0.
exponent() { awk -v a="$1" -v b="$2" -v n="$3" -v m="$4" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", log(b / a) / log(m / n); else print "-" }'; }

declare -A ms mb
names=()
while IFS=$'\t' read -r name _ _; do
    [[ -z "$name" || "$name" == \#* ]] || names+=("$name")
done <"$COMMANDS"
names=(floor "${names[@]}")

for n in $SIZES; do
    export D="$WORK/r$n" CSV="$WORK/people-$n.csv" W="$WORK/w$n"
    mkdir -p "$W"
    "$BUILD/gen_records" "$D" "$n" --pairs $((n / 10))
    "$BUILD/gen_records" --csv "$CSV" "$n"
    "$M" -C "$D" -q plan p5--p6 --start 2026-01-05 --cadence weekly >/dev/null
    read -r ms[floor,$n] mb[floor,$n] < <(measure - "$BUILD/gen_records --read $D")
    while IFS=$'\t' read -r name setup command; do
        [[ -z "$name" || "$name" == \#* ]] && continue
        if [[ "$name" == match* && "$n" -gt "$MATCH_MAX" ]]; then
            ms[$name,$n]=skip mb[$name,$n]=-
            continue
        fi
        read -r ms[$name,$n] mb[$name,$n] < <(measure "$setup" "$command")
    done <"$COMMANDS"
    rm -rf "$D" "$W" &  # the next size need not wait for it (the trap waits at the end)
done

echo "== scaling sweep: median of $RUNS runs (ms), peak memory (MB), growth exponent from the size before; $(nproc) cores"
printf '%-16s' command
for n in $SIZES; do printf ' %11s %6s %5s' "${n}:ms" MB exp; done
echo
for name in "${names[@]}"; do
    printf '%-16s' "$name"
    prev=
    for n in $SIZES; do
        t=${ms[$name,$n]} e=-
        [[ -n "$prev" && "$t" != skip && "${ms[$name,$prev]}" != skip ]] && e=$(exponent "${ms[$name,$prev]}" "$t" "$prev" "$n")
        printf ' %11s %6s %5s' "$t" "${mb[$name,$n]}" "$e"
        prev=$n
    done
    echo
done
echo "(match above $MATCH_MAX people: skipped, see docs/performance.md; BENCH_SIZES, BENCH_SWEEP_RUNS, BENCH_MATCH_MAX to change)"
