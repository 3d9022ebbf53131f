using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// The hulpvragen vocabulary as the search uses it, built from the <see cref="Hulpvraag"/> table together with the
/// <see cref="KaartIndex"/> (same stamp, so a Beheerder's change reaches every instance with the next rebuild). A word a
/// searcher types for a family's situation ("uithuiszetting") also finds the words profiles use for that help
/// ("woonbegeleiding", "huurachterstal") and the organisation types that give it; a phrase ("uit huis gezet") stands
/// for its concept as a whole; its single words are known parts for splitting compounds (docs/hulpvragen.md).
/// </summary>
public sealed class Hulpvragen
{
    /// <summary>Phrase terms start with this character, so they never collide with a word, a stem or a synonym group.</summary>
    public const char FraseTeken = '#';

    public static readonly Hulpvragen Leeg = new([]);

    private readonly Dictionary<string, List<HulpvraagConcept>> _perStam = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HulpvraagFrase> _frasen = new(StringComparer.Ordinal);
    private readonly Frasen _tabel;

    public Hulpvragen(IEnumerable<Hulpvraag> hulpvragen)
    {
        var concepten = new List<HulpvraagConcept>();
        var woorden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hulpvraag in hulpvragen)
        {
            var termen = hulpvraag.Termen.Select(Tokens.Split).Where(t => t.Length > 0).ToList();
            woorden.UnionWith(termen.SelectMany(t => t).Concat(hulpvraag.Zoekt.SelectMany(Tokens.Split)).Where(w => w.Length >= 4));

            var concept = new HulpvraagConcept(
                hulpvraag.Code,
                termen.Where(t => t.Length == 1).Select(t => Woordvormen.Stam(t[0])).ToHashSet(StringComparer.Ordinal),
                [.. hulpvraag.Zoekt.SelectMany(Tokens.Split).Select(Woordvormen.Stam).Distinct()],
                hulpvraag.Organisatietypes);
            concepten.Add(concept);
            foreach (var stam in concept.TermStammen)
            {
                Lijst(_perStam, stam).Add(concept);
            }

            // A phrase in two concepts (allowed, with a warning in the editor) stands for both.
            foreach (var frase in termen.Where(t => t.Length > 1))
            {
                var term = FraseTeken + string.Join(' ', frase);
                if (!_frasen.TryGetValue(term, out var bestaand))
                {
                    _frasen[term] = bestaand = new HulpvraagFrase(frase, []);
                }

                bestaand.Concepten.Add(concept);
            }
        }

        Concepten = concepten;
        Woorden = woorden;
        _tabel = new Frasen(_frasen.Select(f => (f.Value.Woorden, f.Key)));
    }

    public IReadOnlyList<HulpvraagConcept> Concepten { get; }

    /// <summary>Every single word of 4 letters or more in the vocabulary, folded.</summary>
    public IReadOnlySet<string> Woorden { get; }

    /// <summary>The concepts whose terms include a word with this stem.</summary>
    public IReadOnlyList<HulpvraagConcept> Voor(string stam) => _perStam.TryGetValue(stam, out var lijst) ? lijst : [];

    /// <summary>The folded query tokens with every hulpvraag phrase replaced by its phrase term.</summary>
    public List<string> Vervang(IReadOnlyList<string> tokens) => _tabel.Vervang(tokens, out _);

    /// <summary>The phrase a phrase term stands for, or null for any other term.</summary>
    public HulpvraagFrase? Frase(string term) => term.Length > 0 && term[0] == FraseTeken && _frasen.TryGetValue(term, out var frase) ? frase : null;

    private static List<HulpvraagConcept> Lijst(Dictionary<string, List<HulpvraagConcept>> lijsten, string sleutel)
    {
        if (!lijsten.TryGetValue(sleutel, out var lijst))
        {
            lijsten[sleutel] = lijst = [];
        }

        return lijst;
    }
}
