namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>
/// The antiforgery cookie is always <c>Secure</c> (it carries the <c>__Host-</c> prefix), yet the antiforgery
/// system refuses plain-HTTP requests when its policy is <see cref="CookieSecurePolicy.Always"/>. Production
/// sees HTTPS (directly or via X-Forwarded-Proto), but a developer on http://localhost does not; browsers treat
/// localhost as a secure origin and accept Secure cookies there. So the policy says SameAsRequest (no refusal)
/// while the cookie itself is marked Secure in every case.
/// </summary>
public sealed class AlwaysSecureCookieBuilder : CookieBuilder
{
    public AlwaysSecureCookieBuilder() => SecurePolicy = CookieSecurePolicy.SameAsRequest;

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        options.Secure = true;
        return options;
    }
}
