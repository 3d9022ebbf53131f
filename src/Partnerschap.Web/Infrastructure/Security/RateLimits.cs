using System.Threading.RateLimiting;

namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>
/// Rate limits per client address. They live in each instance's memory: behind a load balancer with
/// N instances the effective limit is at most N times higher, which is acceptable for these abuse brakes
/// (account lockout, stored in the database, is the real defence against password guessing).
/// </summary>
public static class RateLimits
{
    /// <summary>POST /aanmelden.</summary>
    public const string Aanmelden = "aanmelden";

    /// <summary>Every other public form (forgotten password, reset, later: "meld een fout").</summary>
    public const string PubliekFormulier = "publiek-formulier";

    /// <summary>Adding to and removing from the doorverwijslijst: many clicks are normal, a flood is not.</summary>
    public const string Doorverwijslijst = "doorverwijslijst";

    /// <summary>The HSDS API (/api/hsds): generous, for programs that page through the whole map.</summary>
    public const string Api = "api";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Aanmelden, context => PerClient(context, options.AanmeldenPerMinuut));
            limiter.AddPolicy(PubliekFormulier, context => PerClient(context, options.FormulierPerMinuut));
            limiter.AddPolicy(Doorverwijslijst, context => PerClient(context, options.DoorverwijslijstPerMinuut));
            limiter.AddPolicy(Api, context => PerClient(context, options.ApiPerMinuut));
            limiter.OnRejected = (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                context.HttpContext.RequestServices.GetRequiredService<RateLimitLog>().Log.Weigering(context.HttpContext.Request.Path);
                if (context.HttpContext.Request.Path.StartsWithSegments("/api"))
                {
                    // A program reads the API: the 429 is JSON like its other errors (docs/api.md), not the HTML page.
                    Features.Api.Hsds.OpenVoorAlleWebsitesAttribute.Zet(context.HttpContext.Response);
                    return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(new { status = 429, message = "Te veel vragen na elkaar. Wacht een minuut en probeer opnieuw." }, cancellationToken));
                }

                return ValueTask.CompletedTask;
            };
        });
        services.AddSingleton<RateLimitLog>();
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
