#!/usr/bin/env bash
# Builds everything, runs nothing: native engine + CLI + tests (build/native),
# the wasm engine + its tests (build/wasm), and the widget (dist/).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/setup.sh"
cd "$root"
jobs=$(nproc)

cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j"$jobs"

# The emulator override: emcmake's default passes a flag Node 20 rejects.
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CROSSCOMPILING_EMULATOR="$(command -v node)" >/dev/null
cmake --build build/wasm -j"$jobs"

rm -rf dist && mkdir -p dist
cp build/wasm/mf-engine.mjs build/wasm/mf-engine.wasm wasm/engine.mjs wasm/engine.d.ts dist/
if [ -f scripts/build-web.mjs ]; then node scripts/build-web.mjs; fi
echo "build: ok (build/native, build/wasm, dist/)"
