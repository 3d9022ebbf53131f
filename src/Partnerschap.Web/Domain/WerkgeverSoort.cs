namespace Partnerschap.Web.Domain;

public enum WerkgeverSoort
{
    Organisatie,
    Gemeente,
    School,
}
