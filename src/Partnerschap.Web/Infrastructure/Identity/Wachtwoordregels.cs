namespace Partnerschap.Web.Infrastructure.Identity;

/// <summary>
/// The length of a password (OWASP ASVS level 2: length and a list of common passwords, no composition rules): one set
/// of numbers for Identity's options and every form where a password is chosen.
/// </summary>
public static class Wachtwoordregels
{
    public const int MinLengte = 12;
    public const int MaxLengte = 128;

    /// <summary>The message of a <c>[StringLength(MaxLengte, MinimumLength = MinLengte)]</c> on a new password.</summary>
    public const string LengteFout = "Een wachtwoord heeft minstens {2} en hoogstens {1} tekens.";
}
