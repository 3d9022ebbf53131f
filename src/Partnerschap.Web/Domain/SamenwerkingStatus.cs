namespace Partnerschap.Web.Domain;

public enum SamenwerkingStatus
{
    Actief,
    Beeindigd,
}
