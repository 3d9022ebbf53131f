namespace Partnerschap.Web.Domain;

/// <summary>
/// A place people type as where they live or work: a deelgemeente, district or village with its own postcode
/// (bpost's list, seeds/deelgemeenten.csv). It lies in one gemeente of 2019 (<see cref="NisCode"/>) and has its own
/// position, so a distance from "Wilrijk" is measured from Wilrijk and not from the centre of Antwerpen.
/// </summary>
public class Deelgemeente
{
    public required string Postcode { get; set; }

    /// <summary>The Dutch name where there is one (Laken, Elsene), else bpost's name.</summary>
    public required string Naam { get; set; }

    public required string NisCode { get; set; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>Other names of the same place, '|'-separated: the French name in Brussels, French exonyms (Gand, Courtrai).</summary>
    public string? AndereNamen { get; set; }
}
