namespace Partnerschap.Web.Domain;

/// <summary>A samenwerkingsvorm with a short text on how this organisation does it.</summary>
public class VormToelichting
{
    public required string Code { get; set; }

    public string? Toelichting { get; set; }
}
