using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Caching;
using Partnerschap.Web.Infrastructure.Identity;

namespace Partnerschap.Web.Features.Organisaties;

/// <summary>/organisaties/{slug}: the public profile of one organisation.</summary>
[AllowAnonymous]
public sealed class OrganisatiesController(PortalDbContext db, KaartIndexProvider indexProvider, TimeProvider clock, AccountLinks links) : Controller
{
    [HttpGet("organisaties/{slug}")]
    [OutputCache(PolicyName = PubliekePaginaPolicy.Profiel)]
    public async Task<IActionResult> Profiel(string slug, CancellationToken cancellationToken)
    {
        var organisatie = await ZoekAsync(slug, cancellationToken);
        if (organisatie is null)
        {
            return NotFound();
        }

        var samenwerkingen = await db.Samenwerkingen.AsNoTracking()
            .Where(s => s.OrganisatieId == organisatie.Id && s.Status == SamenwerkingStatus.Actief && !s.WachtOpBevestiging)
            .Select(s => new SamenwerkingRegel(s.School!.Naam, ProfielUrls.School(s.School.Slug), s.Samenwerkingsvormen, s.Aanleidingen, s.Beschrijving, s.Brugfiguur == null ? null
                : !s.Brugfiguur.AlleenFunctie && s.Brugfiguur.Naam != null && s.Brugfiguur.Naam != "" ? s.Brugfiguur.Naam : s.Brugfiguur.Functie))
            .ToListAsync(cancellationToken);
        var index = await indexProvider.GetAsync(cancellationToken);
        var model = new OrganisatieProfiel(organisatie, samenwerkingen, index.Gemeenten, BelgischeTijd.Vandaag(clock));
        return View(model);
    }

    /// <summary>
    /// /organisaties/{slug}/fiche: the profile's print view, one A4 page for a parent or a folder. Long texts are cut
    /// (<see cref="OrganisatieFiche"/>) so that the page never runs over; the full profile is one address away.
    /// </summary>
    [HttpGet("organisaties/{slug}/fiche")]
    [OutputCache(PolicyName = PubliekePaginaPolicy.Profiel)]
    public async Task<IActionResult> Fiche(string slug, CancellationToken cancellationToken)
    {
        var organisatie = await ZoekAsync(slug, cancellationToken);
        if (organisatie is null)
        {
            return NotFound();
        }

        var index = await indexProvider.GetAsync(cancellationToken);
        var profiel = new OrganisatieProfiel(organisatie, [], index.Gemeenten, BelgischeTijd.Vandaag(clock));
        return View(new OrganisatieFiche(profiel, links.Naar(ProfielUrls.Organisatie(organisatie.Slug)), BelgischeTijd.Vandaag(clock)));
    }

    private Task<Organisatie?> ZoekAsync(string slug, CancellationToken cancellationToken) =>
        slug.Length > 200
            ? Task.FromResult<Organisatie?>(null)
            : db.Organisaties.AsNoTracking().Include(o => o.Aanbod).AsSplitQuery().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
}
