namespace Partnerschap.Web.Features.Gids.Markdown;

/// <summary>A link in a chapter: what it points to after rewriting (<see cref="Doel"/>) and what the author wrote.</summary>
public sealed record GidsLink(LinkSoort Soort, string Geschreven, string Doel);
