#!/usr/bin/env bash
# Benchmark of the sociale kaart: 10,000 synthetic organisations, five representative searches and a profile page,
# measured with wrk on loopback (load generator on the same 2-core machine). Results go to stdout as a Markdown table;
# docs/performance.md holds the numbers of the last run and how they were obtained.
#
#   bash bench/run.sh [organisations=10000] [seconds=15] [connections=16]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
orgs="${1:-10000}"; seconds="${2:-15}"; connections="${3:-16}"
port=5199
source "$root/bench/portaal.sh"
bereid_voor
start_portaal

slug="$(curl -fs "$base/sociale-kaart?q=huiswerk" | grep -o 'href="/organisaties/[^"]*"' | head -n 1 | sed 's#href="/organisaties/##; s#"##')"
declare -a names=(
  "Tekst + gemeente + filter"
  "Afstand, gesorteerd op afstand"
  "Alleen een filter (facetten)"
  "Geen resultaat"
  "Pagina 5"
  "Profielpagina"
)
declare -a urls=(
  "$base/sociale-kaart?q=huiswerk&gemeente=Gent&aanleiding=drempels-onderwijs"
  "$base/sociale-kaart?gemeente=Leuven&bereik=20&sorteer=afstand"
  "$base/sociale-kaart?aanleiding=kinderarmoede"
  "$base/sociale-kaart?q=xyzzyplugh"
  "$base/sociale-kaart?q=ocmw&pagina=5"
  "$base/organisaties/${slug}"
)

# Warm-up: JIT, the search index, the connection pool.
# (With a small set, "Pagina 5" may not exist: the portal then shows the last page with a message, still a 200.)
for url in "${urls[@]}"; do
  curl -fs -o /dev/null "$url" || { echo "Faalt: $url" >&2; exit 1; }
  for _ in $(seq 1 50); do curl -fs -o /dev/null "$url"; done
done
warm="$(grep VmRSS /proc/$app/status | awk '{print int($2/1024)}')"; warmhwm="$(grep VmHWM /proc/$app/status | awk '{print int($2/1024)}')"
wrk -t2 -c"$connections" -d5s "${urls[0]}" >/dev/null

echo "| Meting | req/s | p50 ms | p95 ms | p99 ms | fouten | geheugen na meting (piek) MB |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for i in "${!urls[@]}"; do
  meet "${urls[$i]}" "$connections" 2
  mem="$(awk '/VmRSS/ {r=int($2/1024)} /VmHWM/ {h=int($2/1024)} END {print r " (" h ")"}' /proc/$app/status)"
  echo "| ${names[$i]} | ${rps} | ${p50} | ${p95} | ${p99} | ${errors} | ${mem} |"
done
rss="$(grep VmRSS /proc/$app/status | awk '{print int($2/1024)}')"
hwm="$(grep VmHWM /proc/$app/status | awk '{print int($2/1024)}')"
echo
echo "Geheugen van het portaal: ${warm} MB na opwarmen (piek tot dan ${warmhwm} MB), ${rss} MB na de metingen (piek ${hwm} MB)."
echo "${orgs} organisaties, ${connections} verbindingen, ${seconds} s per meting, GC: ${DOTNET_gcServer:-standaard}."
