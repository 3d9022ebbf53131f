#!/usr/bin/env bash
# Search quality of the sociale kaart: imports the relevance test map (tests/Partnerschap.Tests/Fixtures/
# relevantie.hsds.json) into a fresh SQLite database, starts the portal and runs every query of the relevance set
# (Fixtures/relevantie.json, the same file RelevantieTests reads) over HTTP. Prints per query ok/FOUT and at the end
# hits@5 (share of the required organisations found in the first 5), the share of queries that pass completely and
# the zero-result rate. A query with "bekendProbleem" counts as failed, even when its results happen to be right.
# docs/sociale-kaart-zoeken.md#relevantie holds the last numbers.
#
#   bash bench/relevantie.sh                 publish, import, start, measure
#   bash bench/relevantie.sh --url URL       measure a portal that already runs with the test map (e.g. while tuning)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v python3 >/dev/null || { echo "python3 ontbreekt" >&2; exit 2; }
vragen="$root/tests/Partnerschap.Tests/Fixtures/relevantie.json"

if [ "${1:-}" = "--url" ]; then
  base="${2:?geef de basis-URL, bv. http://localhost:5191}"
else
  port=5196
  zonder_wrk=1
  source "$root/bench/portaal.sh"
  publiceer
  dotnet Partnerschap.Web.dll migrate >&2
  dotnet Partnerschap.Web.dll import "$root/tests/Partnerschap.Tests/Fixtures/relevantie.hsds.json" | grep -v '^{"@t"' >&2
  start_portaal
fi

python3 - "$vragen" "$base" <<'PY'
import json, re, sys, urllib.error, urllib.parse, urllib.request

vragen = json.load(open(sys.argv[1], encoding="utf-8"))["vragen"]
base = sys.argv[2]
treffer = re.compile(r'<li class="treffer">\s*<h3><a href="/organisaties/([^"]+)"')

def url(v, pagina=1):
    velden = [(k, v[k]) for k in ("q", "gemeente", "bereik") if k in v]
    velden += [(k, w) for k, waarden in v.get("filters", {}).items() for w in (waarden if isinstance(waarden, list) else [waarden])]
    if pagina > 1:
        velden.append(("pagina", str(pagina)))
    return "/sociale-kaart?" + urllib.parse.urlencode(velden)

def slugs(pad):
    try:
        with urllib.request.urlopen(base + pad) as r:
            html = r.read().decode("utf-8")
    except urllib.error.HTTPError as e:  # 400 = a message on the page (e.g. an unknown place); the results still count
        html = e.read().decode("utf-8")
    return treffer.findall(html)

def alle(v):
    """Every result, page by page (20 a page); the portal repeats the last page when asked for one too many."""
    resultaten, pagina = [], 1
    while True:
        deze = slugs(url(v, pagina))
        if not deze or (resultaten and deze == resultaten[-len(deze):]):
            return resultaten
        resultaten += deze
        if len(deze) < 20:
            return resultaten
        pagina += 1

nodig = gevonden = goed = nul = toevallig = 0
for v in vragen:
    resultaten = alle(v)
    top5 = resultaten[:5]
    missen = [s for s in v["top5"] if s not in top5]
    fout = [s for s in v["nooit"] if s in resultaten]
    nodig += len(v["top5"])
    gevonden += len(v["top5"]) - len(missen)
    nul += not resultaten
    geslaagd = not missen and not fout
    bekend = v.get("bekendProbleem")
    goed += geslaagd and not bekend
    toevallig += geslaagd and bool(bekend)
    status = "ok  " if geslaagd and not bekend else "FOUT"
    uitleg = (["mist " + ", ".join(missen)] if missen else []) + (["ongewenst " + ", ".join(fout)] if fout else [])
    if bekend:
        uitleg.append(f"bekend probleem: {bekend}" + (" (slaagt nu wel)" if geslaagd else ""))
    print(f"{status} {url(v)}  -> {', '.join(top5) or '(geen resultaat)'}" + (f"  [{'; '.join(uitleg)}]" if uitleg else ""))

n = len(vragen)
print()
print(f"{n} zoekvragen op de testkaart")
print(f"hits@5:             {gevonden}/{nodig} = {100 * gevonden / nodig:.1f} %")
print(f"volledig goed:      {goed}/{n} = {100 * goed / n:.1f} %" + (f"  ({toevallig} met bekendProbleem slagen nu wel)" if toevallig else ""))
print(f"zonder resultaat:   {nul}/{n} = {100 * nul / n:.1f} %")
PY
