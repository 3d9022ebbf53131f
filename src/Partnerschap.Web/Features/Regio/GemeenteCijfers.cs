namespace Partnerschap.Web.Features.Regio;

/// <summary>
/// The figures of one municipality of 2025: its open schools, the organisations that serve it per aanleiding (in the
/// order of <see cref="Domain.Vocabulaire.Aanleidingen"/>) and the public samenwerkingen of its schools per vorm (in
/// the order of <see cref="Domain.Vocabulaire.Samenwerkingsvormen"/>).
/// </summary>
public sealed record GemeenteCijfers(Gemeente2025 Gemeente, int Scholen, int Organisaties, int[] PerAanleiding, int[] PerVorm)
{
    /// <summary>Organisations serving it for this aanleiding per 10 schools; null without schools.</summary>
    public double? Per10Scholen(int aanleiding) => Scholen == 0 ? null : PerAanleiding[aanleiding] * 10.0 / Scholen;
}
