using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Identity;

namespace Partnerschap.Web.Features.OrganisatieToevoegen;

/// <summary>
/// The links in the proposer's mails: confirm the e-mail address, and edit the proposal after a Beheerder asked for
/// changes. The proposer has no account, so the link itself is the proof: a Data Protection payload (keys in the
/// database, so every web instance reads it) with the proposal's id, its <see cref="Organisatievoorstel.Versie"/> and
/// an expiry. Every save of the proposal bumps the Versie, so a link stops working after any decision or edit. The
/// expiry is inside the payload and checked against the injected <see cref="TimeProvider"/> (the time-limited
/// protector of ASP.NET Core reads the system clock, which tests cannot set).
/// </summary>
public sealed class VoorstelLinks(IDataProtectionProvider dataProtection, AccountLinks links, TimeProvider clock)
{
    /// <summary>How long a link to confirm the e-mail address works; unconfirmed proposals older than this are removed.</summary>
    public static readonly TimeSpan BevestigenGeldig = TimeSpan.FromDays(7);

    /// <summary>How long a link to edit the proposal after a request for changes works.</summary>
    public static readonly TimeSpan BewerkenGeldig = TimeSpan.FromDays(30);

    public string BevestigLink(Organisatievoorstel voorstel) =>
        links.Naar("organisatie-toevoegen/bevestigen?code=" + Uri.EscapeDataString(Code(voorstel, Doel.Bevestigen)));

    public string BewerkLink(Organisatievoorstel voorstel) =>
        links.Naar("organisatie-toevoegen/" + Code(voorstel, Doel.Bewerken));

    public string Code(Organisatievoorstel voorstel, Doel doel)
    {
        var vervalt = clock.GetUtcNow() + (doel == Doel.Bevestigen ? BevestigenGeldig : BewerkenGeldig);
        return Protector(doel).Protect(string.Join('|', voorstel.Id.ToString("N"), voorstel.Versie.ToString(CultureInfo.InvariantCulture),
            vervalt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The proposal and the Versie the link was made for; null when it was cut off, tampered with, made for the other purpose or expired.</summary>
    public (Guid Id, int Versie)? Lees(string? code, Doel doel)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 1000)
        {
            return null;
        }

        string inhoud;
        try
        {
            inhoud = Protector(doel).Unprotect(code);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }

        var delen = inhoud.Split('|');
        return delen.Length == 3 && Guid.TryParseExact(delen[0], "N", out var id) &&
               int.TryParse(delen[1], CultureInfo.InvariantCulture, out var versie) &&
               long.TryParse(delen[2], CultureInfo.InvariantCulture, out var vervalt) &&
               DateTimeOffset.FromUnixTimeSeconds(vervalt) > clock.GetUtcNow()
            ? (id, versie)
            : null;
    }

    private IDataProtector Protector(Doel doel) => dataProtection.CreateProtector("Partnerschap.Organisatievoorstel", doel.ToString());

    public enum Doel
    {
        Bevestigen,
        Bewerken,
    }
}
