using Partnerschap.Web.Domain;

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

    /// <summary>Folded phrase → group number, longest phrases first so "sociaal huis" wins over "huis".</summary>
    public static readonly IReadOnlyList<(string[] Woorden, int Groep)> Frasen =
        [.. Groepen
            .SelectMany((groep, index) => groep.Select(frase => (Woorden: Tokens.Split(frase), Groep: index)))
            .OrderByDescending(f => f.Woorden.Length)];

    public static string Term(int groep) => $"~{groep}";

    /// <summary>The tokens with every synonym phrase replaced by its group term; other tokens stay.</summary>
    public static List<string> Vervang(IReadOnlyList<string> tokens, out List<string> groepTermen)
    {
        var termen = VervangMetWoord(tokens);
        groepTermen = [.. termen.Where(t => t.Term.StartsWith('~')).Select(t => t.Term)];
        return [.. termen.Select(t => t.Term)];
    }

    /// <summary>
    /// The tokens with every synonym phrase replaced by its group term; for a group term that replaced one word, that
    /// word too (null for a phrase and for tokens that stay themselves).
    /// </summary>
    public static List<(string Term, string? Woord)> VervangMetWoord(IReadOnlyList<string> tokens)
    {
        var result = new List<(string, string?)>();
        for (var i = 0; i < tokens.Count;)
        {
            var match = Frasen.FirstOrDefault(f => f.Woorden.Length <= tokens.Count - i && f.Woorden.SequenceEqual(tokens.Skip(i).Take(f.Woorden.Length)));
            if (match.Woorden is not null)
            {
                result.Add((Term(match.Groep), match.Woorden.Length == 1 ? tokens[i] : null));
                i += match.Woorden.Length;
            }
            else
            {
                result.Add((tokens[i], null));
                i++;
            }
        }

        return result;
    }
}

/// <summary>Folding and splitting text the way a Flemish user expects: no case, no accents ("hygiëne" = "hygiene").</summary>
public static class Tokens
{
    public static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : Slugs.Fold(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static readonly char[] Separators =
        [.. Enumerable.Range(0, 128).Select(i => (char)i).Where(c => !char.IsAsciiLetterOrDigit(c)), '–', '—', '’', '‘', '“', '”', '«', '»', '€'];
}
