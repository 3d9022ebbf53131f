using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

public sealed class AanbodViewModel(Organisatie organisatie, Aanbod? aanbod, AanbodFormulier formulier)
{
    public Organisatie Organisatie => organisatie;

    public Aanbod? Aanbod => aanbod;

    public AanbodFormulier Formulier => formulier;

    /// <summary>Someone else saved this aanbod first: what is stored (Oud) and what this person typed (Nieuw).</summary>
    public IReadOnlyList<VeldWijziging>? Conflict { get; set; }
}
