namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>
/// What <c>_ScanUitslag.cshtml</c> shows: a chart and table of one or more series (their themes in the same order) and,
/// if asked, per theme the next step for the stage of each series and the link to the gids. <see cref="Id"/> keeps ids
/// unique when a page shows more than one result.
/// </summary>
public sealed record ScanUitslagWeergave(string Id, string Titel, IReadOnlyList<ScanReeks> Reeksen, bool MetVolgendeStappen = true);
