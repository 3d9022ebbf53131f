using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Gids;

/// <summary>
/// The version of the gids as readers see it, for the key of the output cache (<c>PubliekePaginaPolicy</c>): the
/// number of chapters and the sum of their <c>Versie</c>. Every saved change to a chapter adds one to its Versie
/// (<c>PortalDbContext.BumpVersies</c>: a concept, a publication by hand or by the schedule, an archive, an import) and
/// chapters are never deleted, so the pair changes with every change and never comes back. No stamp row of its own:
/// a chapter edit must not renew the <c>KaartVersie</c> stamp (that rebuilds the search index), and this needs no
/// write at all.
/// <para>
/// Read at most every <see cref="KaartIndexProvider.CheckInterval"/> per instance, so every instance follows a change
/// within that interval; a save on this instance calls <see cref="Invalidate"/> (from <c>PortalDbContext</c>), so the
/// instance that saved shows it at once. One read at a time: callers that find the version out of date wait for the
/// read that runs (a few milliseconds).
/// </para>
/// </summary>
public sealed class GidsVersieProvider(IServiceScopeFactory scopes, TimeProvider clock, ILogger<GidsVersieProvider> logger) : IDisposable
{
    private readonly SemaphoreSlim _lezen = new(1, 1);
    private volatile Stand? _stand;
    private long _generatie;

    /// <summary>The current version; from memory when it was read less than the check interval ago.</summary>
    public async Task<string> GetAsync(CancellationToken cancellationToken = default)
    {
        if (Vers(_stand) is { } versie)
        {
            return versie;
        }

        await _lezen.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have read it while this one waited.
            if (Vers(_stand) is { } gelezen)
            {
                return gelezen;
            }

            var generatie = Interlocked.Read(ref _generatie);
            var begonnen = clock.GetUtcNow();
            try
            {
                var nieuw = await LeesAsync(cancellationToken);
                _stand = new Stand(nieuw, begonnen, generatie);
                return nieuw;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && _stand is { } vorige)
            {
                // The database did not answer: the version we have is better than an error (nothing can change while the
                // database is away), and the next try is one interval later, not one per request.
                logger.LogWarning(ex, "De versie van de gids kon niet gelezen worden; de vorige blijft gelden");
                _stand = vorige with { GelezenOp = begonnen, Generatie = generatie };
                return vorige.Versie;
            }
        }
        finally
        {
            _lezen.Release();
        }
    }

    /// <summary>This instance just changed a chapter: read the version again on the next request.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generatie);

    public void Dispose() => _lezen.Dispose();

    private string? Vers(Stand? stand) =>
        stand is not null && stand.Generatie == Interlocked.Read(ref _generatie) && clock.GetUtcNow() - stand.GelezenOp < KaartIndexProvider.CheckInterval
            ? stand.Versie
            : null;

    private async Task<string> LeesAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var versies = await db.Hoofdstukken.AsNoTracking().Select(h => h.Versie).ToListAsync(cancellationToken);
        return $"{versies.Count}.{versies.Sum(v => (long)v)}";
    }

    /// <summary>A version as read at <see cref="GelezenOp"/>, under the <see cref="Invalidate"/> generation it was read in.</summary>
    private sealed record Stand(string Versie, DateTimeOffset GelezenOp, long Generatie);
}
