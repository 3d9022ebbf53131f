#!/usr/bin/env bash
# Scale-out, shown: nginx (Debian) in front of three portal instances on one PostgreSQL database, no sticky sessions.
#   1. signs a Beheerder in through nginx and checks that every instance knows the session;
#   2. adds a word to a hulpvraag through nginx and finds it in the search of each instance directly (within 5 s);
#   3. puts an organisation on the doorverwijslijst through nginx (form from one instance, post to another);
#   4. runs the search benchmark through nginx and, for comparison, against one instance.
# Prints what it checks and a Markdown table; exits non-zero when a check fails.
#
#   bash bench/schaal.sh [organisations=2000] [seconds=10] [connections=16]
#
# Needs nginx, wrk and a PostgreSQL server: PARTNERSCHAP_POSTGRES (default: the role .ci/run creates on loopback).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
orgs="${1:-2000}"; seconds="${2:-10}"; connections="${3:-16}"
port=5300
poorten=(5301 5302 5303)
source "$root/bench/portaal.sh"
command -v nginx >/dev/null || { echo "nginx ontbreekt: apt-get install nginx" >&2; exit 2; }
server="${PARTNERSCHAP_POSTGRES:-Host=127.0.0.1;Port=5432;Username=partnerschap;Password=partnerschap}"
database="partnerschap_schaal"
psql_url="postgresql://$(sed -E 's/.*Username=([^;]*).*/\1/' <<<"$server"):$(sed -E 's/.*Password=([^;]*).*/\1/' <<<"$server")@127.0.0.1:5432"
jar="$work/cookies.txt"
fout=0

controleer() { # naam, voorwaarde (exit status of the rest)
  local naam="$1"; shift
  if "$@"; then echo "OK    $naam"; else echo "FOUT  $naam"; fout=1; fi
}

publiceer
export Database__Provider=PostgreSql
export ConnectionStrings__Partnerschap="${server};Database=${database}"
export ForwardedHeaders__KnownProxies__0=127.0.0.1
psql "$psql_url/postgres" -qc "drop database if exists ${database} with (force)" >/dev/null

echo "Migreer en genereer ${orgs} organisaties op PostgreSQL" >&2
dotnet Partnerschap.Web.dll migrate >&2
dotnet Partnerschap.Web.dll generate-demo --organisations "$orgs" >&2
link="$(dotnet Partnerschap.Web.dll create-admin schaal@example.org | grep -o 'http[^ ]*wachtwoord-instellen[^ ]*')"

pids=()
for p in "${poorten[@]}"; do
  dotnet Partnerschap.Web.dll --urls "http://localhost:${p}" > "$work/app-${p}.log" 2>&1 &
  pids+=($!)
done
cat > "$work/nginx.conf" <<EOF
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${work}/nginx-body;
  proxy_temp_path ${work}/nginx-proxy;
  fastcgi_temp_path ${work}/nginx-fastcgi;
  uwsgi_temp_path ${work}/nginx-uwsgi;
  scgi_temp_path ${work}/nginx-scgi;
  upstream portaal {
    server 127.0.0.1:${poorten[0]} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${poorten[1]} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:${poorten[2]} max_fails=1 fail_timeout=5s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://portaal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
EOF
nginx -c "$work/nginx.conf" -p "$work"
trap 'nginx -c "$work/nginx.conf" -p "$work" -s stop 2>/dev/null || true; kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT
for p in "${poorten[@]}"; do
  for _ in $(seq 1 60); do curl -fs "http://localhost:${p}/health/ready" >/dev/null && break; sleep 1; done
  curl -fs "http://localhost:${p}/health/ready" >/dev/null || { echo "Instantie ${p} startte niet; zie $work/app-${p}.log" >&2; exit 1; }
done

# The value of hidden field $2 in the HTML on stdin; a page GET through nginx keeps its cookies in $jar.
veld() { grep -o "<input[^>]*name=\"$1\"[^>]*>" | head -n 1 | sed -E 's/.*value="([^"]*)".*/\1/; s/&#x2B;/+/g; s/&#x2F;/\//g; s/&#x3D;/=/g; s/&amp;/\&/g'; }
pagina() { curl -fs -b "$jar" -c "$jar" "$1"; }
token() { pagina "$1" | veld __af; }
status() { curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" "$@"; }

# 1. The password through the one-time link, then sign in; every request goes through nginx, round robin.
instellen="$(pagina "$base/wachtwoord-instellen${link#*wachtwoord-instellen}")"
status -X POST "$base/wachtwoord-instellen" --data-urlencode "__af=$(veld __af <<<"$instellen")" \
  --data-urlencode "Email=$(veld Email <<<"$instellen")" --data-urlencode "Code=$(veld Code <<<"$instellen")" \
  --data-urlencode "EersteWachtwoord=true" \
  --data-urlencode "Wachtwoord=een lange zin voor de schaaltest" --data-urlencode "Herhaling=een lange zin voor de schaaltest" >/dev/null
aanmelden="$(status -X POST "$base/aanmelden" --data-urlencode "__af=$(token "$base/aanmelden")" \
  --data-urlencode "Email=schaal@example.org" --data-urlencode "Wachtwoord=een lange zin voor de schaaltest")"
controleer "aanmelden via nginx (302 verwacht, kreeg ${aanmelden})" test "$aanmelden" = 302
for p in "${poorten[@]}"; do
  s="$(status "http://localhost:${p}/mijn-account")"
  controleer "instantie ${p} kent de sessie van een andere instantie (${s})" test "$s" = 200
done

# 2. A new word for a hulpvraag, added through nginx, reaches the search of every instance.
woord="schaalproefwoord"
toegevoegd="$(status -X POST "$base/beheer/hulpvragen/termen" --data-urlencode "__af=$(token "$base/beheer/hulpvragen/uithuiszetting")" \
  --data-urlencode "code=uithuiszetting" --data-urlencode "term=${woord}")"
controleer "woord toegevoegd via nginx (${toegevoegd})" test "$toegevoegd" = 302
gestart="$(date +%s%N)"
for p in "${poorten[@]}"; do
  gevonden=0
  for _ in $(seq 1 50); do
    if curl -fs "http://localhost:${p}/sociale-kaart?q=${woord}" | grep -q 'class="treffers"'; then gevonden=1; break; fi
    sleep 0.1
  done
  controleer "instantie ${p} vindt '${woord}' na $(( ($(date +%s%N) - gestart) / 1000000 )) ms" test "$gevonden" = 1
done

# 3. The doorverwijslijst: the form of one instance, the post to another (round robin), the list on a third.
slug="$(curl -fs "$base/sociale-kaart?q=huiswerk" | grep -o 'href="/organisaties/[^"#]*"' | head -n 1 | sed 's#href="/organisaties/##; s#"##')"
profiel="$(pagina "$base/organisaties/${slug}")"
lijst="$(status -X POST "$base/doorverwijslijst/toevoegen" --data-urlencode "__af=$(veld __af <<<"$profiel")" \
  --data-urlencode "id=$(veld id <<<"$profiel")" --data-urlencode "terug=/organisaties/${slug}")"
controleer "doorverwijslijst: toevoegen via nginx (${lijst})" test "$lijst" = 303 -o "$lijst" = 302
naam="$(grep -o '<h1[^>]*>[^<]*</h1>' <<<"$profiel" | head -n 1 | sed -E 's/<[^>]*>//g')"
controleer "doorverwijslijst: de lijst (via een andere instantie) toont '${naam}'" bash -c "curl -fs -b '$jar' '$base/doorverwijslijst' | grep -o '<h2>[^<]*</h2>' | grep -qF '<h2>${naam}</h2>'"

# 4. Throughput through nginx (three instances) and against one instance, same search.
url="/sociale-kaart?q=huiswerk&gemeente=Gent&aanleiding=drempels-onderwijs"
for _ in $(seq 1 30); do curl -fs -o /dev/null "$base$url"; done
echo
echo "| Meting (${orgs} organisaties, PostgreSQL, ${connections} verbindingen) | req/s | p50 ms | p95 ms | p99 ms | fouten |"
echo "|---|---:|---:|---:|---:|---:|"
meet "$base$url" "$connections" 2
echo "| Zoeken via nginx, 3 instanties | ${rps} | ${p50} | ${p95} | ${p99} | ${errors} |"
meet "http://localhost:${poorten[0]}$url" "$connections" 2
echo "| Zoeken, 1 instantie rechtstreeks | ${rps} | ${p50} | ${p95} | ${p99} | ${errors} |"
meet "$base/health" "$connections" 2
echo "| /health via nginx | ${rps} | ${p50} | ${p95} | ${p99} | ${errors} |"
psql "$psql_url/postgres" -qc "drop database if exists ${database} with (force)" >/dev/null || true
exit "$fout"
