using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>
/// /beheer: the start page of the Beheerder, with counts. Users and invitations are in <see cref="GebruikersController"/>,
/// access requests in <see cref="AanvragenController"/>, the audit log in <see cref="AuditController"/>.
/// </summary>
[Authorize(Roles = Domain.Rollen.Beheerder)]
public sealed class BeheerController(PortalDbContext db) : Controller
{
    [HttpGet("beheer")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new BeheerOverzicht(
            await db.Users.CountAsync(cancellationToken),
            await db.Users.CountAsync(u => !u.EmailConfirmed && !u.Gedeactiveerd, cancellationToken),
            await db.Toegangsaanvragen.CountAsync(a => a.Status == AanvraagStatus.Open, cancellationToken),
            await db.Meldingen.CountAsync(m => m.Status == MeldingStatus.Nieuw || m.Status == MeldingStatus.InBehandeling, cancellationToken),
            await db.Organisatievoorstellen.CountAsync(v => v.Status == VoorstelStatus.Ingediend, cancellationToken)));
}
