using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.OrganisatieToevoegen;

/// <summary>An organisatie already on the map that may be the one being proposed, and why we think so.</summary>
public sealed record GelijkaardigeOrganisatie(string Naam, string Slug, string Reden)
{
    public string Url => ProfielUrls.Organisatie(Slug);
}

/// <summary>
/// "Staat je organisatie er al op?": the organisaties with the same KBO number, and those with an address in the same
/// gemeente whose name looks alike. Names look alike when, folded (<see cref="Slugs.Fold"/>, no accents, no case),
/// one contains the other, or at least half of the words of the shorter name are in the other; small words ("de",
/// "van", "vzw") and the name of the gemeente itself do not count. Deliberately simple: the list is a hint for a
/// person, who decides.
/// </summary>
public static partial class GelijkaardigeOrganisaties
{
    private static readonly HashSet<string> Stopwoorden = ["de", "het", "een", "van", "voor", "en", "der", "den", "in", "op", "t", "vzw", "asbl", "vw"];

    public static async Task<List<GelijkaardigeOrganisatie>> ZoekAsync(
        PortalDbContext db, string naam, Gemeente? gemeente, string? kbo, CancellationToken cancellationToken)
    {
        var gevonden = new List<GelijkaardigeOrganisatie>();
        if (kbo is not null)
        {
            gevonden.AddRange(await db.Organisaties.AsNoTracking().Where(o => o.KboNummer == kbo).OrderBy(o => o.Naam).Take(20)
                .Select(o => new GelijkaardigeOrganisatie(o.Naam, o.Slug, $"Zelfde ondernemingsnummer ({kbo})")).ToListAsync(cancellationToken));
        }

        if (gemeente is not null)
        {
            var nis = gemeente.NisCode;
            var inGemeente = await db.Organisaties.AsNoTracking().Where(o => o.Locaties.Any(l => l.GemeenteNis == nis))
                .Select(o => new { o.Naam, o.Slug }).ToListAsync(cancellationToken);
            gevonden.AddRange(inGemeente
                .Where(o => LijktOp(naam, o.Naam, gemeente.Naam) && gevonden.All(g => g.Slug != o.Slug))
                .OrderBy(o => o.Naam, StringComparer.CurrentCulture).Take(20)
                .Select(o => new GelijkaardigeOrganisatie(o.Naam, o.Slug, $"Gelijkaardige naam in {gemeente.Naam}")));
        }

        return gevonden;
    }

    public static bool LijktOp(string a, string b, string? gemeente = null)
    {
        var vastA = Slugs.From(a).Replace("-", string.Empty, StringComparison.Ordinal);
        var vastB = Slugs.From(b).Replace("-", string.Empty, StringComparison.Ordinal);
        if (Math.Min(vastA.Length, vastB.Length) >= 4 && (vastA.Contains(vastB, StringComparison.Ordinal) || vastB.Contains(vastA, StringComparison.Ordinal)))
        {
            return true;
        }

        var plaats = gemeente is null ? [] : Woorden(gemeente, []);
        var woordenA = Woorden(a, plaats);
        var woordenB = Woorden(b, plaats);
        var gedeeld = woordenA.Intersect(woordenB).Count();
        return gedeeld > 0 && gedeeld * 2 >= Math.Min(woordenA.Count, woordenB.Count);
    }

    private static HashSet<string> Woorden(string naam, HashSet<string> zonder) =>
        WoordGrens().Split(Slugs.Fold(naam)).Where(w => w.Length > 0 && !Stopwoorden.Contains(w) && !zonder.Contains(w)).ToHashSet();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex WoordGrens();
}
