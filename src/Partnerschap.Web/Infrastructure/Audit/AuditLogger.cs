using System.Security.Claims;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Audit;

/// <summary>
/// Writes audit events to the <c>AuditLog</c> table (readable at /beheer/audit). The actor is the signed-in user of
/// the current request, unless given. Retention: <c>Audit:BewaarDagen</c> (default 730), enforced by the daily job.
/// </summary>
public sealed class AuditLogger(PortalDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>Adds the event to the DbContext; it is saved with the caller's next SaveChanges.</summary>
    /// <param name="systeem">Who acted when no user did, e.g. "geplande publicatie"; default "opdrachtregel".</param>
    public void Registreer(string soort, string? onderwerp, string? details = null, PortalUser? actor = null, string? systeem = null)
    {
        var user = http.HttpContext?.User;
        var actorId = actor?.Id ?? user?.FindFirstValue(ClaimTypes.NameIdentifier);
        var actorNaam = actor?.Email ?? (user?.Identity?.IsAuthenticated == true ? user.Identity.Name : null)
            ?? systeem ?? (http.HttpContext is null ? "opdrachtregel" : "onbekend");
        db.AuditLog.Add(new AuditGebeurtenis
        {
            Tijdstip = clock.GetUtcNow(),
            Soort = soort,
            ActorId = actorId,
            Actor = Knip(actorNaam, 256)!,
            Onderwerp = Knip(onderwerp, 300),
            Details = Knip(details, 1000),
        });
    }

    /// <summary>Adds the event and saves at once.</summary>
    public async Task RegistreerAsync(string soort, string? onderwerp, string? details = null, PortalUser? actor = null, CancellationToken cancellationToken = default)
    {
        Registreer(soort, onderwerp, details, actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Knip(string? tekst, int max) => tekst is null || tekst.Length <= max ? tekst : tekst[..max];
}
