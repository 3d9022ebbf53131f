using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Doorverwijslijst;

public sealed record DoorverwijsKnop(string Id, string Naam, string Terug);

/// <summary>The state after adding or removing, for the script that does it without reloading the page.</summary>
public sealed record DoorverwijsAntwoord(bool OpLijst, int Aantal, string Melding);

/// <param name="Deellink">Absolute link with the ids only, on the configured public address.</param>
/// <param name="Datum">Today in Belgium, printed on the sheet.</param>
public sealed record DoorverwijslijstViewModel(IReadOnlyList<DoorverwijsRegel> Regels, string Ids, string Deellink, bool Gedeeld, string Datum);

/// <summary>One entry on the sheet, in what a parent needs: what they do, where, when, how to reach them.</summary>
public sealed record DoorverwijsRegel(string Id, string Naam, string Organisatie, string Wat, string? Adres, string? Openingsuren, string? Telefoon, string? Email, string? HoeHulp, string ProfielUrl)
{
    public static DoorverwijsRegel Van(Organisatie o, Aanbod? a, GemeenteLookup gemeenten)
    {
        var locatie = a?.Locaties.FirstOrDefault() ?? o.Locaties.FirstOrDefault();
        var adres = locatie is null ? null : gemeenten.Adresregel(locatie.Straat, locatie.Postcode, locatie.GemeenteNis, locatie.Plaats);
        return new DoorverwijsRegel(
            a is null ? $"o:{o.Id:N}" : $"a:{a.Id:N}",
            a?.Naam ?? o.Naam,
            o.Naam,
            a?.Beschrijving is { Length: > 0 } beschrijving ? beschrijving : o.Beschrijving,
            adres,
            locatie?.Openingsuren ?? o.Openingsuren,
            o.Telefoon,
            o.Email,
            o.ToegangOuders,
            ProfielUrls.Organisatie(o.Slug));
    }
}
