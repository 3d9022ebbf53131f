namespace Partnerschap.Web.Domain;

public enum Onderwijsniveau
{
    Basis,
    Secundair,
    Buitengewoon,
}
