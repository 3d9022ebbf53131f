namespace Partnerschap.Web.Infrastructure.Plaatsen;

/// <summary>
/// What a text means: one place; or several (<see cref="Dubbelzinnig"/>, with <see cref="Keuzes"/> to pick from);
/// or none, with the nearest known names in <see cref="Keuzes"/>.
/// </summary>
public sealed record PlaatsVondst(Plaats? Plaats, bool Dubbelzinnig, IReadOnlyList<PlaatsKeuze> Keuzes)
{
    public static readonly PlaatsVondst Geen = new(null, false, []);
}
