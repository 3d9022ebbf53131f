using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Partnerschap.Web.Infrastructure.Security;

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
