using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>What someone wants to do with a samenwerking beyond its public line on the profiles.</summary>
public static class SamenwerkingOperaties
{
    /// <summary>Fill in and see the partners' samenwerkingsscan, and see and change their action plan.</summary>
    public static readonly OperationAuthorizationRequirement Scan = new() { Name = nameof(Scan) };
}
