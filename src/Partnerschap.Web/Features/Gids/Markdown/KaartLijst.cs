namespace Partnerschap.Web.Features.Gids.Markdown;

/// <summary>The live list of a ```kaart block: the first matches and how many there are in all.</summary>
public sealed record KaartLijst(IReadOnlyList<KaartRegel> Regels, int Totaal);
