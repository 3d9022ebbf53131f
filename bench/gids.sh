#!/usr/bin/env bash
# Benchmark of the samenwerkingsgids: the overview, a chapter with live kaart lists, the whole guide as one printable
# document and a search in the guide, with 10,000 synthetic organisations in the sociale kaart (the live lists search
# them). Measured with wrk on loopback (load generator on the same 2-core machine), once with 1 connection (what one
# reader feels) and once with 16. Results go to stdout as a Markdown table; docs/performance.md holds the last run.
#
#   bash bench/gids.sh [organisations=10000] [seconds=10]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
orgs="${1:-10000}"; seconds="${2:-10}"
port=5197
source "$root/bench/portaal.sh"
bereid_voor
start_portaal

declare -a names=(
  "/gids (overzicht)"
  "/gids/toeleiding (hoofdstuk met live lijsten)"
  "/gids/afdrukken (hele gids, 12 hoofdstukken)"
  "/gids/zoeken?q=beroepsgeheim"
)
declare -a urls=(
  "$base/gids"
  "$base/gids/toeleiding"
  "$base/gids/afdrukken"
  "$base/gids/zoeken?q=beroepsgeheim"
)

for url in "${urls[@]}"; do
  curl -fs -o /dev/null "$url" || { echo "Faalt: $url" >&2; exit 1; }
  for _ in $(seq 1 30); do curl -fs -o /dev/null "$url"; done
done

echo "| Pagina | grootte KB | 1 verbinding: p50 / p95 ms | 16 verbindingen: req/s, p95 ms | fouten |"
echo "|---|---:|---:|---:|---:|"
for i in "${!urls[@]}"; do
  size="$(curl -fs "${urls[$i]}" | wc -c | awk '{printf "%.0f", $1/1024}')"
  meet "${urls[$i]}" 1 1; een="${p50} / ${p95}"; e1="$errors"
  meet "${urls[$i]}" 16 2
  echo "| ${names[$i]} | ${size} | ${een} | ${rps}, ${p95} | $((e1 + errors)) |"
done
hwm="$(grep VmHWM /proc/$app/status | awk '{print int($2/1024)}')"
echo
echo "${orgs} organisaties, ${seconds} s per meting, geheugenpiek van het portaal ${hwm} MB."
