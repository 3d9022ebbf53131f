namespace Partnerschap.Web.Domain;

/// <summary>An address where people can go; coordinates fall back to the gemeente's centroid.</summary>
public class Locatie
{
    public string? Naam { get; set; }

    public string? Straat { get; set; }

    public string? Postcode { get; set; }

    /// <summary>Null only for an address outside Flanders and Brussels (imported as is).</summary>
    public string? GemeenteNis { get; set; }

    public string? Plaats { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public string? Openingsuren { get; set; }
}
