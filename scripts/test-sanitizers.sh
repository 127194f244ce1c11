#!/usr/bin/env bash
# The native engine under AddressSanitizer + UndefinedBehaviorSanitizer:
#  1. the Catch2 suite, built with clang and -DMF_SANITIZE=ON in build/asan;
#  2. every libFuzzer target for MF_FUZZ_SECONDS each (default 30), through
#     scripts/fuzz.sh (build/fuzz; crash inputs in build/fuzz/artifacts/).
# Fails on any test failure, sanitizer report, leak, crash or fuzzer timeout.
# Called by scripts/test.sh; runs on its own too. MF_FUZZ_SECONDS=0 skips fuzzing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/setup.sh"
cd "$root"
jobs=$(nproc)
start=$SECONDS

# Any report stops the process with a non-zero exit; leaks are reported at exit.
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1

echo "sanitizers: building the Catch2 suite (clang, ASan + UBSan, build/asan)"
# Debug (-O0 -g, assertions on): compiles 2-3x faster than -O2 under the
# sanitizers (Catch2's main alone: 10 s vs 33 s), and the suite still runs in seconds.
cmake -S . -B build/asan -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DMF_SANITIZE=ON >/dev/null
# Only what ctest runs: no CLI, no fuzzers.
cmake --build build/asan -j"$jobs" --target mf_tests >/dev/null
echo "sanitizers: built in $((SECONDS - start)) s; running ctest"
ctest --test-dir build/asan --output-on-failure
echo "sanitizers: Catch2 under ASan + UBSan passed ($((SECONDS - start)) s so far)"

fuzz_seconds=${MF_FUZZ_SECONDS:-30}
if [ "$fuzz_seconds" -gt 0 ]; then
  # One target per core: 3 targets x 30 s take ~60 s of wall time on 2 cores.
  MF_FUZZ_JOBS=${MF_FUZZ_JOBS:-$jobs} scripts/fuzz.sh "$fuzz_seconds"
fi
echo "sanitizers: all passed in $((SECONDS - start)) s"
