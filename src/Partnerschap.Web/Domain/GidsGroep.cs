namespace Partnerschap.Web.Domain;

public enum GidsGroep
{
    Inleiding,
    Waarom,
    Voorwaarden,
    Rollen,
    Samenwerkingsvormen,
    Ondersteuning,
    Praktijk,
}
