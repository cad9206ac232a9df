#!/usr/bin/env bash
# Runs every libFuzzer harness for a bounded time (`make fuzz`).
#
#   tests/fuzz/run.sh BUILD_DIR [TARGET...]
#
# BUILD_DIR holds the fuzz_<target> executables (cmake -DMENTOR_FUZZ=ON, built
# with clang). Environment:
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_RSS_MB    memory limit per target, in MB (default 2048)
#   FUZZ_TIMEOUT   seconds one input may take before it counts as a hang (default 10)
#   FUZZ_ARGS      more libFuzzer options, e.g. "-jobs=2 -workers=2"
#
# Each target starts from a scratch copy of tests/fuzz/corpus/<target> and
# tests/fuzz/regressions/<target> in BUILD_DIR/fuzz-run/<target>/, so the
# committed corpus never grows by itself. A crash, hang, leak or excess of
# memory leaves its input in BUILD_DIR/fuzz-run/<target>/artifacts/ and makes
# this script fail, after it has run every target.
set -u

here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: tests/fuzz/run.sh BUILD_DIR [TARGET...]}
shift
build=$(cd "$build" && pwd)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(records csv date cadence action)
seconds=${FUZZ_SECONDS:-60}
rss_mb=${FUZZ_RSS_MB:-2048}
timeout=${FUZZ_TIMEOUT:-10}

# One line of libFuzzer's final statistics, e.g. stat "$log" number_of_executed_units.
stat() { sed -n "s/^stat::$2: *//p" "$1" | tail -n 1; }

failed=()
summary=$(printf '%-8s %8s %12s %8s %6s %6s %7s %8s\n' target seconds executions exec/s cov ft corpus rss_mb)
for target in "${targets[@]}"; do
    fuzzer=$build/fuzz_$target
    [ -x "$fuzzer" ] || { echo "run.sh: $fuzzer is missing (configure with -DMENTOR_FUZZ=ON and build)" >&2; exit 2; }
    work=$build/fuzz-run/$target
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    find "$here/corpus/$target" "$here/regressions/$target" -type f ! -name '.*' -exec cp -t "$work/corpus" {} +
    echo "== fuzz_$target: ${seconds}s from $(ls "$work/corpus" | wc -l) seed inputs (log: $work/log)"
    start=$(date +%s)
    # `timeout` is a backstop in case libFuzzer itself stops responding.
    timeout --kill-after=30 $((seconds + 300)) "$fuzzer" -max_total_time="$seconds" -rss_limit_mb="$rss_mb" \
        -timeout="$timeout" -print_final_stats=1 -artifact_prefix="$work/artifacts/" ${FUZZ_ARGS:-} \
        "$work/corpus" >"$work/log" 2>&1
    rc=$?
    elapsed=$(( $(date +%s) - start ))
    last=$(grep -E '^#[0-9]+' "$work/log" | tail -n 1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    summary+=$(printf '\n%-8s %8s %12s %8s %6s %6s %7s %8s' "$target" "$elapsed" \
        "$(stat "$work/log" number_of_executed_units)" "$(stat "$work/log" average_exec_per_sec)" \
        "${cov:-?}" "${ft:-?}" "$(ls "$work/corpus" | wc -l)" "$(stat "$work/log" peak_rss_mb)")
    artifacts=$(find "$work/artifacts" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \))
    if [ "$rc" -ne 0 ] || [ -n "$artifacts" ]; then
        failed+=("$target")
        echo "!! fuzz_$target failed (exit $rc); the end of its log:" >&2
        grep -v -E '^#[0-9]+|^(INFO|MERGE)' "$work/log" | tail -n 40 >&2
        for a in $artifacts; do
            cat >&2 <<MSG
!! input that failed: $a
   replay it:   $fuzzer $a
   minimise it: $fuzzer -minimize_crash=1 -max_total_time=60 -exact_artifact_path=$work/minimal $a
   keep it as a regression, named by what it caught, then fix the bug:
                cp $work/minimal $here/regressions/$target/<what-it-caught>
MSG
        done
    fi
done
echo
echo "$summary"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing failed for: ${failed[*]}" >&2
    exit 1
fi
echo "fuzzing: ${#targets[@]} targets, ${seconds}s each, no failure"
