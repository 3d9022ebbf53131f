using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Features.Account;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>
/// What the partner scan and the action plan share: load the samenwerking behind the id and check that the user is on one
/// of its sides (<see cref="SamenwerkingAuthorizationHandler"/>). Unknown id 404; not a member 403 (the sign-in cookie
/// turns it into /geen-toegang).
/// </summary>
public abstract class PartnerControllerBase(PortalDbContext db, IAuthorizationService authorization) : Controller
{
    protected PortalDbContext Db => db;

    protected async Task<(PartnerSamenwerking?, IActionResult?)> LaadAsync(Guid id, CancellationToken cancellationToken)
    {
        var s = await db.Samenwerkingen.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Id, s.SchoolId, SchoolNaam = s.School!.Naam, s.OrganisatieId, OrganisatieNaam = s.Organisatie!.Naam, s.WachtOpBevestiging, s.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (s is null)
        {
            return (null, NotFound());
        }

        var resource = new SamenwerkingResource(s.Id, s.SchoolId, s.OrganisatieId);
        if (!(await authorization.AuthorizeAsync(User, resource, SamenwerkingOperaties.Scan)).Succeeded)
        {
            return (null, Forbid());
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var kanten = await SamenwerkingAuthorizationHandler.KantenAsync(db, userId, resource);
        var naam = await db.Users.Where(u => u.Id == userId).Select(u => u.Weergavenaam ?? u.Email).FirstOrDefaultAsync(cancellationToken);
        return (new PartnerSamenwerking(s.Id, s.SchoolId, s.SchoolNaam, s.OrganisatieId, s.OrganisatieNaam, s.WachtOpBevestiging, s.Status,
            kanten, userId, naam ?? User.Identity?.Name ?? "onbekend"), null);
    }

    /// <summary>A short page with one message and a status code: a request that cannot be done now.</summary>
    protected ViewResult Bericht(int status, string titel, string tekst)
    {
        Response.StatusCode = status;
        return View("Bericht", new BerichtViewModel(titel, tekst));
    }

    /// <summary>Shows <paramref name="melding"/> once on the page at <paramref name="url"/>.</summary>
    protected RedirectResult MetStatusbericht(string melding, string url)
    {
        TempData[Statusbericht.Key] = melding;
        return Redirect(url);
    }
}
