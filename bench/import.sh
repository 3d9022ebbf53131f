#!/usr/bin/env bash
# Benchmark of the import (`-- import <file>`): generates one HSDS 3.1 file with N organisations (each with an address,
# a phone, a contact, attributes, two services and descriptions of about 6,000 characters, so 30,000 make a file of
# about 200 MB, the size of the real map), imports it into a fresh SQLite database under /usr/bin/time -v, and prints
# the wall time and the peak memory (maximum resident set size) of the import process.
#
#   bash bench/import.sh [organisations=30000]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
orgs="${1:-30000}"
command -v python3 >/dev/null || { echo "python3 ontbreekt (voor de generator)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time ontbreekt: apt-get install time" >&2; exit 2; }
work="$(mktemp -d /tmp/partnerschap-import.XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "Publish (Release) naar ${work}/app" >&2
dotnet publish "$root/src/Partnerschap.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" --nologo -v quiet >&2

echo "Genereer ${orgs} HSDS-organisaties" >&2
python3 - "$orgs" > "$work/kaart.json" <<'PY'
import json, sys
n = int(sys.argv[1])
plaatsen = [("9000", "Gent"), ("2000", "Antwerpen"), ("3000", "Leuven"), ("1000", "Brussel"), ("8000", "Brugge")]
types = ["caw", "ocmw", "huiswerkbegeleiding", "huis-van-het-kind", "buurtwerk"]
zin = "Wij helpen gezinnen met vragen over school, geld, opvoeding en gezondheid. "
tekst = (zin * 51).strip()
uitleg = (zin * 14).strip()
sys.stdout.write("[\n")
for i in range(n):
    postcode, stad = plaatsen[i % len(plaatsen)]
    org = {
        "id": f"bench-{i}", "name": f"Benchmarkorganisatie {i}", "description": tekst,
        "email": f"org{i}@example.org", "website": f"https://org{i}.example.org",
        "phones": [{"number": "09 000 00 00"}],
        "contacts": [{"name": "Aanspreekpunt", "title": "Contact scholen", "email": f"scholen{i}@example.org",
                      "attributes": [{"taxonomy_term": {"taxonomy": "contactrol", "code": "aanspreekpunt-scholen"}}]}],
        "locations": [{"name": "Onthaal", "addresses": [{"address_1": f"Straat {i}", "postal_code": postcode, "city": stad, "country": "BE"}],
                       "schedules": [{"byday": "MO,WE", "opens_at": "09:00", "closes_at": "12:00"}]}],
        "attributes": [{"taxonomy_term": {"taxonomy": "organisatietype", "code": types[i % len(types)]}},
                       {"taxonomy_term": {"taxonomy": "aanleiding", "code": "drempels-onderwijs"}},
                       {"taxonomy_term": {"taxonomy": "samenwerkingsvorm", "code": "toeleiding"}, "value": "We leiden gezinnen toe."}],
        "services": [{"id": f"bench-{i}-{j}", "name": f"Aanbod {j}", "description": uitleg,
                      "service_areas": [{"name": stad}], "languages": [{"code": "nl"}],
                      "attributes": [{"taxonomy_term": {"taxonomy": "doelgroep", "code": "ouders"}}]} for j in range(2)],
    }
    sys.stdout.write(("," if i else "") + json.dumps(org, ensure_ascii=False, indent=1) + "\n")
sys.stdout.write("]\n")
PY
echo "Bestand: $(du -m "$work/kaart.json" | cut -f1) MB" >&2

export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__Partnerschap="Data Source=${work}/import.db"
export Mail__Delivery=Smtp
export Portal__PublicBaseUrl="http://localhost"
export Herinneringen__Dagelijks=false
cd "$work/app"
dotnet Partnerschap.Web.dll migrate >&2
/usr/bin/time -v dotnet Partnerschap.Web.dll import "$work/kaart.json" > "$work/uit.txt" 2> "$work/time.txt" || { grep -v -e "^{\"@t\"" -e "^	" "$work/time.txt" | head -n 20 >&2; exit 1; }
grep -v '^Let op' "$work/uit.txt" | tail -2
wall="$(grep 'Elapsed (wall clock)' "$work/time.txt" | awk '{print $NF}')"
rss="$(grep 'Maximum resident set size' "$work/time.txt" | awk '{printf "%.0f", $NF/1024}')"
echo "${orgs} organisaties, $(du -m "$work/kaart.json" | cut -f1) MB: import in ${wall} (m:ss), geheugenpiek ${rss} MB."
