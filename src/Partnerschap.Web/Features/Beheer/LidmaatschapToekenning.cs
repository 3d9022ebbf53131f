using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>Giving a person the right to edit a profile, the same way for an invitation, the user page and an approved request.</summary>
public static class LidmaatschapToekenning
{
    /// <summary>
    /// Adds a <see cref="Lidmaatschap"/> of <paramref name="gebruikerId"/> for the organisatie or the school, unless
    /// there is one already. Saved with the caller's next <c>SaveChanges</c>.
    /// </summary>
    public static async Task KenToeAsync(
        this PortalDbContext db, string gebruikerId, Guid? organisatieId, Guid? schoolId, DateTimeOffset sinds, CancellationToken cancellationToken)
    {
        var bestaat = organisatieId is { } o
            ? await db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == gebruikerId && l.OrganisatieId == o, cancellationToken)
            : await db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == gebruikerId && l.SchoolId == schoolId, cancellationToken);
        if (!bestaat)
        {
            db.Lidmaatschappen.Add(new Lidmaatschap { GebruikerId = gebruikerId, OrganisatieId = organisatieId, SchoolId = schoolId, Sinds = sinds });
        }
    }
}
