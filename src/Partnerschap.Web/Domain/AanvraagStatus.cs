namespace Partnerschap.Web.Domain;

public enum AanvraagStatus
{
    Open,
    Goedgekeurd,
    Geweigerd,
}
