using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Identity;

/// <summary>
/// Tokens for invitation links: they live longer than a password-reset link (<c>Auth:InvitationLifetime</c>, default
/// 7 days) and, like every Identity token, include the security stamp: setting the password changes the stamp, so a
/// link works once; sending a new invitation changes it too, so only the newest link works.
/// </summary>
public sealed class UitnodigingTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<UitnodigingTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<PortalUser>> logger)
    : DataProtectorTokenProvider<PortalUser>(dataProtectionProvider, options, logger)
{
    public const string Naam = "Uitnodiging";

    public const string Doel = "uitnodiging";
}
