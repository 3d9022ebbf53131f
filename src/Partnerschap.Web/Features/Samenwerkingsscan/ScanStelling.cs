namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>One statement of the scan, answered on the scale of <see cref="ScanSchaal"/>. A statement that is <see cref="Vervallen"/> is no longer asked; its code stays so that old answers keep their meaning.</summary>
public sealed record ScanStelling(string Code, string ThemaCode, string Tekst, string Uitleg, bool Vervallen);
