#!/usr/bin/env bash
# The performance benchmark (not part of the tests; its smoke run is). Prints a
# table, or with --json one JSON object, each figure beside its target:
#   1. weight      gzip/brotli bytes the embed loads for the first cards and with every view opened
#   2. cold start  headless Chromium, fresh context per run: the widget beside a static copy of the page
#   3. interaction filter toggle / quiz answer / quiz step → DOM updated, unthrottled and at 4× CPU
#   4. engine      recommend() through engine.mjs on synthetic catalogues of 10, 200 and 1 000 messengers
# What is measured and how, and today's figures: docs/performance.md.
#
# usage: scripts/bench.sh [--json] [--smoke] [--runs N] [--only weight,cold,interaction,engine]
#   --smoke   1 browser run, 3 samples, 10 messengers: that every part runs and its checks
#             hold (tests/bench/smoke.test.mjs); its figures mean nothing
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

json=0; runs=11; samples=9; sizes=10,200,1000; only=weight,cold,interaction,engine
while [ $# -gt 0 ]; do
  case "$1" in
    --json) json=1 ;;
    --smoke) runs=1; samples=3; sizes=10 ;;
    --runs) runs=$2; shift ;;
    --only) only=$2; shift ;;
    -h|--help) sed -n 2,12p "$0"; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
has() { [[ ",$only," == *",$1,"* ]]; }

# The table goes to stdout, progress to stderr.
[ -f dist/index.html ] && [ -f dist/mf-engine.wasm ] || scripts/build.sh >&2
source scripts/setup.sh >&2
out=build/bench
mkdir -p "$out"
rm -f "$out/browser.json" "$out/engine.json"
node tests/bench/machine.mjs "$out/machine.json"
# A snapshot of dist/: a rebuild during the run must not change what is measured.
rm -rf "$out/site" && cp -r dist "$out/site"

parts=()
for p in weight cold interaction; do has $p && parts+=($p); done
if [ ${#parts[@]} -gt 0 ]; then
  echo "bench: browser (${parts[*]}), $runs runs" >&2
  node tests/bench/browser-bench.mjs "$out/browser.json" --runs "$runs" --only "$(IFS=,; echo "${parts[*]}")" >&2
fi
if has engine; then
  node tests/bench/engine-bench.mjs "$out/engine.json" --dist "$out/site" --sizes "$sizes" --samples "$samples" >&2
fi
node tests/bench/machine.mjs "$out/machine.json" --end

args=("$out/machine.json" "$out/browser.json" "$out/engine.json")
[ "$json" = 1 ] && args+=(--json)
node tests/bench/report.mjs "${args[@]}"
