using Microsoft.Extensions.Options;
using Partnerschap.Web.Features.SocialeKaart;

namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>Security headers on every response, static files and error pages included.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<KaartweergaveOptions> kaartweergave)
{
    // Built once: the settings are read at start and never change while the portal runs.
    private readonly string _contentSecurityPolicy = ContentSecurityPolicy(kaartweergave.Value.TegelBron);

    /// <summary>
    /// No inline script or style anywhere: everything is served from our own origin. The one exception is images
    /// from the tile server of the map view (<see cref="KaartweergaveOptions.TegelBron"/>), and only from that host.
    /// </summary>
    public static string ContentSecurityPolicy(string? tegelBron) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + (tegelBron is null ? "" : " " + tegelBron) + "; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = _contentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
