using Microsoft.AspNetCore.Identity;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Identity;

/// <summary>
/// A failed sign-in for an unknown, deactivated, locked or invited account verifies the password against a hash made
/// once per process, so it costs the same PBKDF2 work as a wrong password for a known account.
/// </summary>
public sealed class WachtwoordTiming(IPasswordHasher<PortalUser> hasher)
{
    private static readonly PortalUser Niemand = new() { UserName = "niemand" };
    private static string? _hash;

    public void VerifieerNiets(string wachtwoord)
    {
        var hash = _hash ??= hasher.HashPassword(Niemand, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(Niemand, hash, wachtwoord);
    }
}
