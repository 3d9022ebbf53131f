namespace Partnerschap.Web.Domain;

/// <summary>Part of a werkingsgebied: a gemeente, a province, or a whole region.</summary>
public class Gebied
{
    public GebiedSoort Soort { get; set; }

    /// <summary>NIS code for a gemeente; the province name; "Vlaanderen" or "Brussel".</summary>
    public required string Code { get; set; }
}
