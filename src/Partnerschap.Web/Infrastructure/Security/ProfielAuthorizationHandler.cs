using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>
/// Who may edit what: a Beheerder everything; a member (a <see cref="Lidmaatschap"/> for that organisatie or school)
/// may edit it but not restore old versions; a brugfiguur is edited by the members of its werkgever (an organisatie or a
/// school; one employed by a gemeente only by Beheerders); nobody else anything. Memberships are read from the database on every
/// check, so a change by a Beheerder takes effect on the next request.
/// </summary>
public sealed class ProfielAuthorizationHandler(PortalDbContext db)
    : AuthorizationHandler<OperationAuthorizationRequirement, ProfielResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, ProfielResource resource)
    {
        if (context.User.IsInRole(Rollen.Beheerder))
        {
            context.Succeed(requirement);
            return;
        }

        if (requirement.Name != ProfielOperaties.Bewerken.Name)
        {
            return;
        }

        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null && await IsLidAsync(db, userId, resource))
        {
            context.Succeed(requirement);
        }
    }

    public static Task<bool> IsLidAsync(PortalDbContext db, string userId, ProfielResource resource) => resource.Soort switch
    {
        ProfielSoort.Organisatie => db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == userId && l.OrganisatieId == resource.Id),
        ProfielSoort.School => db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == userId && l.SchoolId == resource.Id),
        ProfielSoort.Brugfiguur => db.Brugfiguren.AnyAsync(b => b.Id == resource.Id && db.Lidmaatschappen.Any(l => l.GebruikerId == userId &&
            ((b.WerkgeverSoort == WerkgeverSoort.Organisatie && b.WerkgeverOrganisatieId != null && l.OrganisatieId == b.WerkgeverOrganisatieId) ||
             (b.WerkgeverSoort == WerkgeverSoort.School && b.WerkgeverSchoolId != null && l.SchoolId == b.WerkgeverSchoolId)))),
        _ => Task.FromResult(false),
    };
}
