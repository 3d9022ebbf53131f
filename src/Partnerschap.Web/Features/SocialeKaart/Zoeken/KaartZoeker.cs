using System.Numerics;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// Runs a <see cref="ZoekVraag"/> against the <see cref="KaartIndex"/>: text, place, filters, facet counts
/// (each facet counts with all other filters applied), sorting and paging. Candidates, filters and facets are
/// bitmaps (<see cref="KaartVerzamelingen"/>): the work grows with the number of machine words, not of profiles; only
/// the hits that can still reach the page shown are visited one by one (docs/performance.md).
/// </summary>
public static class KaartZoeker
{
    /// <summary>The page of the search that the question asks for.</summary>
    public static ZoekResultaat Zoek(KaartIndex index, ZoekVraag vraag) => Zoek(index, vraag, null);

    /// <summary>All hits of the search in its order, at most <paramref name="maximum"/> (a download).</summary>
    public static ZoekResultaat Alle(KaartIndex index, ZoekVraag vraag, int maximum) => Zoek(index, vraag, maximum);

    private static ZoekResultaat Zoek(KaartIndex index, ZoekVraag vraag, int? maximum)
    {
        using var tekst = index.Match(vraag.Q);
        var plaats = vraag.Plaats;
        var sets = index.Verzamelingen;
        var n = sets.Documenten;

        // The candidates: what the words find (or everything), shown, and in or near the place.
        using var basis = Bitmap.Huur(n);
        if (tekst is null)
        {
            basis.Kopieer(sets.Zichtbaar);
        }
        else
        {
            basis.Kopieer(tekst.Documenten);
            basis.En(sets.Zichtbaar);
        }

        if (plaats is not null)
        {
            using var inPlaats = Bitmap.Huur(n);
            if (vraag.AfstandKm is { } km)
            {
                sets.Binnen(plaats, km, inPlaats);
            }
            else
            {
                sets.Bedient(plaats, inPlaats);
            }

            basis.En(inPlaats);
        }

        // Each chosen filter is the union of its chosen values.
        var filters = new Bitmap?[KaartFilters.Aantal];
        try
        {
            foreach (var f in KaartFilters.Alle)
            {
                var masker = index.Masker(f, vraag.Gekozen(f));
                if (masker != 0)
                {
                    var gekozen = filters[f.Positie] = Bitmap.Huur(n);
                    for (var bits = masker; bits != 0; bits &= bits - 1)
                    {
                        gekozen.Of(sets.PerWaarde[f.Positie][BitOperations.TrailingZeroCount(bits)]);
                    }
                }
            }

            using var alle = Bitmap.Huur(n);
            alle.Kopieer(basis);
            foreach (var gekozen in filters)
            {
                if (gekozen is not null)
                {
                    alle.En(gekozen);
                }
            }

            var perSoort = Enum.GetValues<Soort>().ToDictionary(s => s, s => alle.AantalMet(sets.PerSoort[(int)s]));
            using var treffers = Bitmap.Huur(n);
            treffers.Kopieer(alle);
            treffers.En(sets.PerSoort[(int)vraag.Soort]);
            var totaal = perSoort[vraag.Soort];

            // Only the best page × 20 are kept (a heap), never every hit (docs/performance.md).
            var nodig = maximum ?? vraag.Pagina * ZoekVraag.PerPagina;
            var beste = new Beste(Volgorde(vraag.Sorteer), nodig);
            if (tekst is not null)
            {
                foreach (var doc in treffers.Documenten())
                {
                    beste.Add(new ZoekTreffer(index.Items[doc], tekst[doc], plaats is null ? null : Afstand(index.Items[doc], plaats), index.Rang(doc)));
                }
            }
            else if (plaats is null || vraag.Sorteer == "naam")
            {
                // Without words every score is equal: the order is the name (or the distance, with a place). By name, the
                // first hits in name order are the page: no need to visit the other thousands.
                var nog = nodig;
                foreach (var doc in index.OpNaam)
                {
                    if (treffers.Bevat(doc))
                    {
                        beste.Add(new ZoekTreffer(index.Items[doc], 0, plaats is null ? null : Afstand(index.Items[doc], plaats), index.Rang(doc)));
                        if (--nog == 0)
                        {
                            break;
                        }
                    }
                }
            }
            else
            {
                foreach (var doc in treffers.Documenten())
                {
                    beste.Add(new ZoekTreffer(index.Items[doc], 0, plaats is null ? null : Afstand(index.Items[doc], plaats), index.Rang(doc)));
                }
            }

            var paginas = Math.Max(1, (totaal + ZoekVraag.PerPagina - 1) / ZoekVraag.PerPagina);
            if (maximum is not null)
            {
                return new ZoekResultaat(vraag, beste.Gesorteerd(), totaal, paginas, [], perSoort);
            }

            if (vraag.Pagina > paginas)
            {
                // Fewer hits than the page asked for: the heap holds them all, so the last page is there too.
                vraag.Waarschuwingen.Add($"Er zijn maar {paginas} pagina's; we tonen de laatste.");
                vraag.Pagina = paginas;
            }

            var pagina = beste.Gesorteerd().Skip((vraag.Pagina - 1) * ZoekVraag.PerPagina).ToList();
            return new ZoekResultaat(vraag, pagina, totaal, paginas, Facetten(index, vraag, basis, filters), perSoort);
        }
        finally
        {
            foreach (var gekozen in filters)
            {
                gekozen?.Dispose();
            }
        }
    }

    /// <summary>
    /// The facets of the kind searched for: a value counts the candidates of that kind with that value that pass every
    /// <em>other</em> chosen filter, so a visitor sees what ticking it would give. One AND and bit count per value.
    /// </summary>
    private static List<Facet> Facetten(KaartIndex index, ZoekVraag vraag, Bitmap basis, Bitmap?[] filters)
    {
        var sets = index.Verzamelingen;
        var facetten = new List<Facet>();
        using var anderen = Bitmap.Huur(sets.Documenten);
        foreach (var f in KaartFilters.Alle.Where(f => f.FacetVoor.Contains(vraag.Soort)))
        {
            anderen.Kopieer(basis);
            anderen.En(sets.PerSoort[(int)vraag.Soort]);
            for (var g = 0; g < filters.Length; g++)
            {
                if (g != f.Positie && filters[g] is { } ander)
                {
                    anderen.En(ander);
                }
            }

            var gekozen = vraag.Gekozen(f);
            var waarden = new List<FacetWaarde>();
            var termen = index.Termen(f);
            for (var i = 0; i < termen.Count; i++)
            {
                var aantal = i < sets.PerWaarde[f.Positie].Length ? anderen.AantalMet(sets.PerWaarde[f.Positie][i]) : 0;
                if (aantal > 0 || gekozen.Contains(termen[i].Code))
                {
                    waarden.Add(new FacetWaarde(termen[i].Code, termen[i].Label, aantal, gekozen.Contains(termen[i].Code)));
                }
            }

            facetten.Add(new Facet(f.Sleutel, f.Titel, waarden));
        }

        return facetten;
    }

    /// <summary>The best <c>nodig</c> hits in this order, without keeping the others.</summary>
    private sealed class Beste(Comparer<ZoekTreffer> volgorde, int nodig)
    {
        // The worst kept hit on top, so a better one replaces it.
        private readonly PriorityQueue<ZoekTreffer, ZoekTreffer> _heap = new(Math.Min(nodig, 256), Comparer<ZoekTreffer>.Create((a, b) => volgorde.Compare(b, a)));

        public void Add(ZoekTreffer treffer)
        {
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

    private static readonly Comparer<ZoekTreffer> OpNaam = Comparer<ZoekTreffer>.Create((a, b) => a.Rang.CompareTo(b.Rang));

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
}
