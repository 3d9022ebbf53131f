using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// Keeps the in-memory <see cref="KaartIndex"/> of this instance in step with the database: at most every
/// <see cref="CheckInterval"/> it reads the one-row stamp (<see cref="KaartVersie"/>) and rebuilds the index when
/// another instance (or this one) changed the data. While one request rebuilds, others keep using the old index.
/// </summary>
public sealed class KaartIndexProvider(IServiceScopeFactory scopes, PlaatsenProvider plaatsen, TimeProvider clock, ILogger<KaartIndexProvider> logger) : IDisposable
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private volatile KaartIndex? _index;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async Task<KaartIndex> GetAsync(CancellationToken cancellationToken = default)
    {
        var index = _index;
        if (index is not null && clock.GetUtcNow() - _checkedAt < CheckInterval)
        {
            return index;
        }

        // Someone else is checking or rebuilding: serve the index we have rather than wait.
        if (!await _lock.WaitAsync(index is null ? Timeout.InfiniteTimeSpan : TimeSpan.Zero, cancellationToken))
        {
            return index!;
        }

        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var stempel = await db.KaartVersies.AsNoTracking().Where(v => v.Id == 1).Select(v => v.Stempel).FirstOrDefaultAsync(cancellationToken) ?? "leeg";
            if (_index is null || _index.Versie != stempel)
            {
                var started = clock.GetTimestamp();
                _index = await KaartIndexBuilder.BouwAsync(db, await plaatsen.GetAsync(cancellationToken), stempel, cancellationToken);
                logger.LogInformation("Zoekindex opgebouwd: {Items} items, {Woorden} woorden in {Ms} ms",
                    _index.Items.Count, _index.AantalWoorden, (int)clock.GetElapsedTime(started).TotalMilliseconds);
            }

            _checkedAt = clock.GetUtcNow();
            return _index;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    /// <summary>This instance just changed the data: check the stamp on the next request instead of within 2 seconds.</summary>
    public void Invalidate() => _checkedAt = DateTimeOffset.MinValue;
}
