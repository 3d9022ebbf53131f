namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>The scan form: the content of the newest version and the answers already given (empty on a first visit).</summary>
public sealed record ScanFormulierPagina(ScanVersieInhoud Versie, IReadOnlyDictionary<string, int> Antwoorden)
{
    public int Aantal => Versie.Inhoud.Stellingen.Count();
}

/// <summary>The result of one anonymous scan: what it was filled in on, the answers, their result per theme and the day.</summary>
public sealed record ScanResultaatPagina(ScanVersieInhoud Versie, IReadOnlyDictionary<string, int> Antwoorden, ScanUitslag Uitslag, DateOnly Datum)
{
    public ScanUitslagWeergave Weergave => new("uitslag", "Fase per thema", [new ScanReeks("Jouw antwoorden", Uitslag)]);

    public string AntwoordTekst(ScanStelling stelling) =>
        Antwoorden.TryGetValue(stelling.Code, out var a) ? ScanSchaal.Label(a) : "Niet beantwoord";
}
