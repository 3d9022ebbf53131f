using Microsoft.AspNetCore.Identity;

namespace Partnerschap.Web.Domain;

/// <summary>A person with an account: Beheerder, Onderzoeker, Welzijnswerker or Schoolmedewerker.</summary>
public class PortalUser : IdentityUser
{
    /// <summary>How the portal addresses the person ("Sara Peeters"); never used to sign in.</summary>
    public string? Weergavenaam { get; set; }

    public DateTimeOffset AangemaaktOp { get; set; }
}
