using System.Text.RegularExpressions;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Plaatsen;

/// <summary>
/// Finds a place the way people name it: a gemeente (2019 name, 2025 name, French name), a deelgemeente (with its
/// French name or exonym from seeds/deelgemeenten.csv), a postcode, a NIS code, "9000 Gent" or "Gent 9000"; case,
/// accents, hyphens and spaces do not matter. Built once per instance by <see cref="PlaatsenProvider"/>.
/// </summary>
public sealed partial class PlaatsLookup
{
    private readonly Dictionary<string, Gemeente> _gemeenteByNaam = [];
    private readonly Dictionary<string, List<Gemeente>> _fusieByNaam = [];
    private readonly Dictionary<string, List<Deelgemeente>> _deelByNaam = [];
    private readonly ILookup<string, Deelgemeente> _deelByPostcode;
    private readonly List<(string Sleutel, int Rang, PlaatsKeuze Keuze)> _namen = [];

    public PlaatsLookup(IEnumerable<Gemeente> gemeenten, IEnumerable<Deelgemeente> deelgemeenten)
    {
        Deelgemeenten = [.. deelgemeenten];
        Gemeenten = new GemeenteLookup(gemeenten, Deelgemeenten);
        foreach (var g in Gemeenten.All)
        {
            _fusieByNaam.TryAdd(Sleutel(g.Weergavenaam), []);
            _fusieByNaam[Sleutel(g.Weergavenaam)].Add(g);
            foreach (var naam in new[] { g.Naam, g.NaamFr })
            {
                if (!string.IsNullOrEmpty(naam) && _gemeenteByNaam.TryAdd(Sleutel(naam), g))
                {
                    Noem(naam, naam, 0);
                }
            }
        }

        foreach (var delen in _fusieByNaam.Values)
        {
            Noem(delen[0].Weergavenaam, delen[0].Weergavenaam, 0);
        }

        foreach (var d in Deelgemeenten)
        {
            foreach (var naam in Namen(d))
            {
                _deelByNaam.TryAdd(Sleutel(naam), []);
                _deelByNaam[Sleutel(naam)].Add(d);
            }
        }

        foreach (var d in Deelgemeenten)
        {
            foreach (var naam in Namen(d))
            {
                var dubbel = _deelByNaam[Sleutel(naam)].Select(x => x.NisCode).Distinct().Count() > 1;
                Noem(dubbel ? Label(d) : naam, dubbel ? $"{d.Postcode} {d.Naam}" : naam, 1, naam);
            }
        }

        _deelByPostcode = Deelgemeenten.ToLookup(d => d.Postcode);
        Gemeenten.Plaatsen = tekst => Zoek(tekst).Plaats?.Gemeente;
    }

    /// <summary>The gemeenten on their own, for the forms, the import and the profile pages.</summary>
    public GemeenteLookup Gemeenten { get; }

    public IReadOnlyList<Deelgemeente> Deelgemeenten { get; }

    public PlaatsVondst Zoek(string? tekst)
    {
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return PlaatsVondst.Geen;
        }

        tekst = tekst.Trim();
        if (Gemeenten.OpNis(tekst) is { } byNis)
        {
            return Een(GemeentePlaats(byNis));
        }

        if (PostcodeVorm().IsMatch(tekst))
        {
            return PostcodePlaats(tekst) is { } plaats ? Een(plaats) : PlaatsVondst.Geen;
        }

        var metPostcode = MetPostcode().Match(tekst);
        if (metPostcode.Success)
        {
            var postcode = metPostcode.Groups["pc1"].Success ? metPostcode.Groups["pc1"].Value : metPostcode.Groups["pc2"].Value;
            var naam = metPostcode.Groups["n1"].Success ? metPostcode.Groups["n1"].Value : metPostcode.Groups["n2"].Value;
            if (OpNaam(naam, postcode) is { } vondst)
            {
                return vondst;
            }

            // "9000 Antwerpen": the postcode is the more precise of the two.
            if (PostcodePlaats(postcode) is { } plaats)
            {
                return Een(plaats);
            }
        }

        return OpNaam(tekst, null) ?? new PlaatsVondst(null, false, Suggesties(tekst));
    }

    /// <summary>The place with exactly this name (any of its names, no postcode, no typo), or null; never a suggestion.</summary>
    public Plaats? MetNaam(string tekst) => OpNaam(tekst, null) is { Dubbelzinnig: false, Plaats: { } plaats } ? plaats : null;

    /// <summary>Up to three known names at most two typing errors away (one for names of up to four letters).</summary>
    public IReadOnlyList<PlaatsKeuze> Suggesties(string tekst)
    {
        var sleutel = Sleutel(tekst);
        var max = sleutel.Length <= 4 ? 1 : 2;
        return [.. _namen
            .Where(n => Math.Abs(n.Sleutel.Length - sleutel.Length) <= max)
            .Select(n => (n.Keuze, n.Rang, Afstand: Bewerkingsafstand(sleutel, n.Sleutel, max)))
            .Where(n => n.Afstand <= max)
            .OrderBy(n => n.Afstand).ThenBy(n => n.Rang).ThenBy(n => n.Keuze.Tekst, StringComparer.Ordinal)
            .Select(n => n.Keuze)
            .DistinctBy(k => k.Invoer)
            .Take(3)];
    }

    /// <summary>
    /// Optimal string alignment distance (Damerau-Levenshtein where a swap of neighbours counts as one error);
    /// stops early and returns max + 1 once a row is over <paramref name="max"/>.
    /// </summary>
    public static int Bewerkingsafstand(string a, string b, int max)
    {
        var vorige2 = new int[b.Length + 1];
        var vorige = new int[b.Length + 1];
        var rij = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            vorige[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            rij[0] = i;
            var kleinste = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var kost = a[i - 1] == b[j - 1] ? 0 : 1;
                rij[j] = Math.Min(Math.Min(vorige[j] + 1, rij[j - 1] + 1), vorige[j - 1] + kost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    rij[j] = Math.Min(rij[j], vorige2[j - 2] + 1);
                }

                kleinste = Math.Min(kleinste, rij[j]);
            }

            if (kleinste > max)
            {
                return max + 1;
            }

            (vorige2, vorige, rij) = (vorige, rij, vorige2);
        }

        return vorige[b.Length];
    }

    private PlaatsVondst? OpNaam(string naam, string? postcode)
    {
        var sleutel = Sleutel(naam);
        if (_gemeenteByNaam.TryGetValue(sleutel, out var gemeente) && (postcode is null || HeeftPostcode(gemeente, postcode)))
        {
            return Een(GemeentePlaats(gemeente));
        }

        if (_fusieByNaam.TryGetValue(sleutel, out var delen) && (postcode is null || delen.Any(g => HeeftPostcode(g, postcode))))
        {
            return Een(new Plaats(delen[0].Weergavenaam, delen, delen.Select(g => (g.Latitude, g.Longitude))));
        }

        if (!_deelByNaam.TryGetValue(sleutel, out var rijen))
        {
            return null;
        }

        rijen = [.. rijen.Where(d => postcode is null || d.Postcode == postcode)];
        var perGemeente = rijen.GroupBy(d => d.NisCode).ToList();
        if (perGemeente.Count > 1)
        {
            return new PlaatsVondst(null, true, [.. rijen.OrderBy(d => d.Postcode, StringComparer.Ordinal).Select(d => new PlaatsKeuze(Label(d), $"{d.Postcode} {d.Naam}"))]);
        }

        if (perGemeente.Count == 0 || Gemeenten.OpNis(perGemeente[0].Key) is not { } g)
        {
            return null;
        }

        // "Gand", or the row "9000 Gent": the gemeente itself, measured from its centre like "Gent".
        var d0 = rijen[0];
        return IsDeGemeente(d0, g)
            ? Een(GemeentePlaats(g))
            : Een(new Plaats($"{d0.Naam} ({g.Weergavenaam})", Fusie(g), rijen.Select(d => (d.Latitude, d.Longitude))));
    }

    private Plaats? PostcodePlaats(string postcode)
    {
        if (Gemeenten.OpPostcode(postcode) is not { } g)
        {
            return null;
        }

        var rijen = _deelByPostcode[postcode].ToList();
        if (rijen.Count == 0 || rijen.Any(d => IsDeGemeente(d, g)))
        {
            return GemeentePlaats(g);
        }

        var naam = rijen.Count == 1 ? $"{rijen[0].Naam} ({g.Weergavenaam})" : g.Weergavenaam;
        return new Plaats(naam, Fusie(g), rijen.Select(d => (d.Latitude, d.Longitude)));
    }

    private Plaats GemeentePlaats(Gemeente g) => new(g.Weergavenaam, Fusie(g), [(g.Latitude, g.Longitude)]);

    /// <summary>The gemeente first, then the other gemeenten it merged with in 2025.</summary>
    private List<Gemeente> Fusie(Gemeente g) => [g, .. _fusieByNaam[Sleutel(g.Weergavenaam)].Where(x => x != g)];

    /// <summary>The row is the gemeente's own centre under one of its names ("Gent", "Sint-Jans-Molenbeek").</summary>
    private static bool IsDeGemeente(Deelgemeente d, Gemeente g) =>
        Namen(d).Any(n => Sleutel(n) == Sleutel(g.Naam) || (g.NaamFr is not null && Sleutel(n) == Sleutel(g.NaamFr)));

    private static bool HeeftPostcode(Gemeente g, string postcode) =>
        g.Postcodes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(postcode);

    private string Label(Deelgemeente d) => $"{d.Naam} ({d.Postcode}, {Gemeenten.OpNis(d.NisCode)?.Weergavenaam})";

    private static IEnumerable<string> Namen(Deelgemeente d) =>
        [d.Naam, .. (d.AndereNamen ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>A name for suggestions; rang 0 (gemeenten) goes before 1 (deelgemeenten) at the same distance: Kortrijk before Kortijs.</summary>
    private void Noem(string tekst, string invoer, int rang, string? naam = null) => _namen.Add((Sleutel(naam ?? tekst), rang, new PlaatsKeuze(tekst, invoer)));

    private static PlaatsVondst Een(Plaats plaats) => new(plaats, false, []);

    /// <summary>Case, accents, hyphens, apostrophes and spaces do not matter: "sint amandsberg" = "Sint-Amandsberg".</summary>
    private static string Sleutel(string naam) => Slugs.From(naam);

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex PostcodeVorm();

    [GeneratedRegex(@"^(?:(?<pc1>\d{4})\s+(?<n1>\D.*)|(?<n2>.*\D)\s+(?<pc2>\d{4}))$")]
    private static partial Regex MetPostcode();
}
