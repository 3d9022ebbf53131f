using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>
/// What the shared pages of profile editing (<see cref="ProfielControllerBase"/>) and the save path need to know of
/// one kind of profile: where it lives, how it is read, its state as the history records it, how a snapshot is put
/// back and how it is confirmed. One instance per kind (<see cref="ProfielDescriptors"/>).
/// </summary>
/// <param name="HetProfiel">The subject of the message after a save: "Het profiel", "Het profiel van de school".</param>
/// <param name="Naam">The name members see on the history page and in the audit log.</param>
/// <param name="Bevestig">Sets the check date for "de gegevens kloppen nog"; null for a kind without one (a brugfiguur).</param>
public sealed record ProfielDescriptor<TProfiel>(
    ProfielSoort Soort,
    string Map,
    string HetProfiel,
    Func<TProfiel, string> Naam,
    Func<PortalDbContext, IQueryable<TProfiel>> Profielen,
    Func<TProfiel, GemeenteLookup, (IReadOnlyList<ProfielVeld> Velden, string Json)> Toestand,
    Action<PortalDbContext, TProfiel, string> Herstel,
    Action<TProfiel, DateOnly>? Bevestig)
    where TProfiel : class, IBewerkbaarProfiel
{
    /// <summary>The public profile page; the edit pages are below it.</summary>
    public string Url(string slug) => $"/{Map}/{slug}";
}
