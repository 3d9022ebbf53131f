namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>
/// What <c>_ScanVragen.cshtml</c> shows: the statements of <see cref="Inhoud"/> per theme, each a group of radio buttons
/// on the scale, with the answers already given ticked. Errors come from the page's model state (the error summary).
/// </summary>
public sealed record ScanVragenWeergave(ScanInhoud Inhoud, IReadOnlyDictionary<string, int> Antwoorden);
