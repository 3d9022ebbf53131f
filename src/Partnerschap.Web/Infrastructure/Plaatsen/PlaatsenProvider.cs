using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;

namespace Partnerschap.Web.Infrastructure.Plaatsen;

/// <summary>
/// The one <see cref="PlaatsLookup"/> of this instance, for the search, the import and the forms (a singleton).
/// It is read from the database once and never refreshed: the gemeenten and deelgemeenten change only through
/// <c>migrate</c> (GemeenteSeeder), and every deployment runs that before it (re)starts the instances. A database
/// without gemeenten yet (not migrated) is not remembered, so the next call reads again.
/// </summary>
public sealed class PlaatsenProvider(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile PlaatsLookup? _lookup;

    public async Task<PlaatsLookup> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_lookup is { } lookup)
        {
            return lookup;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_lookup is { } gelezen)
            {
                return gelezen;
            }

            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var nieuw = new PlaatsLookup(
                await db.Gemeenten.AsNoTracking().ToListAsync(cancellationToken),
                await db.Deelgemeenten.AsNoTracking().ToListAsync(cancellationToken));
            if (nieuw.Gemeenten.All.Count > 0)
            {
                _lookup = nieuw;
            }

            return nieuw;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
