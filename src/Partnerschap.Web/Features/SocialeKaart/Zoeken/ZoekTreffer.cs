namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>One hit: the item, its score, its distance (with a place) and its position in name order.</summary>
public readonly record struct ZoekTreffer(KaartItem Item, double Score, double? AfstandKm, int Rang);
