namespace Partnerschap.Web.Features.HulpvragenBeheer;

/// <summary>One search text without result in a week: in which gemeente (or none) and how often.</summary>
public sealed record ZoekopdrachtRegel(string Tekst, string Gemeente, int Aantal);
