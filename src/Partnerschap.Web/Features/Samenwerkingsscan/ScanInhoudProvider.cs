using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>
/// The scan's content for every request, from memory: the newest <see cref="Domain.ScanVersie"/>, read and checked once.
/// A version never changes once saved, so versions are kept by number for as long as the process runs (answers given to
/// an older version are shown with that version). Which version is the newest is read again at most every
/// <see cref="KaartIndexProvider.CheckInterval"/> (one small query), so every instance behind the load balancer follows a
/// revision by an Onderzoeker within that interval; the instance that saved calls <see cref="Invalidate"/> and shows it at
/// once. A version that no longer passes the checks (never saved by the portal, which checks first) is an error in the log
/// and the previous good version stays in use.
/// </summary>
public sealed class ScanInhoudProvider(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScanInhoudProvider> logger) : IDisposable
{
    private readonly ConcurrentDictionary<int, ScanVersieInhoud> _versies = new();
    private readonly SemaphoreSlim _lezen = new(1, 1);
    private volatile Stand? _stand;
    private long _generatie;

    /// <summary>The newest version.</summary>
    public async Task<ScanVersieInhoud> HuidigeAsync(CancellationToken cancellationToken = default)
    {
        if (Vers(_stand) is { } huidig)
        {
            return huidig;
        }

        await _lezen.WaitAsync(cancellationToken);
        try
        {
            if (Vers(_stand) is { } gelezen)
            {
                return gelezen;
            }

            var generatie = Interlocked.Read(ref _generatie);
            var begonnen = clock.GetUtcNow();
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var nummer = await db.ScanVersies.MaxAsync(v => (int?)v.Nummer, cancellationToken)
                ?? throw new InvalidOperationException("Er is geen versie van de samenwerkingsscan: de seeder heeft seeds/samenwerkingsscan/scan.json niet geladen.");
            var versie = await LeesAsync(db, nummer, cancellationToken) ?? _stand?.Versie
                ?? throw new InvalidOperationException($"Versie {nummer} van de samenwerkingsscan is ongeldig en er is geen vorige.");
            _stand = new Stand(versie, begonnen, generatie);
            return versie;
        }
        finally
        {
            _lezen.Release();
        }
    }

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
    public void Invalidate() => Interlocked.Increment(ref _generatie);

    public void Dispose() => _lezen.Dispose();

    private ScanVersieInhoud? Vers(Stand? stand) =>
        stand is not null && stand.Generatie == Interlocked.Read(ref _generatie) && clock.GetUtcNow() - stand.GelezenOp < KaartIndexProvider.CheckInterval
            ? stand.Versie
            : null;

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

    private sealed record Stand(ScanVersieInhoud Versie, DateTimeOffset GelezenOp, long Generatie);
}
