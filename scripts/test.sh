#!/usr/bin/env bash
# Sets up, builds and runs every test suite: Catch2 natively and under Node
# (wasm), the Node tests (schemas, CLI ⇄ wasm parity, share links), the
# browser tests in Chromium, and a smoke run of the benchmark.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh"
source "$root/scripts/setup.sh"
cd "$root"

echo "== Catch2, native"
ctest --test-dir build/native --output-on-failure
echo "== Catch2, wasm under Node"
ctest --test-dir build/wasm --output-on-failure
if [ -f scripts/test-sanitizers.sh ]; then
  echo "== Catch2 under ASan + UBSan, and bounded fuzzing"
  scripts/test-sanitizers.sh
fi
echo "== Node tests"
node --test tests/node/
if [ -d tests/browser ]; then
  echo "== Browser tests (Chromium)"
  node --test --test-concurrency=1 tests/browser/
fi
echo "== The benchmark's smoke run (scripts/bench.sh --smoke: it runs, and its checks hold)"
node --test tests/bench/
echo "test: all suites passed"
