#!/usr/bin/env bash
# Benchmark of the kaartweergave on /sociale-kaart (docs/performance.md, "Kaartweergave"), at 10,000 synthetic
# organisations: (1) the search pages that now carry the positions of their results (wrk: req/s and latency, the
# size of the HTML and the number of positions on it), (2) the map itself in Debian's Chromium: from pressing "Kaart"
# until every pin of the page is painted (bench/kaartweergave-browser.cs, tiles answered locally). Results go to
# stdout as Markdown tables.
#
#   bash bench/kaartweergave.sh [organisations=10000] [seconds=15] [connections=16] [browser-rounds=20]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
orgs="${1:-10000}"; seconds="${2:-15}"; connections="${3:-16}"; rondes="${4:-20}"
port=5198
source "$root/bench/portaal.sh"
# Built before the portal starts, so the compile does not share the CPU with the measurement.
(cd "$root/bench" && dotnet build kaartweergave-browser.cs -v quiet --nologo >&2)
bereid_voor
start_portaal

declare -a names=("Tekst + gemeente + filter" "Alleen een filter (facetten)" "Pagina 5" "Afstand, gesorteerd op afstand")
declare -a paden=(
  "/sociale-kaart?q=huiswerk&gemeente=Gent&aanleiding=drempels-onderwijs"
  "/sociale-kaart?aanleiding=kinderarmoede"
  "/sociale-kaart?q=ocmw&pagina=5"
  "/sociale-kaart?gemeente=Leuven&bereik=20&sorteer=afstand"
)

for pad in "${paden[@]}"; do
  curl -fs -o /dev/null "$base$pad" || { echo "Faalt: $pad" >&2; exit 1; }
  for _ in $(seq 1 50); do curl -fs -o /dev/null "$base$pad"; done
done

echo "| Pagina (${orgs} organisaties) | req/s | p50 ms | p95 ms | p99 ms | fouten | HTML kB | posities |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
for i in "${!paden[@]}"; do
  html="$(curl -fs "$base${paden[$i]}")"
  kb="$(printf '%s' "$html" | wc -c | awk '{printf "%.1f", $1/1024}')"
  posities="$({ grep -o 'data-lat=' || true; } <<<"$html" | wc -l)"
  meet "$base${paden[$i]}" "$connections" 2
  echo "| ${names[$i]} | ${rps} | ${p50} | ${p95} | ${p99} | ${errors} | ${kb} | ${posities} |"
done

echo
echo "| Kaart in de browser (${rondes} keer) | pins | p50 ms | p95 ms | max ms |"
echo "|---|---:|---:|---:|---:|"
for i in "${!paden[@]}"; do
  line="$(cd "$root/bench" && dotnet run --no-build kaartweergave-browser.cs -- "$base" "${paden[$i]}" "$rondes" | grep '^RESULT')"
  val() { sed -E "s/.*$1=([0-9.]+).*/\1/" <<<"$line"; }
  echo "| ${names[$i]} | $(val pins) | $(val p50) | $(val p95) | $(val max) |"
done
