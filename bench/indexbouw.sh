#!/usr/bin/env bash
# Where the time and memory of the search index go at scale: publishes the portal, generates N synthetic
# organisations, then starts it twice on that database.
#   1. plain: seconds from start until /health/ready (the index is built in the background at start-up, and ready
#      waits for it), memory (VmRSS, VmHWM), and a heap dump by type (dotnet-gcdump) once the index is there;
#   2. under dotnet-trace (CPU samples of the whole start-up): the methods with the most samples.
# Needs dotnet-gcdump and dotnet-trace (dotnet tool install <tool> --version 10.0.750501 --tool-path /tmp/tools).
#
#   bash bench/indexbouw.sh [organisations=100000]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
orgs="${1:-100000}"
port=5197
zonder_wrk=1
tools="${TOOLS:-/tmp/tools}"
for tool in dotnet-gcdump dotnet-trace; do
  [ -x "$tools/$tool" ] || { echo "$tool ontbreekt: dotnet tool install $tool --version 10.0.750501 --tool-path $tools" >&2; exit 2; }
done
source "$root/bench/portaal.sh"
bereid_voor

# 1. Plain start (start_portaal sets ready_ms).
start_portaal
ms="$ready_ms"
curl -fs -o /dev/null "$base/sociale-kaart?q=huiswerk&gemeente=Gent"
gebouwd="$(grep -o '"Ms":[0-9]*' "$work/app.log" | head -n 1 | cut -d: -f2 || true)"
geheugen="$(awk '/VmRSS/ {r=int($2/1024)} /VmHWM/ {h=int($2/1024)} END {print r " MB in gebruik, piek " h " MB"}' /proc/$app/status)"
"$tools/dotnet-gcdump" collect -p "$app" -o "$work/heap.gcdump" >/dev/null
echo "## ${orgs} organisaties"
echo
echo "- Start tot /health/ready: ${ms} ms (de index zelf: ${gebouwd:-?} ms volgens het log)"
echo "- Geheugen na de eerste zoekvraag: ${geheugen}"
echo
echo "Heap na het opbouwen (dotnet-gcdump, grootste types):"
echo '```'
"$tools/dotnet-gcdump" report "$work/heap.gcdump" | head -n 30
echo '```'
kill "$app"; wait "$app" 2>/dev/null || true

# 2. The same start under dotnet-trace: CPU samples of the first seconds (a little longer than the plain start took;
# a background job ignores Ctrl+C, so the trace ends by its duration).
duur="$(( ms / 1000 + 5 ))"
"$tools/dotnet-trace" collect --profile dotnet-sampled-thread-time --format speedscope -o "$work/start.nettrace" \
  --duration "00:00:$(printf '%02d' "$duur")" -- dotnet Partnerschap.Web.dll --urls "$base" > "$work/trace.log" 2>&1 || true
pkill -f "Partnerschap.Web.dll --urls $base" 2>/dev/null || true
speedscope="$(ls "$work"/start*.speedscope.json 2>/dev/null | head -n 1)"
if [ -n "$speedscope" ]; then
  cp "$speedscope" /tmp/indexbouw.speedscope.json
  echo
  echo "CPU tijdens de start (dotnet-trace; /tmp/indexbouw.speedscope.json):"
  echo '```'
  python3 "$root/bench/speedscope.py" /tmp/indexbouw.speedscope.json | head -n 45 || true
  echo '```'
fi
