namespace Partnerschap.Web.Domain;

/// <summary>What the import needs of a profile it upserts (an organisatie or a school): who, where, and its two stamps.</summary>
public interface IImportProfiel : IBewerkbaarProfiel
{
    string Naam { get; }

    DateTimeOffset? LaatsteImport { get; set; }
}
