using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>Where one side stands in a round: who filled in when, or not yet; <see cref="Eigen"/> when the user is on it.</summary>
public sealed record KantStand(ScanKant Kant, string Naam, string? IngevuldDoor, DateTimeOffset? IngevuldOp, bool Eigen);

/// <summary>
/// /samenwerkingen/{id}/scan and /scan/rondes/{n}: the round's state per side; the result (both sides, or only the user's
/// own while the other has not answered); the differences; the comparison with the previous round.
/// </summary>
public sealed record ScanPaginaViewModel(
    PartnerSamenwerking Samenwerking,
    int Ronde,
    int HuidigeRonde,
    IReadOnlyList<KantStand> Stand,
    ScanUitslagWeergave? Uitslag,
    IReadOnlyList<ThemaVerschil>? Verschillen,
    IReadOnlyList<ScanUitslagWeergave> Vergelijkingen,
    int OpenActies)
{
    public bool IsHuidige => Ronde == HuidigeRonde;

    public bool Volledig => Stand.All(k => k.IngevuldOp is not null);

    public bool EigenIngevuld => Stand.Any(k => k.Eigen && k.IngevuldOp is not null);

    public bool KanNieuweRonde => IsHuidige && Volledig && Samenwerking.KanInvullen;
}

/// <summary>The form of one side for one round: the statements, the answers so far, the consent question.</summary>
public sealed record InvullenViewModel(
    PartnerSamenwerking Samenwerking,
    ScanKant Kant,
    int Ronde,
    int Versie,
    int ScanVersie,
    ScanVragenWeergave Vragen,
    bool? Toestemming,
    string? Conflict = null);

/// <summary>A member of both the school and the organisation chooses for which side they fill in.</summary>
public sealed record KantKeuzeViewModel(PartnerSamenwerking Samenwerking, int? Ronde);
