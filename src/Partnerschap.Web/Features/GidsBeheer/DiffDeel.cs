namespace Partnerschap.Web.Features.GidsBeheer;

/// <summary>A run of tokens that is the same in both texts, only in the old one, or only in the new one.</summary>
public sealed record DiffDeel(DiffSoort Soort, string Tekst);
