namespace Partnerschap.Web.Domain;

/// <summary>
/// One saved state of a profile: who saved it, when, what changed (old → new per field) and a full snapshot
/// (JSON) from which a Beheerder can restore it.
/// </summary>
public class ProfielVersie
{
    public long Id { get; set; }

    public ProfielSoort Soort { get; set; }

    public Guid ProfielId { get; set; }

    /// <summary>1, 2, 3, ... per profile.</summary>
    public int Nummer { get; set; }

    public DateTimeOffset Tijdstip { get; set; }

    /// <summary>Null for changes made by a command (import, restore by a script).</summary>
    public string? GebruikerId { get; set; }

    /// <summary>Name or e-mail as it was at the time; kept when the account is later removed.</summary>
    public required string Door { get; set; }

    public VersieAard Aard { get; set; }

    /// <summary>A short human description: "Profiel gewijzigd", "Aanbod ‘Huiswerkklas’ toegevoegd", "Versie 3 hersteld".</summary>
    public required string Omschrijving { get; set; }

    /// <summary>JSON list of <see cref="VeldWijziging"/>.</summary>
    public required string Wijzigingen { get; set; }

    /// <summary>JSON snapshot of the whole profile after this save.</summary>
    public required string Momentopname { get; set; }
}
