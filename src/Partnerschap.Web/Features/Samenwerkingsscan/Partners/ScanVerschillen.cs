namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>
/// "Waar jullie het meest verschillen": the themes ordered by how far the averages of the school and the organisation lie
/// apart, biggest first (themes without an average on one side last), and in each theme the statements the two sides
/// answered differently, again biggest difference first. A difference is a topic for the conversation, not a mistake.
/// </summary>
public static class ScanVerschillen
{
    public static IReadOnlyList<ThemaVerschil> Bereken(ScanUitslag school, ScanUitslag organisatie,
        IReadOnlyDictionary<string, int> schoolAntwoorden, IReadOnlyDictionary<string, int> organisatieAntwoorden) =>
    [
        .. school.Themas.Select((t, i) =>
        {
            var o = organisatie.Themas[i];
            double? verschil = t.Gemiddelde is { } a && o.Gemiddelde is { } b ? Math.Round(Math.Abs(a - b), 2) : null;
            var stellingen = t.Thema.Gevraagd
                .Select(s => new StellingVerschil(s, Antwoord(schoolAntwoorden, s), Antwoord(organisatieAntwoorden, s)))
                .Where(s => s.School != s.Organisatie)
                .OrderByDescending(s => s.Afstand)
                .ToList();
            return (Volgorde: i, Verschil: new ThemaVerschil(t.Thema, t.Gemiddelde, o.Gemiddelde, verschil, stellingen));
        })
        .OrderBy(t => t.Verschil.Verschil is null)
        .ThenByDescending(t => t.Verschil.Verschil)
        .ThenByDescending(t => t.Verschil.Stellingen.Count)
        .ThenBy(t => t.Volgorde)
        .Select(t => t.Verschil),
    ];

    private static int? Antwoord(IReadOnlyDictionary<string, int> antwoorden, ScanStelling stelling) =>
        antwoorden.TryGetValue(stelling.Code, out var a) ? a : null;
}
