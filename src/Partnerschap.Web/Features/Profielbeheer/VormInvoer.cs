namespace Partnerschap.Web.Features.Profielbeheer;

public sealed class VormInvoer
{
    public string? Code { get; set; }

    public bool Gekozen { get; set; }

    public string? Toelichting { get; set; }
}
