namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>A version of the scan as the portal uses it: its number and its content, read and checked.</summary>
public sealed record ScanVersieInhoud(int Nummer, ScanInhoud Inhoud);
