#!/usr/bin/env bash
# Benchmark of the profielbeheer pages with 10,000 synthetic organisations: the freshness dashboard, the edit form,
# the history page (signed in as a Beheerder), and the public profile page with its edit links.
# Load generator on the same machine (wrk on loopback). Results: a Markdown table on stdout; numbers in docs/performance.md.
#
#   bash bench/beheer.sh [organisations=10000] [seconds=10] [connections=8]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
orgs="${1:-10000}"; seconds="${2:-10}"; connections="${3:-8}"
threads=$(( connections < 2 ? 1 : 2 ))
port=5198
source "$root/bench/portaal.sh"
bereid_voor
echo "Maak een beheerder" >&2
link="$(dotnet Partnerschap.Web.dll create-admin bench@example.org | grep -o 'http[^ ]*wachtwoord-instellen[^ ]*')"

start_portaal

jar="$work/cookies"
token() { grep -o 'name="__af" type="hidden" value="[^"]*"\|name="__af" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
query="${link#*\?}"
email="$(sed -E 's/.*email=([^&]*).*/\1/' <<<"$query")"; code="$(sed -E 's/.*code=([^&]*).*/\1/' <<<"$query")"
af="$(curl -fs -c "$jar" -b "$jar" "$base/wachtwoord-instellen?$query" | token)"
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__af=$af" --data-urlencode "Email=$(printf '%b' "${email//%/\\x}")" \
  --data-urlencode "Code=$code" --data-urlencode "Wachtwoord=een lang benchmark wachtwoord" \
  --data-urlencode "Herhaling=een lang benchmark wachtwoord" --data-urlencode "EersteWachtwoord=true" "$base/wachtwoord-instellen"
af="$(curl -fs -c "$jar" -b "$jar" "$base/aanmelden" | token)"
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__af=$af" --data-urlencode "Email=bench@example.org" \
  --data-urlencode "Wachtwoord=een lang benchmark wachtwoord" "$base/aanmelden"
cookie="$(awk '$6 == "__Host-partnerschap" {print $6 "=" $7}' "$jar")"
[ -n "$cookie" ] || { echo "Aanmelden mislukt" >&2; exit 1; }

slug="$(curl -fs "$base/sociale-kaart?q=huiswerk" | grep -o 'href="/organisaties/[^"]*"' | head -n 1 | sed 's#href="/organisaties/##; s#"##')"
# One saved edit, so that the history page has versions to show.
af="$(curl -fs -b "$jar" -c "$jar" "$base/organisaties/$slug/bewerken" | token)"
curl -fs -o /dev/null -b "$jar" -c "$jar" --data-urlencode "__af=$af" "$base/organisaties/$slug/bevestigen"

declare -a names=("Actualiteit (dashboard)" "Profiel bewerken" "Geschiedenis" "Publiek profiel (anoniem)")
declare -a urls=("$base/beheer/actualiteit" "$base/organisaties/$slug/bewerken" "$base/organisaties/$slug/geschiedenis" "$base/organisaties/$slug")
declare -a auth=(1 1 1 0)

for i in "${!urls[@]}"; do
  code="$(curl -s -o /dev/null -w '%{http_code}' ${auth[$i]:+-H "Cookie: $cookie"} "${urls[$i]}")"
  [ "$code" = 200 ] || { echo "${urls[$i]} gaf $code" >&2; exit 1; }
  for _ in $(seq 1 20); do curl -fs -o /dev/null -H "Cookie: $cookie" "${urls[$i]}"; done
done

echo "| Meting | req/s | p50 ms | p95 ms | p99 ms | fouten |"
echo "|---|---:|---:|---:|---:|---:|"
for i in "${!urls[@]}"; do
  header=(); [ "${auth[$i]}" = 1 ] && header=(-H "Cookie: $cookie")
  meet "${urls[$i]}" "$connections" "$threads" "${header[@]}"
  echo "| ${names[$i]} | ${rps} | ${p50} | ${p95} | ${p99} | ${errors} |"
done
echo
echo "${orgs} organisaties, ${connections} verbindingen, ${seconds} s per meting; de beheerpagina's met een aanmeldcookie."
