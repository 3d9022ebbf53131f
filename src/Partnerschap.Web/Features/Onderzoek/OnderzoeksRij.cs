namespace Partnerschap.Web.Features.Onderzoek;

/// <summary>
/// One scan in the research export: the breakdown (side, province of the school, year of filling in, scan version,
/// round) and the answers by statement code. Nothing that names or identifies a school, an organisation, a person or a
/// samenwerking.
/// </summary>
public sealed record OnderzoeksRij(string Kant, string Provincie, int Jaar, int ScanVersie, int Ronde, IReadOnlyDictionary<string, int> Antwoorden)
{
    /// <summary>The breakdown group: every row of the file belongs to a group of at least <see cref="Onderzoeksexport.MinimumGroep"/>.</summary>
    public (string, string, int, int, int) Groep => (Kant, Provincie, Jaar, ScanVersie, Ronde);
}
