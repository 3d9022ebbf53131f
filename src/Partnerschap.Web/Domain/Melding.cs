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

    public required string Tekst { get; set; }

    /// <summary>Optional, only for follow-up; wiped by the daily job a year after the melding was closed.</summary>
    public string? Email { get; set; }

    public MeldingStatus Status { get; set; } = MeldingStatus.Nieuw;

    public DateTimeOffset AangemaaktOp { get; set; }

    public DateTimeOffset? GewijzigdOp { get; set; }

    public string? BehandeldDoor { get; set; }

    /// <summary>Internal note of whoever handles it.</summary>
    public string? Notitie { get; set; }
}
