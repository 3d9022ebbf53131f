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

public enum Onderwijsniveau
{
    Basis,
    Secundair,
    Buitengewoon,
}

/// <summary>A bridge worker between school and welfare; sometimes only a function title is public.</summary>
public class Brugfiguur
{
    public Guid Id { get; set; }

    public required string Slug { get; set; }

    /// <summary>Null when the person prefers no public name.</summary>
    public string? Naam { get; set; }

    public required string Functie { get; set; }

    public WerkgeverSoort WerkgeverSoort { get; set; }

    public Guid? WerkgeverOrganisatieId { get; set; }

    public Organisatie? WerkgeverOrganisatie { get; set; }

    public Guid? WerkgeverSchoolId { get; set; }

    public School? WerkgeverSchool { get; set; }

    public string? WerkgeverGemeenteNis { get; set; }

    public string? Email { get; set; }

    public string? Telefoon { get; set; }

    public List<string> Talen { get; set; } = [];

    public List<School> Scholen { get; set; } = [];

    public DateTimeOffset LaatstGewijzigd { get; set; }

    public string Weergavenaam => Naam ?? Functie;
}

public enum WerkgeverSoort
{
    Organisatie,
    Gemeente,
    School,
}

/// <summary>A partnership between a school and an organisation, optionally with a brugfiguur.</summary>
public class Samenwerking
{
    public Guid Id { get; set; }

    public Guid SchoolId { get; set; }

    public School? School { get; set; }

    public Guid OrganisatieId { get; set; }

    public Organisatie? Organisatie { get; set; }

    public Guid? BrugfiguurId { get; set; }

    public Brugfiguur? Brugfiguur { get; set; }

    public List<string> Samenwerkingsvormen { get; set; } = [];

    public List<string> Aanleidingen { get; set; } = [];

    public string Beschrijving { get; set; } = string.Empty;

    public DateOnly? Sinds { get; set; }

    public SamenwerkingStatus Status { get; set; } = SamenwerkingStatus.Actief;

    /// <summary>
    /// Added by an organisation and not yet confirmed by a member of the school (or a Beheerder): both sides see it
    /// as "wacht op bevestiging", the public does not.
    /// </summary>
    public bool WachtOpBevestiging { get; set; }

    /// <summary>Concurrency token, as on <see cref="Organisatie.Versie"/>.</summary>
    public int Versie { get; set; }
}

public enum SamenwerkingStatus
{
    Actief,
    Beeindigd,
}
