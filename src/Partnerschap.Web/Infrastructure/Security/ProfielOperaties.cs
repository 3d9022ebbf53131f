using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>What someone wants to do with a profile.</summary>
public static class ProfielOperaties
{
    /// <summary>Edit fields, aanbod and samenwerkingen; confirm; see and handle its meldingen; see its history.</summary>
    public static readonly OperationAuthorizationRequirement Bewerken = new() { Name = nameof(Bewerken) };

    /// <summary>Put an earlier version back.</summary>
    public static readonly OperationAuthorizationRequirement Herstellen = new() { Name = nameof(Herstellen) };
}
