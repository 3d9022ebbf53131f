namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// The one list of Dutch abbreviations and synonyms the search knows, both ways: searching "sociaal huis" finds
/// an OCMW and "OCMW" finds a sociaal huis. Each group is a set of phrases that mean the same thing.
/// Add a group here and the search, the index and the docs (docs/sociale-kaart-zoeken.md) all follow.
/// </summary>
public static class Synoniemen
{
    public static readonly IReadOnlyList<string[]> Groepen =
    [
        ["ocmw", "sociaal huis", "openbaar centrum voor maatschappelijk welzijn", "sociale dienst"],
        ["caw", "centrum algemeen welzijnswerk"],
        ["ckg", "centrum voor kinderzorg en gezinsondersteuning"],
        ["clb", "centrum voor leerlingenbegeleiding", "leerlingenbegeleiding"],
        ["lop", "lokaal overlegplatform"],
        ["hvhk", "huis van het kind", "huizen van het kind"],
        ["agii", "agentschap integratie en inburgering", "integratie en inburgering", "inburgering"],
        ["okan", "onthaalklas voor anderstalige nieuwkomers", "onthaalklas"],
        ["gok", "gelijke onderwijskansen"],
        ["bao", "basisonderwijs", "basisschool"],
        ["so", "secundair onderwijs", "middelbare school"],
        ["buso", "buitengewoon secundair onderwijs"],
        ["bubao", "buitengewoon basisonderwijs"],
        ["huiswerkbegeleiding", "huiswerkklas", "huiswerkhulp", "huistaakbegeleiding"],
        ["armoede", "kinderarmoede", "kansarmoede"],
        ["schulden", "schuldhulp", "schuldbemiddeling", "budgetbegeleiding"],
        ["brugfiguur", "schoolopbouwwerker", "brugfiguren"],
        ["opvoedingsondersteuning", "opvoedingshulp", "opvoeding"],
        ["vrije tijd", "vrijetijd", "vrijetijdsaanbod"],
    ];

    /// <summary>Every phrase of every group, standing for its group term.</summary>
    private static readonly Frasen Tabel =
        new(Groepen.SelectMany((groep, index) => groep.Select(frase => (Tokens.Split(frase), Term(index)))));

    public static string Term(int groep) => $"~{groep}";

    /// <summary>The tokens with every synonym phrase replaced by its group term; other tokens stay.</summary>
    public static List<string> Vervang(IReadOnlyList<string> tokens, out List<string> groepTermen) => Tabel.Vervang(tokens, out groepTermen);

    /// <summary>The same, keeping the word a one-word synonym replaced ("opvoeding" also finds "opvoedingswinkel").</summary>
    public static List<FraseTerm> VervangMetWoord(IReadOnlyList<string> tokens) => Tabel.VervangMetWoord(tokens);
}
