namespace Partnerschap.Web.Infrastructure;

/// <summary>
/// A small value that other instances may change in the shared database (the version of the gids, the newest version of
/// the samenwerkingsscan), kept in memory and read again at most every <paramref name="interval"/>: every instance behind
/// the load balancer follows a change within that interval, and one that saved calls <see cref="Invalidate"/> to read
/// it again on its next request. One read at a time: callers that find the value out of date wait for the read that
/// runs. When the database does not answer, the value we have is better than an error: it stays, with a warning, until
/// the next try one interval later (not one per request).
/// </summary>
public sealed class PeriodiekGelezen<T>(TimeProvider clock, TimeSpan interval, ILogger logger, string wat) : IDisposable
    where T : class
{
    private readonly SemaphoreSlim _lezen = new(1, 1);
    private volatile Stand? _stand;
    private long _generatie;

    /// <summary>The value; from memory when it was read less than the interval ago, else from <paramref name="lees"/> (which gets the previous value, if any).</summary>
    public async Task<T> GetAsync(Func<T?, CancellationToken, Task<T>> lees, CancellationToken cancellationToken)
    {
        if (Vers(_stand) is { } waarde)
        {
            return waarde;
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
                var nieuw = await lees(_stand?.Waarde, cancellationToken);
                _stand = new Stand(nieuw, begonnen, generatie);
                return nieuw;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && _stand is { } vorige)
            {
                logger.LogWarning(ex, "{Wat} kon niet gelezen worden; de vorige blijft gelden", wat);
                _stand = vorige with { GelezenOp = begonnen, Generatie = generatie };
                return vorige.Waarde;
            }
        }
        finally
        {
            _lezen.Release();
        }
    }

    /// <summary>This instance just changed the value: read it again on the next request.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generatie);

    public void Dispose() => _lezen.Dispose();

    private T? Vers(Stand? stand) =>
        stand is not null && stand.Generatie == Interlocked.Read(ref _generatie) && clock.GetUtcNow() - stand.GelezenOp < interval
            ? stand.Waarde
            : null;

    /// <summary>A value as read at <see cref="GelezenOp"/>, under the <see cref="Invalidate"/> generation it was read in.</summary>
    private sealed record Stand(T Waarde, DateTimeOffset GelezenOp, long Generatie);
}
