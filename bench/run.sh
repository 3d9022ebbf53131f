#!/usr/bin/env bash
# Benchmark of the sociale kaart: 10,000 synthetic organisations, five representative searches and a profile page,
# measured with wrk on loopback (load generator on the same 2-core machine). Results go to stdout as a Markdown table;
# docs/performance.md holds the numbers of the last run and how they were obtained.
#
#   bash bench/run.sh [organisations=10000] [seconds=15] [connections=16]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
orgs="${1:-10000}"; seconds="${2:-15}"; connections="${3:-16}"
work="$(mktemp -d /tmp/partnerschap-bench.XXXXXX)"
port=5199
base="http://127.0.0.1:${port}"
command -v wrk >/dev/null || { echo "wrk ontbreekt: apt-get install wrk" >&2; exit 2; }

echo "Publish (Release) naar ${work}/app" >&2
dotnet publish "$root/src/Partnerschap.Web" -c Release -o "$work/app" --nologo -v quiet >&2

export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Partnerschap="Data Source=${work}/bench.db"
export Mail__Delivery=Smtp
export Portal__PublicBaseUrl="$base"
cd "$work/app"

echo "Genereer ${orgs} organisaties" >&2
dotnet Partnerschap.Web.dll generate-demo --organisations "$orgs" >&2

dotnet Partnerschap.Web.dll --urls "$base" > "$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do curl -fs "$base/health/ready" >/dev/null && break; sleep 1; done

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
for url in "${urls[@]}"; do for _ in $(seq 1 50); do curl -fs -o /dev/null "$url"; done; done
warm="$(grep VmRSS /proc/$app/status | awk '{print int($2/1024)}')"; warmhwm="$(grep VmHWM /proc/$app/status | awk '{print int($2/1024)}')"
wrk -t2 -c"$connections" -d5s "${urls[0]}" >/dev/null

echo "| Meting | req/s | p50 ms | p95 ms | p99 ms | fouten | geheugen na meting (piek) MB |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for i in "${!urls[@]}"; do
  line="$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$root/bench/p95.lua" "${urls[$i]}" | grep '^RESULT')"
  rps="$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")"; p50="$(sed -E 's/.*p50=([0-9.]+).*/\1/' <<<"$line")"
  p95="$(sed -E 's/.*p95=([0-9.]+).*/\1/' <<<"$line")"; p99="$(sed -E 's/.*p99=([0-9.]+).*/\1/' <<<"$line")"
  errors="$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")"
  mem="$(awk '/VmRSS/ {r=int($2/1024)} /VmHWM/ {h=int($2/1024)} END {print r " (" h ")"}' /proc/$app/status)"
  echo "| ${names[$i]} | ${rps} | ${p50} | ${p95} | ${p99} | ${errors} | ${mem} |"
done
rss="$(grep VmRSS /proc/$app/status | awk '{print int($2/1024)}')"
hwm="$(grep VmHWM /proc/$app/status | awk '{print int($2/1024)}')"
echo
echo "Geheugen van het portaal: ${warm} MB na opwarmen (piek tot dan ${warmhwm} MB), ${rss} MB na de metingen (piek ${hwm} MB)."
echo "${orgs} organisaties, ${connections} verbindingen, ${seconds} s per meting, GC: ${DOTNET_gcServer:-standaard}."
