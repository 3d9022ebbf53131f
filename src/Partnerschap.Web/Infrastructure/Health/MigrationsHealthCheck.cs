using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Partnerschap.Web.Data;

namespace Partnerschap.Web.Infrastructure.Health;

/// <summary>Ready only when the database has every migration this build knows.</summary>
public sealed class MigrationsHealthCheck(PortalDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Alle migraties zijn toegepast.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migratie(s) nog niet toegepast: {string.Join(", ", pending)}");
    }
}
