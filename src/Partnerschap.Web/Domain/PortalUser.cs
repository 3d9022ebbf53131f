using Microsoft.AspNetCore.Identity;

namespace Partnerschap.Web.Domain;

/// <summary>A person with an account: Beheerder, Onderzoeker, Welzijnswerker or Schoolmedewerker.</summary>
public class PortalUser : IdentityUser
{
    /// <summary>How the portal addresses the person ("Sara Peeters"); never used to sign in.</summary>
    public string? Weergavenaam { get; set; }

    public DateTimeOffset AangemaaktOp { get; set; }

    /// <summary>A Beheerder switched the account off: no sign-in, existing sessions end on their next request.</summary>
    public bool Gedeactiveerd { get; set; }

    /// <summary>The Beheerder who sent the invitation, when the account came from one.</summary>
    public string? UitgenodigdDoor { get; set; }
}
