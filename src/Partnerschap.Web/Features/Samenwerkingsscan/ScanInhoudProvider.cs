using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>
/// The scan's content for every request, from memory: the newest <see cref="Domain.ScanVersie"/>, read and checked once.
/// A version never changes once saved, so versions are kept by number for as long as the process runs (answers given to
/// an older version are shown with that version). Which version is the newest is read again at most every
/// <see cref="KaartIndexProvider.CheckInterval"/> (one small query, <see cref="PeriodiekGelezen{T}"/>), so every
/// instance behind the load balancer follows a revision by an Onderzoeker within that interval; the instance that saved
/// calls <see cref="Invalidate"/> and shows it at once. A version that no longer passes the checks (never saved by the
/// portal, which checks first) is an error in the log and the previous good version stays in use.
/// </summary>
public sealed class ScanInhoudProvider(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScanInhoudProvider> logger) : IDisposable
{
    private readonly ConcurrentDictionary<int, ScanVersieInhoud> _versies = new();
    private readonly PeriodiekGelezen<ScanVersieInhoud> _huidige = new(clock, KaartIndexProvider.CheckInterval, logger, "De nieuwste versie van de samenwerkingsscan");

    /// <summary>The newest version.</summary>
    public Task<ScanVersieInhoud> HuidigeAsync(CancellationToken cancellationToken = default) => _huidige.GetAsync(async (vorige, ct) =>
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var nummer = await db.ScanVersies.MaxAsync(v => (int?)v.Nummer, ct)
            ?? throw new InvalidOperationException("Er is geen versie van de samenwerkingsscan: de seeder heeft seeds/samenwerkingsscan/scan.json niet geladen.");
        return await LeesAsync(db, nummer, ct) ?? vorige
            ?? throw new InvalidOperationException($"Versie {nummer} van de samenwerkingsscan is ongeldig en er is geen vorige.");
    }, cancellationToken);

    /// <summary>A given version (the one a stored scan was filled in with), or null when it does not exist.</summary>
    public async Task<ScanVersieInhoud?> VersieAsync(int nummer, CancellationToken cancellationToken = default)
    {
        if (_versies.TryGetValue(nummer, out var versie))
        {
            return versie;
        }

        using var scope = scopes.CreateScope();
        return await LeesAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), nummer, cancellationToken);
    }

    /// <summary>This instance just saved a version: read the newest again on the next request.</summary>
    public void Invalidate() => _huidige.Invalidate();

    public void Dispose() => _huidige.Dispose();

    private async Task<ScanVersieInhoud?> LeesAsync(PortalDbContext db, int nummer, CancellationToken cancellationToken)
    {
        if (_versies.TryGetValue(nummer, out var bekend))
        {
            return bekend;
        }

        var json = await db.ScanVersies.AsNoTracking().Where(v => v.Nummer == nummer).Select(v => v.Inhoud).FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        var (inhoud, fouten) = ScanInhoud.Lees(json);
        if (inhoud is null)
        {
            logger.LogError("Versie {Nummer} van de samenwerkingsscan is ongeldig: {Fouten}", nummer, string.Join(" ", fouten));
            return null;
        }

        return _versies.GetOrAdd(nummer, new ScanVersieInhoud(nummer, inhoud));
    }
}
