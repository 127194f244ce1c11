#!/usr/bin/env bash
# Prints the CLI's answer (stdout, stderr, exit code) to every request in
# requests.txt. Usage: tests/golden/run.sh CLI > out.txt
set -uo pipefail
cli=$1
cd "$(dirname "$0")/../.."
grep -v '^#' tests/golden/requests.txt | while read -r line; do
  echo "### $line"
  # shellcheck disable=SC2086
  "$cli" $line 2>&1
  echo "### exit $?"
done
