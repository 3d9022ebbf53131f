# Shared by the bench scripts (source it; do not run it). Expects $root and $port to be set ($orgs for bereid_voor).
#   publiceer           publishes the portal (Release) to a temp folder, sets the production-like environment and
#                       cds into the app
#   bereid_voor         publiceer, then generates $orgs synthetic organisations (the gids loads on first start)
#   start_portaal       starts it on $base, stops it and removes the folder on exit, waits until it is ready (sets
#                       ready_ms: milliseconds from start until /health/ready, the search index included)
#   meet URL C T [wrk-args...]   runs wrk with C connections and T threads; sets rps p50 p95 p99 errors
[ -n "${zonder_wrk:-}" ] || command -v wrk >/dev/null || { echo "wrk ontbreekt: apt-get install wrk" >&2; exit 2; }
work="$(mktemp -d /tmp/partnerschap-bench.XXXXXX)"
# "localhost", not 127.0.0.1: curl sends the portal's Secure (__Host-) cookies over plain http only to localhost.
base="http://localhost:${port}"

publiceer() {
  echo "Publish (Release) naar ${work}/app" >&2
  dotnet publish "$root/src/Partnerschap.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" --nologo -v quiet >&2
  export ASPNETCORE_ENVIRONMENT=Production
  export ConnectionStrings__Partnerschap="Data Source=${work}/bench.db"
  export Mail__Delivery=Smtp
  export Portal__PubliekeUrl="$base"
  export Herinneringen__Dagelijks=false
  export RateLimits__AanmeldenPerMinuut=1000
  export RateLimits__FormulierPerMinuut=1000
  cd "$work/app"
}

bereid_voor() {
  publiceer
  echo "Genereer ${orgs} organisaties" >&2
  dotnet Partnerschap.Web.dll generate-demo --organisations "$orgs" >&2
}

start_portaal() {
  local begin; begin="$(date +%s%N)"
  dotnet Partnerschap.Web.dll --urls "$base" > "$work/app.log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
  # ready_ms: from the start of the process until /health/ready (the search index is built by then).
  for _ in $(seq 1 1200); do
    if curl -fs "$base/health/ready" >/dev/null; then ready_ms="$(( ($(date +%s%N) - begin) / 1000000 ))"; return 0; fi
    sleep 0.25
  done
  echo "Het portaal startte niet; zie $work/app.log" >&2; exit 1
}

meet() {
  local url="$1" c="$2" t="$3" line; shift 3
  line="$(wrk -t"$t" -c"$c" -d"${seconds}s" --latency "$@" -s "$root/bench/p95.lua" "$url" | grep '^RESULT')"
  rps="$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")"; p50="$(sed -E 's/.*p50=([0-9.]+).*/\1/' <<<"$line")"
  p95="$(sed -E 's/.*p95=([0-9.]+).*/\1/' <<<"$line")"; p99="$(sed -E 's/.*p99=([0-9.]+).*/\1/' <<<"$line")"
  errors="$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$line")"
}
