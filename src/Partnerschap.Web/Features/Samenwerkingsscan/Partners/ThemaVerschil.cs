namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>One theme in the list of differences: both averages, their distance, and the statements answered differently.</summary>
public sealed record ThemaVerschil(ScanThema Thema, double? School, double? Organisatie, double? Verschil, IReadOnlyList<StellingVerschil> Stellingen);
