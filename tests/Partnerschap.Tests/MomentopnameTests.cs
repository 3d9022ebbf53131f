using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;

namespace Partnerschap.Tests;

/// <summary>
/// A save counts as "changed" when the compared fields differ. Every text, yes/no and choice a form can edit must
/// therefore show up in those fields, or a change to it alone is lost as "niets gewijzigd" (as the aanbod's name was).
/// </summary>
public sealed class MomentopnameTests
{
    private static readonly GemeenteLookup Gemeenten = new([]);

    private static readonly Aanbod Aanbod = new()
    {
        Id = Guid.NewGuid(), Naam = "Huiswerkklas", Beschrijving = "Elke dinsdag", Kosten = "Gratis",
        Doelgroepen = ["ouders"], Aanleidingen = ["onderwijs"], Talen = ["nl"],
    };

    private static readonly Organisatie Organisatie = new()
    {
        Naam = "De Sleutel", Slug = "de-sleutel", Type = "huiswerkbegeleiding", Beschrijving = "Hulp bij huiswerk",
        Telefoon = "09 000 00 00", Aanspreekpunt = new Aanspreekpunt { Naam = "Sara", Functie = "Coördinator", Email = "sara@example.org", Telefoon = "09 000 00 01" },
        Aanbod = [Aanbod],
    };

    private static readonly School School = new()
    {
        Naam = "De Regenboog", Slug = "de-regenboog", Net = "gemeenschapsonderwijs", GemeenteNis = "44021",
        Instellingsnummer = "99999", Vestigingsplaatsnummer = "1", Plaats = "Wondelgem", Einddatum = new DateOnly(2027, 6, 30), ClbNaam = "CLB Demo",
        Onderwijsaanbod = "Gewoon Lager Onderwijs",
        Zorgcoordinator = new Aanspreekpunt { Naam = "Tom", Functie = "Zorgcoördinator", Email = "tom@example.org", Telefoon = "09 000 00 02" },
    };

    /// <summary>Choices (enums) stored as their name: changed into another valid choice.</summary>
    private static readonly Dictionary<string, string> AndereKeuze = new()
    {
        [nameof(OrganisatieStatus.Actief)] = nameof(OrganisatieStatus.Stopgezet),
        [nameof(Onderwijsniveau.Basis)] = nameof(Onderwijsniveau.Secundair),
        ["gemeenschapsonderwijs"] = "officieel-gesubsidieerd",
    };

    public static TheoryData<string> Velden() => [.. Wijzigingen().Select(w => w.Naam)];

    [Theory]
    [MemberData(nameof(Velden))]
    public void A_change_to_any_single_field_alone_is_a_change(string veld)
    {
        var (_, oud, nieuw) = Wijzigingen().Single(w => w.Naam == veld);

        Assert.NotEmpty(Momentopnamen.Verschillen(oud, nieuw));
    }

    /// <summary>Every scalar property of every snapshot (nested contact points included), changed on its own.</summary>
    private static IEnumerable<(string Naam, IReadOnlyList<ProfielVeld> Oud, IReadOnlyList<ProfielVeld> Nieuw)> Wijzigingen()
    {
        var organisatie = OrganisatieMomentopname.Van(Organisatie);
        foreach (var (pad, json) in Varianten(JsonSerializer.SerializeToNode(organisatie, Momentopnamen.Opties)!, "organisatie"))
        {
            yield return (pad, organisatie.Velden(Gemeenten), json.Deserialize<OrganisatieMomentopname>(Momentopnamen.Opties)!.Velden(Gemeenten));
        }

        var school = SchoolMomentopname.Van(School);
        foreach (var (pad, json) in Varianten(JsonSerializer.SerializeToNode(school, Momentopnamen.Opties)!, "school")
                     .Where(v => !v.Pad.EndsWith("atitude", StringComparison.Ordinal) && !v.Pad.EndsWith("ongitude", StringComparison.Ordinal)))
        {
            yield return (pad, school.Velden(Gemeenten), json.Deserialize<SchoolMomentopname>(Momentopnamen.Opties)!.Velden(Gemeenten));
        }
    }

    /// <summary>One copy of <paramref name="root"/> per scalar value in it (outside lists of places), with that value changed.</summary>
    private static IEnumerable<(string Pad, JsonNode Json)> Varianten(JsonNode root, string naam)
    {
        foreach (var pad in Paden(root, naam))
        {
            var kopie = root.DeepClone();
            var (ouder, sleutel) = Zoek(kopie, pad[(naam.Length + 1)..]);
            var waarde = ouder[sleutel];
            ouder[sleutel] = waarde?.GetValueKind() switch
            {
                JsonValueKind.True => false,
                JsonValueKind.False => true,
                JsonValueKind.Number => waarde.GetValue<double>() + 1,
                JsonValueKind.String when AndereKeuze.TryGetValue(waarde.GetValue<string>(), out var ander) => ander,
                _ => "iets anders",
            };
            yield return (pad, kopie);
        }
    }

    private static IEnumerable<string> Paden(JsonNode node, string pad) => node switch
    {
        JsonObject o => o.Where(p => p.Key is not ("id" or "Id") && p.Value is not JsonArray).SelectMany(p => p.Value is null ? [$"{pad}.{p.Key}"] : Paden(p.Value, $"{pad}.{p.Key}"))
            .Concat(o.Where(p => p.Key is "aanbod" or "Aanbod" && p.Value is JsonArray).SelectMany(p => Paden(p.Value![0]!, $"{pad}.{p.Key}.0"))),
        _ => [pad],
    };

    private static (JsonNode Ouder, string Sleutel) Zoek(JsonNode root, string pad)
    {
        var delen = pad.Split('.');
        var node = root;
        foreach (var deel in delen[..^1])
        {
            node = int.TryParse(deel, out var i) ? node[i]! : node[deel]!;
        }

        return (node, delen[^1]);
    }
}
