#!/usr/bin/env bash
# Before/after comparison of the bench/run.sh searches, robust against the drift of a shared machine: publishes the
# portal of a base commit and of the working tree, fills each with the same synthetic map, runs both side by side
# and measures them in turns (A B, B A, ...) per URL; prints the median req/s of each and the ratio.
#
#   bash bench/vergelijk.sh [base commit=1163d8b] [organisations=10000] [seconds per turn=5] [rounds=5]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
basis="${1:-1163d8b}"; orgs="${2:-10000}"; seconds="${3:-5}"; rondes="${4:-5}"; connections=16
command -v wrk >/dev/null || { echo "wrk ontbreekt: apt-get install wrk" >&2; exit 2; }
work="$(mktemp -d /tmp/partnerschap-vergelijk.XXXXXX)"
pids=()
opruimen() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  git -C "$root" worktree remove --force "$work/basis-src" 2>/dev/null || true
  rm -rf "$work"
}
trap opruimen EXIT

git -C "$root" worktree add --detach "$work/basis-src" "$basis" >/dev/null 2>&1
export ASPNETCORE_ENVIRONMENT=Production Mail__Delivery=Smtp Herinneringen__Dagelijks=false
export RateLimits__AanmeldenPerMinuut=1000 RateLimits__FormulierPerMinuut=1000

# start NAME SOURCE PORT: publish, generate the map, start; sets url_NAME
start() {
  local naam="$1" bron="$2" port="$3"
  echo "Publish en genereer ${orgs} organisaties: ${naam}" >&2
  dotnet publish "$bron/src/Partnerschap.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/$naam" --nologo -v quiet >&2
  (
    cd "$work/$naam"
    export ConnectionStrings__Partnerschap="Data Source=$work/$naam.db" Portal__PubliekeUrl="http://localhost:$port"
    dotnet Partnerschap.Web.dll generate-demo --organisations "$orgs" >/dev/null 2>&1
    exec dotnet Partnerschap.Web.dll --urls "http://localhost:$port" > "$work/$naam.log" 2>&1
  ) &
  pids+=($!)
  for _ in $(seq 1 120); do curl -fs "http://localhost:$port/health/ready" >/dev/null && return 0; sleep 1; done
  echo "$naam startte niet; zie $work/$naam.log" >&2; exit 1
}
start basis "$work/basis-src" 5196
start nu "$root" 5197

declare -a names=("Tekst + gemeente + filter" "Afstand, gesorteerd op afstand" "Alleen een filter (facetten)" "Geen resultaat" "Pagina 5" "Profielpagina")
declare -a paden=(
  "/sociale-kaart?q=huiswerk&gemeente=Gent&aanleiding=drempels-onderwijs"
  "/sociale-kaart?gemeente=Leuven&bereik=20&sorteer=afstand"
  "/sociale-kaart?aanleiding=kinderarmoede"
  "/sociale-kaart?q=xyzzyplugh"
  "/sociale-kaart?q=ocmw&pagina=5"
  "PROFIEL"
)
profiel() { curl -fs "http://localhost:$1/sociale-kaart?q=huiswerk" | grep -o 'href="/organisaties/[^"]*"' | head -n 1 | sed 's#href="##; s#"##'; }
pad_basis=() ; pad_nu=()
for p in "${paden[@]}"; do
  if [ "$p" = PROFIEL ]; then pad_basis+=("$(profiel 5196)"); pad_nu+=("$(profiel 5197)"); else pad_basis+=("$p"); pad_nu+=("$p"); fi
done

rps() { wrk -t2 -c"$connections" -d"${seconds}s" -s "$root/bench/p95.lua" "$1" | grep '^RESULT' | sed -E 's/.*rps=([0-9.]+).*errors=([0-9]+).*/\1 \2/'; }
mediaan() { tr ' ' '\n' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

# Warm-up of both: JIT, the index, the connection pool.
for i in "${!paden[@]}"; do
  for _ in $(seq 1 100); do curl -fs -o /dev/null "http://localhost:5196${pad_basis[$i]}"; curl -fs -o /dev/null "http://localhost:5197${pad_nu[$i]}"; done
done

# What each version finds (a different number of hits explains part of a difference in speed).
for i in "${!paden[@]}"; do
  [ "${paden[$i]}" != PROFIEL ] || continue
  n() { curl -fs "http://localhost:$1$2" | tr '\n' ' ' | grep -oE '[0-9.]+ organisaties gevonden|Geen organisaties gevonden' | head -n 1 || true; }
  echo "${names[$i]}: voor '$(n 5196 "${pad_basis[$i]}")', nu '$(n 5197 "${pad_nu[$i]}")'" >&2
done

echo "| Meting | voor ($basis), req/s | nu, req/s | nu / voor | fouten voor / nu |"
echo "|---|---:|---:|---:|---:|"
for i in "${!paden[@]}"; do
  a=""; b=""; fa=0; fb=0
  for r in $(seq 1 "$rondes"); do
    if (( r % 2 )); then
      read -r x e < <(rps "http://localhost:5196${pad_basis[$i]}"); a+="$x "; fa=$((fa + e))
      read -r x e < <(rps "http://localhost:5197${pad_nu[$i]}"); b+="$x "; fb=$((fb + e))
    else
      read -r x e < <(rps "http://localhost:5197${pad_nu[$i]}"); b+="$x "; fb=$((fb + e))
      read -r x e < <(rps "http://localhost:5196${pad_basis[$i]}"); a+="$x "; fa=$((fa + e))
    fi
  done
  ma="$(echo $a | mediaan)"; mb="$(echo $b | mediaan)"
  echo "| ${names[$i]} | ${ma} | ${mb} | $(( mb * 100 / ma )) % | ${fa} / ${fb} |"
done
echo
echo "${orgs} organisaties, ${connections} verbindingen, ${rondes} beurten van ${seconds} s per meting en per versie, om beurten; mediaan."
