using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

public enum Soort
{
    Organisaties,
    Scholen,
    Brugfiguren,
}

/// <summary>One searchable thing on the map: an organisation, a school or a brugfiguur, flattened for search.</summary>
public sealed class KaartItem
{
    public required Soort Soort { get; init; }

    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required string Naam { get; init; }

    public required string TypeCode { get; init; }

    public required string TypeLabel { get; init; }

    public string Beschrijving { get; init; } = string.Empty;

    /// <summary>The gemeente(n) shown in a result line.</summary>
    public string? Plaats { get; init; }

    /// <summary>Street, postcode and gemeente of the first address; null when there is no address to go to.</summary>
    public string? Adres { get; init; }

    /// <summary>The general phone number, as written.</summary>
    public string? Telefoon { get; init; }

    /// <summary>The aanspreekpunt voor scholen: "naam, functie" (either may be missing), its phone and e-mail.</summary>
    public string? AanspreekpuntNaam { get; init; }

    public string? AanspreekpuntTelefoon { get; init; }

    public string? AanspreekpuntEmail { get; init; }

    public (double Lat, double Lon)[] Punten { get; init; } = [];

    /// <summary>Werkingsgebied: gemeenten (NIS), provinces and regions served.</summary>
    public IReadOnlySet<string> Gemeenten { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> Provincies { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> Gewesten { get; init; } = new HashSet<string>();

    public IReadOnlyList<string> Aanleidingen { get; init; } = [];

    public IReadOnlyList<string> Vormen { get; init; } = [];

    public IReadOnlyList<string> Doelgroepen { get; init; } = [];

    public IReadOnlyList<string> Talen { get; init; } = [];

    /// <summary><c>gratis</c>, <c>bijdrage</c> or null when unknown.</summary>
    public string? Kosten { get; init; }

    public OrganisatieStatus Status { get; init; }

    public DateOnly? LaatstGecontroleerd { get; init; }

    /// <summary>Name ordering key (nl-BE, case- and accent-insensitive), computed once.</summary>
    public string SorteerNaam { get; init; } = string.Empty;

    // The filterable codes as bit masks (positions in the vocabularies), so that filtering and facet counting are
    // a few integer operations per item instead of list look-ups and allocations. Set by the KaartIndex.
    internal int AanleidingBits { get; set; }

    internal int VormBits { get; set; }

    internal int DoelgroepBits { get; set; }

    internal int TypeBits { get; set; }

    internal ulong TaalBits { get; set; }

    internal int KostenBits { get; set; }

    /// <summary>Position in name order over the whole index, so sorting by name compares two integers.</summary>
    internal int NaamRang { get; set; }
}

/// <summary>
/// An immutable, in-memory inverted index over every organisation, school and brugfiguur: built from the database
/// by <see cref="KaartIndexProvider"/>, shared by all requests, replaced as a whole when the data changes.
/// </summary>
public sealed class KaartIndex
{
    // Field weights: a word in the name counts most, then the type, then aanbod names, then descriptions.
    public const byte GewichtNaam = 10;
    public const byte GewichtType = 6;
    public const byte GewichtAanbod = 4;
    public const byte GewichtTekst = 1;

    private readonly Dictionary<string, Dictionary<int, byte>> _postings;
    private readonly string[] _woorden;

    /// <summary>Below this many direct matches a word is widened: to its hulpvraag concept, and a compound to its parts.</summary>
    public const int ExpansieDrempel = 20;
    private readonly HashSet<string> _stammen;
    private readonly Dictionary<string, Dictionary<int, byte>> _perType = new(StringComparer.Ordinal);

    public KaartIndex(IReadOnlyList<KaartItem> items, IReadOnlyList<IReadOnlyList<(string Tekst, byte Gewicht)>> teksten, PlaatsLookup plaatsen, string versie)
    {
        Items = items;
        Plaatsen = plaatsen;
        Versie = versie;
        _postings = new Dictionary<string, Dictionary<int, byte>>(StringComparer.Ordinal);
        for (var doc = 0; doc < items.Count; doc++)
        {
            foreach (var (tekst, gewicht) in teksten[doc])
            {
                var tokens = Tokens.Split(tekst);
                foreach (var token in tokens)
                {
                    Add(token, doc, gewicht);
                }

                // Synonym groups present in the text become terms of their own, so a search by any member finds it.
                Synoniemen.Vervang(tokens, out var groepen);
                foreach (var groep in groepen)
                {
                    Add(groep, doc, gewicht);
                }
            }
        }

        _woorden = [.. _postings.Keys.Where(k => !k.StartsWith('~')).Order(StringComparer.Ordinal)];

        // Dutch word forms (Woordvormen): every word is also found under its stem, and a compound also under the
        // stems of its two parts, so "schoolfactuur" finds "schoolfacturen" and "school rekening" "schoolrekeningen".
        var stammen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var woord in _woorden)
        {
            stammen[woord] = Woordvormen.Stam(woord);
        }

        _stammen = [.. stammen.Values, .. Hulpvragen.Alle.Woorden.Select(Woordvormen.Stam)];
        foreach (var woord in _woorden)
        {
            var docs = _postings[woord];
            var termen = new List<string>(3) { Woordvormen.StamTeken + stammen[woord] };
            if (Woordvormen.Delen(woord, Bekend) is var (links, rechts))
            {
                termen.Add(Woordvormen.StamTerm(links));
                termen.Add(Woordvormen.StamTerm(rechts));
            }

            foreach (var term in termen)
            {
                foreach (var (doc, gewicht) in docs)
                {
                    Add(term, doc, gewicht);
                }
            }
        }

        for (var doc = 0; doc < items.Count; doc++)
        {
            if (items[doc].Soort == Soort.Organisaties)
            {
                if (!_perType.TryGetValue(items[doc].TypeCode, out var docs))
                {
                    _perType[items[doc].TypeCode] = docs = [];
                }

                docs[doc] = GewichtType;
            }
        }

        // Up to 64 languages get a bit; the rest cannot be filtered on (none of the demo or real data comes close).
        Talen = [.. items.SelectMany(i => i.Talen).Distinct().Order(StringComparer.Ordinal).Take(64)];
        var rang = 0;
        foreach (var item in items.OrderBy(i => i.SorteerNaam, StringComparer.Ordinal).ThenBy(i => i.Id))
        {
            item.NaamRang = rang++;
        }

        foreach (var item in items)
        {
            item.AanleidingBits = Bits(Vocabulaire.Aanleidingen, item.Aanleidingen);
            item.VormBits = Bits(Vocabulaire.Samenwerkingsvormen, item.Vormen);
            item.DoelgroepBits = Bits(Vocabulaire.Doelgroepen, item.Doelgroepen);
            item.TypeBits = item.Soort == Soort.Organisaties ? Bits(Vocabulaire.Organisatietypes, [item.TypeCode]) : 0;
            item.KostenBits = item.Kosten is null ? 0 : Bits(ZoekVraag.KostenTermen, [item.Kosten]);
            item.TaalBits = TaalBits(item.Talen);
        }
    }

    /// <summary>Every language code some item has, in a fixed order (bit positions for <see cref="TaalBits"/>).</summary>
    public IReadOnlyList<string> Talen { get; }

    public static int Bits(IReadOnlyList<Term> vocabulary, IEnumerable<string> codes)
    {
        var bits = 0;
        foreach (var code in codes)
        {
            for (var i = 0; i < vocabulary.Count; i++)
            {
                if (vocabulary[i].Code == code)
                {
                    bits |= 1 << i;
                }
            }
        }

        return bits;
    }

    public ulong TaalBits(IEnumerable<string> codes)
    {
        ulong bits = 0;
        foreach (var code in codes)
        {
            for (var i = 0; i < Talen.Count; i++)
            {
                if (Talen[i] == code)
                {
                    bits |= 1UL << i;
                }
            }
        }

        return bits;
    }

    public IReadOnlyList<KaartItem> Items { get; }

    /// <summary>The instance's one lookup of places (<see cref="PlaatsenProvider"/>), handed on to the pages.</summary>
    public PlaatsLookup Plaatsen { get; }

    public GemeenteLookup Gemeenten => Plaatsen.Gemeenten;

    public string Versie { get; }

    public int AantalWoorden => _woorden.Length;

    /// <summary>
    /// For each query term, the documents that match it with their best weight (0 when none). Every term must match:
    /// several words narrow the result. A term matches a word that is equal, that starts with it, one of its
    /// synonyms, or (for terms of 6+ letters) one typing error away.
    /// </summary>
    public Dictionary<int, double>? Match(string? q)
    {
        var tokens = Tokens.Split(q);
        if (tokens.Length == 0)
        {
            return null;
        }

        var terms = Synoniemen.Vervang(tokens, out _);
        Dictionary<int, double>? result = null;
        foreach (var term in terms.Distinct())
        {
            var scores = new Dictionary<int, double>();
            foreach (var (woord, factor) in Woorden(term))
            {
                Neem(scores, _postings[woord], factor);
            }

            if (!term.StartsWith('~'))
            {
                // The same word in another form (plural, inflection), and a compound whose two parts are both there.
                if (_postings.TryGetValue(Woordvormen.StamTerm(term), out var vormen))
                {
                    Neem(scores, vormen, 0.9);
                }

                // A word for a family's situation (hulpvragen) also finds the words and organisation types of that help,
                // when the word itself finds little: a precise word that already matches many profiles is not widened
                // (that kept "huiswerk" precise and fast; docs/performance.md).
                var hulpvragen = scores.Count < ExpansieDrempel ? Hulpvragen.Alle.Voor(Woordvormen.Stam(term)) : [];
                foreach (var concept in hulpvragen)
                {
                    foreach (var stam in concept.ZoektStammen)
                    {
                        if (_postings.TryGetValue(Woordvormen.StamTeken + stam, out var hulp))
                        {
                            Neem(scores, hulp, 0.5);
                        }
                    }

                    foreach (var type in concept.Types)
                    {
                        if (_perType.TryGetValue(type, out var vanType))
                        {
                            Neem(scores, vanType, 0.4);
                        }
                    }
                }

                // A typed compound whose two parts a profile has (also as two words), when the compound itself is rare.
                if (scores.Count < ExpansieDrempel &&
                    Woordvormen.Delen(term, Bekend) is var (links, rechts) &&
                    _postings.TryGetValue(Woordvormen.StamTerm(links), out var linksDocs) &&
                    _postings.TryGetValue(Woordvormen.StamTerm(rechts), out var rechtsDocs))
                {
                    var (klein, groot) = linksDocs.Count <= rechtsDocs.Count ? (linksDocs, rechtsDocs) : (rechtsDocs, linksDocs);
                    var beide = new Dictionary<int, byte>();
                    foreach (var (doc, gewicht) in klein)
                    {
                        if (groot.TryGetValue(doc, out var ander))
                        {
                            beide[doc] = Math.Min(gewicht, ander);
                        }
                    }

                    Neem(scores, beide, 0.6);
                }
            }

            if (result is null)
            {
                result = scores;
            }
            else
            {
                foreach (var doc in result.Keys.ToList())
                {
                    if (scores.TryGetValue(doc, out var score))
                    {
                        result[doc] += score;
                    }
                    else
                    {
                        result.Remove(doc);
                    }
                }
            }

            if (result.Count == 0)
            {
                break;
            }
        }

        return result ?? [];
    }

    private static void Neem(Dictionary<int, double> scores, Dictionary<int, byte> docs, double factor)
    {
        foreach (var (doc, gewicht) in docs)
        {
            var score = gewicht * factor;
            if (!scores.TryGetValue(doc, out var best) || score > best)
            {
                scores[doc] = score;
            }
        }
    }

    /// <summary>A word the map knows, in this form or another form of it (for splitting compounds).</summary>
    private bool Bekend(string woord) => Woordvormen.Bekend(woord, _postings.ContainsKey, _stammen);

    /// <summary>The indexed words a term matches, with how well: exact 1, prefix 0.7, one typo 0.5.</summary>
    private IEnumerable<(string Woord, double Factor)> Woorden(string term)
    {
        if (term.StartsWith('~'))
        {
            if (_postings.ContainsKey(term))
            {
                yield return (term, 1.0);
            }

            yield break;
        }

        // Prefix range in the sorted word list (includes the exact word).
        var start = Array.BinarySearch(_woorden, term, StringComparer.Ordinal);
        if (start < 0)
        {
            start = ~start;
        }

        for (var i = start; i < _woorden.Length && _woorden[i].StartsWith(term, StringComparison.Ordinal); i++)
        {
            yield return (_woorden[i], _woorden[i].Length == term.Length ? 1.0 : 0.7);
        }

        if (term.Length >= 6)
        {
            foreach (var woord in _woorden)
            {
                if (Math.Abs(woord.Length - term.Length) <= 1 && !woord.StartsWith(term, StringComparison.Ordinal) && EenFout(term, woord))
                {
                    yield return (woord, 0.5);
                }
            }
        }
    }

    /// <summary>True when a and b differ by exactly one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool EenFout(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        if (a.Length == b.Length)
        {
            if (i == a.Length)
            {
                return false;
            }

            // substitution, or a swap of two neighbours
            return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)) ||
                   (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2)));
        }

        return b.Length == a.Length + 1 && a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    private void Add(string token, int doc, byte gewicht)
    {
        if (!_postings.TryGetValue(token, out var docs))
        {
            _postings[token] = docs = [];
        }

        if (!docs.TryGetValue(doc, out var bestaand) || gewicht > bestaand)
        {
            docs[doc] = gewicht;
        }
    }
}
