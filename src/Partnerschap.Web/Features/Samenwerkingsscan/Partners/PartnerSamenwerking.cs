using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>
/// A samenwerking as its partners' pages need it: both names, whether it can still be scanned, and the sides the signed-in
/// member is on (one, or both when they belong to the school and the organisation).
/// </summary>
public sealed record PartnerSamenwerking(
    Guid Id,
    Guid SchoolId,
    string SchoolNaam,
    Guid OrganisatieId,
    string OrganisatieNaam,
    bool WachtOpBevestiging,
    SamenwerkingStatus Status,
    IReadOnlyList<ScanKant> Kanten,
    string GebruikerId,
    string GebruikerNaam)
{
    public string ScanUrl => $"/samenwerkingen/{Id}/scan";

    public string ActieplanUrl => $"/samenwerkingen/{Id}/actieplan";

    /// <summary>
    /// Answers are given only for a samenwerking the school confirmed and that still runs; results and the action plan
    /// of an ended one stay readable (ADR 0018).
    /// </summary>
    public bool KanInvullen => !WachtOpBevestiging && Status == SamenwerkingStatus.Actief;

    public string Naam(ScanKant kant) => kant == ScanKant.School ? SchoolNaam : OrganisatieNaam;

    /// <summary>Who acts, as the history and the scan show it: "An Peeters (school)".</summary>
    public string Door(ScanKant kant) => $"{GebruikerNaam} ({KantNaam(kant)})";

    /// <summary>Who acts when the side does not matter (the action plan belongs to both).</summary>
    public string Door() => Kanten.Count == 1 ? Door(Kanten[0]) : $"{GebruikerNaam} (school en organisatie)";

    public static string KantNaam(ScanKant kant) => kant == ScanKant.School ? "school" : "organisatie";
}
