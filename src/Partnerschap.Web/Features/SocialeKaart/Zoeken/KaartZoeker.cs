using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

public sealed record ZoekTreffer(KaartItem Item, double Score, double? AfstandKm);

public sealed record FacetWaarde(string Code, string Label, int Aantal, bool Gekozen);

public sealed record Facet(string Sleutel, string Titel, IReadOnlyList<FacetWaarde> Waarden);

public sealed record ZoekResultaat(
    ZoekVraag Vraag,
    IReadOnlyList<ZoekTreffer> Treffers,
    int Totaal,
    int Paginas,
    IReadOnlyList<Facet> Facetten,
    IReadOnlyDictionary<Soort, int> PerSoort);

/// <summary>
/// Runs a <see cref="ZoekVraag"/> against the <see cref="KaartIndex"/>: text, place, filters, facet counts
/// (each facet counts with all other filters applied), sorting and paging.
/// </summary>
public static class KaartZoeker
{
    public static ZoekResultaat Zoek(KaartIndex index, ZoekVraag vraag)
    {
        var tekst = index.Match(vraag.Q);
        var gemeente = vraag.Gemeente;

        // Text and place decide what is "in the running"; the facets filter within that.
        var kandidaten = new List<(int Doc, double Score, double? Afstand)>();
        var perSoort = new Dictionary<Soort, int> { [Soort.Organisaties] = 0, [Soort.Scholen] = 0, [Soort.Brugfiguren] = 0 };
        for (var doc = 0; doc < index.Items.Count; doc++)
        {
            var item = index.Items[doc];
            if (item.Status == OrganisatieStatus.Stopgezet)
            {
                continue;
            }

            double score = 0;
            if (tekst is not null && !tekst.TryGetValue(doc, out score))
            {
                continue;
            }

            double? afstand = null;
            if (gemeente is not null)
            {
                afstand = Afstand(item, gemeente);
                if (!InBereik(item, gemeente, vraag.AfstandKm, afstand))
                {
                    continue;
                }
            }

            if (!PastFacetten(item, vraag, except: null))
            {
                // Still counted for the facets below, via a second pass.
                kandidaten.Add((doc, double.NaN, afstand));
                continue;
            }

            perSoort[item.Soort]++;
            kandidaten.Add((doc, score, afstand));
        }

        var vanSoort = kandidaten.Where(k => index.Items[k.Doc].Soort == vraag.Soort).ToList();
        var treffers = vanSoort.Where(k => !double.IsNaN(k.Score)).Select(k => new ZoekTreffer(index.Items[k.Doc], k.Score, k.Afstand));
        treffers = vraag.Sorteer switch
        {
            "naam" => treffers.OrderBy(t => t.Item.SorteerNaam, StringComparer.Ordinal),
            "afstand" => treffers.OrderBy(t => t.AfstandKm ?? double.MaxValue).ThenByDescending(t => t.Score).ThenBy(t => t.Item.SorteerNaam, StringComparer.Ordinal),
            _ => treffers.OrderByDescending(t => t.Score).ThenBy(t => t.AfstandKm ?? double.MaxValue).ThenBy(t => t.Item.SorteerNaam, StringComparer.Ordinal),
        };

        var lijst = treffers.ToList();
        var paginas = Math.Max(1, (lijst.Count + ZoekVraag.PerPagina - 1) / ZoekVraag.PerPagina);
        if (vraag.Pagina > paginas)
        {
            vraag.Meldingen.Add($"Er zijn maar {paginas} pagina's; we tonen de laatste.");
            vraag.Pagina = paginas;
        }

        var pagina = lijst.Skip((vraag.Pagina - 1) * ZoekVraag.PerPagina).Take(ZoekVraag.PerPagina).ToList();
        var items = vanSoort.Select(k => index.Items[k.Doc]).ToList();
        return new ZoekResultaat(vraag, pagina, lijst.Count, paginas, Facetten(items, vraag), perSoort);
    }

    public static double? Afstand(KaartItem item, Gemeente gemeente)
    {
        double? best = null;
        foreach (var (lat, lon) in item.Punten)
        {
            var d = GemeenteLookup.DistanceKm(gemeente.Latitude, gemeente.Longitude, lat, lon);
            if (best is null || d < best)
            {
                best = d;
            }
        }

        return best;
    }

    /// <summary>
    /// Werkingsgebied: the item serves this gemeente (by name, province or region) or has an address there.
    /// A distance: an address within that many km; services without any address count when they serve the gemeente.
    /// </summary>
    public static bool InBereik(KaartItem item, Gemeente gemeente, int? afstandKm, double? afstand)
    {
        var bedient = item.Gemeenten.Contains(gemeente.NisCode) || item.Provincies.Contains(gemeente.Provincie) || item.Gewesten.Contains(gemeente.Gewest);
        return afstandKm is null ? bedient : (afstand is not null ? afstand <= afstandKm : bedient);
    }

    private static bool PastFacetten(KaartItem item, ZoekVraag vraag, string? except) =>
        (except == "aanleiding" || vraag.Aanleidingen.Count == 0 || vraag.Aanleidingen.Any(item.Aanleidingen.Contains)) &&
        (except == "vorm" || vraag.Vormen.Count == 0 || vraag.Vormen.Any(item.Vormen.Contains)) &&
        (except == "doelgroep" || vraag.Doelgroepen.Count == 0 || vraag.Doelgroepen.Any(item.Doelgroepen.Contains)) &&
        (except == "type" || vraag.Types.Count == 0 || vraag.Types.Contains(item.TypeCode)) &&
        (except == "taal" || vraag.Talen.Count == 0 || vraag.Talen.Any(item.Talen.Contains)) &&
        (except == "kosten" || vraag.Kosten.Count == 0 || (item.Kosten is not null && vraag.Kosten.Contains(item.Kosten)));

    private static List<Facet> Facetten(List<KaartItem> items, ZoekVraag vraag)
    {
        Facet Maak(string sleutel, string titel, IEnumerable<Term> termen, Func<KaartItem, IEnumerable<string>> codes, IReadOnlyList<string> gekozen)
        {
            var tellingen = new Dictionary<string, int>();
            foreach (var item in items.Where(i => PastFacetten(i, vraag, sleutel)))
            {
                foreach (var code in codes(item).Distinct())
                {
                    tellingen[code] = tellingen.GetValueOrDefault(code) + 1;
                }
            }

            return new Facet(sleutel, titel, [.. termen
                .Select(t => new FacetWaarde(t.Code, t.Label, tellingen.GetValueOrDefault(t.Code), gekozen.Contains(t.Code)))
                .Where(w => w.Aantal > 0 || w.Gekozen)]);
        }

        var talen = items.SelectMany(i => i.Talen).Distinct().Order().Select(code => new Term(code, TaalNamen.Naam(code), string.Empty));
        var facetten = new List<Facet>
        {
            Maak("aanleiding", "Aanleiding", Vocabulaire.Aanleidingen, i => i.Aanleidingen, vraag.Aanleidingen),
            Maak("vorm", "Samenwerkingsvorm", Vocabulaire.Samenwerkingsvormen, i => i.Vormen, vraag.Vormen),
        };
        if (vraag.Soort == Soort.Organisaties)
        {
            facetten.Add(Maak("type", "Soort organisatie", Vocabulaire.Organisatietypes, i => [i.TypeCode], vraag.Types));
            facetten.Add(Maak("doelgroep", "Voor wie", Vocabulaire.Doelgroepen, i => i.Doelgroepen, vraag.Doelgroepen));
            facetten.Add(Maak("kosten", "Kosten", ZoekVraag.KostenTermen, i => i.Kosten is null ? [] : [i.Kosten], vraag.Kosten));
        }

        if (vraag.Soort != Soort.Scholen)
        {
            facetten.Add(Maak("taal", "Taal", talen, i => i.Talen, vraag.Talen));
        }

        return facetten;
    }
}

/// <summary>Dutch names of the languages the portal shows, by ISO 639-1 code.</summary>
public static class TaalNamen
{
    private static readonly Dictionary<string, string> Namen = new()
    {
        ["nl"] = "Nederlands", ["fr"] = "Frans", ["en"] = "Engels", ["de"] = "Duits", ["ar"] = "Arabisch", ["tr"] = "Turks",
        ["pl"] = "Pools", ["ro"] = "Roemeens", ["bg"] = "Bulgaars", ["so"] = "Somalisch", ["ti"] = "Tigrinya", ["uk"] = "Oekraïens",
        ["ru"] = "Russisch", ["es"] = "Spaans", ["it"] = "Italiaans", ["pt"] = "Portugees", ["fa"] = "Perzisch (Farsi)", ["ps"] = "Pasjtoe",
        ["ku"] = "Koerdisch", ["am"] = "Amhaars", ["sq"] = "Albanees", ["sk"] = "Slovaaks", ["cs"] = "Tsjechisch", ["hu"] = "Hongaars",
        ["zh"] = "Chinees", ["ur"] = "Urdu", ["hi"] = "Hindi", ["ber"] = "Berbers", ["sgn"] = "Gebarentaal", ["vgt"] = "Vlaamse Gebarentaal",
    };

    public static IReadOnlyDictionary<string, string> Alle => Namen;

    public static string Naam(string code) => Namen.GetValueOrDefault(code, code);
}
