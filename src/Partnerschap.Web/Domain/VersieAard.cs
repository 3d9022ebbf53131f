namespace Partnerschap.Web.Domain;

public enum VersieAard
{
    Wijziging,
    Bevestiging,
    Herstel,
}
