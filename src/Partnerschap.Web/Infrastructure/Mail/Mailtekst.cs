using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Mail;

/// <summary>
/// The frame of every mail the portal writes to a person: "Dag …," above the text and "Partnerschap" below it, so a
/// change of greeting or signature is made once. The texts themselves stay beside the code that sends them.
/// </summary>
public static class Mailtekst
{
    public const string Ondertekening = "Partnerschap";

    /// <summary>How a mail addresses its reader: the name colleagues know them by, else their e-mail address.</summary>
    public static string Aanspreking(string? weergavenaam, string? email) => weergavenaam ?? email ?? string.Empty;

    public static string Aanspreking(PortalUser user) => Aanspreking(user.Weergavenaam, user.Email);

    /// <summary>The greeting, <paramref name="inhoud"/> and the signature, with one empty line between them.</summary>
    public static string Brief(string aanspreking, string inhoud) => $"Dag {aanspreking},\n\n{inhoud.Trim('\n')}\n\n{Ondertekening}";
}
