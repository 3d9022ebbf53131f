using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Identity;

/// <summary>
/// One sign-in, from "Aanmelden" to "Afmelden". The cookie slides with activity (idle timeout), but a sign-in never
/// lasts longer than <see cref="AuthOptions.AbsoluteLifetime"/>: the moment of signing in travels as a claim that
/// survives the security-stamp refresh. A random session id travels the same way; "Afmelden" records it in
/// <see cref="BeeindigdeSessie"/>, so a copy of the cookie is refused on every instance from then on.
/// </summary>
public static class SignInTime
{
    public const string ClaimType = "partnerschap:aangemeld_op";

    public const string SessieClaimType = "partnerschap:sessie";

    /// <summary>The claims of a new sign-in: its moment and a new session id.</summary>
    public static Claim[] NieuweSessie(TimeProvider clock) =>
    [
        new(ClaimType, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
        new(SessieClaimType, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))),
    ];

    public static string? SessieVan(ClaimsPrincipal principal) => principal.FindFirstValue(SessieClaimType);

    /// <summary>Ends this sign-in on the server: its cookie is refused from now on, wherever it is sent.</summary>
    public static async Task BeeindigAsync(ClaimsPrincipal principal, PortalDbContext db, TimeProvider clock, AuthOptions options, CancellationToken cancellationToken = default)
    {
        var sessie = SessieVan(principal);
        var gebruiker = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (sessie is null || gebruiker is null || await db.BeeindigdeSessies.AnyAsync(s => s.Id == sessie, cancellationToken))
        {
            return;
        }

        var nu = clock.GetUtcNow();
        db.BeeindigdeSessies.Add(new BeeindigdeSessie
        {
            Id = sessie,
            GebruikerId = gebruiker,
            AfgemeldOp = nu,
            BewaarTot = (Of(principal) ?? nu) + options.AbsoluteLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public static DateTimeOffset? Of(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimType), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>Keeps the original sign-in moment when Identity rebuilds the principal.</summary>
    public static Task CarryOver(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is not ClaimsIdentity identity)
        {
            return Task.CompletedTask;
        }

        foreach (var type in (string[])[ClaimType, SessieClaimType])
        {
            if (context.CurrentPrincipal?.FindFirst(type) is { } original)
            {
                identity.AddClaim(new Claim(type, original.Value));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Rejects a cookie older than the absolute lifetime or of a session that was signed out, then lets Identity check
    /// the security stamp.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var clock = services.GetRequiredService<TimeProvider>();
        var lifetime = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthOptions>>().Value.AbsoluteLifetime;
        var signedInAt = context.Principal is null ? null : Of(context.Principal);
        var sessie = context.Principal is null ? null : SessieVan(context.Principal);
        if (signedInAt is null || sessie is null || clock.GetUtcNow() - signedInAt.Value > lifetime ||
            await services.GetRequiredService<PortalDbContext>().BeeindigdeSessies.AsNoTracking()
                .AnyAsync(s => s.Id == sessie, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
