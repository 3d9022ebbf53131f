using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.OrganisatieToevoegen;
using Partnerschap.Web.Features.Organisaties;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>One line of the queue /beheer/voorstellen.</summary>
public sealed record VoorstelRegel(Guid Id, string OrganisatieNaam, string? Gemeente, string IndienerNaam, string IndienerEmail, DateTimeOffset AangemaaktOp, VoorstelStatus Status);

public sealed record VoorstellenViewModel(IReadOnlyList<VoorstelRegel> Voorstellen, VoorstelStatus Status, IReadOnlyDictionary<VoorstelStatus, int> Aantallen)
{
    public static string Label(VoorstelStatus status) => status switch
    {
        VoorstelStatus.EmailNietBevestigd => "E-mailadres niet bevestigd",
        VoorstelStatus.Ingediend => "Wacht op beslissing",
        VoorstelStatus.WijzigingenGevraagd => "Wijzigingen gevraagd",
        VoorstelStatus.Goedgekeurd => "Goedgekeurd",
        _ => "Geweigerd",
    };
}

/// <summary>
/// /beheer/voorstellen/{id}: the proposal as the profile would look (<see cref="Voorbeeld"/>, null when its data no
/// longer holds: <see cref="Fouten"/>), the organisaties that look alike, and the three decisions.
/// </summary>
public sealed record VoorstelViewModel(
    Organisatievoorstel Voorstel,
    OrganisatieProfiel? Voorbeeld,
    IReadOnlyList<string> Fouten,
    IReadOnlyList<GelijkaardigeOrganisatie> Gelijkaardig,
    string? Gemeente,
    string? OrganisatieUrl);
