namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

public sealed record FacetWaarde(string Code, string Label, int Aantal, bool Gekozen);
