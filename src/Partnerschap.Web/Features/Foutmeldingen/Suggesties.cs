using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Foutmeldingen;

/// <summary>One field a visitor may propose a new value for: its code (<see cref="Melding.Veld"/>) and how people call it.</summary>
public sealed record SuggestieVeld(string Code, string Label, string Nieuw);

/// <summary>
/// "Suggestie tot wijziging": which fields each kind of profile offers, what they hold now and how an accepted value is
/// put on the profile. An organisatie's address is its first locatie; a school's aanspreekpunt is its zorgcoördinator;
/// a brugfiguur has only phone and e-mail. The address is kept as the line people read ("Straat 1, 9000 Gent").
/// </summary>
public static class Suggesties
{
    public const string Telefoon = "telefoon";
    public const string Email = "email";
    public const string Adres = "adres";
    public const string Openingsuren = "openingsuren";
    public const string Aanspreekpunt = "aanspreekpunt";

    private static readonly SuggestieVeld TelefoonVeld = new(Telefoon, "Telefoonnummer", "Nieuw telefoonnummer");
    private static readonly SuggestieVeld EmailVeld = new(Email, "E-mailadres", "Nieuw e-mailadres");
    private static readonly SuggestieVeld AdresVeld = new(Adres, "Adres", "Nieuw adres");

    public static IReadOnlyList<SuggestieVeld> Velden(ProfielSoort soort) => soort switch
    {
        ProfielSoort.Organisatie =>
        [
            TelefoonVeld, EmailVeld, AdresVeld,
            new(Openingsuren, "Openingsuren", "Nieuwe openingsuren"),
            new(Aanspreekpunt, "Aanspreekpunt voor scholen", "Naam of functie van het nieuwe aanspreekpunt"),
        ],
        ProfielSoort.School => [TelefoonVeld, EmailVeld, AdresVeld, new(Aanspreekpunt, "Zorgcoördinator", "Naam of functie van de nieuwe zorgcoördinator")],
        _ => [TelefoonVeld, EmailVeld],
    };

    public static SuggestieVeld? Vind(ProfielSoort soort, string? code) => Velden(soort).FirstOrDefault(v => v.Code == code?.Trim());

    /// <summary>The value of <paramref name="veld"/> on the profile now, as the suggestion stores it; null when empty.</summary>
    public static string? Huidig(object profiel, string veld, GemeenteLookup gemeenten) => (profiel, veld) switch
    {
        (Organisatie o, Telefoon) => o.Telefoon,
        (Organisatie o, Email) => o.Email,
        (Organisatie o, Adres) => o.Locaties.FirstOrDefault() is { } l ? gemeenten.Adresregel(l.Straat, l.Postcode, l.GemeenteNis, l.Plaats) : null,
        (Organisatie o, Openingsuren) => o.Openingsuren,
        (Organisatie o, Aanspreekpunt) => o.Aanspreekpunt?.Naam ?? o.Aanspreekpunt?.Functie,
        (School s, Telefoon) => s.Telefoon,
        (School s, Email) => s.Email,
        (School s, Adres) => gemeenten.Adresregel(s.Straat, s.Postcode, s.GemeenteNis, null),
        (School s, Aanspreekpunt) => s.Zorgcoordinator?.Naam ?? s.Zorgcoordinator?.Functie,
        (Brugfiguur b, Telefoon) => b.Telefoon,
        (Brugfiguur b, Email) => b.Email,
        _ => null,
    };

    /// <summary>
    /// Puts the accepted <paramref name="waarde"/> on the tracked profile. An address is read back from its line; the
    /// point moves to the new place only when the gemeente changed.
    /// </summary>
    public static void PasToe(object profiel, string veld, string waarde, GemeenteLookup gemeenten)
    {
        switch (profiel, veld)
        {
            case (Organisatie o, Telefoon): o.Telefoon = waarde; break;
            case (Organisatie o, Email): o.Email = waarde; break;
            case (Organisatie o, Openingsuren): o.Openingsuren = waarde; break;
            case (Organisatie o, Aanspreekpunt):
                o.Aanspreekpunt = NieuwAanspreekpunt(o.Aanspreekpunt, waarde);
                break;
            case (Organisatie o, Adres) when LeesAdres(waarde, gemeenten) is (var straat, var postcode, var gemeente):
                var eerste = o.Locaties.FirstOrDefault();
                var (lat, lon) = eerste?.GemeenteNis == gemeente.NisCode ? (eerste.Latitude, eerste.Longitude) : gemeenten.Positie(gemeente, postcode, null);
                var locatie = new Locatie
                {
                    Naam = eerste?.Naam, Straat = straat, Postcode = postcode, GemeenteNis = gemeente.NisCode, Plaats = gemeente.Naam,
                    Latitude = lat, Longitude = lon, Openingsuren = eerste?.Openingsuren,
                };

                // Owned (JSON) locaties are replaced as a list, as the profile form does.
                o.Locaties = [locatie, .. o.Locaties.Skip(1).Select(Profielbeheer.OrganisatieMomentopname.Kopie)];
                break;
            case (School s, Telefoon): s.Telefoon = waarde; break;
            case (School s, Email): s.Email = waarde; break;
            case (School s, Aanspreekpunt):
                s.Zorgcoordinator = NieuwAanspreekpunt(s.Zorgcoordinator, waarde);
                break;
            case (School s, Adres) when LeesAdres(waarde, gemeenten) is (var straat, var postcode, var gemeente):
                if (s.GemeenteNis != gemeente.NisCode)
                {
                    (s.Latitude, s.Longitude) = gemeenten.Positie(gemeente, postcode, null);
                }

                s.Straat = straat;
                s.Postcode = postcode;
                s.GemeenteNis = gemeente.NisCode;
                break;
            case (Brugfiguur b, Telefoon): b.Telefoon = waarde; break;
            case (Brugfiguur b, Email): b.Email = waarde; break;
            default: throw new InvalidOperationException($"Het veld {veld} kan niet voorgesteld worden voor {profiel.GetType().Name}.");
        }
    }

    /// <summary>The proposed name with the contact details that were there; a new (owned) instance, as the forms make.</summary>
    private static Domain.Aanspreekpunt NieuwAanspreekpunt(Domain.Aanspreekpunt? oud, string naam) =>
        new() { Naam = naam, Functie = oud?.Functie, Email = oud?.Email, Telefoon = oud?.Telefoon };

    /// <summary>"Straat 1, 9000 Gent" → its parts; the form that made it checked them, so only a renamed gemeente can fail.</summary>
    public static (string? Straat, string? Postcode, Gemeente Gemeente)? LeesAdres(string regel, GemeenteLookup gemeenten)
    {
        var komma = regel.LastIndexOf(", ", StringComparison.Ordinal);
        var straat = komma < 0 ? null : regel[..komma];
        var stad = komma < 0 ? regel : regel[(komma + 2)..];
        var postcode = stad.Length > 5 && stad[4] == ' ' && stad[..4].All(char.IsAsciiDigit) ? stad[..4] : null;
        var gemeente = gemeenten.Vind(postcode is null ? stad : stad[5..]);
        return gemeente is null ? null : (straat, postcode, gemeente);
    }
}
