namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>A phrase of the hulpvragen ("uit huis gezet"): its folded words and the concept(s) it stands for.</summary>
public sealed record HulpvraagFrase(string[] Woorden, List<HulpvraagConcept> Concepten);
