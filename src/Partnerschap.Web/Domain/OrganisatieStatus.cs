namespace Partnerschap.Web.Domain;

public enum OrganisatieStatus
{
    Actief,
    TijdelijkGesloten,
    Stopgezet,
}
