using Lucene.Net.Tartarus.Snowball.Ext;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// Dutch words as people write them: the Snowball Dutch stemmer of Lucene.Net gives plurals and inflections one stem
/// ("schoolrekeningen" = "schoolrekening", "facturen" = "factuur"), and a compound is split into two known parts
/// ("schoolfactuur" = "school" + "factuur", also with the linking -s-, -e- or -en-), so that two words find their
/// compound and the other way round. See ADR 0009 for the choice of stemmer and why the split is ours.
/// </summary>
public static class Woordvormen
{
    /// <summary>Stems are index terms of their own, marked so they never collide with a word.</summary>
    public const char StamTeken = '=';

    private const int MinDeel = 4;

    [ThreadStatic]
    private static DutchStemmer? _stemmer;

    /// <summary>The stem of a folded word (lowercase, no accents), e.g. "uithuiszettingen" → "uithuiszet".</summary>
    public static string Stam(string woord)
    {
        if (woord.Length < 3 || !woord.All(char.IsAsciiLetterLower))
        {
            return woord;
        }

        var stemmer = _stemmer ??= new DutchStemmer();
        stemmer.SetCurrent(woord);
        stemmer.Stem();
        return stemmer.Current;
    }

    public static string StamTerm(string woord) => StamTeken + Stam(woord);

    /// <summary>The stem of a part of a compound is an index term of its own, weaker than a word ("opvang" in "dierenopvang").</summary>
    public const char DeelTeken = '+';

    public static string DeelTerm(string woord) => DeelTeken + Stam(woord);

    /// <summary>
    /// A known part for splitting a compound: a word of the text itself, a word of the hulpvragen vocabulary (<see cref="Hulpvragen.Woorden"/>), or a word
    /// with the stem of a known word. The sociale kaart and the gids search use this one rule.
    /// </summary>
    public static bool Bekend(string woord, Func<string, bool> woordVanDeTekst, IReadOnlySet<string> stammen, IReadOnlySet<string> hulpvraagWoorden) =>
        woordVanDeTekst(woord) || hulpvraagWoorden.Contains(woord) || stammen.Contains(Stam(woord));

    /// <summary>
    /// The two known parts of a compound, or null: the first split (from the left) where both halves are known words
    /// or have the stem of a known word, after an optional linking -s-, -e- or -en-.
    /// </summary>
    public static (string Links, string Rechts)? Delen(string woord, Func<string, bool> bekend)
    {
        if (woord.Length < 2 * MinDeel || !woord.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        for (var i = MinDeel; i <= woord.Length - MinDeel; i++)
        {
            var links = woord[..i];
            if (!bekend(links))
            {
                continue;
            }

            foreach (var tussen in (string[])["", "s", "en", "e"])
            {
                var rechts = woord[i..];
                if (tussen.Length > 0)
                {
                    if (!rechts.StartsWith(tussen, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    rechts = rechts[tussen.Length..];
                }

                if (rechts.Length >= MinDeel && bekend(rechts))
                {
                    return (links, rechts);
                }
            }
        }

        return null;
    }
}
