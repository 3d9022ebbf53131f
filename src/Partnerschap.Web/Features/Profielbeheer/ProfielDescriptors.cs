using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>The kinds of profile that members edit. The brugfiguur is to come as the third.</summary>
public static class ProfielDescriptors
{
    /// <summary>An organisatie with its aanbod (its samenwerkingen are recorded as lines, not in the snapshot).</summary>
    public static readonly ProfielDescriptor<Organisatie> Organisatie = new(
        ProfielSoort.Organisatie,
        "organisaties",
        "Het profiel",
        db => db.Organisaties.Include(o => o.Aanbod).AsSplitQuery(),
        (o, gemeenten) => OrganisatieMomentopname.Van(o).Toestand(gemeenten),
        (db, o, momentopname) =>
        {
            var herstel = JsonSerializer.Deserialize<OrganisatieMomentopname>(momentopname, Momentopnamen.Opties)!;
            herstel.PasToeOp(o);
            HerstelAanbod(db, o, herstel.Aanbod);
        },
        (o, vandaag) => o.LaatstGecontroleerd = vandaag);

    public static readonly ProfielDescriptor<School> School = new(
        ProfielSoort.School,
        "scholen",
        "Het profiel van de school",
        db => db.Scholen,
        (s, gemeenten) => SchoolMomentopname.Van(s).Toestand(gemeenten),
        (_, s, momentopname) => JsonSerializer.Deserialize<SchoolMomentopname>(momentopname, Momentopnamen.Opties)!.PasToeOp(s),
        (s, vandaag) => s.LaatstGecontroleerd = vandaag);

    /// <summary>The aanbod as it was: what came since goes, what went comes back, the rest gets its old values.</summary>
    private static void HerstelAanbod(PortalDbContext db, Organisatie organisatie, IReadOnlyList<AanbodMomentopname> aanbod)
    {
        foreach (var weg in organisatie.Aanbod.Where(a => aanbod.All(h => h.Id != a.Id)).ToList())
        {
            organisatie.Aanbod.Remove(weg);
            db.Aanbod.Remove(weg);
        }

        foreach (var herstel in aanbod)
        {
            var bestaand = organisatie.Aanbod.FirstOrDefault(a => a.Id == herstel.Id);
            if (bestaand is null)
            {
                bestaand = new Aanbod { Id = herstel.Id, OrganisatieId = organisatie.Id, Naam = herstel.Naam };
                herstel.PasToeOp(bestaand);
                organisatie.Aanbod.Add(bestaand);
                db.Aanbod.Add(bestaand);
            }
            else
            {
                herstel.PasToeOp(bestaand);
                db.Entry(bestaand).Property(a => a.Versie).IsModified = true;
            }
        }
    }
}
