using System.Numerics;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

public readonly record struct ZoekTreffer(KaartItem Item, double Score, double? AfstandKm);

public sealed record FacetWaarde(string Code, string Label, int Aantal, bool Gekozen);

public sealed record Facet(string Sleutel, string Titel, IReadOnlyList<FacetWaarde> Waarden);

public sealed record ZoekResultaat(
    ZoekVraag Vraag,
    IReadOnlyList<ZoekTreffer> Treffers,
    int Totaal,
    int Paginas,
    IReadOnlyList<Facet> Facetten,
    IReadOnlyDictionary<Soort, int> PerSoort)
{
    /// <summary>Today in Belgium, for the freshness labels on the result cards.</summary>
    public DateOnly Vandaag { get; init; }
}

/// <summary>
/// Runs a <see cref="ZoekVraag"/> against the <see cref="KaartIndex"/>: text, place, filters, facet counts
/// (each facet counts with all other filters applied), sorting and paging. One pass over the items; filters and
/// facets are bit operations (docs/performance.md).
/// </summary>
public static class KaartZoeker
{
    // The filter groups, in this order, as bit positions of a "fails" mask.
    private const int Aanleiding = 0, Vorm = 1, Doelgroep = 2, Type = 3, Taal = 4, Kosten = 5, Groepen = 6;

    public static ZoekResultaat Zoek(KaartIndex index, ZoekVraag vraag)
    {
        var tekst = index.Match(vraag.Q);
        var plaats = vraag.Plaats;
        var filter = new Filter(
            KaartIndex.Bits(Vocabulaire.Aanleidingen, vraag.Aanleidingen),
            KaartIndex.Bits(Vocabulaire.Samenwerkingsvormen, vraag.Vormen),
            KaartIndex.Bits(Vocabulaire.Doelgroepen, vraag.Doelgroepen),
            KaartIndex.Bits(Vocabulaire.Organisatietypes, vraag.Types),
            index.TaalBits(vraag.Talen),
            KaartIndex.Bits(ZoekVraag.KostenTermen, vraag.Kosten));

        var perSoort = new Dictionary<Soort, int> { [Soort.Organisaties] = 0, [Soort.Scholen] = 0, [Soort.Brugfiguren] = 0 };
        var tellingen = new Tellingen(index.Talen.Count);
        var treffers = new List<ZoekTreffer>();

        void Consider(int doc, double score)
        {
            var item = index.Items[doc];
            if (item.Status == OrganisatieStatus.Stopgezet)
            {
                return;
            }

            double? afstand = null;
            if (plaats is not null)
            {
                // Werkingsgebied first (set look-ups); a distance only for what is still in the running.
                if (vraag.AfstandKm is null && !Bedient(item, plaats))
                {
                    return;
                }

                afstand = Afstand(item, plaats);
                if (vraag.AfstandKm is { } km && !(afstand is null ? Bedient(item, plaats) : afstand <= km))
                {
                    return;
                }
            }

            var fails = filter.Fails(item);
            if (fails == 0)
            {
                perSoort[item.Soort]++;
            }

            if (item.Soort != vraag.Soort)
            {
                return;
            }

            // A facet counts the items that pass every *other* filter: all facets when nothing fails, only the
            // failing group's own facet when exactly one fails.
            if (fails == 0)
            {
                treffers.Add(new ZoekTreffer(item, score, afstand));
                tellingen.Add(item, -1);
            }
            else if (BitOperations.PopCount((uint)fails) == 1)
            {
                tellingen.Add(item, BitOperations.TrailingZeroCount(fails));
            }
        }

        if (tekst is null)
        {
            for (var doc = 0; doc < index.Items.Count; doc++)
            {
                Consider(doc, 0);
            }
        }
        else
        {
            foreach (var (doc, score) in tekst)
            {
                Consider(doc, score);
            }
        }

        var paginas = Math.Max(1, (treffers.Count + ZoekVraag.PerPagina - 1) / ZoekVraag.PerPagina);
        if (vraag.Pagina > paginas)
        {
            vraag.Meldingen.Add($"Er zijn maar {paginas} pagina's; we tonen de laatste.");
            vraag.Pagina = paginas;
        }

        var pagina = Pagina(treffers, Volgorde(vraag.Sorteer), vraag.Pagina);
        return new ZoekResultaat(vraag, pagina, treffers.Count, paginas, Facetten(tellingen, index, vraag), perSoort);
    }

    /// <summary>
    /// The results of one page, without sorting them all: a heap keeps the best page × 20 (usually 20 of thousands).
    /// </summary>
    private static List<ZoekTreffer> Pagina(List<ZoekTreffer> treffers, Comparer<ZoekTreffer> volgorde, int pagina)
    {
        var nodig = Math.Min(treffers.Count, pagina * ZoekVraag.PerPagina);
        var heap = new PriorityQueue<ZoekTreffer, ZoekTreffer>(nodig + 1, Comparer<ZoekTreffer>.Create((a, b) => volgorde.Compare(b, a)));
        foreach (var treffer in treffers)
        {
            if (heap.Count < nodig)
            {
                heap.Enqueue(treffer, treffer);
            }
            else if (nodig > 0 && volgorde.Compare(treffer, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(treffer, treffer);
            }
        }

        var best = new List<ZoekTreffer>(heap.Count);
        while (heap.Count > 0)
        {
            best.Add(heap.Dequeue());
        }

        best.Reverse();
        return best.Skip((pagina - 1) * ZoekVraag.PerPagina).ToList();
    }

    private static readonly Comparer<ZoekTreffer> OpNaam = Comparer<ZoekTreffer>.Create((a, b) => a.Item.NaamRang.CompareTo(b.Item.NaamRang));

    private static readonly Comparer<ZoekTreffer> OpAfstand = Comparer<ZoekTreffer>.Create((a, b) =>
        (a.AfstandKm ?? double.MaxValue).CompareTo(b.AfstandKm ?? double.MaxValue) is var d and not 0 ? d
        : b.Score.CompareTo(a.Score) is var s and not 0 ? s
        : OpNaam.Compare(a, b));

    private static readonly Comparer<ZoekTreffer> OpRelevantie = Comparer<ZoekTreffer>.Create((a, b) =>
        b.Score.CompareTo(a.Score) is var s and not 0 ? s
        : (a.AfstandKm ?? double.MaxValue).CompareTo(b.AfstandKm ?? double.MaxValue) is var d and not 0 ? d
        : OpNaam.Compare(a, b));

    private static Comparer<ZoekTreffer> Volgorde(string sorteer) => sorteer switch
    {
        "naam" => OpNaam,
        "afstand" => OpAfstand,
        _ => OpRelevantie,
    };

    /// <summary>
    /// The distance in km from the place to the item's nearest address (null without address): from the place's
    /// nearest point, so a merged gemeente counts from the nearest of its parts. Equirectangular: within Belgium and
    /// 100 km it is within half a percent of the great-circle distance, and it costs one square root instead of four
    /// trigonometric calls (the cosine per point of the place is computed once, in <see cref="Plaats"/>).
    /// </summary>
    public static double? Afstand(KaartItem item, Plaats plaats)
    {
        var punten = item.Punten;
        if (punten.Length == 0)
        {
            return null;
        }

        var best = double.MaxValue;
        for (var p = 0; p < plaats.Punten.Length; p++)
        {
            var (lat, lon) = plaats.Punten[p];
            var kmPerGraadLon = plaats.KmPerGraadLon[p];
            for (var i = 0; i < punten.Length; i++)
            {
                var dx = (punten[i].Lon - lon) * kmPerGraadLon;
                var dy = (punten[i].Lat - lat) * 110.57;
                best = Math.Min(best, (dx * dx) + (dy * dy));
            }
        }

        return Math.Sqrt(best);
    }

    /// <summary>
    /// The item serves the place (one of its gemeenten — the whole 2025 municipality —, their province or region)
    /// or has an address there.
    /// </summary>
    public static bool Bedient(KaartItem item, Plaats plaats) =>
        Een(item.Gemeenten, plaats.NisCodes) || Een(item.Provincies, plaats.Provincies) || Een(item.Gewesten, plaats.Gewesten);

    private static bool Een(IReadOnlySet<string> set, string[] codes)
    {
        foreach (var code in codes)
        {
            if (set.Contains(code))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Facet> Facetten(Tellingen tellingen, KaartIndex index, ZoekVraag vraag)
    {
        static Facet Maak(string sleutel, string titel, IReadOnlyList<Term> termen, int[] aantallen, IReadOnlyList<string> gekozen) =>
            new(sleutel, titel, [.. termen
                .Select((t, i) => new FacetWaarde(t.Code, t.Label, aantallen[i], gekozen.Contains(t.Code)))
                .Where(w => w.Aantal > 0 || w.Gekozen)]);

        var facetten = new List<Facet>
        {
            Maak("aanleiding", "Aanleiding", Vocabulaire.Aanleidingen, tellingen.Per[Aanleiding], vraag.Aanleidingen),
            Maak("vorm", "Samenwerkingsvorm", Vocabulaire.Samenwerkingsvormen, tellingen.Per[Vorm], vraag.Vormen),
        };
        if (vraag.Soort == Soort.Organisaties)
        {
            facetten.Add(Maak("type", "Soort organisatie", Vocabulaire.Organisatietypes, tellingen.Per[Type], vraag.Types));
            facetten.Add(Maak("doelgroep", "Voor wie", Vocabulaire.Doelgroepen, tellingen.Per[Doelgroep], vraag.Doelgroepen));
            facetten.Add(Maak("kosten", "Kosten", ZoekVraag.KostenTermen, tellingen.Per[Kosten], vraag.Kosten));
        }

        if (vraag.Soort != Soort.Scholen)
        {
            var talen = index.Talen.Select(code => new Term(code, TaalNamen.Naam(code), string.Empty)).ToList();
            facetten.Add(Maak("taal", "Taal", talen, tellingen.Per[Taal], vraag.Talen));
        }

        return facetten;
    }

    /// <summary>The chosen filters as masks; a zero mask means "no filter in this group".</summary>
    private readonly record struct Filter(int Aanleidingen, int Vormen, int Doelgroepen, int Types, ulong Talen, int Kosten)
    {
        public int Fails(KaartItem item) =>
            (Aanleidingen != 0 && (item.AanleidingBits & Aanleidingen) == 0 ? 1 << Aanleiding : 0) |
            (Vormen != 0 && (item.VormBits & Vormen) == 0 ? 1 << Vorm : 0) |
            (Doelgroepen != 0 && (item.DoelgroepBits & Doelgroepen) == 0 ? 1 << Doelgroep : 0) |
            (Types != 0 && (item.TypeBits & Types) == 0 ? 1 << Type : 0) |
            (Talen != 0 && (item.TaalBits & Talen) == 0 ? 1 << Taal : 0) |
            (Kosten != 0 && (item.KostenBits & Kosten) == 0 ? 1 << Kosten : 0);
    }

    /// <summary>Facet counts per group and value, filled without allocating per item.</summary>
    private sealed class Tellingen(int talen)
    {
        public int[][] Per { get; } =
        [
            new int[Vocabulaire.Aanleidingen.Count], new int[Vocabulaire.Samenwerkingsvormen.Count], new int[Vocabulaire.Doelgroepen.Count],
            new int[Vocabulaire.Organisatietypes.Count], new int[Math.Max(talen, 1)], new int[ZoekVraag.KostenTermen.Count],
        ];

        /// <summary>Counts the item in every group (<paramref name="only"/> = -1) or in one group only.</summary>
        public void Add(KaartItem item, int only)
        {
            for (var groep = 0; groep < Groepen; groep++)
            {
                if (only >= 0 && groep != only)
                {
                    continue;
                }

                var bits = groep switch
                {
                    Aanleiding => (ulong)item.AanleidingBits,
                    Vorm => (ulong)item.VormBits,
                    Doelgroep => (ulong)item.DoelgroepBits,
                    Type => (ulong)item.TypeBits,
                    Taal => item.TaalBits,
                    _ => (ulong)item.KostenBits,
                };
                var counts = Per[groep];
                while (bits != 0)
                {
                    counts[BitOperations.TrailingZeroCount(bits)]++;
                    bits &= bits - 1;
                }
            }
        }
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
