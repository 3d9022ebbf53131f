namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>
/// The result of one set of answers: a <see cref="ThemaUitslag"/> per theme. The rule (seeds/samenwerkingsscan/README.md):
/// the average of the statements of a theme answered on the scale (1–4; "weet ik niet" and open ones left out); below
/// 2.5 beginnend, below 3.25 groeiend, else sterk; no stage when fewer than half of the theme's statements got an answer
/// on the scale. Only statements still asked count, so a statement that is <c>vervallen</c> changes no old result's shape.
/// </summary>
public sealed record ScanUitslag(IReadOnlyList<ThemaUitslag> Themas)
{
    public const double GrensGroeiend = 2.5;
    public const double GrensSterk = 3.25;

    public static ScanUitslag Bereken(ScanInhoud inhoud, IReadOnlyDictionary<string, int> antwoorden) => new([..
        inhoud.Themas.Select(thema =>
        {
            var gevraagd = thema.Gevraagd.ToList();
            var waarden = gevraagd.Select(s => antwoorden.TryGetValue(s.Code, out var a) ? a : (int?)null).ToList();
            var opSchaal = waarden.Where(a => a is >= 1 and <= 4).Select(a => a!.Value).ToList();
            var weetNiet = waarden.Count(a => a == ScanSchaal.WeetIkNiet);
            double? gemiddelde = opSchaal.Count > 0 ? opSchaal.Average() : null;
            ScanFase? fase = gemiddelde is { } g && opSchaal.Count * 2 >= gevraagd.Count ? Fase(g) : null;
            return new ThemaUitslag(thema, opSchaal.Count, weetNiet, gevraagd.Count, gemiddelde, fase);
        })]);

    public static ScanFase Fase(double gemiddelde) =>
        gemiddelde < GrensGroeiend ? ScanFase.Beginnend : gemiddelde < GrensSterk ? ScanFase.Groeiend : ScanFase.Sterk;

    public ThemaUitslag? Vind(string themaCode) => Themas.FirstOrDefault(t => t.Thema.Code == themaCode);

    /// <summary>How many statements got any answer (also "weet ik niet").</summary>
    public int Ingevuld => Themas.Sum(t => t.Beantwoord + t.WeetNiet);
}
