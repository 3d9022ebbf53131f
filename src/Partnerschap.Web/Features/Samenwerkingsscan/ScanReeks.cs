namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>One set of answers in a chart or a table: "Jouw antwoorden", "School", "Organisatie", "Vorige scan".</summary>
public sealed record ScanReeks(string Naam, ScanUitslag Uitslag);
