namespace Partnerschap.Web.Features.Gids.Markdown;

/// <summary>One heading of a chapter, for the table of contents.</summary>
public sealed record Kop(int Niveau, string Id, string Tekst);
