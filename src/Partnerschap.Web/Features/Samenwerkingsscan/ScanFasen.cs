namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>The next step a theme suggests for each stage.</summary>
public sealed record ScanFasen(string Beginnend, string Groeiend, string Sterk);
