using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Caching;

namespace Partnerschap.Web.Features.Brugfiguren;

/// <summary>/brugfiguren/{slug}: a bridge worker, by name or only by function, with the schools where active.</summary>
[AllowAnonymous]
public sealed class BrugfigurenController(PortalDbContext db, KaartIndexProvider indexProvider) : Controller
{
    [HttpGet("brugfiguren/{slug}")]
    [OutputCache(PolicyName = PubliekePaginaPolicy.Profiel)]
    public async Task<IActionResult> Profiel(string slug, CancellationToken cancellationToken)
    {
        var brugfiguur = slug.Length > 200 ? null : await db.Brugfiguren.AsNoTracking()
            .Include(b => b.Scholen).Include(b => b.WerkgeverOrganisatie).Include(b => b.WerkgeverSchool)
            .AsSplitQuery()
            .FirstOrDefaultAsync(b => b.Slug == slug, cancellationToken);
        if (brugfiguur is null)
        {
            return NotFound();
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var werkgever = brugfiguur.WerkgeverSoort switch
        {
            WerkgeverSoort.Organisatie when brugfiguur.WerkgeverOrganisatie is { } o => (o.Naam, (string?)ProfielUrls.Organisatie(o.Slug)),
            WerkgeverSoort.School when brugfiguur.WerkgeverSchool is { } s => (s.Naam, ProfielUrls.School(s.Slug)),
            WerkgeverSoort.Gemeente => ("Gemeente " + (gemeenten.OpNis(brugfiguur.WerkgeverGemeenteNis)?.Weergavenaam ?? string.Empty), null),
            _ => ("Onbekend", null),
        };
        return View(new BrugfiguurProfiel(brugfiguur, werkgever.Item1, werkgever.Item2,
            [.. brugfiguur.Scholen.Select(s => (s.Naam, ProfielUrls.School(s.Slug), gemeenten.OpNis(s.GemeenteNis)?.Weergavenaam ?? string.Empty))]));
    }
}
