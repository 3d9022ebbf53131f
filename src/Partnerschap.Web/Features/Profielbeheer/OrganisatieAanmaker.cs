using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>
/// A new organisatie from the profile form (<see cref="OrganisatieFormulier"/>): a Beheerder's /beheer/organisaties/nieuw
/// and an approved proposal (/beheer/voorstellen) both come through here, so both get the same mapping as a profile save
/// (<see cref="OrganisatieMomentopname.PasToeOp"/>), a unique slug, version 1 in the history, today as the day it was
/// checked and now as its last change. Published at once: the map shows every organisatie.
/// </summary>
public sealed class OrganisatieAanmaker(PortalDbContext db, ProfielHistoriek historiek, TimeProvider clock)
{
    /// <summary>
    /// Adds the organisatie that <paramref name="invoer"/> (validated form input) describes, with its first version,
    /// to the DbContext; the caller saves, so that whatever belongs with it (a proposal's decision, an audit line) is
    /// in the same transaction.
    /// </summary>
    public async Task<Organisatie> VoegToeAsync(OrganisatieMomentopname invoer, GemeenteLookup gemeenten, string omschrijving, CancellationToken cancellationToken)
    {
        var basis = Slugs.From(invoer.Naam);
        var bezet = (await db.Organisaties.Where(o => o.Slug.StartsWith(basis)).Select(o => o.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var organisatie = new Organisatie
        {
            Id = Guid.NewGuid(),
            Naam = invoer.Naam,
            Type = invoer.Type,
            Slug = Slugs.Unique(invoer.Naam, bezet),
            LaatstGewijzigd = clock.GetUtcNow(),
            LaatstGecontroleerd = BelgischeTijd.Vandaag(clock),
        };
        invoer.PasToeOp(organisatie);
        db.Organisaties.Add(organisatie);
        historiek.RegistreerNieuw(ProfielSoort.Organisatie, organisatie.Id, ProfielDescriptors.Organisatie.Toestand(organisatie, gemeenten), omschrijving);
        return organisatie;
    }
}
