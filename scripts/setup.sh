#!/usr/bin/env bash
# Installs what the build and the tests need, only when missing (idempotent).
# Sourced by build.sh, test.sh and run.sh; safe to run on its own.
# Everything comes from Debian's packages and the npm registry.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# node-acorn: emcc needs it (NODE_PATH below). esbuild and the browser drivers come from npm.
packages=(cmake make g++ clang libclang-rt-14-dev emscripten nlohmann-json3-dev catch2 chromium brotli node-acorn)
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when the lock file changed since the last install.
stamp="$root/node_modules/.mf-lock-stamp"
if [ ! -f "$stamp" ] || ! cmp -s "$root/package-lock.json" "$stamp"; then
  echo "setup: npm ci"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$root/package-lock.json" "$stamp"
fi

# Debian's emcc 3.1.6 needs Debian's node modules (acorn) on NODE_PATH.
export NODE_PATH=/usr/share/nodejs
