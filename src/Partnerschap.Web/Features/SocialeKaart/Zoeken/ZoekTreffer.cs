namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

public readonly record struct ZoekTreffer(KaartItem Item, double Score, double? AfstandKm);
