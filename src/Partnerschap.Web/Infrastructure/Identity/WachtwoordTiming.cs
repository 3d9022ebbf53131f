using Microsoft.AspNetCore.Identity;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Identity;

/// <summary>
/// A failed sign-in for an unknown, deactivated, locked or invited account verifies the password against a hash made
/// once at start-up, so it costs the same PBKDF2 work as a wrong password for a known account.
/// </summary>
public sealed class WachtwoordTiming(IPasswordHasher<PortalUser> hasher)
{
    private static readonly PortalUser Niemand = new() { UserName = "niemand" };

    private readonly string _hash = hasher.HashPassword(Niemand, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));

    public void VerifieerNiets(string wachtwoord) => hasher.VerifyHashedPassword(Niemand, _hash, wachtwoord);
}
