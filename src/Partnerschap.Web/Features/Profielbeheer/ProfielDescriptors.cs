using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>The kinds of profile that members edit: an organisatie, a school and a brugfiguur.</summary>
public static class ProfielDescriptors
{
    /// <summary>An organisatie with its aanbod (its samenwerkingen are recorded as lines, not in the snapshot).</summary>
    public static readonly ProfielDescriptor<Organisatie> Organisatie = new(
        ProfielSoort.Organisatie,
        "organisaties",
        "Het profiel",
        o => o.Naam,
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
        s => s.Naam,
        db => db.Scholen,
        (s, gemeenten) => SchoolMomentopname.Van(s).Toestand(gemeenten),
        (_, s, momentopname) => JsonSerializer.Deserialize<SchoolMomentopname>(momentopname, Momentopnamen.Opties)!.PasToeOp(s),
        (s, vandaag) => s.LaatstGecontroleerd = vandaag);

    /// <summary>A brugfiguur with its werkgever and schools; members see the name even when the public sees only the function.</summary>
    public static readonly ProfielDescriptor<Brugfiguur> Brugfiguur = new(
        ProfielSoort.Brugfiguur,
        "brugfiguren",
        "Het profiel van de brugfiguur",
        b => string.IsNullOrWhiteSpace(b.Naam) ? b.Functie : $"{b.Naam} ({b.Functie})",
        db => db.Brugfiguren.Include(b => b.Scholen).Include(b => b.WerkgeverOrganisatie).Include(b => b.WerkgeverSchool).AsSplitQuery(),
        (b, gemeenten) => BrugfiguurMomentopname.Van(b, gemeenten).Toestand(),
        (db, b, momentopname) => JsonSerializer.Deserialize<BrugfiguurMomentopname>(momentopname, Momentopnamen.Opties)!.PasToeOp(db, b),
        Bevestig: null);

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
