namespace Partnerschap.Web.Domain;

/// <summary>
/// Finds a gemeente the way people name it: the 2025 name, the name before a merger, the French name,
/// the NIS code or a postcode; case- and accent-insensitive. Built once per instance, as part of the
/// PlaatsLookup (Infrastructure/Plaatsen), which also lets <see cref="Find"/> read deelgemeenten.
/// </summary>
public sealed class GemeenteLookup
{
    private readonly Dictionary<string, Gemeente> _byNis;
    private readonly Dictionary<string, Gemeente> _byPostcode = [];
    private readonly Dictionary<string, List<Gemeente>> _byName = [];
    private readonly ILookup<string, Deelgemeente> _deelgemeenten;

    public GemeenteLookup(IEnumerable<Gemeente> gemeenten, IEnumerable<Deelgemeente>? deelgemeenten = null)
    {
        _deelgemeenten = (deelgemeenten ?? []).ToLookup(d => d.NisCode);
        All = [.. gemeenten.OrderBy(g => g.Weergavenaam, Infrastructure.Nl.Namen)];
        _byNis = All.ToDictionary(g => g.NisCode);
        foreach (var g in All)
        {
            foreach (var postcode in g.Postcodes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                _byPostcode[postcode] = g;
            }

            foreach (var name in new[] { g.Naam, g.NaamFr, g.Fusiegemeente2025 })
            {
                if (!string.IsNullOrEmpty(name))
                {
                    var key = Slugs.Fold(name);
                    if (!_byName.TryGetValue(key, out var list))
                    {
                        _byName[key] = list = [];
                    }

                    if (!list.Contains(g))
                    {
                        list.Add(g);
                    }
                }
            }
        }

        Provincies = [.. All.Select(g => g.Provincie).Where(p => p.Length > 0).Distinct().Order()];
    }

    public IReadOnlyList<Gemeente> All { get; }

    public IReadOnlyList<string> Provincies { get; }

    /// <summary>
    /// Set by the PlaatsLookup that owns this lookup: the gemeente a deelgemeente, "9000 Gent" or an exonym lies in,
    /// so that forms and the import accept "Wilrijk" as well as the search does.
    /// </summary>
    internal Func<string, Gemeente?>? Plaatsen { private get; set; }

    public Gemeente? OpNis(string? nis) => nis is not null && _byNis.TryGetValue(nis, out var g) ? g : null;

    /// <summary>
    /// "Kerkstraat 5, 9050 Gent": the street, the postcode and the gemeente by its 2025 name (the place as written
    /// when the address lies outside Flanders and Brussels); null when there is nothing to show.
    /// </summary>
    public string? Adresregel(string? straat, string? postcode, string? nis, string? plaats)
    {
        var stad = string.Join(' ', new[] { postcode, OpNis(nis)?.Weergavenaam ?? plaats }.Where(d => !string.IsNullOrWhiteSpace(d)));
        var regel = string.Join(", ", new[] { straat, stad }.Where(d => !string.IsNullOrWhiteSpace(d)));
        return regel.Length == 0 ? null : regel;
    }

    public Gemeente? OpPostcode(string? postcode) =>
        postcode is not null && _byPostcode.TryGetValue(postcode.Trim(), out var g) ? g : null;

    /// <summary>
    /// All gemeenten a name can mean. A 2025 merged name ("Nazareth-De Pinte") gives every former gemeente in it;
    /// an old or 2019 name gives that one gemeente.
    /// </summary>
    public IReadOnlyList<Gemeente> OpNaam(string? name) =>
        name is not null && _byName.TryGetValue(Slugs.Fold(name.Trim()), out var list) ? list : [];

    /// <summary>One gemeente from a NIS code, a postcode or a name; null when unknown or ambiguous.</summary>
    public Gemeente? Vind(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (OpNis(text) is { } byNis)
        {
            return byNis;
        }

        if (OpPostcode(text) is { } byPostcode)
        {
            return byPostcode;
        }

        var byName = OpNaam(text);
        if (byName.Count == 0)
        {
            return Plaatsen?.Invoke(text);
        }

        if (byName.Count == 1)
        {
            return byName[0];
        }

        // A merged name: prefer the former gemeente that carries the same name, else the first.
        return byName.FirstOrDefault(g => Slugs.Fold(g.Naam) == Slugs.Fold(text)) ?? byName[0];
    }

    /// <summary>
    /// Where an address without coordinates is put: the deelgemeente named by <paramref name="plaats"/>, else the only
    /// deelgemeente of <paramref name="postcode"/> in this gemeente ("2610" is Wilrijk), else the centre of the gemeente
    /// (also when the place is the gemeente's own centre, "9000 Gent", so that it matches a search for "Gent").
    /// </summary>
    public (double Latitude, double Longitude) Positie(Gemeente gemeente, string? postcode, string? plaats)
    {
        var delen = _deelgemeenten[gemeente.NisCode].Where(d => Slugs.Fold(d.Naam) != Slugs.Fold(gemeente.Naam)).ToList();
        var gevonden = plaats is null ? [] : delen.Where(d => Slugs.Fold(d.Naam) == Slugs.Fold(plaats.Trim())).ToList();
        if (gevonden.Count == 0 && !string.IsNullOrWhiteSpace(postcode) && _deelgemeenten[gemeente.NisCode].Count(d => d.Postcode == postcode.Trim()) == 1)
        {
            gevonden = [.. delen.Where(d => d.Postcode == postcode.Trim())];
        }

        return gevonden.Count == 1 ? (gevonden[0].Latitude, gevonden[0].Longitude) : (gemeente.Latitude, gemeente.Longitude);
    }

    /// <summary>The province of a name like "Oost-Vlaanderen", case-insensitive.</summary>
    public string? Provincie(string? name) =>
        name is null ? null : Provincies.FirstOrDefault(p => Slugs.Fold(p) == Slugs.Fold(name.Trim()));

    /// <summary>Distance in km between two points (haversine; good enough for "within N km").</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
