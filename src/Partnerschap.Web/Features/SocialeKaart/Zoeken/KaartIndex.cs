using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Plaatsen;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// An immutable, in-memory inverted index over every organisation, school and brugfiguur: built from the database
/// by <see cref="KaartIndexProvider"/>, shared by all requests, replaced by a new one when the data changes (made from
/// this one and the changed organisations, or built anew).
/// </summary>
public sealed class KaartIndex
{
    // Field weights: a word in the name counts most, then the type, then aanbod names, then descriptions.
    public const byte GewichtNaam = 10;
    public const byte GewichtType = 6;
    public const byte GewichtAanbod = 4;
    public const byte GewichtTekst = 1;

    /// <summary>Term → its documents, packed and sorted (<see cref="Postings"/>).</summary>
    private readonly Dictionary<string, uint[]> _postings;
    private readonly string[] _woorden;

    /// <summary>Below this many direct matches a word is widened: to its hulpvraag concept, and a compound to its parts.</summary>
    public const int ExpansieDrempel = 20;
    private readonly HashSet<string> _stammen;
    private readonly Dictionary<string, uint[]> _perType;
    private readonly IReadOnlyList<Term> _taalTermen;

    /// <summary>Expansions of a term, computed once per index (the index never changes): most searches repeat words.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Woord, double Factor)[]> _uitbreidingen = new(StringComparer.Ordinal);
    private const int MaxUitbreidingen = 20_000;

    /// <summary>
    /// Builds an index: the documents of <paramref name="vorige"/> (none for a full build) with
    /// <paramref name="vervangen"/> taken out, plus <paramref name="nieuweItems"/> and the postings of their words, numbered
    /// on from the last document of <paramref name="vorige"/>. An edit of one organisation therefore adds one document
    /// and retires one; the postings of the other 100,000 stay as they are (arrays are shared, the new documents are
    /// appended, so every list stays sorted). Only the bitmaps and the name order are made again, which is cheap.
    /// </summary>
    public KaartIndex(
        KaartIndex? vorige,
        IEnumerable<int> vervangen,
        List<KaartItem> nieuweItems,
        Dictionary<string, List<uint>> nieuwePostings,
        KaartIndexStand stand,
        PlaatsLookup plaatsen,
        Hulpvragen hulpvragen,
        string versie)
    {
        Items = [.. vorige?.Items ?? [], .. nieuweItems];
        Vervangen = Bitmap.Nieuw(Items.Length);
        if (vorige is not null)
        {
            vorige.Vervangen.Woorden.AsSpan(0, vorige.Vervangen.Lengte).CopyTo(Vervangen.Woorden);
        }

        foreach (var doc in vervangen)
        {
            Vervangen.Zet(doc);
        }

        Stand = stand;
        Plaatsen = plaatsen;
        Hulpvragen = hulpvragen;
        Versie = versie;

        // Up to 64 languages get a bit; the rest cannot be filtered on (none of the demo or real data comes close).
        Talen = [.. Enumerable.Range(0, Items.Length).Where(d => !Vervangen.Bevat(d)).SelectMany(d => Items[d].Talen).Distinct().Order(StringComparer.Ordinal).Take(64)];
        _taalTermen = [.. Talen.Select(code => new Term(code, TaalNamen.Naam(code), string.Empty))];
        _bits = [.. KaartFilters.Alle.Select(f => Termen(f).Take(64).Select((t, i) => (t.Code, i)).DistinctBy(t => t.Code).ToDictionary(t => t.Code, t => t.i, StringComparer.Ordinal))];

        // The name order and the bitmaps need only the items: made on other threads while this one does the postings.
        var items = Items;
        var opNaam = Task.Run(() => Enumerable.Range(0, items.Length).OrderBy(d => items[d].SorteerNaam, StringComparer.Ordinal).ThenBy(d => items[d].Id).ToArray());
        var verzamelingen = Task.Run(() => new KaartVerzamelingen(this));

        // Documents were added in order, each once per term: these lists are sorted, and come after those of vorige.
        var woorden = nieuwePostings.Keys.Where(k => !k.StartsWith('~') && vorige?._postings.ContainsKey(k) != true).Order(StringComparer.Ordinal).ToArray();
        _postings = vorige is null ? new(nieuwePostings.Count * 3 / 2, StringComparer.Ordinal) : new(vorige._postings, StringComparer.Ordinal);
        foreach (var (term, docs) in nieuwePostings)
        {
            Achteraan(term, [.. docs]);
        }

        _woorden = vorige is null ? woorden : Samen(vorige._woorden, woorden);

        // Dutch word forms (Woordvormen): every word is also found under its stem, and a compound also under the
        // stems of its two parts as parts (a weaker term), so "schoolfactuur" finds "schoolfacturen" and
        // "school rekening" "schoolrekeningen", while "opvang" finds an "opvang" before a "dierenopvang".
        _stammen = vorige is null ? [.. hulpvragen.Woorden.Select(Woordvormen.Stam)] : [.. vorige._stammen];
        foreach (var woord in woorden)
        {
            _stammen.Add(Woordvormen.Stam(woord));
        }

        var vormen = new Dictionary<string, List<uint>>(StringComparer.Ordinal);
        foreach (var (woord, lijst) in nieuwePostings)
        {
            if (woord.StartsWith('~'))
            {
                continue;
            }

            Voeg(vormen, Woordvormen.StamTeken + Woordvormen.Stam(woord), lijst);
            if (Woordvormen.Delen(woord, Bekend) is var (links, rechts))
            {
                Voeg(vormen, Woordvormen.DeelTerm(links), lijst);
                Voeg(vormen, Woordvormen.DeelTerm(rechts), lijst);
            }
        }

        foreach (var (term, docs) in vormen)
        {
            Achteraan(term, Postings.Ordenen(docs));
        }

        nieuwePostings.Clear();
        _perType = vorige is null ? new(StringComparer.Ordinal) : new(vorige._perType, StringComparer.Ordinal);
        var eerste = Items.Length - nieuweItems.Count;
        foreach (var groep in Enumerable.Range(eerste, nieuweItems.Count).Where(d => Items[d].Soort == Soort.Organisaties).GroupBy(d => Items[d].TypeCode))
        {
            _perType[groep.Key] = [.. _perType.GetValueOrDefault(groep.Key) ?? [], .. groep.Select(d => Postings.Pak(d, GewichtType))];
        }

        OpNaam = opNaam.GetAwaiter().GetResult();
        _rang = new int[Items.Length];
        for (var rang = 0; rang < OpNaam.Length; rang++)
        {
            _rang[OpNaam[rang]] = rang;
        }

        Verzamelingen = verzamelingen.GetAwaiter().GetResult();
    }

    /// <summary>Documents of an earlier version of a profile, or of a profile that is gone: never found.</summary>
    internal Bitmap Vervangen { get; }

    /// <summary>What the index was built from, to find what changed since (<see cref="KaartIndexBuilder.BijwerkenAsync"/>).</summary>
    internal KaartIndexStand Stand { get; }

    /// <summary>Retired documents: when they are a large part of the index, a full build is cheaper to search.</summary>
    internal int AantalVervangen => Vervangen.Aantal();

    /// <summary>The position of a document in name order (nl-BE, without accents), so sorting by name compares integers.</summary>
    internal int Rang(int doc) => _rang[doc];

    private readonly int[] _rang;

    /// <summary>Every document in name order.</summary>
    internal int[] OpNaam { get; }

    /// <summary>Appends documents numbered after all of this term's documents so far.</summary>
    private void Achteraan(string term, uint[] docs) =>
        _postings[term] = _postings.TryGetValue(term, out var bestaand) ? [.. bestaand, .. docs] : docs;

    /// <summary>Two sorted, disjoint word lists as one sorted list.</summary>
    private static string[] Samen(string[] a, string[] b)
    {
        var samen = new string[a.Length + b.Length];
        int i = 0, j = 0, k = 0;
        while (i < a.Length || j < b.Length)
        {
            samen[k++] = j == b.Length || (i < a.Length && string.CompareOrdinal(a[i], b[j]) < 0) ? a[i++] : b[j++];
        }

        return samen;
    }

    /// <summary>The bitmaps of the filters, kinds and places, and the grid for distances.</summary>
    internal KaartVerzamelingen Verzamelingen { get; }

    /// <summary>Every language code some item has, in a fixed order (bit positions for <see cref="TaalBits"/>).</summary>
    public IReadOnlyList<string> Talen { get; }

    /// <summary>The values of a filter in bit order: its vocabulary, or for <c>taal</c> the languages of this index.</summary>
    public IReadOnlyList<Term> Termen(KaartFilter filter) => filter.Termen ?? _taalTermen;

    /// <summary>The bit mask of these codes of a filter (unknown codes and positions beyond 64 have no bit).</summary>
    public ulong Masker(KaartFilter filter, IEnumerable<string> codes)
    {
        var bits = _bits[filter.Positie];
        ulong masker = 0;
        foreach (var code in codes)
        {
            if (bits.TryGetValue(code, out var bit))
            {
                masker |= 1UL << bit;
            }
        }

        return masker;
    }

    /// <summary>Per filter: code → its bit (the first 64 values of <see cref="Termen"/>).</summary>
    private readonly Dictionary<string, int>[] _bits;

    /// <summary>Every item; an item's document number is its position here.</summary>
    public KaartItem[] Items { get; }

    /// <summary>The instance's one lookup of places (<see cref="PlaatsenProvider"/>), handed on to the pages.</summary>
    public PlaatsLookup Plaatsen { get; }

    public GemeenteLookup Gemeenten => Plaatsen.Gemeenten;

    /// <summary>The hulpvragen vocabulary this index was built with (from the database, same stamp).</summary>
    public Hulpvragen Hulpvragen { get; }

    public string Versie { get; }

    public int AantalWoorden => _woorden.Length;

    /// <summary>
    /// For each query term, the documents that match it with their best weight (0 when none). Every term must match:
    /// several words narrow the result. A term matches a word that is equal, that starts with it, one of its
    /// synonyms, another form of it, or (for terms of 6+ letters) one typing error away; a word for a family's
    /// situation is widened to the help it needs. A word found as typed always ranks above a widening.
    /// </summary>
    public Scores? Match(string? q)
    {
        var tokens = Tokens.Split(q);
        if (tokens.Length == 0)
        {
            return null;
        }

        // Hulpvraag phrases first: one may hold a synonym ("korting vrije tijd") and must win over it.
        return Match(Synoniemen.VervangMetWoord(Samenstellingen([.. Hulpvragen.Vervang(tokens)])));
    }

    private Scores Match(List<FraseTerm> termen)
    {
        Scores? result = null;
        try
        {
            foreach (var (term, woord, _) in termen.Distinct())
            {
                Scores scores;
                if (Hulpvragen.Frase(term) is { } frase)
                {
                    // A phrase ("uit huis gezet") finds what its words find together, and its concept's help when that is little.
                    scores = Match(Synoniemen.VervangMetWoord(frase.Woorden));
                    if (scores.Count < ExpansieDrempel)
                    {
                        Verbreed(scores, frase.Concepten);
                    }
                }
                else
                {
                    scores = new Scores(Items.Length);
                    if (term.StartsWith('~'))
                    {
                        if (_postings.TryGetValue(term, out var groep))
                        {
                            Neem(scores, groep, 1.0);
                        }

                        // A one-word synonym ("opvoeding") also keeps its own forms and compounds ("opvoedingswinkel").
                        if (woord is not null)
                        {
                            MatchWoord(scores, woord);
                        }
                    }
                    else
                    {
                        MatchWoord(scores, term);
                    }
                }

                if (result is null)
                {
                    result = scores;
                }
                else
                {
                    result.EnTelOp(scores);
                    scores.Dispose();
                }

                if (result.Count == 0)
                {
                    break;
                }
            }

            return result ?? new Scores(Items.Length);
        }
        catch
        {
            result?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Two typed words that together are one word the map or the hulpvragen know become that word ("school rekening"
    /// → "schoolrekening", also with a linking -s-), so they find the compound and, through its parts, the two words.
    /// </summary>
    private string[] Samenstellingen(string[] tokens)
    {
        if (tokens.Length < 2)
        {
            return tokens;
        }

        var result = new List<string>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var samen = i + 1 < tokens.Length ? Samenstelling(tokens[i], tokens[i + 1]) : null;
            result.Add(samen ?? tokens[i]);
            i += samen is null ? 0 : 1;
        }

        return [.. result];
    }

    private string? Samenstelling(string links, string rechts)
    {
        if (links.Length < 3 || rechts.Length < 3 || !links.All(char.IsAsciiLetterLower) || !rechts.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        foreach (var samen in (string[])[links + rechts, links + "s" + rechts])
        {
            if (_postings.ContainsKey(samen) || _postings.ContainsKey(Woordvormen.StamTerm(samen)) || Hulpvragen.Voor(Woordvormen.Stam(samen)).Count > 0)
            {
                return samen;
            }
        }

        return null;
    }

    /// <summary>Widened matches count this much of a direct match, so that a typed word found as such ranks first.</summary>
    private const double Verbreding = 0.1;

    private void MatchWoord(Scores scores, string term)
    {
        foreach (var (woord, factor) in Woorden(term))
        {
            Neem(scores, _postings[woord], factor);
        }

        // The same word in another form (plural, inflection), and as a part of a compound.
        if (_postings.TryGetValue(Woordvormen.StamTerm(term), out var vormen))
        {
            Neem(scores, vormen, 0.9);
        }

        if (_postings.TryGetValue(Woordvormen.DeelTerm(term), out var delen))
        {
            Neem(scores, delen, 0.3);
        }

        // A typed compound whose two parts a profile has (as a compound or as two words), when it is rare itself.
        if (scores.Count < ExpansieDrempel && Woordvormen.Delen(term, Bekend) is var (links, rechts))
        {
            var beide = Postings.Doorsnede(Vormen(links), Vormen(rechts));
            Neem(scores, beide, 0.6);
        }

        // A word for a family's situation (hulpvragen) also finds the words and organisation types of that help, when
        // the word itself finds little: a precise word that already matches many profiles is not widened (that kept
        // "huiswerk" precise and fast; docs/performance.md).
        if (scores.Count < ExpansieDrempel)
        {
            Verbreed(scores, Hulpvragen.Voor(Woordvormen.Stam(term)));
        }
    }

    /// <summary>
    /// Adds the profiles with a concept's zoekt words (also as part of a compound) and of its organisation types, far
    /// below every direct match; the words of the help count more than the type (every OCMW has that type).
    /// </summary>
    private void Verbreed(Scores scores, IReadOnlyList<HulpvraagConcept> concepten)
    {
        foreach (var concept in concepten)
        {
            foreach (var stam in concept.ZoektStammen)
            {
                if (_postings.TryGetValue(Woordvormen.StamTeken + stam, out var hulp))
                {
                    Neem(scores, hulp, 0.5 * Verbreding);
                }

                if (_postings.TryGetValue(Woordvormen.DeelTeken + stam, out var inSamenstelling))
                {
                    Neem(scores, inSamenstelling, 0.3 * Verbreding);
                }
            }

            foreach (var type in concept.Types)
            {
                if (_perType.TryGetValue(type, out var vanType))
                {
                    Neem(scores, vanType, 0.2 * Verbreding);
                }
            }
        }
    }

    /// <summary>The documents with a word of this stem or a compound with a part of this stem (best weight).</summary>
    private uint[] Vormen(string deel)
    {
        _postings.TryGetValue(Woordvormen.StamTerm(deel), out var woorden);
        _postings.TryGetValue(Woordvormen.DeelTerm(deel), out var delen);
        return woorden is null || delen is null ? woorden ?? delen ?? [] : Postings.Vereniging(woorden, delen);
    }

    private static void Neem(Scores scores, uint[] docs, double factor)
    {
        foreach (var posting in docs)
        {
            scores.Beste(Postings.Doc(posting), Postings.Gewicht(posting) * factor);
        }
    }

    /// <summary>A word the map knows, in this form or another form of it (for splitting compounds).</summary>
    private bool Bekend(string woord) => Woordvormen.Bekend(woord, _postings.ContainsKey, _stammen, Hulpvragen.Woorden);

    /// <summary>
    /// The indexed words a term matches, with how well: exact 1; a longer word starting with it 0.7 — but when the term
    /// is a word itself, only a compound that goes on with a known word ("huiswerk" → "huiswerkklas"; not "geweld" →
    /// "geweldig"); one typo 0.5; one typo in the start of a longer word 0.35 ("huiswek" → "huiswerkklas").
    /// </summary>
    private (string Woord, double Factor)[] Woorden(string term)
    {
        if (_uitbreidingen.TryGetValue(term, out var bekend))
        {
            return bekend;
        }

        var woorden = new List<(string, double)>();
        var isWoord = _postings.ContainsKey(term);
        var start = Array.BinarySearch(_woorden, term, StringComparer.Ordinal);
        if (start < 0)
        {
            start = ~start;
        }

        for (var i = start; i < _woorden.Length && _woorden[i].StartsWith(term, StringComparison.Ordinal); i++)
        {
            var woord = _woorden[i];
            if (woord.Length == term.Length)
            {
                woorden.Add((woord, 1.0));
            }
            else if (!isWoord || GaatVerderMetWoord(woord, term.Length))
            {
                woorden.Add((woord, 0.7));
            }
        }

        if (term.Length >= 6)
        {
            foreach (var woord in _woorden)
            {
                if (woord.StartsWith(term, StringComparison.Ordinal))
                {
                    continue;
                }

                if (Math.Abs(woord.Length - term.Length) <= 1 && EenFout(term, woord))
                {
                    woorden.Add((woord, 0.5));
                }
                else if (woord.Length > term.Length + 3 && !isWoord && BeginMetEenFout(term, woord))
                {
                    woorden.Add((woord, 0.35));
                }
            }
        }

        var uitbreiding = woorden.ToArray();
        if (_uitbreidingen.Count < MaxUitbreidingen)
        {
            _uitbreidingen.TryAdd(term, uitbreiding);
        }

        return uitbreiding;
    }

    /// <summary>Endings of plurals and diminutives ("kind" → "kinderen", "huisje"): a word goes on with these as itself.</summary>
    private static readonly HashSet<string> Uitgangen = new(StringComparer.Ordinal)
    {
        "s", "e", "en", "er", "ers", "eren", "je", "jes", "tje", "tjes", "etje", "etjes", "pje", "pjes",
    };

    /// <summary>
    /// The word goes on after <paramref name="lengte"/> letters as the same word (a plural or diminutive ending) or as a
    /// compound with a known word, after an optional linking -s-, -e-, -en- or -er- ("huiswerk" → "huiswerkklas",
    /// "kind" → "kinderopvang"); not as another word ("geweld" → "geweldig").
    /// </summary>
    private bool GaatVerderMetWoord(string woord, int lengte)
    {
        var rest = woord[lengte..];

        // "gezin" → "gezinnen": the ending after a doubled last letter counts too.
        if (Uitgangen.Contains(rest) || (rest.Length > 1 && rest[0] == woord[lengte - 1] && Uitgangen.Contains(rest[1..])))
        {
            return true;
        }

        foreach (var tussen in (string[])["", "s", "en", "e", "er"])
        {
            if (rest.StartsWith(tussen, StringComparison.Ordinal) && rest.Length - tussen.Length >= 3 && Bekend(rest[tussen.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The start of a longer word is one typing error away from the term (the term's length, or one more or less).</summary>
    private static bool BeginMetEenFout(string term, string woord)
    {
        for (var lengte = term.Length - 1; lengte <= term.Length + 1; lengte++)
        {
            var begin = woord[..lengte];
            if (begin != term && EenFout(term, begin))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>Adds a document to a term; documents come in order, so a repeat is the last entry (the best weight stays).</summary>
    internal static void Voeg(Dictionary<string, List<uint>> postings, string term, int doc, byte gewicht)
    {
        if (!postings.TryGetValue(term, out var docs))
        {
            postings[term] = docs = new List<uint>(1);
        }

        if (docs.Count > 0 && Postings.Doc(docs[^1]) == doc)
        {
            docs[^1] = Math.Max(docs[^1], Postings.Pak(doc, gewicht));
        }
        else
        {
            docs.Add(Postings.Pak(doc, gewicht));
        }
    }

    /// <summary>Adds all documents of a word to a derived term (sorted once all are in, <see cref="Postings.Ordenen"/>).</summary>
    private static void Voeg(Dictionary<string, List<uint>> postings, string term, List<uint> docs)
    {
        if (!postings.TryGetValue(term, out var lijst))
        {
            postings[term] = lijst = new List<uint>(docs.Count);
        }

        lijst.AddRange(docs);
    }
}
