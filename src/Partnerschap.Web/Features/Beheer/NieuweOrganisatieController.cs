using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Audit;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>
/// /beheer/organisaties/nieuw: a Beheerder puts an organisatie on the map directly, with the profile form and through
/// the same <see cref="OrganisatieAanmaker"/> as an approved proposal (<see cref="VoorstellenController"/>).
/// </summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class NieuweOrganisatieController(PortalDbContext db, KaartIndexProvider indexProvider, OrganisatieAanmaker aanmaker, AuditLogger audit) : Controller
{
    [HttpGet("beheer/organisaties/nieuw")]
    public async Task<IActionResult> NieuweOrganisatie(CancellationToken cancellationToken) =>
        View(new OrganisatieVelden(OrganisatieFormulier.Nieuw(), await ProvinciesAsync(cancellationToken)));

    [HttpPost("beheer/organisaties/nieuw")]
    public async Task<IActionResult> NieuweOrganisatie([Bind(Prefix = "Formulier")] OrganisatieFormulier formulier, string? actie, CancellationToken cancellationToken)
    {
        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var (invoer, stap) = formulier.Lees(ModelState, "Formulier.", gemeenten, actie);
        if (stap != OrganisatieFormulier.Stap.Klaar)
        {
            Response.StatusCode = stap == OrganisatieFormulier.Stap.Fouten ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            return View(new OrganisatieVelden(formulier, gemeenten.Provincies));
        }

        var organisatie = await aanmaker.VoegToeAsync(invoer, gemeenten, "Organisatie aangemaakt door een beheerder", cancellationToken);
        audit.Registreer(AuditSoorten.OrganisatieAangemaakt, organisatie.Naam, ProfielUrls.Organisatie(organisatie.Slug));
        await db.SaveChangesAsync(cancellationToken);
        TempData[Statusbericht.Key] = $"{organisatie.Naam} staat op de kaart. Nodig via Gebruikers iemand uit om het profiel bij te houden.";
        return Redirect(ProfielUrls.Organisatie(organisatie.Slug));
    }

    private async Task<IReadOnlyList<string>> ProvinciesAsync(CancellationToken cancellationToken) =>
        (await indexProvider.GetAsync(cancellationToken)).Gemeenten.Provincies;
}
