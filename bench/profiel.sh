#!/usr/bin/env bash
# CPU profile of one page under load: publishes the portal, generates the synthetic map, runs wrk on the URL and
# samples the portal with dotnet-trace meanwhile; prints the methods with the most samples (inclusive and self).
# Needs wrk and dotnet-trace (dotnet tool install dotnet-trace --tool-path /tmp/tools).
#
#   bash bench/profiel.sh "/sociale-kaart?q=huiswerk&gemeente=Gent" [organisations=10000] [seconds=15]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pad="$1"; orgs="${2:-10000}"; seconds="${3:-15}"
port=5198
trace="${DOTNET_TRACE:-$(command -v dotnet-trace || echo /tmp/tools/dotnet-trace)}"
[ -x "$trace" ] || { echo "dotnet-trace ontbreekt: dotnet tool install dotnet-trace --tool-path /tmp/tools" >&2; exit 2; }
source "$root/bench/portaal.sh"
bereid_voor
start_portaal
for _ in $(seq 1 200); do curl -fs -o /dev/null "$base$pad"; done
wrk -t2 -c16 -d"$((seconds + 4))s" "$base$pad" > "$work/wrk.txt" &
last=$!
sleep 2
"$trace" collect -p "$app" --profile dotnet-sampled-thread-time --duration "00:00:$(printf '%02d' "$seconds")" --format speedscope -o "$work/trace.nettrace" >/dev/null
wait "$last"
grep -E "Requests/sec" "$work/wrk.txt" >&2
cp "$work"/trace*.speedscope.json /tmp/profiel.speedscope.json
echo "Trace: /tmp/profiel.speedscope.json (open in https://www.speedscope.app or read with bench/speedscope.py)" >&2
python3 "$root/bench/speedscope.py" /tmp/profiel.speedscope.json
