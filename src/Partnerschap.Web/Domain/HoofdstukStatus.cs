namespace Partnerschap.Web.Domain;

public enum HoofdstukStatus
{
    Concept,
    Gepubliceerd,
    Gearchiveerd,
}
