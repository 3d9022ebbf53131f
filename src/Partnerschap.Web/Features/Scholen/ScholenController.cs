using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Organisaties;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Caching;

namespace Partnerschap.Web.Features.Scholen;

/// <summary>/scholen/{slug}: a school, its CLB and LOP, its brugfiguren and its samenwerkingen.</summary>
[AllowAnonymous]
public sealed class ScholenController(PortalDbContext db, KaartIndexProvider indexProvider, TimeProvider clock) : Controller
{
    [HttpGet("scholen/{slug}")]
    [OutputCache(PolicyName = PubliekePaginaPolicy.Profiel)]
    public async Task<IActionResult> Profiel(string slug, CancellationToken cancellationToken)
    {
        var school = slug.Length > 200 ? null : await db.Scholen.AsNoTracking().Include(s => s.Clb).Include(s => s.Lop)
            .FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (school is null)
        {
            return NotFound();
        }

        var samenwerkingen = await db.Samenwerkingen.AsNoTracking()
            .Where(s => s.SchoolId == school.Id && s.Status == SamenwerkingStatus.Actief && !s.WachtOpBevestiging)
            .Select(s => new SamenwerkingRegel(s.Organisatie!.Naam, ProfielUrls.Organisatie(s.Organisatie.Slug), s.Samenwerkingsvormen, s.Aanleidingen, s.Beschrijving, s.Brugfiguur == null ? null
                : !s.Brugfiguur.AlleenFunctie && s.Brugfiguur.Naam != null && s.Brugfiguur.Naam != "" ? s.Brugfiguur.Naam : s.Brugfiguur.Functie))
            .ToListAsync(cancellationToken);
        var brugfiguren = await db.Brugfiguren.AsNoTracking()
            .Where(b => b.Scholen.Any(s => s.Id == school.Id))
            // Brugfiguur.Weergavenaam, written out for the query: the name only when the brugfiguur shows it.
            .Select(b => new BrugfiguurRegel(!b.AlleenFunctie && b.Naam != null && b.Naam != "" ? b.Naam : b.Functie, b.Functie, ProfielUrls.Brugfiguur(b.Slug)))
            .ToListAsync(cancellationToken);
        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        return View(new SchoolProfiel(school, gemeenten.OpNis(school.GemeenteNis)?.Weergavenaam ?? string.Empty, samenwerkingen, brugfiguren)
        {
            Gesloten = school.Einddatum < Infrastructure.BelgischeTijd.Vandaag(clock),
        });
    }
}
