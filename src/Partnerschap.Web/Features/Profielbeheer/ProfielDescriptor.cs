using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>
/// What the shared pages of profile editing (<see cref="ProfielControllerBase"/>) and the save path need to know of
/// one kind of profile: where it lives, how it is read, its state as the history records it, how a snapshot is put
/// back and how it is confirmed. One instance per kind (<see cref="ProfielDescriptors"/>).
/// </summary>
/// <param name="HetProfiel">The subject of the message after a save: "Het profiel", "Het profiel van de school".</param>
public sealed record ProfielDescriptor<TProfiel>(
    ProfielSoort Soort,
    string Map,
    string HetProfiel,
    Func<PortalDbContext, IQueryable<TProfiel>> Profielen,
    Func<TProfiel, GemeenteLookup, (IReadOnlyList<ProfielVeld> Velden, string Json)> Toestand,
    Action<PortalDbContext, TProfiel, string> Herstel,
    Action<TProfiel, DateOnly> Bevestig)
    where TProfiel : class, IImportProfiel
{
    /// <summary>The public profile page; the edit pages are below it.</summary>
    public string Url(string slug) => $"/{Map}/{slug}";
}

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
