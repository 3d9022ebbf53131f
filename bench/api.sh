#!/usr/bin/env bash
# Benchmark of the HSDS API (/api/hsds, docs/api.md): 10,000 synthetic organisations, a page of 50 services (the first,
# one in the middle, one found by search), one organisation, an answer the client already has (304), and the time of
# the two downloads of everything (NDJSON and the datapackage). wrk on loopback (load generator on the same 2-core
# machine). Results go to stdout as a Markdown table; docs/performance.md ("HSDS-API") holds the last run.
#
#   bash bench/api.sh [organisations=10000] [seconds=15] [connections=16]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
orgs="${1:-10000}"; seconds="${2:-15}"; connections="${3:-16}"
port=5197
source "$root/bench/portaal.sh"
bereid_voor
export RateLimits__ApiPerMinuut=100000000
start_portaal

api="$base/api/hsds"
totaal="$(curl -fs "$api/services?per_page=50" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total_pages"])')"
midden=$(( (totaal + 1) / 2 ))
org="$(curl -fs "$api/organizations?per_page=1&page=$(( orgs / 2 ))" | python3 -c 'import json,sys; print(json.load(sys.stdin)["contents"][0]["id"])')"
etag="$(curl -fs -D - -o /dev/null "$api/services?per_page=50&page=${midden}" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}')"
declare -a names=(
  "services, pagina 1 van ${totaal} (50 per pagina)"
  "services, pagina ${midden} (50 per pagina)"
  "services?search=huiswerk (50 per pagina)"
  "services?full=true, pagina ${midden}"
  "organizations/{id} (volledig genest)"
  "services, pagina ${midden}, If-None-Match (304)"
)
declare -a urls=(
  "$api/services?per_page=50&page=1"
  "$api/services?per_page=50&page=${midden}"
  "$api/services?per_page=50&search=huiswerk"
  "$api/services?per_page=50&page=${midden}&full=true"
  "$api/organizations/${org}"
  "$api/services?per_page=50&page=${midden}"
)
declare -a extra=("" "" "" "" "" "If-None-Match: ${etag}")

# Warm-up: JIT, the search index, the catalogue of the API, the connection pool.
for url in "${urls[@]}"; do
  curl -fs -o /dev/null "$url" || { echo "Faalt: $url" >&2; exit 1; }
  for _ in $(seq 1 50); do curl -fs -o /dev/null "$url"; done
done

echo "| Meting (${orgs} organisaties) | req/s | p50 ms | p95 ms | p99 ms | fouten |"
echo "|---|---:|---:|---:|---:|---:|"
for i in "${!urls[@]}"; do
  if [ -n "${extra[$i]}" ]; then meet "${urls[$i]}" "$connections" 2 -H "${extra[$i]}"; else meet "${urls[$i]}" "$connections" 2; fi
  echo "| ${names[$i]} | ${rps} | ${p50} | ${p95} | ${p99} | ${errors} |"
done

# The downloads of everything: one request each, timed by curl (seconds), with their size.
echo
echo "| Alles in één keer | seconden | MB |"
echo "|---|---:|---:|"
for pad in "/api/hsds/services?format=ndjson" "/api/hsds/organizations?format=ndjson&full_service=true" "/open-data/hsds-datapackage.zip"; do
  uit="$(curl -fs -o /dev/null -w '%{time_total} %{size_download}' "$base$pad")"
  echo "| \`${pad}\` | $(awk '{printf "%.2f", $1}' <<<"$uit") | $(awk '{printf "%.1f", $2/1048576}' <<<"$uit") |"
done
rss="$(grep VmRSS /proc/$app/status | awk '{print int($2/1024)}')"; hwm="$(grep VmHWM /proc/$app/status | awk '{print int($2/1024)}')"
echo
echo "Geheugen na de metingen: ${rss} MB (piek ${hwm} MB)."
