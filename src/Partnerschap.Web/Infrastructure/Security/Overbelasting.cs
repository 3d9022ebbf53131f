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
        PermitLimit = options.Value.Gelijktijdig ?? 2 * Environment.ProcessorCount,
        QueueLimit = options.Value.Wachtrij ?? 8 * Environment.ProcessorCount,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    // The refusal must cost next to nothing, or refusing becomes the new overload: a fixed Dutch page written here,
    // not a re-executed MVC error page.
    private static readonly byte[] DrukPagina = System.Text.Encoding.UTF8.GetBytes("""
        <!DOCTYPE html>
        <html lang="nl">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Het is even erg druk – Partnerschap</title><link rel="stylesheet" href="/css/site.css"></head>
        <body><main id="inhoud" class="smal"><h1>Het is even erg druk</h1>
        <p>Het portaal krijgt op dit moment meer vragen dan het aankan. Wacht enkele seconden en probeer het dan opnieuw.</p>
        <p><a href="/">Naar de startpagina</a></p></main></body>
        </html>
        """);

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
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.Body.WriteAsync(DrukPagina, context.RequestAborted);
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

    /// <summary>Heavy requests that run at once on one instance (default: 2 per processor core).</summary>
    public int? Gelijktijdig { get; set; }

    /// <summary>Heavy requests that may wait for a free place (default: 8 per core); beyond that 503 at once.</summary>
    public int? Wachtrij { get; set; }

    public int RetryAfterSeconden { get; set; } = 5;
}
