namespace Partnerschap.Web.Features.Gids.Markdown;

/// <summary>One organisation in a live list (```kaart block).</summary>
public sealed record KaartRegel(string Naam, string Url, string Type, string? Plaats);
