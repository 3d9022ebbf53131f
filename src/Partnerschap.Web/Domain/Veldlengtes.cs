namespace Partnerschap.Web.Domain;

/// <summary>
/// The longest text each profile field may hold: one set of numbers for the database columns (EF configuration), the
/// forms (<c>[StringLength]</c>) and the imports, so a value one of them accepts is never refused by another. Changing
/// a number here changes the schema: add a migration for both providers.
/// </summary>
public static class Veldlengtes
{
    /// <summary>Names of organisaties, aanbod, scholen, locaties and contact persons; a person's function.</summary>
    public const int Naam = 200;

    /// <summary>The description of an organisatie or an aanbod.</summary>
    public const int Beschrijving = 4000;

    /// <summary>Longer free texts: access for parents and professionals, shared information, a samenwerking.</summary>
    public const int LangeTekst = 2000;

    /// <summary>The explanation of a samenwerkingsvorm; opening hours.</summary>
    public const int Toelichting = 1000;

    public const int Openingsuren = 1000;

    public const int Kosten = 500;

    public const int Website = 500;

    /// <summary>RFC 5321: 64 + 1 + 255.</summary>
    public const int Email = 320;

    public const int Telefoon = 50;

    /// <summary>Street and number.</summary>
    public const int Straat = 200;

    /// <summary>The name of a gemeente or deelgemeente as typed.</summary>
    public const int Gemeentenaam = 100;

    /// <summary>A postcode as stored (a Belgian one has 4 digits; the forms ask for exactly 4).</summary>
    public const int Postcode = 10;

    /// <summary>A school's instellingsnummer.</summary>
    public const int Instellingsnummer = 10;

    /// <summary>What an action of a samenwerking's action plan is.</summary>
    public const int Actie = 500;

    /// <summary>Who does an action of the action plan (names or roles).</summary>
    public const int Wie = 200;
}
