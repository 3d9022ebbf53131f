namespace Partnerschap.Web.Features.GidsBeheer;

public enum DiffSoort
{
    Gelijk,
    Weg,
    Bij,
}
