#!/usr/bin/env python3
"""Fictional demo set for Partnerschap: HSDS 3.1 organisations + our own scholen.json. Deterministic."""
import csv, datetime, json, os, random, sys, uuid
R = random.Random(20261123)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def uid(kind, n): return str(uuid.uuid5(uuid.NAMESPACE_URL, f"partnerschap-demo/{kind}/{n}"))
G = {r["nis_code"]: r for r in csv.DictReader(open(os.path.join(ROOT, "gemeenten.csv"), encoding="utf-8"), delimiter=";")}
def by_name(n): return next(g for g in G.values() if g["naam"] == n)
REGIOS = {
 "Gent": ["Gent", "Merelbeke", "Melle", "Destelbergen", "Lochristi"], "Antwerpen": ["Antwerpen", "Mortsel", "Schoten", "Edegem"],
 "Brussel": ["Brussel", "Anderlecht", "Molenbeek-Sint-Jan", "Schaarbeek", "Sint-Gillis", "Elsene"], "Leuven": ["Leuven", "Herent", "Kortenberg"],
 "Kortrijk": ["Kortrijk", "Wevelgem", "Harelbeke"], "Brugge": ["Brugge", "Oostkamp", "Beernem"], "Limburg": ["Hasselt", "Genk", "Diepenbeek"],
 "Mechelen": ["Mechelen", "Willebroek", "Bonheiden"], "Aalst": ["Aalst"], "Oostende": ["Oostende"], "Turnhout": ["Turnhout"], "Sint-Niklaas": ["Sint-Niklaas"], "Roeselare": ["Roeselare"],
}
REGIOS = {k: [by_name(n) for n in v if any(g["naam"] == n for g in G.values())] for k, v in REGIOS.items()}
NETNUMMER = {"Antwerpen": "03", "Gent": "09", "Brussel": "02", "Leuven": "016", "Kortrijk": "056", "Brugge": "050", "Limburg": "011", "Mechelen": "015", "Aalst": "053", "Oostende": "059", "Turnhout": "014", "Sint-Niklaas": "03", "Roeselare": "051"}
def phone(regio): return f"{NETNUMMER[regio]} 000 {R.randint(10,99)} {R.randint(10,99)}"
def ph(regio, key): return {"id": uid("ph", key), "number": phone(regio), "description": "Fictief nummer (demogegevens)"}
STRATEN = ["Kerkstraat", "Stationsstraat", "Schoolstraat", "Dorpsstraat", "Molenstraat", "Nieuwstraat", "Kapelstraat", "Beekstraat", "Lindenlaan", "Parklaan", "Marktplein", "Hoogstraat"]
VOORNAMEN = ["Sara", "Ahmed", "Lotte", "Yusuf", "Nele", "Karim", "Fien", "Jonas", "Amina", "Wout", "Elif", "Bram", "Ines", "Samir", "Hanne", "Tom", "Leila", "Pieter"]
ACHTERNAMEN = ["Peeters", "Janssens", "El Amrani", "Maes", "Yilmaz", "Claes", "Wouters", "De Smet", "Benali", "Mertens", "Dubois", "Vermeulen"]
TYPES = {
 "ocmw": ("Sociaal Huis {g}", ["financieel-materieel-administratief", "kinderarmoede"], ["toeleiding", "uitwisseling-overleg"], ["gezinnen", "ouders"], ["Hulp bij de schoolrekening", "Budget- en schuldhulp", "Huur- en energiepremies"], "Het sociaal huis (OCMW) helpt gezinnen met financiële en administratieve vragen, zoals de schoolrekening, huur en energie."),
 "caw": ("CAW {r} – onthaal {g}", ["financieel-materieel-administratief", "opvoeding-gezinsondersteuning"], ["toeleiding", "uitwisseling-overleg"], ["gezinnen", "ouders"], ["Onthaal zonder afspraak", "Schuldhulp", "Hulp bij huisvesting"], "Het CAW luistert naar elke vraag over welzijn en zoekt samen met het gezin naar een oplossing."),
 "huis-van-het-kind": ("Huis van het Kind {g}", ["opvoeding-gezinsondersteuning", "hygiene-gezondheid"], ["toeleiding", "interprofessioneel-leren"], ["kinderen-0-3", "ouders"], ["Opvoedingswinkel", "Consultatiebureau", "Ontmoeting voor ouders"], "Het Huis van het Kind brengt partners rond jonge gezinnen samen: opvoeding, gezondheid en ontmoeting."),
 "ckg": ("CKG De {w}", ["opvoeding-gezinsondersteuning"], ["toeleiding", "uitwisseling-overleg"], ["kinderen-0-3", "gezinnen"], ["Gezinsondersteuning aan huis", "Kinderopvang in crisis"], "Het Centrum voor Kinderzorg en Gezinsondersteuning helpt gezinnen die het even niet alleen redden met de opvoeding."),
 "samenlevingsopbouw": ("Samenlevingsopbouw {g} – {w}", ["kinderarmoede", "drempels-onderwijs"], ["bemiddelen-faciliteren", "interprofessioneel-leren"], ["ouders", "scholen"], ["Schoolopbouwwerk", "Oudergroep op school"], "Samenlevingsopbouw werkt met gezinnen in armoede aan betere kansen, ook op school."),
 "armoedeorganisatie": ("Vereniging De {w}", ["kinderarmoede", "financieel-materieel-administratief"], ["uitwisseling-overleg", "interprofessioneel-leren"], ["gezinnen"], ["Ontmoetingsavond", "Vorming voor leerkrachten over armoede"], "Een vereniging waar mensen in armoede het woord nemen. Ze geeft ook vorming aan scholen over kinderarmoede."),
 "huiswerkbegeleiding": ("Huiswerkklas De {w}", ["drempels-onderwijs"], ["toeleiding", "uitwisseling-overleg"], ["lager-onderwijs", "secundair-onderwijs"], ["Huiswerkbegeleiding na school", "Studiebegeleiding voor jongeren"], "Vrijwilligers helpen kinderen na school met hun huiswerk, in een rustige plek."),
 "onderwijsopbouwwerk": ("Onderwijsopbouwwerk {g}", ["drempels-onderwijs", "kinderarmoede"], ["bemiddelen-faciliteren"], ["ouders", "scholen"], ["Brugfiguur tussen ouders en school", "Oudercafé"], "Een brugfiguur helpt ouders en school om elkaar beter te begrijpen."),
 "buurtwerk": ("Buurtwerk De {w}", ["kunst-sport-vrije-tijd", "kinderarmoede"], ["toeleiding", "bemiddelen-faciliteren"], ["lager-onderwijs", "gezinnen"], ["Speelstraat en sport na school", "Vakantiewerking"], "Een buurtwerking met sport, spel en ontmoeting voor kinderen en hun ouders."),
 "stedelijke-dienst": ("Dienst Onderwijs {g}", ["drempels-onderwijs", "financieel-materieel-administratief"], ["uitwisseling-overleg", "interprofessioneel-leren"], ["scholen"], ["Flankerend onderwijsbeleid", "Tussenkomst in schoolkosten"], "De dienst van de stad ondersteunt scholen bij gelijke onderwijskansen, ook met hulp bij schoolkosten."),
 "lokaal-netwerk": ("Netwerk Kinderarmoede {g}", ["kinderarmoede"], ["uitwisseling-overleg", "interprofessioneel-leren"], ["gezinnen", "scholen"], ["Overleg rond kinderarmoede"], "Een lokaal netwerk waarin scholen, het OCMW en welzijnspartners samen kinderarmoede aanpakken."),
 "clb": ("CLB {r} – vestiging {g}", ["drempels-onderwijs", "hygiene-gezondheid"], ["toeleiding", "uitwisseling-overleg"], ["lager-onderwijs", "secundair-onderwijs", "scholen"], ["Leerlingenbegeleiding", "Preventieve gezondheidszorg"], "Het CLB begeleidt leerlingen bij leren, studiekeuze, gezondheid en welbevinden, samen met de school."),
 "lop": ("LOP {g} (lokaal overlegplatform)", ["drempels-onderwijs"], ["uitwisseling-overleg", "interprofessioneel-leren"], ["scholen"], ["Overleg gelijke onderwijskansen"], "Het lokaal overlegplatform brengt scholen en partners samen rond gelijke onderwijskansen."),
 "integratie-inburgering": ("Onthaalbureau Integratie {r}", ["drempels-onderwijs", "opvoeding-gezinsondersteuning"], ["toeleiding", "bemiddelen-faciliteren"], ["nieuwkomers", "ouders"], ["Begeleiding voor nieuwkomers", "Sociaal tolken"], "Helpt nieuwkomers hun weg te vinden, ook naar school en OKAN-klassen."),
 "jeugdhulp": ("Jeugdhulp De {w}", ["opvoeding-gezinsondersteuning"], ["toeleiding", "interprofessioneel-leren"], ["secundair-onderwijs", "gezinnen"], ["Contextbegeleiding", "Jongerenspreekuur"], "Begeleiding voor kinderen, jongeren en hun gezin wanneer het thuis of op school moeilijk loopt."),
 "gezondheid": ("Wijkgezondheidscentrum De {w}", ["hygiene-gezondheid"], ["toeleiding", "uitwisseling-overleg"], ["gezinnen", "kleuteronderwijs"], ["Huisarts en verpleging", "Hygiëne en voeding"], "Een wijkgezondheidscentrum voor het hele gezin, met aandacht voor hygiëne en gezonde voeding."),
 "vrije-tijd": ("Vrijetijdspas {g}", ["kunst-sport-vrije-tijd"], ["toeleiding"], ["lager-onderwijs", "secundair-onderwijs"], ["Sport- en cultuurkorting", "Vakantiekampen met korting"], "Met de vrijetijdspas gaan kinderen goedkoper naar sport, cultuur en vakantiekampen."),
 "andere": ("Kledingbank De {w}", ["financieel-materieel-administratief", "hygiene-gezondheid"], ["toeleiding"], ["gezinnen", "kleuteronderwijs"], ["Kleding en schoolmateriaal"], "Gezinnen vinden hier gratis kleding, schoolmateriaal en verzorgingsproducten."),
}
WOORDEN = ["Brug", "Sleutel", "Linde", "Horizon", "Wegwijzer", "Kering", "Vonk", "Schakel", "Kompas", "Vlinder", "Regenboog", "Zonnebloem", "Lichtpunt", "Anker", "Toekomst"]
TOELICHTING = {"toeleiding": "We nemen een gezin dat de school doorverwijst zelf op en zoeken mee naar de juiste hulp.",
               "uitwisseling-overleg": "We overleggen geregeld met de zorgcoördinator, met toestemming van de ouders.",
               "bemiddelen-faciliteren": "We helpen ouders en school om elkaar te begrijpen, bijvoorbeeld bij een oudercontact.",
               "interprofessioneel-leren": "We leren samen met leerkrachten en welzijnswerkers, in vorming en intervisie."}
def attr(tax, code, value=None):
    a = {"id": uid("attr", f"{tax}/{code}/{R.random()}"), "taxonomy_term": {"id": uid("term", f"{tax}/{code}"), "code": code, "name": code, "taxonomy": tax}}
    if value is not None: a["value"] = value
    return a
def kbo():
    """A fictional enterprise number with a valid check digit: 0 + 7 digits, then 97 - (first eight mod 97)."""
    b = R.randint(2_000_000, 9_999_999)
    d = f"{b:08d}{97 - (b % 97):02d}"
    return f"{d[:4]}.{d[4:7]}.{d[7:]}"
orgs, per_regio = [], {}
n = 0
def maak(regio, g, typ, extra_area=None, status="actief", online=False):
    global n; n += 1
    naam_t, aanl, vormen, doel, aanbod, beschr = TYPES[typ]
    naam = naam_t.format(g=g["fusiegemeente_2025"] or g["naam"], r=regio, w=R.choice(WOORDEN))
    key = f"{n}"
    leeftijd = R.choices([R.randint(400, 900), R.randint(190, 360), R.randint(5, 170)], [15, 10, 75])[0]
    datum = (datetime.date(2026, 11, 20) - datetime.timedelta(days=leeftijd)).isoformat()
    lat = float(g["lat"]) + R.uniform(-0.01, 0.01); lon = float(g["lon"]) + R.uniform(-0.01, 0.01)
    postcode = R.choice(g["postcodes"].split())
    slug_mail = "".join(ch for ch in naam.lower() if ch.isalnum())[:24]
    talen = ["nl"] + R.sample(["fr", "en", "ar", "tr", "pl", "ro", "bg", "so", "ti", "uk"], R.randint(0, 2))
    o = {"id": uid("org", key), "name": naam, "description": beschr + " (Fictieve organisatie, demogegevens.)",
         "email": f"{slug_mail}@example.org", "website": f"https://{slug_mail}.example.org",
         "phones": [ph(regio, "o" + key)],
         "contacts": [{"id": uid("c", key), **({} if R.random() < 0.3 else {"name": f"{R.choice(VOORNAMEN)} {R.choice(ACHTERNAMEN)}"}),
                       "title": R.choice(["Contactpersoon scholen", "Maatschappelijk werker – aanspreekpunt scholen", "Schoolopbouwwerker", "Coördinator"]),
                       "email": f"scholen.{slug_mail}@example.org", "phones": [ph(regio, "c" + key)],
                       "attributes": [attr("contactrol", "aanspreekpunt-scholen")]}],
         "locations": [] if online else [{"id": uid("loc", key), "location_type": "physical", "name": naam, "latitude": round(lat, 5), "longitude": round(lon, 5),
             "addresses": [{"id": uid("adr", key), "address_1": f"{R.choice(STRATEN)} {R.randint(1, 180)}", "city": g["naam"], "postal_code": postcode,
                            "state_province": g["provincie"] or "Brussel", "country": "BE", "address_type": "physical"}],
             "schedules": [{"id": uid("sch", key), "freq": "WEEKLY", "byday": "MO,TU,TH", "opens_at": "09:00", "closes_at": "12:00",
                            "description": "Maandag, dinsdag en donderdag van 9 tot 12 uur, en op afspraak."}],
             "languages": [{"id": uid("lang", f"{key}/{t}"), "code": t, "name": t} for t in talen]}],
         "attributes": [attr("organisatietype", typ)] + [attr("aanleiding", a) for a in aanl] + [attr("samenwerkingsvorm", v, TOELICHTING[v]) for v in vormen] +
                       [attr("doelgroep", d) for d in doel] +
                       [attr("profiel", "status", status), attr("profiel", "laatst-gecontroleerd", datum),
                        attr("profiel", "toegang-ouders", R.choice(["Kom langs tijdens de openingsuren, zonder afspraak.", "Bel eerst even, dan maken we een afspraak.", "Stuur een mail of bel; we bellen je terug."])),
                        attr("profiel", "toegang-professionals", "Bel of mail het aanspreekpunt voor scholen. Met toestemming van de ouders nemen we zelf contact op met het gezin."),
                        attr("profiel", "gedeelde-informatie", "We delen alleen wat nodig is en altijd met toestemming van de ouders. Onze medewerkers hebben beroepsgeheim."),
                        attr("profiel", "kosten", R.choice(["Gratis", "Gratis", "Gratis; soms een kleine bijdrage voor materiaal", "€ 2 per keer"]))],
         "services": []}
    if R.random() < 0.5: o["organization_identifiers"] = [{"id": uid("kbo", key), "organization_id": o["id"], "identifier_type": "KBO", "identifier_scope": "national", "identifier": kbo()}]
    areas = [extra_area] if extra_area else [g["naam"]] + ([R.choice(REGIOS[regio])["naam"]] if R.random() < 0.3 else [])
    for i, s in enumerate(R.sample(aanbod, min(len(aanbod), R.randint(1, 3)))):
        o["services"].append({"id": uid("svc", f"{key}/{i}"), "name": s, "description": f"{s}: {beschr.split('.')[0].lower()}.", "status": "inactive" if status == "stopgezet" else "active",
            "email": o["email"], "assured_date": datum, "languages": [{"id": uid("sl", f"{key}/{i}/{t}"), "code": t, "name": t} for t in talen],
            "service_areas": [{"id": uid("sa", f"{key}/{i}/{a}"), "name": a} for a in dict.fromkeys(areas)],
            "attributes": [attr("aanleiding", R.choice(aanl)), attr("samenwerkingsvorm", R.choice(vormen)), attr("doelgroep", R.choice(doel))]})
    orgs.append(o); per_regio.setdefault(regio, []).append((o, typ, g))
    return o
for regio, gemeenten in REGIOS.items():
    hoofd = gemeenten[0]
    for g in gemeenten: maak(regio, g, "ocmw")
    maak(regio, hoofd, "caw"); maak(regio, hoofd, "clb"); maak(regio, hoofd, "huis-van-het-kind")
    if len(gemeenten) >= 3: maak(regio, hoofd, "lop")
    for typ in ["huiswerkbegeleiding", "buurtwerk", "samenlevingsopbouw", "armoedeorganisatie", "gezondheid", "vrije-tijd", "andere", "onderwijsopbouwwerk", "stedelijke-dienst", "lokaal-netwerk", "ckg", "jeugdhulp", "integratie-inburgering"]:
        if R.random() < (0.95 if len(gemeenten) >= 3 else 0.55):
            maak(regio, R.choice(gemeenten), typ)
    for _ in range(R.randint(2, 5)):
        maak(regio, R.choice(gemeenten), R.choice(["huiswerkbegeleiding", "buurtwerk", "armoedeorganisatie", "gezondheid", "vrije-tijd", "andere"]))
# Region-wide and online services, closed and stopped ones.
for i, (typ, area) in enumerate([("jeugdhulp", "Vlaanderen"), ("caw", "Vlaanderen"), ("armoedeorganisatie", "Vlaanderen"), ("huis-van-het-kind", "Brussel"),
                                 ("jeugdhulp", "Oost-Vlaanderen"), ("integratie-inburgering", "Antwerpen"), ("gezondheid", "West-Vlaanderen"), ("andere", "Limburg"),
                                 ("integratie-inburgering", "Brussel"), ("vrije-tijd", "Vlaams-Brabant"), ("jeugdhulp", "Vlaanderen"), ("armoedeorganisatie", "Brussel")] * 2):
    regio = "Brussel" if area == "Brussel" else "Gent"
    maak(regio, REGIOS[regio][0], typ, extra_area=area, online=True)
for o in R.sample(orgs, 11):
    next(a for a in o["attributes"] if a["taxonomy_term"]["code"] == "status")["value"] = "tijdelijk-gesloten"
for o in R.sample([o for o in orgs if next(a for a in o["attributes"] if a["taxonomy_term"]["code"] == "status")["value"] == "actief"], 3):
    next(a for a in o["attributes"] if a["taxonomy_term"]["code"] == "status")["value"] = "stopgezet"
    for s in o["services"]: s["status"] = "inactive"
# Schools, brugfiguren, samenwerkingen.
scholen, brug, sw = [], [], []
SCHOOLNAMEN = ["Basisschool De Regenboog", "Basisschool Sint-Jozef", "GO! Basisschool De Vlieger", "Stedelijke Basisschool Het Klavertje", "Basisschool De Knipoog", "Sint-Lutgardisschool",
               "GO! Atheneum", "Sint-Janscollege", "Technisch Instituut De Brug", "School voor Buitengewoon Onderwijs De Kade", "Freinetschool De Boomhut", "Basisschool Het Talent"]
n_s = 0
for regio, gemeenten in REGIOS.items():
    clb = next(o for o, t, g in per_regio[regio] if t == "clb"); lop = next((o for o, t, g in per_regio[regio] if t == "lop"), None)
    for _ in range(6 if len(gemeenten) >= 3 else 3):
        n_s += 1; g = R.choice(gemeenten); naam = R.choice(SCHOOLNAMEN)
        niveau = "buitengewoon" if "Buitengewoon" in naam else ("secundair" if any(w in naam for w in ["Atheneum", "college", "Instituut"]) else "basis")
        slug_mail = "".join(ch for ch in (naam + (g["fusiegemeente_2025"] or g["naam"])).lower() if ch.isalnum())[:28]
        scholen.append({"id": uid("school", n_s), "naam": f"{naam} {g['fusiegemeente_2025'] or g['naam']}", "instellingsnummer": f"{900000 + n_s}", "onderwijsniveau": niveau,
            "net": "gemeenschapsonderwijs" if "GO!" in naam else ("officieel-gesubsidieerd" if "Stedelijke" in naam else "vrij-gesubsidieerd"),
            "adres": {"straat": f"Schoolstraat {R.randint(1, 90)}", "postcode": R.choice(g["postcodes"].split()), "gemeente": g["nis_code"]},
            "latitude": round(float(g["lat"]) + R.uniform(-0.01, 0.01), 5), "longitude": round(float(g["lon"]) + R.uniform(-0.01, 0.01), 5),
            "clb": clb["id"], "lop": lop["id"] if lop else None,
            "zorgcoordinator": None if R.random() < 0.25 else {"naam": None if R.random() < 0.4 else f"{R.choice(VOORNAMEN)} {R.choice(ACHTERNAMEN)}", "email": f"zorg.{slug_mail}@example.org", "telefoon": phone(regio)},
            "email": f"{slug_mail}@example.org", "telefoon": phone(regio), "website": f"https://{slug_mail}.example.org", "_regio": regio})
for i in range(30):
    regio = list(REGIOS)[i % len(REGIOS)]
    eigen = [s for s in scholen if s["_regio"] == regio]
    werk = R.choice(["organisatie", "gemeente", "school"])
    org = R.choice([o for o, t, g in per_regio[regio] if t in ("onderwijsopbouwwerk", "samenlevingsopbouw", "ocmw", "stedelijke-dienst")])
    brug.append({"id": uid("brug", i), "naam": None if R.random() < 0.3 else f"{R.choice(VOORNAMEN)} {R.choice(ACHTERNAMEN)}",
        # One named brugfiguur that chose to show only its function ("alleen functie"), so the demo shows both.
        **({"alleenFunctie": True} if i == 5 else {}),
        "functie": R.choice(["Brugfiguur", "Schoolopbouwwerker", "Ouderconsulent", "Brugfiguur onderwijs-welzijn"]),
        "werkgever": {"soort": werk, "id": org["id"] if werk == "organisatie" else (eigen[0]["id"] if werk == "school" else None), "gemeente": REGIOS[regio][0]["nis_code"] if werk == "gemeente" else None},
        "scholen": [s["id"] for s in R.sample(eigen, min(len(eigen), R.randint(1, 3)))], "email": f"brugfiguur{i + 1}@example.org", "telefoon": phone(regio),
        "talen": ["nl"] + R.sample(["fr", "ar", "tr", "bg", "ro", "en"], R.randint(0, 2)), "_regio": regio})
i = 0
while len(sw) < 110:
    s = scholen[i % len(scholen)]; i += 1
    kandidaten = [(o, t) for o, t, g in per_regio[s["_regio"]] if t not in ("lop",)]
    o, t = R.choice(kandidaten)
    if any(x["school"] == s["id"] and x["organisatie"] == o["id"] for x in sw): continue
    _, aanl, vormen, _, _, _ = TYPES[t]
    b = next((b for b in brug if s["id"] in b["scholen"]), None) if R.random() < 0.4 else None
    sw.append({"id": uid("sw", len(sw)), "school": s["id"], "organisatie": o["id"], "brugfiguur": b["id"] if b else None,
        "vormen": R.sample(vormen, R.randint(1, len(vormen))), "aanleidingen": R.sample(aanl, R.randint(1, len(aanl))),
        "beschrijving": f"De school en {o['name']} werken samen: {TOELICHTING[vormen[0]][0].lower()}{TOELICHTING[vormen[0]][1:]}",
        "sinds": f"{R.randint(2015, 2025)}-09-01", "status": "beeindigd" if R.random() < 0.06 else "actief"})
for x in scholen + brug: x.pop("_regio")
os.makedirs(os.path.join(ROOT, "demo"), exist_ok=True)
json.dump(orgs, open(os.path.join(ROOT, "demo", "organisaties.hsds.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
json.dump({"scholen": scholen, "brugfiguren": brug, "samenwerkingen": sw}, open(os.path.join(ROOT, "demo", "scholen.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
# Checks
from collections import Counter
codes = Counter(a["taxonomy_term"]["taxonomy"] + ":" + a["taxonomy_term"]["code"] for o in orgs for a in o["attributes"])
print(f"{len(orgs)} organisaties, {sum(len(o['services']) for o in orgs)} aanbod, {len(scholen)} scholen, {len(brug)} brugfiguren, {len(sw)} samenwerkingen")
weinig = [k for k, v in codes.items() if v < 3 and not k.startswith("profiel")]
alle = {f"organisatietype:{t}" for t in TYPES}
print("te weinig:", weinig, "ontbrekend type:", alle - set(codes))
sys.exit(1 if weinig or alle - set(codes) else 0)
