using System.Text.Json;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>The editable state of a school.</summary>
public sealed class SchoolMomentopname
{
    public required string Naam { get; init; }
    public string? Instellingsnummer { get; init; }
    public Onderwijsniveau Onderwijsniveau { get; init; }
    public required string Net { get; init; }
    public string? Straat { get; init; }
    public string? Postcode { get; init; }
    public required string GemeenteNis { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public string? Email { get; init; }
    public string? Telefoon { get; init; }
    public string? Website { get; init; }
    public Aanspreekpunt? Zorgcoordinator { get; init; }

    /// <summary>
    /// The fields only the official list of scholen fills; null for a school that is not on it, and in a snapshot made
    /// before they existed (restoring such a snapshot leaves them as they are).
    /// </summary>
    public OfficieleGegevens? Officieel { get; init; }

    public static SchoolMomentopname Van(School s) => new()
    {
        Officieel = s.Vestigingsplaatsnummer is null ? null : new OfficieleGegevens(s.Vestigingsplaatsnummer, s.Hoofdzetel, s.Plaats, OfficieleGegevens.Datum(s.Einddatum), s.ClbNaam, s.Onderwijsaanbod),
        Naam = s.Naam,
        Instellingsnummer = s.Instellingsnummer,
        Onderwijsniveau = s.Onderwijsniveau,
        Net = s.Net,
        Straat = s.Straat,
        Postcode = s.Postcode,
        GemeenteNis = s.GemeenteNis,
        Latitude = s.Latitude,
        Longitude = s.Longitude,
        Email = s.Email,
        Telefoon = s.Telefoon,
        Website = s.Website,
        Zorgcoordinator = s.Zorgcoordinator is null ? null : new Aanspreekpunt
        {
            Naam = s.Zorgcoordinator.Naam, Functie = s.Zorgcoordinator.Functie, Email = s.Zorgcoordinator.Email, Telefoon = s.Zorgcoordinator.Telefoon,
        },
    };

    public void PasToeOp(School s)
    {
        s.Naam = Naam;
        s.Instellingsnummer = Instellingsnummer;
        s.Onderwijsniveau = Onderwijsniveau;
        s.Net = Net;
        s.Straat = Straat;
        s.Postcode = Postcode;
        s.GemeenteNis = GemeenteNis;
        s.Latitude = Latitude;
        s.Longitude = Longitude;
        s.Email = Email;
        s.Telefoon = Telefoon;
        s.Website = Website;
        s.Zorgcoordinator = Zorgcoordinator is null ? null : new Aanspreekpunt
        {
            Naam = Zorgcoordinator.Naam, Functie = Zorgcoordinator.Functie, Email = Zorgcoordinator.Email, Telefoon = Zorgcoordinator.Telefoon,
        };
        if (Officieel is not null)
        {
            (s.Vestigingsplaatsnummer, s.Hoofdzetel, s.Plaats, s.Einddatum, s.ClbNaam, s.Onderwijsaanbod) =
                (Officieel.Vestigingsplaatsnummer, Officieel.Hoofdzetel, Officieel.Plaats, OfficieleGegevens.Datum(Officieel.Einddatum), Officieel.ClbNaam, Officieel.Onderwijsaanbod);
        }
    }

    public IReadOnlyList<ProfielVeld> Velden(GemeenteLookup gemeenten) =>
    [
        new("naam", "Naam", Naam),
        new("instellingsnummer", "Instellingsnummer", Instellingsnummer ?? string.Empty),
        new("niveau", "Onderwijsniveau", Scholen.SchoolProfiel.NiveauLabel(Onderwijsniveau)),
        new("net", "Net", Scholen.SchoolProfiel.NetLabel(Net)),
        new("straat", "Straat en nummer", Straat ?? string.Empty),
        new("postcode", "Postcode", Postcode ?? string.Empty),
        new("gemeente", "Gemeente", gemeenten.OpNis(GemeenteNis)?.Weergavenaam ?? GemeenteNis),
        new("email", "E-mail", Email ?? string.Empty),
        new("telefoon", "Telefoon", Telefoon ?? string.Empty),
        new("website", "Website", Website ?? string.Empty),
        new("zorg-naam", "Zorgcoördinator: naam", Zorgcoordinator?.Naam ?? string.Empty),
        new("zorg-functie", "Zorgcoördinator: functie", Zorgcoordinator?.Functie ?? string.Empty),
        new("zorg-email", "Zorgcoördinator: e-mail", Zorgcoordinator?.Email ?? string.Empty),
        new("zorg-telefoon", "Zorgcoördinator: telefoon", Zorgcoordinator?.Telefoon ?? string.Empty),
        new("vestigingsplaats", "Vestigingsplaats", Officieel?.Vestigingsplaatsnummer ?? string.Empty),
        new("hoofdzetel", "Hoofdzetel", Officieel is null ? string.Empty : Officieel.Hoofdzetel ? "ja" : "nee"),
        new("plaats", "Deelgemeente", Officieel?.Plaats ?? string.Empty),
        new("einddatum", "Einddatum", Officieel?.Einddatum ?? string.Empty),
        new("clb-naam", "CLB volgens de officiële lijst", Officieel?.ClbNaam ?? string.Empty),
        new("onderwijsaanbod", "Onderwijsaanbod", Officieel?.Onderwijsaanbod ?? string.Empty),
    ];

    public string Json() => JsonSerializer.Serialize(this, Momentopnamen.Opties);

    /// <summary>The fields and the snapshot, as <see cref="ProfielHistoriek"/> records them.</summary>
    public (IReadOnlyList<ProfielVeld> Velden, string Json) Toestand(GemeenteLookup gemeenten) => (Velden(gemeenten), Json());
}

/// <summary>
/// What the official list of scholen says about a vestigingsplaats beyond the common school fields. The einddatum is
/// text (yyyy-MM-dd), like every other field of a snapshot.
/// </summary>
public sealed record OfficieleGegevens(string Vestigingsplaatsnummer, bool Hoofdzetel, string? Plaats, string? Einddatum, string? ClbNaam, string? Onderwijsaanbod)
{
    public static string? Datum(DateOnly? datum) => datum?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly? Datum(string? tekst) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var datum) ? datum : null;
}
