#!/usr/bin/env bash
# Benchmark of the regional picture (/regio, docs/performance.md "Regionaal beeld"): 10,000 synthetic organisations,
# the map of all of Flanders and Brussels for two aanleidingen, and the page of one gemeente. wrk on loopback (load
# generator on the same 2-core machine). Also prints the first request after the start (the outlines are built once
# per process, the figures once per map stamp) and the size of the page. Results go to stdout as a Markdown table.
#
#   bash bench/regio.sh [organisations=10000] [seconds=15] [connections=8]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
orgs="${1:-10000}"; seconds="${2:-15}"; connections="${3:-8}"
port=5198
source "$root/bench/portaal.sh"
bereid_voor
start_portaal

eerste="$(curl -fs -o /dev/null -w '%{time_total}' "$base/regio")"
grootte="$(curl -fs "$base/regio" | wc -c)"
svg="$(curl -fs "$base/regio" | python3 -c 'import sys,re; s=sys.stdin.read(); m=re.search(r"<svg class=\"regio-kaart\".*?</svg>", s, re.S); print(len(m.group(0).encode()))')"
declare -a names=("/regio (kaart van de hele regio)" "/regio?aanleiding=hygiene-gezondheid" "/regio/gent" "/regio/merelbeke-melle")
declare -a urls=("$base/regio" "$base/regio?aanleiding=hygiene-gezondheid" "$base/regio/gent" "$base/regio/merelbeke-melle")

# Warm-up: JIT, the search index, the outlines, the figures.
for url in "${urls[@]}"; do
  curl -fs -o /dev/null "$url" || { echo "Faalt: $url" >&2; exit 1; }
  for _ in $(seq 1 30); do curl -fs -o /dev/null "$url"; done
done

echo "Eerste /regio na de start: $(awk '{printf "%d", $1*1000}' <<<"$eerste") ms; pagina ${grootte} bytes, waarvan SVG ${svg} bytes."
echo
echo "| Meting (${orgs} organisaties) | req/s | p50 ms | p95 ms | p99 ms | fouten |"
echo "|---|---:|---:|---:|---:|---:|"
for i in "${!urls[@]}"; do
  meet "${urls[$i]}" "$connections" 2
  echo "| ${names[$i]} | ${rps} | ${p50} | ${p95} | ${p99} | ${errors} |"
done
# One visitor at a time: the time a person waits.
meet "$base/regio" 1 1
echo "| /regio, één bezoeker tegelijk | ${rps} | ${p50} | ${p95} | ${p99} | ${errors} |"
