using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Gids.Markdown;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Gids;

/// <summary>
/// The search of /gids/zoeken: every section (h2/h3) of the published chapters that holds all typed words, as written or
/// in another Dutch word form (the same <see cref="Woordvormen"/> as the sociale kaart), best first, with a plain-text
/// fragment around the first match.
/// </summary>
public static partial class GidsZoeker
{
    /// <summary>At most this many sections are shown.</summary>
    public const int MaxTreffers = 50;

    public static List<GidsTreffer> Zoek(GidsRenderer renderer, IEnumerable<GepubliceerdHoofdstuk> hoofdstukken, string[] woorden, IReadOnlySet<string> hulpvraagWoorden)
    {
        var vormenPerDeel = VormenPerDeel.GetValue(hulpvraagWoorden, _ => new(StringComparer.Ordinal));
        var treffers = new List<GidsTreffer>();
        foreach (var hoofdstuk in hoofdstukken)
        {
            foreach (var deel in Delen(renderer, hoofdstuk))
            {
                var gevouwen = Vouw(deel.Titel + " " + deel.Tekst);
                // A word matches as written (also inside a longer word) or in another form (plurals, inflections,
                // compounds). The word forms of a section are computed once per text and vocabulary, not on every search.
                if (woorden.All(w => gevouwen.Contains(w, StringComparison.Ordinal) ||
                        InEenAndereVorm(w, Vormen(vormenPerDeel, gevouwen, hulpvraagWoorden), hulpvraagWoorden)))
                {
                    treffers.Add(new GidsTreffer(hoofdstuk.Titel, deel.Titel, $"/gids/{hoofdstuk.Slug}" + (deel.Anker is null ? string.Empty : "#" + deel.Anker), Fragment(deel.Tekst, woorden),
                        woorden.Sum(w => Tel(gevouwen, w)) + (woorden.All(w => Vouw(deel.Titel).Contains(w, StringComparison.Ordinal)) ? 10 : 0)));
                }
            }
        }

        return treffers.OrderByDescending(t => t.Score).Take(MaxTreffers).ToList();
    }

    /// <summary>Sections of a chapter by its h2/h3 headings (the same ids as the renderer gives them).</summary>
    private static IEnumerable<(string Titel, string? Anker, string Tekst)> Delen(GidsRenderer renderer, GepubliceerdHoofdstuk hoofdstuk)
    {
        var koppen = renderer.Render(hoofdstuk.Tekst).Inhoud;
        var titel = hoofdstuk.Titel;
        string? anker = null;
        var tekst = new System.Text.StringBuilder(hoofdstuk.Samenvatting).Append('\n');
        var k = 0;
        var inCode = false;
        foreach (var regel in hoofdstuk.Tekst.Split('\n'))
        {
            if (regel.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            var kop = !inCode ? KopRegel().Match(regel) : System.Text.RegularExpressions.Match.Empty;
            if (kop.Success && kop.Groups[1].Length <= 3 && k < koppen.Count)
            {
                yield return (titel, anker, tekst.ToString());
                titel = koppen[k].Tekst;
                anker = koppen[k].Id;
                k++;
                tekst.Clear();
                continue;
            }

            if (!regel.StartsWith(":::", StringComparison.Ordinal))
            {
                tekst.Append(regel).Append('\n');
            }
        }

        yield return (titel, anker, tekst.ToString());
    }

    /// <summary>Lower case, accents folded, punctuation to spaces: "Één CLB-medewerker" → "een clb medewerker".</summary>
    public static string Vouw(string tekst)
    {
        // Accents and case folded as everywhere (Slugs.Fold); anything but a letter or digit becomes a space.
        var gevouwen = Slugs.Fold(tekst).ToCharArray();
        for (var i = 0; i < gevouwen.Length; i++)
        {
            if (!char.IsLetterOrDigit(gevouwen[i]))
            {
                gevouwen[i] = ' ';
            }
        }

        return new string(gevouwen);
    }

    /// <summary>
    /// Word forms per folded section text, for one hulpvragen vocabulary (a new vocabulary, after a Beheerder's change,
    /// gets a new table and the old one is collected). The texts are those of published chapters: at most a few
    /// thousand sections; beyond <see cref="MaxDelen"/> forms are computed without being kept.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlySet<string>, ConcurrentDictionary<string, HashSet<string>>> VormenPerDeel = new();
    private const int MaxDelen = 5_000;

    private static HashSet<string> Vormen(ConcurrentDictionary<string, HashSet<string>> perDeel, string gevouwen, IReadOnlySet<string> hulpvraagWoorden) =>
        perDeel.TryGetValue(gevouwen, out var vormen) ? vormen
        : perDeel.Count < MaxDelen ? perDeel.GetOrAdd(gevouwen, tekst => GidsWoordvormen(tekst, hulpvraagWoorden))
        : GidsWoordvormen(gevouwen, hulpvraagWoorden);

    /// <summary>The stems of every word of a section, and of both parts of its compounds.</summary>
    private static HashSet<string> GidsWoordvormen(string gevouwen, IReadOnlySet<string> hulpvraagWoorden)
    {
        var woorden = gevouwen.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var stammen = woorden.Select(Woordvormen.Stam).ToHashSet(StringComparer.Ordinal);
        foreach (var woord in woorden)
        {
            if (Woordvormen.Delen(woord, w => Woordvormen.Bekend(w, woorden.Contains, stammen, hulpvraagWoorden)) is var (links, rechts))
            {
                stammen.Add(Woordvormen.Stam(links));
                stammen.Add(Woordvormen.Stam(rechts));
            }
        }

        return stammen;
    }

    /// <summary>The word's stem is in the section, or it is a compound whose two parts are.</summary>
    private static bool InEenAndereVorm(string woord, HashSet<string> vormen, IReadOnlySet<string> hulpvraagWoorden) =>
        vormen.Contains(Woordvormen.Stam(woord)) || DelenIn(woord, vormen, hulpvraagWoorden);

    /// <summary>A typed compound ("schoolrekening") whose two parts are both in the section.</summary>
    private static bool DelenIn(string woord, HashSet<string> stammen, IReadOnlySet<string> hulpvraagWoorden) =>
        Woordvormen.Delen(woord, w => Woordvormen.Bekend(w, _ => false, stammen, hulpvraagWoorden))
            is var (links, rechts) && stammen.Contains(Woordvormen.Stam(links)) && stammen.Contains(Woordvormen.Stam(rechts));

    private static int Tel(string tekst, string woord)
    {
        var aantal = 0;
        for (var i = tekst.IndexOf(woord, StringComparison.Ordinal); i >= 0; i = tekst.IndexOf(woord, i + woord.Length, StringComparison.Ordinal))
        {
            aantal++;
        }

        return aantal;
    }

    /// <summary>About 30 words around the first match, as plain text (Markdig renders the Markdown away).</summary>
    private static string Fragment(string tekst, string[] woorden)
    {
        var schoon = MarkdownTekens().Replace(Markdig.Markdown.ToPlainText(KaartLinks().Replace(tekst, "$1")), " ");
        var delen = schoon.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var eerste = Array.FindIndex(delen, d => woorden.Any(w => Vouw(d).Contains(w, StringComparison.Ordinal)));
        var start = Math.Max(0, eerste - 12);
        var fragment = string.Join(' ', delen.Skip(start).Take(30));
        return (start > 0 ? "… " : string.Empty) + fragment + (start + 30 < delen.Length ? " …" : string.Empty);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(#{1,6})\s+\S")]
    private static partial System.Text.RegularExpressions.Regex KopRegel();

    [System.Text.RegularExpressions.GeneratedRegex(@"[*_`>#\[\]]|\]\([^)]*\)|\((?:kaart|organisatie):[^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex MarkdownTekens();

    /// <summary>"[tekst](kaart:...)" and "[tekst](organisatie:...)": keep the text, drop the portal link.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\[([^\]]*)\]\((?:kaart|organisatie):[^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex KaartLinks();
}
