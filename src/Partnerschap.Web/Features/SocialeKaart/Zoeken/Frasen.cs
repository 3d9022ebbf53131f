namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// A table of phrases (folded words) that each stand for one term, and the one way to find them in a query: the
/// synonym groups (<see cref="Synoniemen"/>) and the phrases of the hulpvragen (<see cref="Hulpvragen"/>) both use it.
/// Phrases are looked up by their first word, longest first, so "sociaal huis" wins over "huis".
/// </summary>
public sealed class Frasen
{
    private readonly Dictionary<string, (string[] Woorden, string Term)[]> _perEersteWoord;

    public Frasen(IEnumerable<(string[] Woorden, string Term)> frasen) =>
        _perEersteWoord = frasen
            .Where(f => f.Woorden.Length > 0)
            .GroupBy(f => f.Woorden[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Woorden.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>The tokens with every phrase of the table replaced by its term; other tokens stay.</summary>
    public List<string> Vervang(IReadOnlyList<string> tokens, out List<string> gevonden)
    {
        // Most texts hold no phrase of the table: no lists of terms for them (the index runs this for every text).
        if (!tokens.Any(_perEersteWoord.ContainsKey))
        {
            gevonden = [];
            return [.. tokens];
        }

        var termen = VervangMetWoord(tokens);
        gevonden = [.. termen.Where(t => t.Vervangen).Select(t => t.Term)];
        return [.. termen.Select(t => t.Term)];
    }

    /// <summary>
    /// The tokens with every phrase replaced by its term; a term that replaced one word keeps that word
    /// (<see cref="FraseTerm.Woord"/>), so a one-word synonym can also match as itself.
    /// </summary>
    public List<FraseTerm> VervangMetWoord(IReadOnlyList<string> tokens)
    {
        var result = new List<FraseTerm>(tokens.Count);
        for (var i = 0; i < tokens.Count;)
        {
            var lengte = 0;
            if (_perEersteWoord.TryGetValue(tokens[i], out var kandidaten))
            {
                foreach (var (woorden, term) in kandidaten)
                {
                    if (Past(tokens, i, woorden))
                    {
                        result.Add(new FraseTerm(term, woorden.Length == 1 ? tokens[i] : null, true));
                        lengte = woorden.Length;
                        break;
                    }
                }
            }

            if (lengte == 0)
            {
                result.Add(new FraseTerm(tokens[i], null, false));
                lengte = 1;
            }

            i += lengte;
        }

        return result;
    }

    private static bool Past(IReadOnlyList<string> tokens, int start, string[] woorden)
    {
        if (woorden.Length > tokens.Count - start)
        {
            return false;
        }

        for (var j = 1; j < woorden.Length; j++)
        {
            if (!string.Equals(tokens[start + j], woorden[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
