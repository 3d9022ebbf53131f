using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Profielbeheer;

public sealed class SamenwerkingViewModel(Organisatie organisatie, Guid? id, SamenwerkingFormulier formulier)
{
    public Organisatie Organisatie => organisatie;

    /// <summary>Null for a new partnership.</summary>
    public Guid? Id => id;

    public SamenwerkingFormulier Formulier => formulier;

    /// <summary>Set when someone else saved this samenwerking (or the profile) since the form was opened.</summary>
    public IReadOnlyList<VeldWijziging>? Conflict { get; set; }

    public string? ConflictDoor { get; set; }
}
