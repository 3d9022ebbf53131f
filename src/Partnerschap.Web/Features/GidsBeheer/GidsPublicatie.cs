using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Gids.Markdown;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Audit;

namespace Partnerschap.Web.Features.GidsBeheer;

/// <summary>
/// Publishing chapters of the samenwerkingsgids: the link check that must pass before a version goes online, and the
/// scheduled publications that are due. Scoped: one per request or per run of <see cref="PublicatieJob"/>.
/// </summary>
public sealed class GidsPublicatie(PortalDbContext db, GidsRenderer renderer, AuditLogger audit, ILogger<GidsPublicatie> logger)
{
    /// <summary>Internal paths a chapter may link to, besides /gids/{slug}.</summary>
    public static readonly IReadOnlyList<string> InterneBestemmingen =
        ["/sociale-kaart", ProfielUrls.Organisaties, ProfielUrls.Scholen, ProfielUrls.Brugfiguren, "/gids", "/doorverwijslijst", "/over", "/contact", "/privacy", "/toegankelijkheid"];

    /// <summary>
    /// Every link in <paramref name="tekst"/> that would not work for readers once the chapter <paramref name="slug"/>
    /// is published with this text. Empty when all links work.
    /// </summary>
    public async Task<IReadOnlyList<KapotteLink>> ControleerLinksAsync(string slug, string tekst, CancellationToken cancellationToken)
    {
        var html = renderer.Render(tekst);
        var eigenAnkers = html.Inhoud.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
        var kapot = new List<KapotteLink>();
        var hoofdstukken = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        foreach (var link in html.Links)
        {
            var reden = link.Soort switch
            {
                LinkSoort.Geweigerd => "dit soort link mag niet in de gids (gebruik een pagina van het portaal, kaart:, organisatie:, http(s), mailto of tel)",
                LinkSoort.Organisatie => await OrganisatieAsync(link.Doel, cancellationToken),
                LinkSoort.Kaart => Kaart(link.Doel),
                LinkSoort.Intern => await InternAsync(slug, link.Doel, eigenAnkers, hoofdstukken, cancellationToken),
                _ => null,
            };
            if (reden is not null && kapot.All(k => k.Geschreven != link.Geschreven))
            {
                kapot.Add(new KapotteLink(link.Geschreven.Length == 0 ? "(lege link)" : link.Geschreven, reden));
            }
        }

        return kapot;
    }

    /// <summary>
    /// Publishes every scheduled version whose time has come (<see cref="Hoofdstuk.PublicatieOp"/> at or before
    /// <paramref name="nu"/>). Returns how many chapters went online. A chapter someone changes at the same moment is
    /// left for the next run.
    /// </summary>
    public async Task<int> PubliceerGeplandAsync(DateTimeOffset nu, CancellationToken cancellationToken = default)
    {
        // PublicatieOp is written in UTC (Hoofdstuk.Plan; older rows by migration PublicatieOpInUtc), so on SQLite its
        // number sorts in time order and compares with "now" in UTC. With a Brussels offset it would not: that number
        // counts the wall-clock time, an hour or two ahead of UTC.
        var utc = nu.ToUniversalTime();
        var gepland = await db.Hoofdstukken.Where(h => h.GeplandeVersie != null && h.PublicatieOp <= utc).ToListAsync(cancellationToken);
        var aantal = 0;
        foreach (var hoofdstuk in gepland)
        {
            var versie = hoofdstuk.GeplandeVersie!.Value;
            var bestaat = await db.HoofdstukVersies.AnyAsync(v => v.HoofdstukId == hoofdstuk.Id && v.Nummer == versie, cancellationToken);
            var gepubliceerd = hoofdstuk.VoerPlanningUit(bestaat);
            if (gepubliceerd)
            {
                audit.Registreer(AuditSoorten.HoofdstukGepubliceerd, $"gids/{hoofdstuk.Slug}", $"Versie {versie}, volgens planning", systeem: "geplande publicatie");
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (gepubliceerd)
                {
                    aantal++;
                    logger.LogInformation("Hoofdstuk {Slug} versie {Versie} is volgens planning gepubliceerd", hoofdstuk.Slug, versie);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogWarning("Hoofdstuk {Slug} werd net gewijzigd; de geplande publicatie volgt bij de volgende run", hoofdstuk.Slug);
                db.ChangeTracker.Clear();
            }
        }

        return aantal;
    }

    private async Task<string?> OrganisatieAsync(string doel, CancellationToken cancellationToken)
    {
        var slug = doel[ProfielUrls.Organisaties.Length..];
        return await db.Organisaties.AnyAsync(o => o.Slug == slug, cancellationToken)
            ? null
            : $"er is geen organisatie met het adres ‘{slug}’ in de sociale kaart";
    }

    private static string? Kaart(string doel)
    {
        if (string.IsNullOrEmpty(doel))
        {
            return "deze zoekvraag gebruikt een onbekend filter van de sociale kaart";
        }

        var vraagteken = doel.IndexOf('?', StringComparison.Ordinal);
        var velden = QueryHelpers.ParseQuery(vraagteken < 0 ? string.Empty : doel[vraagteken..]);
        foreach (var (sleutel, waarden) in velden)
        {
            // Languages depend on the profiles of the day, so only filters with a fixed vocabulary are checked.
            if (KaartFilters.Voor(sleutel) is not { Termen: { } termen } filter)
            {
                continue;
            }

            foreach (var waarde in waarden)
            {
                if (Vocabulaire.Vind(termen, waarde) is null)
                {
                    return $"‘{waarde}’ is geen bekende {filter.Wat} in de sociale kaart";
                }
            }
        }

        return null;
    }

    private async Task<string?> InternAsync(
        string eigenSlug, string doel, HashSet<string> eigenAnkers, Dictionary<string, HashSet<string>?> hoofdstukken, CancellationToken cancellationToken)
    {
        if (doel.StartsWith('#'))
        {
            return eigenAnkers.Contains(doel[1..]) ? null : $"dit hoofdstuk heeft geen tussentitel met het anker ‘{doel[1..]}’";
        }

        if (doel.StartsWith("/gids/", StringComparison.Ordinal))
        {
            var rest = doel["/gids/".Length..];
            var hekje = rest.IndexOf('#', StringComparison.Ordinal);
            var anker = hekje < 0 ? null : rest[(hekje + 1)..];
            var slug = (hekje < 0 ? rest : rest[..hekje]).Split('?')[0].TrimEnd('/');
            HashSet<string>? ankers;
            if (slug == eigenSlug)
            {
                ankers = eigenAnkers;
            }
            else if (!hoofdstukken.TryGetValue(slug, out ankers))
            {
                var tekst = await db.Hoofdstukken.AsNoTracking()
                    .Where(h => h.Slug == slug && h.Status != HoofdstukStatus.Gearchiveerd && h.GepubliceerdeVersie != null)
                    .Select(h => h.Versies.Where(v => v.Nummer == h.GepubliceerdeVersie).Select(v => v.Tekst).FirstOrDefault())
                    .FirstOrDefaultAsync(cancellationToken);
                ankers = tekst is null ? null : renderer.Render(tekst).Inhoud.Select(k => k.Id).ToHashSet(StringComparer.Ordinal);
                hoofdstukken[slug] = ankers;
            }

            if (ankers is null)
            {
                return $"er is geen gepubliceerd hoofdstuk ‘{slug}’ in de gids";
            }

            return string.IsNullOrEmpty(anker) || ankers.Contains(anker) ? null : $"het hoofdstuk ‘{slug}’ heeft geen tussentitel met het anker ‘{anker}’";
        }

        var pad = doel.Split('?', '#')[0];
        var toegestaan = InterneBestemmingen.Any(b => b.EndsWith('/')
            ? pad.StartsWith(b, StringComparison.Ordinal) && pad.Length > b.Length
            : pad == b || pad.StartsWith(b + "/", StringComparison.Ordinal));
        return toegestaan ? null : $"‘{pad}’ is geen pagina van het portaal waar de gids naar mag linken";
    }
}

