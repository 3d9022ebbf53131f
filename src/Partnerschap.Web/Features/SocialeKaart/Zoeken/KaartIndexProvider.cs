using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// Keeps the in-memory <see cref="KaartIndex"/> of this instance in step with the database: at most every
/// <see cref="CheckInterval"/> it reads the one-row stamp (<see cref="KaartVersie"/>) and rebuilds the index when
/// another instance (or this one) changed the data.
/// <para>
/// A check or rebuild is one shared task of the application, never of a request: it runs until the application stops,
/// whoever started it. A request that gives up (a closed tab, a client time-out) stops waiting for it, not the build
/// itself. While a rebuild runs, requests keep using the index they have; only before the first index do they wait.
/// <see cref="KaartIndexOpwarming"/> starts the first build when the portal starts, so that the first search does not.
/// </para>
/// </summary>
public sealed class KaartIndexProvider(
    IServiceScopeFactory scopes,
    PlaatsenProvider plaatsen,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<KaartIndexProvider> logger)
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private volatile KaartIndex? _index;
    private volatile string? _stempel;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;
    private Task<KaartIndex>? _bijwerken;

    // Raised by every Invalidate. A check that began before the latest change may have read the old stamp: it does not
    // count as fresh, and a caller who changed the data gets a check that starts after the one running.
    private long _generatie;
    private long _bijwerkenGeneratie = -1;

    /// <summary>The Belgian day the index was made for (schools close by date).</summary>
    private DateOnly _dag;

    /// <summary>The index, once the first build is done (for the readiness check); null before.</summary>
    public KaartIndex? Huidig => _index;

    /// <summary>
    /// The stamp as this instance last read it from the database: newer than <see cref="Huidig"/>'s
    /// <see cref="KaartIndex.Versie"/> while a rebuild runs. A page read from the database (a profile) is as new as this
    /// stamp, a page made from the index (a live list) as new as the index; the output cache key holds both.
    /// </summary>
    public string? GelezenStempel => _stempel;

    /// <summary>
    /// The current index. The caller that finds it out of date waits for the check (a stamp read, and a rebuild when
    /// the data changed), so whoever saved sees the change at once; callers meanwhile get the index there is. Before the
    /// first index exists, everyone waits for the shared build. <paramref name="cancellationToken"/> only ends this
    /// caller's wait, never the build.
    /// </summary>
    public async Task<KaartIndex> GetAsync(CancellationToken cancellationToken = default)
    {
        var index = _index;
        if (index is not null && clock.GetUtcNow() - _checkedAt < CheckInterval)
        {
            return index;
        }

        var (bijwerken, nieuw) = Bijwerken();
        if (index is null)
        {
            return await bijwerken.WaitAsync(cancellationToken);
        }

        if (!nieuw)
        {
            return index;
        }

        try
        {
            return await bijwerken.WaitAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The database did not answer (logged by the check): the index we have is better than an error page.
            return index;
        }
    }

    /// <summary>This instance just changed the data: check the stamp on the next request instead of within 2 seconds.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generatie);
        _checkedAt = DateTimeOffset.MinValue;
    }

    /// <summary>The running check, or a new one when none runs. A failed check is logged and retried by the next caller.</summary>
    private (Task<KaartIndex> Taak, bool Nieuw) Bijwerken()
    {
        lock (_lock)
        {
            var generatie = Interlocked.Read(ref _generatie);
            var lopend = _bijwerken is { IsCompleted: false } ? _bijwerken : null;
            if (lopend is not null && _bijwerkenGeneratie == generatie)
            {
                return (lopend, false);
            }

            // A check that may have missed the latest change is still running: the new one follows it.
            var stopping = lifetime.ApplicationStopping;
            _bijwerkenGeneratie = generatie;
            _bijwerken = lopend is null
                ? Task.Run(() => BijwerkenAsync(generatie, stopping), CancellationToken.None)
                : lopend.ContinueWith(_ => BijwerkenAsync(generatie, stopping), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            return (_bijwerken, true);
        }
    }

    private async Task<KaartIndex> BijwerkenAsync(long generatie, CancellationToken stopping)
    {
        try
        {
            var begonnen = clock.GetUtcNow();
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var stempel = await db.KaartVersies.AsNoTracking().Where(v => v.Id == 1).Select(v => v.Stempel).FirstOrDefaultAsync(stopping) ?? "leeg";
            _stempel = stempel;

            // A new Belgian day may close a school (its einddatum passed): the index is checked again, cheaply when none did.
            var vandaag = BelgischeTijd.Vandaag(clock);
            if (_index is null || _index.Versie != stempel || _dag != vandaag)
            {
                var started = clock.GetTimestamp();
                var lookup = await plaatsen.GetAsync(stopping);
                var vorige = _index;
                var bijgewerkt = vorige is null ? null : await KaartIndexBuilder.BijwerkenAsync(db, vorige, lookup, stempel, vandaag, stopping);
                _index = bijgewerkt ?? await KaartIndexBuilder.BouwAsync(db, lookup, stempel, vandaag, stopping);
                _dag = vandaag;
                if (bijgewerkt is not null)
                {
                    logger.LogInformation("Zoekindex bijgewerkt: {Nieuw} profielen opnieuw gelezen, {Vervangen} vervangen documenten, in {Ms} ms",
                        bijgewerkt.Items.Length - vorige!.Items.Length, bijgewerkt.AantalVervangen, (int)clock.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    logger.LogInformation("Zoekindex opgebouwd: {Items} items, {Woorden} woorden in {Ms} ms",
                        _index.Items.Length, _index.AantalWoorden, (int)clock.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            // Fresh as of when the stamp was read, and only when nothing changed since this check began.
            if (Interlocked.Read(ref _generatie) == generatie)
            {
                _checkedAt = begonnen;
            }

            return _index;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "De zoekindex kon niet bijgewerkt worden; de volgende zoekvraag probeert opnieuw");
            throw;
        }
    }
}
