using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Partnerschap.Web.Infrastructure.Identity;

/// <summary>
/// The absolute lifetime of a sign-in. The cookie slides with activity (idle timeout), but a sign-in
/// never lasts longer than <see cref="AuthOptions.AbsoluteLifetime"/>: the moment of signing in travels
/// as a claim that survives the security-stamp refresh.
/// </summary>
public static class SignInTime
{
    public const string ClaimType = "partnerschap:aangemeld_op";

    public static Claim Now(TimeProvider clock) =>
        new(ClaimType, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    public static DateTimeOffset? Of(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimType), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>Keeps the original sign-in moment when Identity rebuilds the principal.</summary>
    public static Task CarryOver(SecurityStampRefreshingPrincipalContext context)
    {
        var original = context.CurrentPrincipal?.FindFirst(ClaimType);
        if (original is not null && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(ClaimType, original.Value));
        }

        return Task.CompletedTask;
    }

    /// <summary>Rejects a cookie older than the absolute lifetime, then lets Identity check the security stamp.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        var lifetime = context.HttpContext.RequestServices
            .GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthOptions>>().Value.AbsoluteLifetime;
        var signedInAt = context.Principal is null ? null : Of(context.Principal);
        if (signedInAt is null || clock.GetUtcNow() - signedInAt.Value > lifetime)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}

/// <summary>Settings under <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Signed out after this much inactivity.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Signed out after this long, active or not.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Lifetime of links in mails (password reset, e-mail confirmation, first password).</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Lifetime of the link in an invitation.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);
}
