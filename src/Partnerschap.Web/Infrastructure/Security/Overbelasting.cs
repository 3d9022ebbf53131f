using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>
/// Marks an action whose work grows with load (full-text search, the whole guide, password hashing): it runs only
/// while this instance has room (<see cref="OverbelastingOptions"/>); the excess gets 503 at once.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class ZwareAanvraagAttribute : Attribute;

/// <summary>
/// A concurrency limit in front of the <see cref="ZwareAanvraagAttribute"/> endpoints of this instance: a few wait in
/// a short queue, the rest get "503 Service Unavailable" with Retry-After and the Dutch error page straight away, so
/// that the portal keeps answering everything else (the health checks above all) instead of queueing without end.
/// A refusal is logged once; under a flood one summary line every 10 seconds.
/// </summary>
public sealed class OverbelastingMiddleware(RequestDelegate next, IOptions<OverbelastingOptions> options, TimeProvider clock, ILogger<OverbelastingMiddleware> logger)
    : IDisposable
{
    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = options.Value.Gelijktijdig,
        QueueLimit = options.Value.Wachtrij,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    private readonly WeigeringLog _log = new(clock, logger, "Overbelast: {Aantal} zware verzoeken geweigerd met 503 (de laatste op {Pad})");

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ZwareAanvraagAttribute>() is null)
        {
            await next(context);
            return;
        }

        using var lease = await _limiter.AcquireAsync(1, context.RequestAborted);
        if (!lease.IsAcquired)
        {
            _log.Weigering(context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = options.Value.RetryAfterSeconden.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return;
        }

        await next(context);
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>
/// Logs refusals (429, 503) without letting a flood fill the disk: the first refusal of a quiet period is one line,
/// after that one summary line at most every 10 seconds.
/// </summary>
public sealed class WeigeringLog(TimeProvider clock, ILogger logger, string sjabloon)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private readonly Lock _slot = new();
    private DateTimeOffset _vorige = DateTimeOffset.MinValue;
    private int _sindsVorige;

    public void Weigering(string pad)
    {
        int aantal;
        lock (_slot)
        {
            _sindsVorige++;
            var nu = clock.GetUtcNow();
            if (nu - _vorige < Interval)
            {
                return;
            }

            aantal = _sindsVorige;
            _sindsVorige = 0;
            _vorige = nu;
        }

#pragma warning disable CA2254 // the template is a constant of the caller
        logger.LogWarning(sjabloon, aantal, pad);
#pragma warning restore CA2254
    }
}

/// <summary>Settings under <c>Overbelasting</c>.</summary>
public sealed class OverbelastingOptions
{
    public const string Section = "Overbelasting";

    /// <summary>Heavy requests that run at once on one instance.</summary>
    public int Gelijktijdig { get; set; } = 32;

    /// <summary>Heavy requests that may wait for a free place; beyond that 503 at once.</summary>
    public int Wachtrij { get; set; } = 64;

    public int RetryAfterSeconden { get; set; } = 5;
}
