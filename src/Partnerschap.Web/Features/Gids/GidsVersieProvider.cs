using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Gids;

/// <summary>
/// The version of the gids as readers see it, for the key of the output cache (<c>PubliekePaginaPolicy</c>): the
/// number of chapters and the sum of their <c>Versie</c>. Every saved change to a chapter adds one to its Versie
/// (<c>PortalDbContext.BumpVersies</c>: a concept, a publication by hand or by the schedule, an archive, an import) and
/// chapters are never deleted, so the pair changes with every change and never comes back. No stamp row of its own:
/// a chapter edit must not renew the <c>KaartVersie</c> stamp (that rebuilds the search index), and this needs no
/// write at all.
/// <para>
/// Read at most every <see cref="KaartIndexProvider.CheckInterval"/> per instance (<see cref="PeriodiekGelezen{T}"/>);
/// a save on this instance calls <see cref="Invalidate"/> (from <c>PortalDbContext</c>), so the instance that saved
/// shows it at once.
/// </para>
/// </summary>
public sealed class GidsVersieProvider(IServiceScopeFactory scopes, TimeProvider clock, ILogger<GidsVersieProvider> logger) : IDisposable
{
    private readonly PeriodiekGelezen<string> _versie = new(clock, KaartIndexProvider.CheckInterval, logger, "De versie van de gids");

    /// <summary>The current version; from memory when it was read less than the check interval ago.</summary>
    public Task<string> GetAsync(CancellationToken cancellationToken = default) => _versie.GetAsync((_, ct) => LeesAsync(ct), cancellationToken);

    /// <summary>This instance just changed a chapter: read the version again on the next request.</summary>
    public void Invalidate() => _versie.Invalidate();

    public void Dispose() => _versie.Dispose();

    private async Task<string> LeesAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var versies = await db.Hoofdstukken.AsNoTracking().Select(h => h.Versie).ToListAsync(cancellationToken);
        return $"{versies.Count}.{versies.Sum(v => (long)v)}";
    }
}
