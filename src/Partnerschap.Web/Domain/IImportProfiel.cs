namespace Partnerschap.Web.Domain;

/// <summary>What the import needs of a profile it upserts (an organisatie or a school): who, where, and its two stamps.</summary>
public interface IImportProfiel
{
    Guid Id { get; }

    string Naam { get; }

    string Slug { get; set; }

    DateTimeOffset LaatstGewijzigd { get; set; }

    DateTimeOffset? LaatsteImport { get; set; }
}
