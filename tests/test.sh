#!/usr/bin/env bash
# Runs every test of Partnerschap: unit, HTTP (WebApplicationFactory on real SQLite) and browser (Playwright on
# /usr/bin/chromium). Installs the npm packages the browser tests inject (axe-core) when they are missing.
# Prints one closing line "Tests: N passed, N failed, N skipped" and exits non-zero when a test failed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

if [ ! -f tests/Partnerschap.Tests/node_modules/axe-core/axe.min.js ]; then
  (cd tests/Partnerschap.Tests && npm ci --no-audit --no-fund --loglevel=error)
fi

results="$root/tests/TestResults"
rm -rf "$results"
status=0
dotnet test Partnerschap.sln --configuration Release \
  --logger "trx;LogFileName=partnerschap.trx" --logger "console;verbosity=normal" \
  --results-directory "$results" "$@" || status=$?

trx="$(find "$results" -name '*.trx' | head -n 1)"
if [ -n "$trx" ]; then
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  total="$(get total)"; passed="$(get passed)"; failed="$(get failed)"; executed="$(get executed)"
  skipped=$(( total - executed ))
  echo "Tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
else
  echo "Tests: 0 passed, 1 failed"
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
