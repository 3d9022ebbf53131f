using System.Text.Json;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>The editable state of a brugfiguur. Schools and werkgever are kept by id, with the name they had for the history.</summary>
public sealed class BrugfiguurMomentopname
{
    public string? Naam { get; init; }
    public required string Functie { get; init; }
    public bool AlleenFunctie { get; init; }
    public string? Email { get; init; }
    public string? Telefoon { get; init; }
    public List<string> Talen { get; init; } = [];
    public WerkgeverSoort WerkgeverSoort { get; init; }
    public Guid? WerkgeverOrganisatieId { get; init; }
    public Guid? WerkgeverSchoolId { get; init; }
    public string? WerkgeverGemeenteNis { get; init; }

    /// <summary>The werkgever as people read it ("Gemeente Gent", an organisatie's name); for the history only.</summary>
    public string Werkgever { get; init; } = string.Empty;

    public List<SchoolVerwijzing> Scholen { get; init; } = [];

    public static BrugfiguurMomentopname Van(Brugfiguur b, GemeenteLookup gemeenten) => new()
    {
        Naam = b.Naam,
        Functie = b.Functie,
        AlleenFunctie = b.AlleenFunctie,
        Email = b.Email,
        Telefoon = b.Telefoon,
        Talen = [.. b.Talen],
        WerkgeverSoort = b.WerkgeverSoort,
        WerkgeverOrganisatieId = b.WerkgeverOrganisatieId,
        WerkgeverSchoolId = b.WerkgeverSchoolId,
        WerkgeverGemeenteNis = b.WerkgeverGemeenteNis,
        Werkgever = WerkgeverNaam(b, gemeenten),
        Scholen = [.. b.Scholen.OrderBy(s => s.Naam, StringComparer.CurrentCulture).Select(s => new SchoolVerwijzing(s.Id, s.Naam))],
    };

    /// <summary>"Gemeente Gent", or the name of the organisatie or school that employs the brugfiguur (navigations loaded).</summary>
    public static string WerkgeverNaam(Brugfiguur b, GemeenteLookup gemeenten) => b.WerkgeverSoort switch
    {
        WerkgeverSoort.Organisatie => b.WerkgeverOrganisatie?.Naam ?? string.Empty,
        WerkgeverSoort.School => b.WerkgeverSchool?.Naam ?? string.Empty,
        _ => "Gemeente " + (gemeenten.OpNis(b.WerkgeverGemeenteNis)?.Weergavenaam ?? b.WerkgeverGemeenteNis),
    };

    /// <summary>Puts this state on the tracked brugfiguur (with its schools loaded); schools that no longer exist stay away.</summary>
    public void PasToeOp(PortalDbContext db, Brugfiguur b)
    {
        b.Naam = Naam;
        b.Functie = Functie;
        b.AlleenFunctie = AlleenFunctie;
        b.Email = Email;
        b.Telefoon = Telefoon;
        b.Talen = [.. Talen];
        if (b.WerkgeverOrganisatieId != WerkgeverOrganisatieId)
        {
            b.WerkgeverOrganisatie = WerkgeverOrganisatieId is { } o ? db.Organisaties.Find(o) : null;
        }

        if (b.WerkgeverSchoolId != WerkgeverSchoolId)
        {
            b.WerkgeverSchool = WerkgeverSchoolId is { } s ? db.Scholen.Find(s) : null;
        }

        b.WerkgeverSoort = WerkgeverSoort;
        b.WerkgeverOrganisatieId = b.WerkgeverOrganisatie?.Id;
        b.WerkgeverSchoolId = b.WerkgeverSchool?.Id;
        b.WerkgeverGemeenteNis = WerkgeverGemeenteNis;

        var ids = Scholen.Select(s => s.Id).ToHashSet();
        b.Scholen.RemoveAll(s => !ids.Contains(s.Id));
        foreach (var id in ids.Where(id => b.Scholen.All(s => s.Id != id)))
        {
            if (db.Scholen.Find(id) is { } school)
            {
                b.Scholen.Add(school);
            }
        }
    }

    public IReadOnlyList<ProfielVeld> Velden() =>
    [
        new("naam", "Naam", Naam ?? string.Empty),
        new("functie", "Functie", Functie),
        new("alleen-functie", "Toont alleen de functie", AlleenFunctie ? "ja" : "nee"),
        new("email", "E-mail", Email ?? string.Empty),
        new("telefoon", "Telefoon", Telefoon ?? string.Empty),
        new("talen", "Talen", string.Join(", ", Talen.Select(TaalNamen.Naam))),
        new("werkgever", "Werkgever", Werkgever),
        new("scholen", "Scholen", string.Join(", ", Scholen.Select(s => s.Naam))),
    ];

    public string Json() => JsonSerializer.Serialize(this, Momentopnamen.Opties);

    /// <summary>The fields and the snapshot, as <see cref="ProfielHistoriek"/> records them.</summary>
    public (IReadOnlyList<ProfielVeld> Velden, string Json) Toestand() => (Velden(), Json());
}

/// <summary>A school a brugfiguur works at, by id, with its name at the time.</summary>
public sealed record SchoolVerwijzing(Guid Id, string Naam);
