namespace Partnerschap.Web.Domain;

public enum MeldingStatus
{
    Nieuw,
    InBehandeling,
    Opgelost,
    Afgewezen,
}
