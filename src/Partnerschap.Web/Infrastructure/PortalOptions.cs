namespace Partnerschap.Web.Infrastructure;

/// <summary>Settings under <c>Portal</c>.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>
    /// The address users reach the portal at (<c>https://partnerschap.example.be/</c>). Links in mails and commands are
    /// built from it, never from a request's Host header; outside Development its host is the allowed host unless
    /// <c>AllowedHosts</c> names others. Unset in Development: the address the server listens on.
    /// </summary>
    public string? PubliekeUrl { get; set; }

    /// <summary>The former name of <see cref="PubliekeUrl"/>, still read so older configuration keeps working.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Shows the "demogegevens" banner on every page.</summary>
    public bool DemoOmgeving { get; set; }

    /// <summary>In Development only: create one demo account per role (passwords in README).</summary>
    public bool DemoAccounts { get; set; }

    /// <summary>The configured public address with a trailing slash, or null when none is configured.</summary>
    public Uri? GeconfigureerdAdres
    {
        get
        {
            var tekst = string.IsNullOrWhiteSpace(PubliekeUrl) ? PublicBaseUrl : PubliekeUrl;
            if (string.IsNullOrWhiteSpace(tekst))
            {
                return null;
            }

            return Uri.TryCreate(tekst.EndsWith('/') ? tekst : tekst + "/", UriKind.Absolute, out var adres) && adres.Scheme is "http" or "https"
                ? adres
                : throw new InvalidOperationException($"Portal:PubliekeUrl '{tekst}' is geen volledig http- of https-adres.");
        }
    }

    /// <summary>The address for links that leave the portal (downloads, the API): the configured one, else this request's.</summary>
    public Uri AdresVoor(HttpRequest request) => GeconfigureerdAdres ?? new Uri($"{request.Scheme}://{request.Host}/");
}
