namespace Partnerschap.Web.Features.Onderzoek;

/// <summary>What the export holds and what it leaves out: without consent, or in a breakdown group that is too small.</summary>
public sealed record OnderzoeksexportInhoud(IReadOnlyList<OnderzoeksRij> Rijen, IReadOnlyList<string> Codes, int ZonderToestemming, int TeKleineGroep);
