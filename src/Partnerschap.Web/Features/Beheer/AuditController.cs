using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Audit;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>/beheer/audit: the audit log, filtered on kind, person and dates. Beheerders only.</summary>
[Authorize(Roles = Domain.Rollen.Beheerder)]
public sealed class AuditController(PortalDbContext db, IOptions<AuditOptions> auditOptions) : Controller
{
    [HttpGet("beheer/audit")]
    public async Task<IActionResult> Audit(string? soort, string? wie, DateOnly? van, DateOnly? tot, int pagina = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid || pagina < 1 || pagina > 10_000 || wie?.Length > 256 ||
            (!string.IsNullOrEmpty(soort) && !AuditSoorten.Labels.ContainsKey(soort)) || (van is not null && tot is not null && van > tot))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Features/Foutpaginas/Fout.cshtml", new Foutpaginas.FoutViewModel(400, "Deze filter klopt niet",
                "Kies een soort uit de lijst, datums als jjjj-mm-dd (de begindatum vóór de einddatum) en een paginanummer vanaf 1."));
        }

        const int perPagina = 50;
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrEmpty(soort))
        {
            query = query.Where(a => a.Soort == soort);
        }

        if (!string.IsNullOrWhiteSpace(wie))
        {
            var w = wie.Trim();
            query = query.Where(a => a.Actor.Contains(w) || (a.Onderwerp != null && a.Onderwerp.Contains(w)));
        }

        if (van is { } v)
        {
            var vanaf = new DateTimeOffset(v.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(-2);
            query = query.Where(a => a.Tijdstip >= vanaf);
        }

        if (tot is { } t)
        {
            var totEnMet = new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            query = query.Where(a => a.Tijdstip < totEnMet);
        }

        var lijst = await query.OrderByDescending(a => a.Id).Skip((pagina - 1) * perPagina).Take(perPagina + 1).ToListAsync(cancellationToken);
        return View(new AuditViewModel(lijst.Take(perPagina).ToList(), soort, wie, van, tot, pagina, lijst.Count > perPagina, auditOptions.Value.BewaarDagen));
    }
}
