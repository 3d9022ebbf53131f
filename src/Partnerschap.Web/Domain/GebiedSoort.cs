namespace Partnerschap.Web.Domain;

public enum GebiedSoort
{
    Gemeente,
    Provincie,
    Gewest,
}
