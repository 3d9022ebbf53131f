using System.Numerics;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// Runs a <see cref="ZoekVraag"/> against the <see cref="KaartIndex"/>: text, place, filters, facet counts
/// (each facet counts with all other filters applied), sorting and paging. One pass over the items; filters and
/// facets are bit operations (docs/performance.md).
/// </summary>
public static class KaartZoeker
{
    public static ZoekResultaat Zoek(KaartIndex index, ZoekVraag vraag)
    {
        var tekst = index.Match(vraag.Q);
        var plaats = vraag.Plaats;
        var filter = new FilterBits();
        foreach (var f in KaartFilters.Alle)
        {
            filter[f.Positie] = index.Masker(f, vraag.Gekozen(f));
        }

        var perSoort = new Dictionary<Soort, int> { [Soort.Organisaties] = 0, [Soort.Scholen] = 0, [Soort.Brugfiguren] = 0 };
        var tellingen = new Tellingen(index);
        // Only the best page × 20 are kept (a heap), never every hit: a search that matches thousands of profiles
        // allocates little (docs/performance.md).
        var volgorde = Volgorde(vraag.Sorteer);
        var beste = new Beste(volgorde, vraag.Pagina * ZoekVraag.PerPagina);

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

            var fails = Fails(filter, item);
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
                beste.Add(new ZoekTreffer(item, score, afstand));
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

        var paginas = Math.Max(1, (beste.Totaal + ZoekVraag.PerPagina - 1) / ZoekVraag.PerPagina);
        if (vraag.Pagina > paginas)
        {
            // Fewer hits than the page asked for: the heap holds them all, so the last page is there too.
            vraag.Waarschuwingen.Add($"Er zijn maar {paginas} pagina's; we tonen de laatste.");
            vraag.Pagina = paginas;
        }

        var pagina = beste.Gesorteerd().Skip((vraag.Pagina - 1) * ZoekVraag.PerPagina).ToList();
        return new ZoekResultaat(vraag, pagina, beste.Totaal, paginas, Facetten(tellingen, index, vraag), perSoort);
    }

    /// <summary>The best <c>nodig</c> hits in this order, and how many there were in all, without keeping the others.</summary>
    private sealed class Beste(Comparer<ZoekTreffer> volgorde, int nodig)
    {
        // The worst kept hit on top, so a better one replaces it.
        private readonly PriorityQueue<ZoekTreffer, ZoekTreffer> _heap = new(Math.Min(nodig, 256), Comparer<ZoekTreffer>.Create((a, b) => volgorde.Compare(b, a)));

        public int Totaal { get; private set; }

        public void Add(ZoekTreffer treffer)
        {
            Totaal++;
            if (_heap.Count < nodig)
            {
                _heap.Enqueue(treffer, treffer);
            }
            else if (nodig > 0 && volgorde.Compare(treffer, _heap.Peek()) < 0)
            {
                _heap.DequeueEnqueue(treffer, treffer);
            }
        }

        /// <summary>The kept hits, best first.</summary>
        public List<ZoekTreffer> Gesorteerd()
        {
            var lijst = new List<ZoekTreffer>(_heap.Count);
            while (_heap.Count > 0)
            {
                lijst.Add(_heap.Dequeue());
            }

            lijst.Reverse();
            return lijst;
        }
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

    private static List<Facet> Facetten(Tellingen tellingen, KaartIndex index, ZoekVraag vraag) =>
        [.. KaartFilters.Alle.Where(f => f.FacetVoor.Contains(vraag.Soort)).Select(f => new Facet(f.Sleutel, f.Titel, [.. index.Termen(f)
            .Select((t, i) => new FacetWaarde(t.Code, t.Label, tellingen.Per[f.Positie][i], vraag.Gekozen(f).Contains(t.Code)))
            .Where(w => w.Aantal > 0 || w.Gekozen)]))];

    /// <summary>
    /// The filters the item fails, one bit per <see cref="KaartFilter.Positie"/>; a zero mask in
    /// <paramref name="filter"/> means "no filter on this one".
    /// </summary>
    private static int Fails(in FilterBits filter, KaartItem item)
    {
        var fails = 0;
        for (var f = 0; f < KaartFilters.Aantal; f++)
        {
            if (filter[f] != 0 && (item.Bits[f] & filter[f]) == 0)
            {
                fails |= 1 << f;
            }
        }

        return fails;
    }

    /// <summary>Facet counts per filter and value, filled without allocating per item.</summary>
    private sealed class Tellingen(KaartIndex index)
    {
        public int[][] Per { get; } = [.. KaartFilters.Alle.Select(f => new int[Math.Max(index.Termen(f).Count, 1)])];

        /// <summary>Counts the item for every filter (<paramref name="only"/> = -1) or for one filter only.</summary>
        public void Add(KaartItem item, int only)
        {
            for (var f = 0; f < KaartFilters.Aantal; f++)
            {
                if (only >= 0 && f != only)
                {
                    continue;
                }

                var bits = item.Bits[f];
                var counts = Per[f];
                while (bits != 0)
                {
                    counts[BitOperations.TrailingZeroCount(bits)]++;
                    bits &= bits - 1;
                }
            }
        }
    }
}
