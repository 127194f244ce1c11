#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/*.cpp) with clang under ASan + UBSan
# in build/fuzz and runs each for SECONDS (default 300) on a working copy of
# its seed corpus. Fails on any crash, leak, sanitizer report or timeout.
#
#   scripts/fuzz.sh [SECONDS]          every target
#   MF_FUZZ_TARGETS="fuzz_request" scripts/fuzz.sh 60
#   MF_FUZZ_JOBS=2 scripts/fuzz.sh     two targets at a time
#
# Seeds: tests/fuzz/corpus/<target>/ (committed, never written to). Working
# corpus: build/fuzz/corpus/<target>/ (seeds are copied in; what the fuzzer
# finds accumulates there across runs; delete it to start over). Crash inputs:
# build/fuzz/artifacts/<target>-crash-*; replay one with
#   build/fuzz/<target> build/fuzz/artifacts/<file>
# and turn it into a test in tests/core/regressions_test.cpp.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-300}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS]" >&2; exit 2; }
source "$root/scripts/setup.sh"
cd "$root"
build=build/fuzz

# -O1 with line tables (symbolised reports), and without NDEBUG: nlohmann's
# internal assertions (e.g. a const operator[] on a missing key) become findings.
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DMF_FUZZ=ON -DMF_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzzers >/dev/null

targets=${MF_FUZZ_TARGETS:-$(cd tests/fuzz && ls ./*.cpp | sed 's|^\./||; s|\.cpp$||')}
mkdir -p "$build/artifacts" "$build/logs"

# Fail fast and loudly; libFuzzer itself turns any report into a non-zero exit.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

# One target: its exit status goes to logs/<target>.status.
run_one() {
  local t=$1 corpus="$build/corpus/$1" log="$build/logs/$1.log" status=0
  mkdir -p "$corpus"
  if [ -d "tests/fuzz/corpus/$t" ]; then cp -n tests/fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true; fi
  # -timeout: an input that takes 20 s is a hang (e.g. quadratic work on hostile data).
  "$build/$t" "$corpus" -dict=tests/fuzz/json.dict -max_total_time="$seconds" -timeout=20 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/artifacts/$t-" >"$log" 2>&1 || status=$?
  echo "$status" >"$build/logs/$t.status"
}

# MF_FUZZ_JOBS targets at a time (default 1; test-sanitizers.sh uses one per core).
jobs=${MF_FUZZ_JOBS:-1}
for t in $targets; do
  echo "fuzz: $t for ${seconds}s (log: $build/logs/$t.log)"
  rm -f "$build/logs/$t.status"
  run_one "$t" &
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
done
wait

failed=()
for t in $targets; do
  log="$build/logs/$t.log"
  status=$(cat "$build/logs/$t.status" 2>/dev/null || echo "?")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  if [ "$status" != 0 ] || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$log"; then
    echo "fuzz: $t FAILED (exit $status) — last lines of $log:" >&2
    tail -40 "$log" >&2
    ls -1 "$build/artifacts/$t-"* 2>/dev/null | sed 's/^/  artifact: /' >&2 || true
    failed+=("$t")
  else
    echo "fuzz: $t ok — ${runs:-?} runs, ${rate:-?} exec/s, ${cov:-cov: ?}, corpus $(ls "$build/corpus/$t" | wc -l) files"
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: all targets ok"
