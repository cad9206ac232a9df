# Shared by the shell benchmarks (bench/run.sh, bench/bench_*.sh).
RUNS=${BENCH_RUNS:-5}

# median_ms CMD...: runs CMD $RUNS times, prints the median wall time in ms.
median_ms() {
    local times=() start end
    for _ in $(seq "$RUNS"); do
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p"
}
