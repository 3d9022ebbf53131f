using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Identity;

/// <summary>
/// Links in mails and command output. They are built from <c>Portal:PubliekeUrl</c>, never from the request's
/// Host header (which a visitor controls); without that setting, from the address the server listens on (so a portal
/// started on another port still mails working links). Tokens are base64url so they survive mail clients.
/// </summary>
public sealed class AccountLinks(IOptions<PortalOptions> portal, IServer server)
{
    private static readonly Uri Standaard = new("http://localhost:5080/");

    /// <summary>To choose a password: <c>wachtwoord-herstellen</c> after "forgotten", <c>wachtwoord-instellen</c> for a new account.</summary>
    public string Password(PortalUser user, string token, bool eersteWachtwoord) =>
        Build(eersteWachtwoord ? "wachtwoord-instellen" : "wachtwoord-herstellen", new()
        {
            ["email"] = user.Email,
            ["code"] = Encode(token),
        });

    /// <summary>The public address of the portal, for other links in mails.</summary>
    public Uri Base => portal.Value.GeconfigureerdAdres ?? ServerAdres() ?? Standaard;

    /// <summary>An absolute link to <paramref name="pad"/> ("organisaties/x/bewerken") on the public address.</summary>
    public string Naar(string pad) => new Uri(Base, pad.TrimStart('/')).ToString();

    private Uri? ServerAdres()
    {
        var adres = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (adres is null)
        {
            return null;
        }

        // "http://+:8080", "http://[::]:8080" and "http://0.0.0.0:8080" listen everywhere; a person types localhost.
        adres = System.Text.RegularExpressions.Regex.Replace(adres, @"://(\+|\*|\[::\]|0\.0\.0\.0)(?=[:/]|$)", "://localhost");
        return Uri.TryCreate(adres.EndsWith('/') ? adres : adres + "/", UriKind.Absolute, out var uri) ? uri : null;
    }

    /// <summary>To accept an invitation and choose a first password.</summary>
    public string Invitation(PortalUser user, string token) =>
        Build("uitnodiging", new()
        {
            ["email"] = user.Email,
            ["code"] = Encode(token),
        });

    public string EmailConfirmation(PortalUser user, string nieuwEmail, string token) =>
        Build("e-mailadres-bevestigen", new()
        {
            ["id"] = user.Id,
            ["email"] = nieuwEmail,
            ["code"] = Encode(token),
        });

    /// <summary>The token from a link's <c>code</c>, or null when it was cut off or tampered with.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 2000)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private string Build(string path, Dictionary<string, string?> query) =>
        QueryHelpers.AddQueryString(Naar(path), query);
}
