using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Audit;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>
/// /beheer/gebruikers: the accounts, inviting someone (<see cref="Uitnodiger"/>), roles, the profiles a person may edit,
/// (de)activating. Beheerders only.
/// </summary>
[Authorize(Roles = Domain.Rollen.Beheerder)]
public sealed class GebruikersController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    Uitnodiger uitnodiger,
    AuditLogger audit,
    TimeProvider clock) : Controller
{
    [HttpGet("beheer/gebruikers")]
    public async Task<IActionResult> Gebruikers(string? zoek, string? rol, CancellationToken cancellationToken)
    {
        if (zoek?.Length > 200 || (!string.IsNullOrEmpty(rol) && !Domain.Rollen.Alle.Contains(rol)))
        {
            return BadRequest();
        }

        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(zoek))
        {
            var z = zoek.Trim();
            var normalized = z.ToUpperInvariant();
#pragma warning disable CA1862, CA1304, CA1311 // translated to SQL: the database compares case-insensitively with LIKE/UPPER
            query = query.Where(u => u.NormalizedEmail!.Contains(normalized) || (u.Weergavenaam != null && u.Weergavenaam.ToUpper().Contains(normalized)));
#pragma warning restore CA1862, CA1304, CA1311
        }

        if (!string.IsNullOrEmpty(rol))
        {
            var rolId = "rol-" + rol.ToLowerInvariant();
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == rolId));
        }

        var totaal = await query.CountAsync(cancellationToken);
        var lijst = await query.OrderBy(u => u.Email).Take(500)
            .Select(u => new
            {
                u.Id, u.Email, u.Weergavenaam, u.Gedeactiveerd, u.EmailConfirmed,
                Rollen = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                Organisaties = db.Lidmaatschappen.Where(l => l.GebruikerId == u.Id && l.OrganisatieId != null).Select(l => l.Organisatie!.Naam).ToList(),
                Scholen = db.Lidmaatschappen.Where(l => l.GebruikerId == u.Id && l.SchoolId != null).Select(l => l.School!.Naam).ToList(),
            })
            .ToListAsync(cancellationToken);
        var regels = lijst.Select(u => new GebruikerRegel(u.Id, u.Email!, u.Weergavenaam, u.Rollen, u.Organisaties.Concat(u.Scholen).ToList(),
            u.Gedeactiveerd ? "Gedeactiveerd" : u.EmailConfirmed ? "Actief" : "Uitgenodigd")).ToList();
        return View(new GebruikersViewModel(regels, zoek, rol, totaal));
    }

    [HttpGet("beheer/gebruikers/uitnodigen")]
    public IActionResult Uitnodigen() => View(new UitnodigingFormulier { Rol = Domain.Rollen.Welzijnswerker });

    [HttpPost("beheer/gebruikers/uitnodigen")]
    public async Task<IActionResult> Uitnodigen(UitnodigingFormulier formulier, CancellationToken cancellationToken)
    {
        var uitgenodigd = await uitnodiger.UitnodigenAsync(formulier, User, ModelState, cancellationToken);
        if (uitgenodigd is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(formulier);
        }

        var user = uitgenodigd.Gebruiker;
        return Terug(user.Id, uitgenodigd.LinkVerstuurd
            ? $"De uitnodiging is verstuurd naar {user.Email}. De link blijft 7 dagen geldig."
            : $"{user.Email} had al een account. De nieuwe rechten gelden vanaf de volgende klik; we stuurden een mail.");
    }

    [HttpGet("beheer/gebruikers/{id}")]
    public async Task<IActionResult> Gebruiker(string id, CancellationToken cancellationToken)
    {
        var pagina = await GebruikerPaginaAsync(id, new LidmaatschapFormulier(), cancellationToken);
        return pagina is null ? NotFound() : View(pagina);
    }

    [HttpPost("beheer/gebruikers/{id}/rollen")]
    public async Task<IActionResult> RollenWijzigen(string id, List<string> rollen, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (rollen.Any(r => !Domain.Rollen.Alle.Contains(r)))
        {
            return BadRequest();
        }

        if (IsZelf(user) && !rollen.Contains(Domain.Rollen.Beheerder))
        {
            return Terug(id, "Je kan je eigen rol van beheerder niet afnemen. Vraag dat aan een andere beheerder.");
        }

        var huidig = await users.GetRolesAsync(user);
        var erbij = rollen.Except(huidig).ToList();
        var eraf = huidig.Except(rollen).ToList();
        if (erbij.Count == 0 && eraf.Count == 0)
        {
            return Terug(id, "Er veranderde niets aan de rollen.");
        }

        // Both calls change the security stamp: the person's next request already has the new roles.
        await users.AddToRolesAsync(user, erbij);
        await users.RemoveFromRolesAsync(user, eraf);
        await audit.RegistreerAsync(AuditSoorten.RolGewijzigd, user.Email,
            $"Rollen: {(huidig.Count == 0 ? "geen" : string.Join(", ", huidig))} → {(rollen.Count == 0 ? "geen" : string.Join(", ", rollen))}", cancellationToken: cancellationToken);
        return Terug(id, $"De rollen van {user.Email} zijn gewijzigd. Dat geldt vanaf de volgende klik van die persoon.");
    }

    [HttpPost("beheer/gebruikers/{id}/lidmaatschappen")]
    public async Task<IActionResult> LidmaatschapToevoegen(string id, [Bind(Prefix = "Lidmaatschap")] LidmaatschapFormulier formulier, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        string? naam = null;
        if (ModelState.IsValid)
        {
            var tekst = formulier.Profiel!;
            var school = tekst.Contains(ProfielUrls.Scholen, StringComparison.OrdinalIgnoreCase);
            var (organisatieId, organisatieNaam, organisatieFout) = school ? (null, null, "x") : await ProfielZoeker.OrganisatieAsync(db, tekst, cancellationToken);
            if (organisatieId is not null)
            {
                naam = organisatieNaam;
                await db.KenToeAsync(id, organisatieId, schoolId: null, clock.GetUtcNow(), cancellationToken);
            }
            else
            {
                var (schoolId, schoolNaam, schoolFout) = await ProfielZoeker.SchoolAsync(db, tekst, cancellationToken);
                if (schoolId is null)
                {
                    ModelState.AddModelError("Lidmaatschap.Profiel", school ? schoolFout! : organisatieFout!);
                }
                else
                {
                    naam = schoolNaam;
                    await db.KenToeAsync(id, organisatieId: null, schoolId, clock.GetUtcNow(), cancellationToken);
                }
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Gebruiker", await GebruikerPaginaAsync(id, formulier, cancellationToken));
        }

        audit.Registreer(AuditSoorten.LidmaatschapGewijzigd, user.Email, $"Mag nu {naam} bewerken.");
        await db.SaveChangesAsync(cancellationToken);
        return Terug(id, $"{user.Email} mag nu {naam} bewerken.");
    }

    [HttpPost("beheer/gebruikers/{id}/lidmaatschappen/{lidmaatschapId:guid}/verwijderen")]
    public async Task<IActionResult> LidmaatschapVerwijderen(string id, Guid lidmaatschapId, CancellationToken cancellationToken)
    {
        var lidmaatschap = await db.Lidmaatschappen.Include(l => l.Organisatie).Include(l => l.School).Include(l => l.Gebruiker)
            .FirstOrDefaultAsync(l => l.Id == lidmaatschapId && l.GebruikerId == id, cancellationToken);
        if (lidmaatschap is null)
        {
            return NotFound();
        }

        var naam = lidmaatschap.Organisatie?.Naam ?? lidmaatschap.School?.Naam;
        db.Lidmaatschappen.Remove(lidmaatschap);
        audit.Registreer(AuditSoorten.LidmaatschapGewijzigd, lidmaatschap.Gebruiker!.Email, $"Mag {naam} niet meer bewerken.");
        await db.SaveChangesAsync(cancellationToken);
        return Terug(id, $"{lidmaatschap.Gebruiker.Email} kan {naam} niet meer bewerken. Dat geldt meteen.");
    }

    [HttpPost("beheer/gebruikers/{id}/deactiveren")]
    public Task<IActionResult> Deactiveren(string id, CancellationToken cancellationToken) => ZetGedeactiveerdAsync(id, gedeactiveerd: true, cancellationToken);

    [HttpPost("beheer/gebruikers/{id}/activeren")]
    public Task<IActionResult> Activeren(string id, CancellationToken cancellationToken) => ZetGedeactiveerdAsync(id, gedeactiveerd: false, cancellationToken);

    [HttpPost("beheer/gebruikers/{id}/uitnodiging-opnieuw")]
    public async Task<IActionResult> UitnodigingOpnieuw(string id, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.EmailConfirmed || user.Gedeactiveerd)
        {
            return Terug(id, "Deze persoon heeft de uitnodiging al aanvaard of is gedeactiveerd.");
        }

        await uitnodiger.OpnieuwAsync(user, User.Identity!.Name!, cancellationToken);
        return Terug(id, $"Een nieuwe uitnodiging is verstuurd naar {user.Email}. De vorige link werkt niet meer.");
    }

    private async Task<GebruikerViewModel?> GebruikerPaginaAsync(string id, LidmaatschapFormulier formulier, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return null;
        }

        var lidmaatschappen = await db.Lidmaatschappen.AsNoTracking().Where(l => l.GebruikerId == id)
            .Select(l => new LidmaatschapRegel(l.Id,
                l.Organisatie != null ? l.Organisatie.Naam : l.School!.Naam,
                l.Organisatie != null ? ProfielUrls.Organisaties + l.Organisatie.Slug : ProfielUrls.Scholen + l.School!.Slug))
            .ToListAsync(cancellationToken);
        return new GebruikerViewModel
        {
            Gebruiker = user,
            Rollen = (await users.GetRolesAsync(user)).ToList(),
            Lidmaatschappen = lidmaatschappen.OrderBy(l => l.Naam, StringComparer.CurrentCulture).ToList(),
            IsZelf = IsZelf(user),
            Lidmaatschap = formulier,
        };
    }

    private async Task<IActionResult> ZetGedeactiveerdAsync(string id, bool gedeactiveerd, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (gedeactiveerd && IsZelf(user))
        {
            return Terug(id, "Je kan je eigen account niet deactiveren.");
        }

        user.Gedeactiveerd = gedeactiveerd;
        await users.UpdateAsync(user);
        if (gedeactiveerd)
        {
            // A new stamp ends every session of this account on its next request, on every instance.
            await users.UpdateSecurityStampAsync(user);
        }

        await audit.RegistreerAsync(gedeactiveerd ? AuditSoorten.AccountGedeactiveerd : AuditSoorten.AccountGeactiveerd, user.Email, cancellationToken: cancellationToken);
        return Terug(id, gedeactiveerd ? $"{user.Email} is gedeactiveerd en kan zich niet meer aanmelden." : $"{user.Email} kan zich weer aanmelden.");
    }

    /// <summary>Back to the page of the user, with a message.</summary>
    private RedirectResult Terug(string id, string melding)
    {
        TempData[Statusbericht.Key] = melding;
        return Redirect($"/beheer/gebruikers/{id}");
    }

    private bool IsZelf(PortalUser user) => user.Id == User.FindFirstValue(ClaimTypes.NameIdentifier);
}
