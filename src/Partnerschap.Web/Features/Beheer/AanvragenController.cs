using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Audit;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>
/// /beheer/aanvragen: the requests to edit an organisatie ("ik werk hier", <c>Features/Toegang</c>), approved or
/// refused by a Beheerder, with a mail to the person. Beheerders only.
/// </summary>
[Authorize(Roles = Domain.Rollen.Beheerder)]
public sealed class AanvragenController(
    PortalDbContext db,
    UserManager<PortalUser> users,
    BeheerMails mails,
    AuditLogger audit,
    TimeProvider clock) : Controller
{
    [HttpGet("beheer/aanvragen")]
    public async Task<IActionResult> Aanvragen(CancellationToken cancellationToken)
    {
        var alle = await db.Toegangsaanvragen.AsNoTracking()
            .OrderByDescending(a => a.AangevraagdOp)
            .Select(a => new AanvraagRegel(a.Id, a.Gebruiker!.Email!, a.Gebruiker.Weergavenaam, a.Organisatie!.Naam, ProfielUrls.Organisaties + a.Organisatie.Slug,
                a.Toelichting, a.AangevraagdOp, a.Status, a.BehandeldDoor, a.Reden))
            .Take(300)
            .ToListAsync(cancellationToken);
        return View(new AanvragenViewModel(alle.Where(a => a.Status == AanvraagStatus.Open).ToList(), alle.Where(a => a.Status != AanvraagStatus.Open).Take(50).ToList()));
    }

    [HttpPost("beheer/aanvragen/{id:guid}/goedkeuren")]
    public async Task<IActionResult> Goedkeuren(Guid id, CancellationToken cancellationToken) => await BeslisAsync(id, goedgekeurd: true, null, cancellationToken);

    [HttpPost("beheer/aanvragen/{id:guid}/weigeren")]
    public async Task<IActionResult> Weigeren(Guid id, string? reden, CancellationToken cancellationToken)
    {
        if (reden?.Length > 1000)
        {
            TempData[Statusbericht.Key] = "Een reden heeft hoogstens 1000 tekens.";
            return Redirect("/beheer/aanvragen");
        }

        return await BeslisAsync(id, goedgekeurd: false, string.IsNullOrWhiteSpace(reden) ? null : reden.Trim(), cancellationToken);
    }

    private async Task<IActionResult> BeslisAsync(Guid id, bool goedgekeurd, string? reden, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Toegangsaanvragen.Include(a => a.Gebruiker).Include(a => a.Organisatie)
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (aanvraag is null)
        {
            return NotFound();
        }

        if (aanvraag.Status != AanvraagStatus.Open)
        {
            TempData[Statusbericht.Key] = "Over deze aanvraag is al beslist.";
            return Redirect("/beheer/aanvragen");
        }

        var user = aanvraag.Gebruiker!;
        var organisatie = aanvraag.Organisatie!;
        aanvraag.Status = goedgekeurd ? AanvraagStatus.Goedgekeurd : AanvraagStatus.Geweigerd;
        aanvraag.BehandeldDoor = User.Identity!.Name;
        aanvraag.BehandeldOp = clock.GetUtcNow();
        aanvraag.Reden = reden;
        if (goedgekeurd)
        {
            await db.KenToeAsync(user.Id, organisatie.Id, schoolId: null, clock.GetUtcNow(), cancellationToken);
        }

        audit.Registreer(AuditSoorten.ToegangBeslist, user.Email,
            $"{(goedgekeurd ? "Goedgekeurd" : "Geweigerd")}: {organisatie.Naam}{(reden is null ? string.Empty : $" ({reden})")}");
        await db.SaveChangesAsync(cancellationToken);
        if (goedgekeurd && !await users.IsInRoleAsync(user, Domain.Rollen.Welzijnswerker) && !await users.IsInRoleAsync(user, Domain.Rollen.Beheerder))
        {
            await users.AddToRoleAsync(user, Domain.Rollen.Welzijnswerker);
        }

        await mails.AanvraagBeslistAsync(user, organisatie, goedgekeurd, reden, cancellationToken);
        TempData[Statusbericht.Key] = goedgekeurd
            ? $"{user.Email} mag nu {organisatie.Naam} bewerken. We stuurden een mail."
            : $"De aanvraag van {user.Email} is geweigerd. We stuurden een mail.";
        return Redirect("/beheer/aanvragen");
    }
}
