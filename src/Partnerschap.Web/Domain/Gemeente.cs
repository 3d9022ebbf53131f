namespace Partnerschap.Web.Domain;

/// <summary>A municipality of Flanders or Brussels (2019 boundaries); the NIS code is the key.</summary>
public class Gemeente
{
    public required string NisCode { get; set; }

    public required string Naam { get; set; }

    public string? NaamFr { get; set; }

    public required string Provincie { get; set; }

    /// <summary><c>Vlaanderen</c> or <c>Brussel</c>.</summary>
    public required string Gewest { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>Space-separated postcodes served by this municipality.</summary>
    public required string Postcodes { get; set; }

    /// <summary>The municipality this one became part of on 1 January 2025, if any.</summary>
    public string? Fusiegemeente2025 { get; set; }

    /// <summary>What users see: the 2025 name where a merger happened.</summary>
    public string Weergavenaam => Fusiegemeente2025 ?? Naam;
}
