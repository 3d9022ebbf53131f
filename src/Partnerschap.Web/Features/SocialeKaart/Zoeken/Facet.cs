namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

public sealed record Facet(string Sleutel, string Titel, IReadOnlyList<FacetWaarde> Waarden);
