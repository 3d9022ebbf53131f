using System.Globalization;
using System.Text.Json;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>
/// Reads our own JSON format for scholen, brugfiguren and samenwerkingen (docs/import.md). References to
/// organisaties and scholen are ids; they are checked by <see cref="SocialeKaartImporter"/> against the
/// database and the rest of the import.
/// </summary>
public sealed class ScholenImport(GemeenteLookup gemeenten) : ImportReader
{
    public List<(School School, string Path)> Scholen { get; } = [];

    public List<(Brugfiguur Brugfiguur, List<Guid> Scholen, string Path)> Brugfiguren { get; } = [];

    public List<(Samenwerking Samenwerking, string Path)> Samenwerkingen { get; } = [];

    /// <summary>Organisation references to check: (id, path, what).</summary>
    public List<Verwijzing> OrganisatieVerwijzingen { get; } = [];

    /// <summary>School references to check.</summary>
    public List<Verwijzing> SchoolVerwijzingen { get; } = [];

    public List<Verwijzing> BrugfiguurVerwijzingen { get; } = [];

    /// <summary>The id of every school read (kept by <see cref="Vergeet"/>), for references from other files.</summary>
    public HashSet<Guid> SchoolIds { get; } = [];

    public HashSet<Guid> BrugfiguurIds { get; } = [];

    /// <summary>One record of a file (<see cref="JsonItems"/>): a school, brugfiguur or samenwerking.</summary>
    public override void Lees(JsonItem item)
    {
        Begin(item);
        if (item.Path == item.Lijst)
        {
            Error(item.Path, $"'{item.Lijst}' moet een lijst zijn.");
        }
        else if (item.Element.ValueKind != JsonValueKind.Object)
        {
            Error(item.Path, "Elk record moet een JSON-object zijn.");
        }
        else if (item.Lijst == "scholen")
        {
            LeesSchool(item.Element, item.Path);
        }
        else if (item.Lijst == "brugfiguren")
        {
            LeesBrugfiguur(item.Element, item.Path);
        }
        else
        {
            LeesSamenwerking(item.Element, item.Path);
        }
    }

    public override void Vergeet()
    {
        Scholen.Clear();
        Brugfiguren.Clear();
        Samenwerkingen.Clear();
    }

    private void LeesSchool(JsonElement e, string path)
    {
        var naam = Text(e, "naam", path, required: true, max: Veldlengtes.Naam) ?? "(zonder naam)";
        var label = $"school \"{naam}\"";
        var adres = e.TryGetProperty("adres", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        var gemeente = gemeenten.Vind(Str(adres, "gemeente")) ?? gemeenten.OpPostcode(Str(adres, "postcode"));
        if (gemeente is null)
        {
            Error($"{path}.adres.gemeente", $"{label}: gemeente '{Str(adres, "gemeente")}' bestaat niet in Vlaanderen of Brussel.");
        }

        var school = new School
        {
            Id = Id(e, path, label),
            Naam = naam,
            Slug = string.Empty,
            Instellingsnummer = Text(e, "instellingsnummer", path, max: Veldlengtes.Instellingsnummer),
            Onderwijsniveau = Str(e, "onderwijsniveau") switch
            {
                "basis" => Onderwijsniveau.Basis,
                "secundair" => Onderwijsniveau.Secundair,
                "buitengewoon" => Onderwijsniveau.Buitengewoon,
                var other => Invalid(Onderwijsniveau.Basis, $"{path}.onderwijsniveau", $"{label}: onderwijsniveau '{other}' bestaat niet (basis, secundair of buitengewoon)."),
            },
            Net = Str(e, "net") is "gemeenschapsonderwijs" or "officieel-gesubsidieerd" or "vrij-gesubsidieerd"
                ? Str(e, "net")!
                : Invalid("vrij-gesubsidieerd", $"{path}.net", $"{label}: net '{Str(e, "net")}' bestaat niet (gemeenschapsonderwijs, officieel-gesubsidieerd of vrij-gesubsidieerd)."),
            Straat = Text(adres, "straat", $"{path}.adres", max: Veldlengtes.Straat),
            Postcode = Text(adres, "postcode", $"{path}.adres", max: Veldlengtes.Postcode),
            GemeenteNis = gemeente?.NisCode ?? string.Empty,
            Latitude = Number(e, "latitude") ?? gemeente?.Latitude ?? 0,
            Longitude = Number(e, "longitude") ?? gemeente?.Longitude ?? 0,
            Email = Email(e, "email", path, label),
            Telefoon = Text(e, "telefoon", path, max: Veldlengtes.Telefoon),
            Website = Text(e, "website", path, max: Veldlengtes.Website),
            ClbId = Reference(e, "clb", path, "CLB", OrganisatieVerwijzingen),
            LopId = Reference(e, "lop", path, "LOP", OrganisatieVerwijzingen),
        };

        if (e.TryGetProperty("zorgcoordinator", out var z) && z.ValueKind == JsonValueKind.Object)
        {
            school.Zorgcoordinator = new Aanspreekpunt
            {
                Naam = Text(z, "naam", $"{path}.zorgcoordinator", max: Veldlengtes.Naam),
                Functie = "Zorgcoördinator",
                Email = Email(z, "email", $"{path}.zorgcoordinator", label),
                Telefoon = Text(z, "telefoon", $"{path}.zorgcoordinator", max: Veldlengtes.Telefoon),
            };
        }

        Scholen.Add((school, path));
        SchoolIds.Add(school.Id);
    }

    private void LeesBrugfiguur(JsonElement e, string path)
    {
        var functie = Text(e, "functie", path, required: true, max: Veldlengtes.Naam) ?? "Brugfiguur";
        var naam = Text(e, "naam", path, max: Veldlengtes.Naam);
        var label = $"brugfiguur \"{naam ?? functie}\"";
        var werkgever = e.TryGetProperty("werkgever", out var w) && w.ValueKind == JsonValueKind.Object ? w : default;
        var brugfiguur = new Brugfiguur
        {
            Id = Id(e, path, label),
            Slug = string.Empty,
            Naam = naam,
            AlleenFunctie = e.TryGetProperty("alleenFunctie", out var alleenFunctie) && alleenFunctie.ValueKind == JsonValueKind.True,
            Functie = functie,
            Email = Email(e, "email", path, label),
            Telefoon = Text(e, "telefoon", path, max: Veldlengtes.Telefoon),
            Talen = [.. Strings(e, "talen", path, label, code => code.Length == 2 && code.All(char.IsAsciiLetterLower), "taalcode")],
        };

        var werkgeverPath = $"{path}.werkgever";
        switch (Str(werkgever, "soort"))
        {
            case "organisatie":
                brugfiguur.WerkgeverSoort = WerkgeverSoort.Organisatie;
                brugfiguur.WerkgeverOrganisatieId = Reference(werkgever, "id", werkgeverPath, "werkgever", OrganisatieVerwijzingen, required: true);
                break;
            case "school":
                brugfiguur.WerkgeverSoort = WerkgeverSoort.School;
                brugfiguur.WerkgeverSchoolId = Reference(werkgever, "id", werkgeverPath, "werkgever", SchoolVerwijzingen, required: true);
                break;
            case "gemeente":
                brugfiguur.WerkgeverSoort = WerkgeverSoort.Gemeente;
                brugfiguur.WerkgeverGemeenteNis = gemeenten.Vind(Str(werkgever, "gemeente"))?.NisCode;
                if (brugfiguur.WerkgeverGemeenteNis is null)
                {
                    Error($"{werkgeverPath}.gemeente", $"{label}: gemeente '{Str(werkgever, "gemeente")}' bestaat niet.");
                }

                break;
            default:
                Error($"{werkgeverPath}.soort", $"{label}: werkgever.soort moet organisatie, gemeente of school zijn.");
                break;
        }

        var scholen = new List<Guid>();
        foreach (var (school, schoolPath) in Items(e, "scholen", path))
        {
            if (Guid.TryParse(school.GetString(), out var id))
            {
                scholen.Add(id);
                SchoolVerwijzingen.Add(new Verwijzing(id, schoolPath, "school", Lines.RegelVan(schoolPath)));
            }
            else
            {
                Error(schoolPath, $"{label}: '{school}' is geen geldige school-id.");
            }
        }

        Brugfiguren.Add((brugfiguur, scholen, path));
        BrugfiguurIds.Add(brugfiguur.Id);
    }

    private void LeesSamenwerking(JsonElement e, string path)
    {
        var label = $"samenwerking {Str(e, "id")}";
        var samenwerking = new Samenwerking
        {
            Id = Id(e, path, label),
            SchoolId = Reference(e, "school", path, "school", SchoolVerwijzingen, required: true) ?? Guid.Empty,
            OrganisatieId = Reference(e, "organisatie", path, "organisatie", OrganisatieVerwijzingen, required: true) ?? Guid.Empty,
            BrugfiguurId = Reference(e, "brugfiguur", path, "brugfiguur", BrugfiguurVerwijzingen),
            Samenwerkingsvormen = [.. Strings(e, "vormen", path, label, c => Vocabulaire.Vind(Vocabulaire.Samenwerkingsvormen, c) is not null, "samenwerkingsvorm")],
            Aanleidingen = [.. Strings(e, "aanleidingen", path, label, c => Vocabulaire.Vind(Vocabulaire.Aanleidingen, c) is not null, "aanleiding")],
            Beschrijving = Text(e, "beschrijving", path, max: Veldlengtes.LangeTekst) ?? string.Empty,
            Status = Str(e, "status") switch
            {
                null or "actief" => SamenwerkingStatus.Actief,
                "beeindigd" => SamenwerkingStatus.Beeindigd,
                var other => Invalid(SamenwerkingStatus.Actief, $"{path}.status", $"{label}: status '{other}' bestaat niet (actief of beeindigd)."),
            },
        };

        if (samenwerking.Samenwerkingsvormen.Count == 0)
        {
            Error($"{path}.vormen", $"{label}: noem minstens één samenwerkingsvorm.");
        }

        if (Str(e, "sinds") is { } sinds)
        {
            if (DateOnly.TryParseExact(sinds, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                samenwerking.Sinds = date;
            }
            else
            {
                Error($"{path}.sinds", $"{label}: '{sinds}' is geen datum (JJJJ-MM-DD).");
            }
        }

        Samenwerkingen.Add((samenwerking, path));
    }

    private Guid? Reference(JsonElement e, string property, string path, string wat, List<Verwijzing> into, bool required = false)
    {
        var value = Str(e, property);
        var fieldPath = $"{path}.{property}";
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Error(fieldPath, $"'{property}' is verplicht.");
            }

            return null;
        }

        if (!Guid.TryParse(value, out var id))
        {
            Error(fieldPath, $"'{value}' is geen geldige id.");
            return null;
        }

        into.Add(new Verwijzing(id, fieldPath, wat, Lines.RegelVan(fieldPath)));
        return id;
    }

    private IEnumerable<string> Strings(JsonElement e, string property, string path, string label, Func<string, bool> valid, string wat)
    {
        foreach (var (item, itemPath) in Items(e, property, path))
        {
            var code = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText();
            if (valid(code))
            {
                yield return code;
            }
            else
            {
                Error(itemPath, $"{label}: '{code}' is geen geldige {wat}.");
            }
        }
    }

    private Guid Id(JsonElement e, string path, string label)
    {
        var id = Str(e, "id");
        if (Guid.TryParse(id, out var guid))
        {
            return guid;
        }

        Error($"{path}.id", $"{label}: 'id' ontbreekt of is geen GUID.");
        return Guid.NewGuid();
    }

    private static double? Number(JsonElement e, string property) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

}
