namespace Partnerschap.Web.Features.SocialeKaart.Import;

/// <summary>
/// The outcome of an import: counts of what was written, warnings (among them every profile skipped because it was
/// changed in the portal), and (when it failed) every problem with file and line.
/// </summary>
public sealed record ImportResultaat(
    bool Gelukt,
    IReadOnlyList<string> Fouten,
    IReadOnlyList<string> Waarschuwingen,
    int Organisaties,
    int Aanbod,
    int Scholen,
    int Brugfiguren,
    int Samenwerkingen,
    int Overgeslagen = 0);
