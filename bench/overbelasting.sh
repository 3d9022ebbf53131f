#!/usr/bin/env bash
# Overload: the search under 16, 256 and 1,024 connections (wrk on loopback, 10,000 synthetic organisations), with
# /health sampled by curl during each run. Shows how many requests got 503 (refused at once by the concurrency limit,
# docs/operations.md "Overload") and that the health check stays fast. Results as a Markdown table on stdout;
# docs/performance.md holds the numbers of the last run.
#
#   bash bench/overbelasting.sh [organisations=10000] [seconds=15]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
orgs="${1:-10000}"; seconds="${2:-15}"
port=5198
ulimit -n 8192 2>/dev/null || true
source "$root/bench/portaal.sh"
bereid_voor
start_portaal

url="$base/sociale-kaart?q=huiswerk&gemeente=Gent&aanleiding=drempels-onderwijs"
for _ in $(seq 1 100); do curl -fs -o /dev/null "$url"; done

gezondheid() {
  # Samples /health every 100 ms while wrk runs; prints "p95 max" in ms.
  local eind=$((SECONDS + seconds - 1)) tijden=()
  while [ $SECONDS -lt $eind ]; do
    tijden+=("$(curl -s -o /dev/null -w '%{time_total}' "$base/health")")
    sleep 0.1
  done
  printf '%s\n' "${tijden[@]}" | sort -n | awk '{a[NR]=$1*1000} END {i=int(NR*0.95); if (i<1) i=1; printf "%.1f %.1f\n", a[i], a[NR]}'
}

echo "| Verbindingen | req/s | p50 ms | p99 ms | 503 (geweigerd) | andere fouten | /health p95 ms | /health max ms |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for c in 16 256 1024; do
  gezondheid > "$work/health.txt" &
  sampler=$!
  uitvoer="$(wrk -t2 -c"$c" -d"${seconds}s" --latency -s "$root/bench/p95.lua" "$url")"
  wait "$sampler"
  read -r hp95 hmax < "$work/health.txt"
  line="$(grep '^RESULT' <<<"$uitvoer")"
  rps="$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")"; p50="$(sed -E 's/.*p50=([0-9.]+).*/\1/' <<<"$line")"
  p99="$(sed -E 's/.*p99=([0-9.]+).*/\1/' <<<"$line")"; requests="$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")"
  non2xx="$(grep -o 'Non-2xx or 3xx responses: [0-9]*' <<<"$uitvoer" | grep -o '[0-9]*$' || echo 0)"
  sockets="$(grep -o 'Socket errors: .*' <<<"$uitvoer" || echo '0')"
  echo "| ${c} | ${rps} | ${p50} | ${p99} | ${non2xx:-0} van ${requests} | ${sockets} | ${hp95} | ${hmax} |"
  sleep 3
done
echo
echo "${orgs} organisaties, ${seconds} s per meting; grens: ${Overbelasting__Gelijktijdig:-2 per kern} tegelijk, wachtrij ${Overbelasting__Wachtrij:-8 per kern} ($(nproc) kernen)."
