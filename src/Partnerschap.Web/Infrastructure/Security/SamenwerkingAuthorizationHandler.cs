using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>
/// The partners' scan and action plan are for the two sides of the samenwerking only: a member of the school or of the
/// organisation. Unlike a profile, not even a Beheerder passes without being a member (ADR 0018): the answers and the plan
/// are the partners' own conversation. A Beheerder who must look can make themselves a member, which the audit log
/// records. Memberships are read from the database on every check, as in <see cref="ProfielAuthorizationHandler"/>.
/// </summary>
public sealed class SamenwerkingAuthorizationHandler(PortalDbContext db)
    : AuthorizationHandler<OperationAuthorizationRequirement, SamenwerkingResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, SamenwerkingResource resource)
    {
        if (requirement.Name != SamenwerkingOperaties.Scan.Name)
        {
            return;
        }

        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null && (await KantenAsync(db, userId, resource)).Count > 0)
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>The sides the user is on: the school's, the organisation's, both (rare) or none.</summary>
    public static async Task<IReadOnlyList<ScanKant>> KantenAsync(PortalDbContext db, string userId, SamenwerkingResource resource)
    {
        var leden = await db.Lidmaatschappen
            .Where(l => l.GebruikerId == userId && (l.SchoolId == resource.SchoolId || l.OrganisatieId == resource.OrganisatieId))
            .Select(l => new { l.SchoolId, l.OrganisatieId })
            .ToListAsync();
        var kanten = new List<ScanKant>();
        if (leden.Any(l => l.SchoolId == resource.SchoolId))
        {
            kanten.Add(ScanKant.School);
        }

        if (leden.Any(l => l.OrganisatieId == resource.OrganisatieId))
        {
            kanten.Add(ScanKant.Organisatie);
        }

        return kanten;
    }
}
