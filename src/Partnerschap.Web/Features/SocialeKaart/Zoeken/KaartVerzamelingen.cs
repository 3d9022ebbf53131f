using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// The sets of a <see cref="KaartIndex"/> a search narrows with: one <see cref="Bitmap"/> per filter value and per kind
/// of profile, the documents per gemeente, province and region of the werkingsgebied, and a grid of the addresses
/// for a search within a distance. Built once with the index, read by every search.
/// </summary>
public sealed class KaartVerzamelingen
{
    /// <summary>Grid cells of 0.1° latitude by 0.15° longitude: about 11 by 10.5 km in Belgium.</summary>
    private const double CelLat = 0.1, CelLon = 0.15;

    private readonly KaartIndex _index;
    private readonly Dictionary<string, int[]> _perGemeente, _perProvincie, _perGewest;
    private readonly Dictionary<(int Lat, int Lon), int[]> _raster;

    public KaartVerzamelingen(KaartIndex index)
    {
        _index = index;
        var items = index.Items;
        Documenten = items.Length;
        Zichtbaar = Bitmap.Van(Documenten, Enumerable.Range(0, Documenten).Where(d => items[d].Status != OrganisatieStatus.Stopgezet && !index.Vervangen.Bevat(d)));
        PerSoort = [.. Enum.GetValues<Soort>().Select(s => Bitmap.Van(Documenten, Enumerable.Range(0, Documenten).Where(d => items[d].Soort == s)))];
        PerWaarde = [.. KaartFilters.Alle.Select(f => Enumerable.Range(0, Math.Min(index.Termen(f).Count, 64)).Select(_ => Bitmap.Nieuw(Documenten)).ToArray())];
        for (var doc = 0; doc < Documenten; doc++)
        {
            foreach (var filter in KaartFilters.Alle)
            {
                var bits = index.Masker(filter, filter.CodesVan(items[doc]));
                while (bits != 0)
                {
                    PerWaarde[filter.Positie][System.Numerics.BitOperations.TrailingZeroCount(bits)].Zet(doc);
                    bits &= bits - 1;
                }
            }
        }

        _perGemeente = PerCode(items, i => i.Gemeenten);
        _perProvincie = PerCode(items, i => i.Provincies);
        _perGewest = PerCode(items, i => i.Gewesten);
        ZonderAdres = Bitmap.Van(Documenten, Enumerable.Range(0, Documenten).Where(d => items[d].Punten.Length == 0));
        _raster = Enumerable.Range(0, Documenten)
            .SelectMany(d => items[d].Punten.Select(p => (Cel: Cel(p.Lat, p.Lon), Doc: d)))
            .GroupBy(x => x.Cel, x => x.Doc)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }

    public int Documenten { get; }

    /// <summary>Every profile that is shown: not stopgezet, and not an earlier version (<see cref="KaartIndex.Vervangen"/>).</summary>
    public Bitmap Zichtbaar { get; }

    /// <summary>Per <see cref="Soort"/>.</summary>
    public Bitmap[] PerSoort { get; }

    /// <summary>Per filter (<see cref="KaartFilter.Positie"/>) and value (its bit in <see cref="KaartIndex.Masker"/>).</summary>
    public Bitmap[][] PerWaarde { get; }

    /// <summary>Profiles without an address: for a distance, their werkingsgebied counts.</summary>
    public Bitmap ZonderAdres { get; }

    /// <summary>
    /// Adds to <paramref name="doel"/> the profiles that serve the place: one of its gemeenten (the whole municipality
    /// of 2025), its province or its region.
    /// </summary>
    public void Bedient(Plaats plaats, Bitmap doel)
    {
        Zet(_perGemeente, plaats.NisCodes, doel);
        Zet(_perProvincie, plaats.Provincies, doel);
        Zet(_perGewest, plaats.Gewesten, doel);
    }

    /// <summary>
    /// Adds to <paramref name="doel"/> the profiles with an address within <paramref name="km"/> of the place, and those
    /// without an address that serve it: only the grid cells around the place are visited.
    /// </summary>
    public void Binnen(Plaats plaats, int km, Bitmap doel)
    {
        var items = _index.Items;
        for (var p = 0; p < plaats.Punten.Length; p++)
        {
            var (lat, lon) = plaats.Punten[p];
            var dLat = km / 110.57;
            var dLon = km / plaats.KmPerGraadLon[p];
            var (van, tot) = (Cel(lat - dLat, lon - dLon), Cel(lat + dLat, lon + dLon));
            for (var y = van.Lat; y <= tot.Lat; y++)
            {
                for (var x = van.Lon; x <= tot.Lon; x++)
                {
                    if (!_raster.TryGetValue((y, x), out var docs))
                    {
                        continue;
                    }

                    foreach (var doc in docs)
                    {
                        if (!doel.Bevat(doc) && KaartZoeker.Afstand(items[doc], plaats) <= km)
                        {
                            doel.Zet(doc);
                        }
                    }
                }
            }
        }

        using var bedient = Bitmap.Huur(Documenten);
        Bedient(plaats, bedient);
        bedient.En(ZonderAdres);
        doel.Of(bedient);
    }

    private static (int Lat, int Lon) Cel(double lat, double lon) => ((int)Math.Floor(lat / CelLat), (int)Math.Floor(lon / CelLon));

    private static void Zet(Dictionary<string, int[]> perCode, string[] codes, Bitmap doel)
    {
        foreach (var code in codes)
        {
            if (perCode.TryGetValue(code, out var docs))
            {
                foreach (var doc in docs)
                {
                    doel.Zet(doc);
                }
            }
        }
    }

    private static Dictionary<string, int[]> PerCode(KaartItem[] items, Func<KaartItem, IReadOnlyCollection<string>> codes) =>
        Enumerable.Range(0, items.Length)
            .SelectMany(d => codes(items[d]).Select(c => (Code: c, Doc: d)))
            .GroupBy(x => x.Code, x => x.Doc, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
}
