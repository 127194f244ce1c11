#!/usr/bin/env bash
# Sets up, builds, and serves the widget demo on http://127.0.0.1:8000/
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/build.sh"
cd "$root"
port="${PORT:-8000}"
echo "Serving dist/ on http://127.0.0.1:$port/ (Ctrl+C to stop)"
exec node scripts/serve.mjs dist "$port"
