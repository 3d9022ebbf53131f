using System.Text.Json;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>One hulpvraag: the stems of what a searcher types, of what profiles write, and the organisation types.</summary>
public sealed record HulpvraagConcept(string Code, IReadOnlySet<string> TermStammen, IReadOnlyList<string> ZoektStammen, IReadOnlyList<string> Types);

/// <summary>
/// The hulpvragen vocabulary (<c>seeds/hulpvragen.json</c>, docs/hulpvragen.md), read once per process from the file
/// that ships with the build. A word a searcher types for a family's situation ("uithuiszetting") also finds the words
/// profiles use for that help ("woonbegeleiding", "huurachterstal") and the organisation types that give it; its single
/// words are known parts for splitting compounds. (Issue 11 moves the list into the database, editable by a Beheerder.)
/// </summary>
public sealed class Hulpvragen
{
    private static readonly Lazy<Hulpvragen> Standaard = new(() => Lees(Path.Combine(AppContext.BaseDirectory, "seeds", "hulpvragen.json")));

    private readonly Dictionary<string, List<HulpvraagConcept>> _perStam = new(StringComparer.Ordinal);

    private Hulpvragen(IReadOnlyList<HulpvraagConcept> concepten, IReadOnlySet<string> woorden)
    {
        Concepten = concepten;
        Woorden = woorden;
        foreach (var concept in concepten)
        {
            foreach (var stam in concept.TermStammen)
            {
                if (!_perStam.TryGetValue(stam, out var lijst))
                {
                    _perStam[stam] = lijst = [];
                }

                lijst.Add(concept);
            }
        }
    }

    public static Hulpvragen Alle => Standaard.Value;

    public IReadOnlyList<HulpvraagConcept> Concepten { get; }

    /// <summary>Every single word of 4 letters or more in the vocabulary, folded.</summary>
    public IReadOnlySet<string> Woorden { get; }

    /// <summary>The concepts whose terms include a word with this stem.</summary>
    public IReadOnlyList<HulpvraagConcept> Voor(string stam) => _perStam.TryGetValue(stam, out var lijst) ? lijst : [];

    public static Hulpvragen Lees(string pad)
    {
        var concepten = new List<HulpvraagConcept>();
        var woorden = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(pad))
        {
            using var stroom = File.OpenRead(pad);
            using var document = JsonDocument.Parse(stroom);
            foreach (var concept in document.RootElement.GetProperty("concepten").EnumerateArray())
            {
                string[] Lijst(string veld) => [.. concept.GetProperty(veld).EnumerateArray().Select(e => e.GetString() ?? string.Empty)];
                var termen = Lijst("termen");
                var zoekt = Lijst("zoekt");
                woorden.UnionWith(termen.Concat(zoekt).SelectMany(Tokens.Split).Where(w => w.Length >= 4));

                // Single-word terms are matched word by word; phrases ("uit huis gezet") wait for phrase matching.
                var termStammen = termen.Select(Tokens.Split).Where(t => t.Length == 1).Select(t => Woordvormen.Stam(t[0])).ToHashSet(StringComparer.Ordinal);
                var zoektStammen = zoekt.SelectMany(Tokens.Split).Select(Woordvormen.Stam).Distinct().ToList();
                concepten.Add(new HulpvraagConcept(concept.GetProperty("code").GetString()!, termStammen, zoektStammen, Lijst("organisatietypes")));
            }
        }

        return new Hulpvragen(concepten, woorden);
    }
}
