namespace Partnerschap.Web.Domain;

/// <summary>"Meld een fout": a visitor tells that something on a profile is wrong.</summary>
public class Melding
{
    public Guid Id { get; set; }

    public ProfielSoort Soort { get; set; }

    public Guid ProfielId { get; set; }

    /// <summary>The organisatie whose members handle it: the profile itself, or a brugfiguur's employer.</summary>
    public Guid? OrganisatieId { get; set; }

    public Guid? SchoolId { get; set; }

    /// <summary>The profile's name at the time of the melding.</summary>
    public required string ProfielNaam { get; set; }

    public required string ProfielUrl { get; set; }

    /// <summary>What is wrong, in the visitor's words; for a <see cref="Veld"/> suggestion an optional explanation.</summary>
    public required string Tekst { get; set; }

    /// <summary>
    /// "Suggestie tot wijziging": the one field the visitor proposes a new value for (a field code:
    /// telefoon, email, adres, openingsuren, aanspreekpunt); null for a free-text melding.
    /// </summary>
    public string? Veld { get; set; }

    /// <summary>The field's value on the profile when the suggestion was made.</summary>
    public string? HuidigeWaarde { get; set; }

    /// <summary>The value the visitor proposes; a member accepts it with one click (a version in the history) or declines it.</summary>
    public string? VoorgesteldeWaarde { get; set; }

    /// <summary>Optional, only for follow-up; wiped by the daily job a year after the melding was closed.</summary>
    public string? Email { get; set; }

    public MeldingStatus Status { get; set; } = MeldingStatus.Nieuw;

    public DateTimeOffset AangemaaktOp { get; set; }

    public DateTimeOffset? GewijzigdOp { get; set; }

    public string? BehandeldDoor { get; set; }

    /// <summary>Internal note of whoever handles it.</summary>
    public string? Notitie { get; set; }
}
