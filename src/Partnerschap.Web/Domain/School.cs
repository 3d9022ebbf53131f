namespace Partnerschap.Web.Domain;

/// <summary>A school on the sociale kaart.</summary>
public class School : IImportProfiel
{
    public Guid Id { get; set; }

    public required string Naam { get; set; }

    public required string Slug { get; set; }

    /// <summary>The official school number (instellingsnummer; <c>schoolnummer</c> in the official list).</summary>
    public string? Instellingsnummer { get; set; }

    /// <summary>
    /// <c>intern_vplnummer</c> of the official list: with <see cref="Instellingsnummer"/> it names one vestigingsplaats.
    /// Null for a school that did not come from the official list.
    /// </summary>
    public string? Vestigingsplaatsnummer { get; set; }

    /// <summary>Whether this vestigingsplaats is the school's main seat (<c>hoofdzetel</c>).</summary>
    public bool Hoofdzetel { get; set; }

    /// <summary>From the official list: the location closes (closed when the date is in the past).</summary>
    public DateOnly? Einddatum { get; set; }

    /// <summary>
    /// The CLB as the official list names it; shown as text when <see cref="ClbId"/> is null (no CLB on the map matched).
    /// </summary>
    public string? ClbNaam { get; set; }

    /// <summary>What the school offers, as the official list says (<c>ingerichte hoofdstructuren</c>).</summary>
    public string? Onderwijsaanbod { get; set; }

    /// <summary>
    /// Set when a complete official list no longer had this school: the Beheerder decides what happens to it (it is
    /// never deleted by an import). Cleared when a later list has it again.
    /// </summary>
    public DateTimeOffset? NietInOfficieleLijstSinds { get; set; }

    public Onderwijsniveau Onderwijsniveau { get; set; }

    /// <summary><c>gemeenschapsonderwijs</c>, <c>officieel-gesubsidieerd</c> or <c>vrij-gesubsidieerd</c>.</summary>
    public required string Net { get; set; }

    public string? Straat { get; set; }

    public string? Postcode { get; set; }

    public required string GemeenteNis { get; set; }

    /// <summary>The deelgemeente (postal locality) of the address, as the official list names it.</summary>
    public string? Plaats { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public string? Email { get; set; }

    public string? Telefoon { get; set; }

    public string? Website { get; set; }

    public Guid? ClbId { get; set; }

    public Organisatie? Clb { get; set; }

    public Guid? LopId { get; set; }

    public Organisatie? Lop { get; set; }

    /// <summary>The public contact of the zorgcoördinator, when the school publishes one.</summary>
    public Aanspreekpunt? Zorgcoordinator { get; set; }

    public DateTimeOffset LaatstGewijzigd { get; set; }

    /// <summary>When someone confirmed that the data is right.</summary>
    public DateOnly? LaatstGecontroleerd { get; set; }

    /// <summary>As <see cref="Organisatie.LaatsteImport"/>: a later import skips the school when it was changed in the portal since.</summary>
    public DateTimeOffset? LaatsteImport { get; set; }

    /// <summary>Concurrency token, as on <see cref="Organisatie.Versie"/>.</summary>
    public int Versie { get; set; }
}
