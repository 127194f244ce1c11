#!/usr/bin/env bash
# The performance benchmark of issue 5 (not part of the tests). Prints a table,
# or with --json one JSON object, covering:
#   1. weight      gzip/brotli bytes the embed loads for the first cards, then each view's
#                  on-demand chunk and the total with every view opened; standalone.html
#   2. cold start  headless Chromium, fresh context per run, widget vs a static copy
#   3. interaction filter toggle / quiz answer / quiz step → DOM updated
#   4. engine      recommend() on synthetic catalogues: native, wasm in Node, JS reference
# What is measured and how: docs/performance.md.
#
# usage: scripts/bench.sh [--json] [--quick | --smoke] [--runs N] [--sizes 10,1000,...]
#                         [--only weight,cold,interaction,engine] [--compare-engine DIR]
#   --quick   5 browser runs, 5 samples, sizes 10 and 1000 (a short run, not for the record)
#   --smoke   1 browser run, 3 samples, size 10: that every part still runs and its
#             checks hold (tests/bench/smoke.test.mjs); its figures mean nothing
#   --compare-engine DIR   DIR holds another build of mf-engine.mjs + mf-engine.wasm (e.g. before
#             a change): the widget is built a second time around it, and both are measured
#             interleaved in the same runs (cold start, interaction, wasm engine): on a busy
#             machine the only fair before/after.
# Reuses build/ and dist/ from scripts/build.sh or scripts/test.sh when present.
# Intermediate files: build/bench/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

json=0; runs=11; samples=9; sizes=10,1000,10000,100000; only=weight,cold,interaction,engine; compare=
while [ $# -gt 0 ]; do
  case "$1" in
    --json) json=1 ;;
    --quick) runs=5; samples=5; sizes=10,1000 ;;
    --smoke) runs=1; samples=3; sizes=10 ;;
    --runs) runs=$2; shift ;;
    --sizes) sizes=$2; shift ;;
    --only) only=$2; shift ;;
    --compare-engine) compare=$(cd "$2" && pwd); shift ;;
    -h|--help) sed -n 2,22p "$0"; exit 0 ;;
    *) echo "bench: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
has() { [[ ",$only," == *",$1,"* ]]; }

# Everything the table needs goes to stdout; progress goes to stderr.
if [ ! -f dist/index.html ] || [ ! -f dist/mf-engine.wasm ] || [ ! -x build/native/messenger-fit ]; then
  echo "bench: no build yet, running scripts/build.sh" >&2
  scripts/build.sh >&2
fi
source scripts/setup.sh >&2
out=build/bench
mkdir -p "$out"

cat /proc/loadavg | cut -d' ' -f1-3 > "$out/loadavg-start"
if has engine; then
  echo "bench: building build/native/bench_engine" >&2
  cmake -S . -B build/native >/dev/null
  cmake --build build/native --target bench_engine -j"$(nproc)" >&2
fi

node -e '
const os = require("node:os"), cp = require("node:child_process"), fs = require("node:fs");
const sh = (c) => { try { return cp.execSync(c, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(); } catch { return "?"; } };
const cpu = (fs.readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/) || [])[1] || os.cpus()[0]?.model || "?";
fs.writeFileSync(process.argv[1], JSON.stringify({
  cpu, nproc: Number(sh("nproc")), mem_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version,
  chromium: sh("/usr/bin/chromium --version"), emcc: (sh("emcc --version").match(/\b\d+\.\d+\.\d+\b/) || ["?"])[0],
  os: sh(". /etc/os-release && echo $PRETTY_NAME"), kernel: os.release(),
  commit: sh("git rev-parse --short HEAD") + (sh("git status --porcelain --untracked-files=no") ? "+local changes" : ""),
  loadavg_start: fs.readFileSync(process.argv[2], "utf8").trim(), date: new Date().toISOString(),
}));' "$out/machine.json" "$out/loadavg-start"

browser_parts=()
has weight && browser_parts+=(weight)
has cold && browser_parts+=(cold)
has interaction && browser_parts+=(interaction)
# Only the parts being run are replaced: `--only engine` keeps the last browser.json.
[ ${#browser_parts[@]} -gt 0 ] && rm -f "$out/browser.json"
has engine && rm -f "$out/engine.json"
# A snapshot of dist/: a rebuild during the run must not change what is measured.
rm -rf "$out/site" && cp -r dist "$out/site"
compare_site=()
compare_dist=()
if [ -n "$compare" ]; then
  # The same widget sources around the other engine, built like dist/ is.
  tree="$out/compare-tree"
  rm -rf "$tree" && mkdir -p "$tree/scripts" "$tree/data"
  # Every script build-web imports (message-split.mjs since round 4).
  cp scripts/*.mjs "$tree/scripts/" && cp -r web "$tree/" && cp -r data/i18n "$tree/data/"
  cp package.json "$tree/" && cp -r "$out/site" "$tree/dist"
  cp "$compare/mf-engine.mjs" "$compare/mf-engine.wasm" "$tree/dist/"
  (cd "$tree" && node scripts/build-web.mjs >&2)
  rm -rf "$out/compare-site" && mv "$tree/dist" "$out/compare-site" && rm -rf "$tree"
  compare_site=(--compare-site "$out/compare-site")
  compare_dist=(--compare-dist "$out/compare-site")
fi

if [ ${#browser_parts[@]} -gt 0 ]; then
  echo "bench: browser (${browser_parts[*]}), $runs runs" >&2
  node tests/bench/browser-bench.mjs "$out/browser.json" --runs "$runs" \
    --only "$(IFS=,; echo "${browser_parts[*]}")" "${compare_site[@]}" >&2
fi
if has engine; then
  echo "bench: engine scaling, sizes $sizes" >&2
  node tests/bench/engine-bench.mjs "$out/engine.json" --dist "$out/site" --sizes "$sizes" --samples "$samples" \
    "${compare_dist[@]}" >&2
fi
node -e '
const fs = require("node:fs"); const m = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
m.loadavg_end = fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
fs.writeFileSync(process.argv[1], JSON.stringify(m));' "$out/machine.json"

args=("$out/machine.json" "$out/browser.json" "$out/engine.json")
[ "$json" = 1 ] && args+=(--json)
node tests/bench/report.mjs "${args[@]}"
