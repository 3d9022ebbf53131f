namespace Partnerschap.Web.Domain;

/// <summary>A school on the sociale kaart.</summary>
public class School : IImportProfiel
{
    public Guid Id { get; set; }

    public required string Naam { get; set; }

    public required string Slug { get; set; }

    /// <summary>The official school number (instellingsnummer).</summary>
    public string? Instellingsnummer { get; set; }

    public Onderwijsniveau Onderwijsniveau { get; set; }

    /// <summary><c>gemeenschapsonderwijs</c>, <c>officieel-gesubsidieerd</c> or <c>vrij-gesubsidieerd</c>.</summary>
    public required string Net { get; set; }

    public string? Straat { get; set; }

    public string? Postcode { get; set; }

    public required string GemeenteNis { get; set; }

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
