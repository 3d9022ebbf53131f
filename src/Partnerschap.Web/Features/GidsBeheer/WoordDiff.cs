using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Partnerschap.Web.Features.GidsBeheer;

/// <summary>
/// A word-level diff (Myers' O((N+M)D) algorithm) over tokens: words, runs of whitespace and single punctuation marks.
/// The common start and end are cut off first, so a small change in a long chapter stays cheap. When the texts differ
/// in more than <see cref="MaxBewerkingen"/> tokens the middle is shown as removed and added as a whole.
/// </summary>
public static partial class WoordDiff
{
    public const int MaxBewerkingen = 3000;

    public static IReadOnlyList<string> Tokens(string tekst) =>
        TokenPatroon().Matches(tekst.ReplaceLineEndings("\n")).Select(m => m.Value).ToList();

    public static IReadOnlyList<DiffDeel> Vergelijk(string oud, string nieuw)
    {
        var a = Tokens(oud);
        var b = Tokens(nieuw);
        var begin = 0;
        while (begin < a.Count && begin < b.Count && a[begin] == b[begin])
        {
            begin++;
        }

        var eindA = a.Count;
        var eindB = b.Count;
        while (eindA > begin && eindB > begin && a[eindA - 1] == b[eindB - 1])
        {
            eindA--;
            eindB--;
        }

        var delen = new List<DiffDeel>();
        delen.AddRange(a.Take(begin).Select(t => new DiffDeel(DiffSoort.Gelijk, t)));
        delen.AddRange(Midden(a.Skip(begin).Take(eindA - begin).ToList(), b.Skip(begin).Take(eindB - begin).ToList()));
        delen.AddRange(a.Skip(eindA).Select(t => new DiffDeel(DiffSoort.Gelijk, t)));
        return Opschonen(delen);
    }

    /// <summary>True when both texts are the same.</summary>
    public static bool IsGelijk(IReadOnlyList<DiffDeel> delen) => delen.All(d => d.Soort == DiffSoort.Gelijk);

    /// <summary>
    /// HTML for the parts: removed text in &lt;del&gt;, added text in &lt;ins&gt;, each with a visually hidden prefix so a
    /// screen reader says what changed. Everything is encoded.
    /// </summary>
    public static string Html(IReadOnlyList<DiffDeel> delen)
    {
        var html = new StringBuilder();
        foreach (var deel in delen)
        {
            var tekst = HtmlEncoder.Default.Encode(deel.Tekst);
            html.Append(deel.Soort switch
            {
                DiffSoort.Weg => $"<del><span class=\"visueel-verborgen\">verwijderd: </span>{tekst}</del>",
                DiffSoort.Bij => $"<ins><span class=\"visueel-verborgen\">toegevoegd: </span>{tekst}</ins>",
                _ => tekst,
            });
        }

        return html.ToString();
    }

    private static List<DiffDeel> Midden(List<string> a, List<string> b)
    {
        var n = a.Count;
        var m = b.Count;
        if (n == 0 || m == 0)
        {
            return [.. a.Select(t => new DiffDeel(DiffSoort.Weg, t)), .. b.Select(t => new DiffDeel(DiffSoort.Bij, t))];
        }

        var max = n + m;
        var offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        var klaar = false;
        for (var d = 0; d <= max && !klaar; d++)
        {
            if (d > MaxBewerkingen)
            {
                return [.. a.Select(t => new DiffDeel(DiffSoort.Weg, t)), .. b.Select(t => new DiffDeel(DiffSoort.Bij, t))];
            }

            // The furthest x on diagonals -(d+1)..(d+1) before step d: all the backtrack needs.
            var kopie = new int[(2 * d) + 3];
            Array.Copy(v, offset - d - 1, kopie, 0, kopie.Length);
            trace.Add(kopie);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    klaar = true;
                    break;
                }
            }
        }

        var omgekeerd = new List<DiffDeel>();
        var (cx, cy) = (n, m);
        for (var d = trace.Count - 1; d >= 0; d--)
        {
            var vorige = trace[d];
            int Lees(int k) => vorige[k + d + 1];
            var k = cx - cy;
            var vorigeK = k == -d || (k != d && Lees(k - 1) < Lees(k + 1)) ? k + 1 : k - 1;
            var vorigeX = Lees(vorigeK);
            var vorigeY = vorigeX - vorigeK;
            while (cx > vorigeX && cy > vorigeY)
            {
                omgekeerd.Add(new DiffDeel(DiffSoort.Gelijk, a[cx - 1]));
                cx--;
                cy--;
            }

            if (d > 0)
            {
                omgekeerd.Add(cx == vorigeX ? new DiffDeel(DiffSoort.Bij, b[vorigeY]) : new DiffDeel(DiffSoort.Weg, a[vorigeX]));
            }

            (cx, cy) = (vorigeX, vorigeY);
        }

        omgekeerd.Reverse();
        return omgekeerd;
    }

    /// <summary>
    /// Makes the result readable: a single space between two changes becomes part of both, and within each run of
    /// changes all removed text comes first, then all added text; neighbouring parts of the same kind are merged.
    /// </summary>
    private static List<DiffDeel> Opschonen(List<DiffDeel> delen)
    {
        var stappen = new List<DiffDeel>();
        for (var i = 0; i < delen.Count; i++)
        {
            var deel = delen[i];
            if (deel.Soort == DiffSoort.Gelijk && deel.Tekst is " " && i > 0 && i < delen.Count - 1 &&
                delen[i - 1].Soort != DiffSoort.Gelijk && delen[i + 1].Soort != DiffSoort.Gelijk)
            {
                stappen.Add(new DiffDeel(DiffSoort.Weg, deel.Tekst));
                stappen.Add(new DiffDeel(DiffSoort.Bij, deel.Tekst));
            }
            else
            {
                stappen.Add(deel);
            }
        }

        var resultaat = new List<DiffDeel>();
        var weg = new StringBuilder();
        var bij = new StringBuilder();
        var gelijk = new StringBuilder();
        void Wijzigingen()
        {
            if (weg.Length > 0)
            {
                resultaat.Add(new DiffDeel(DiffSoort.Weg, weg.ToString()));
                weg.Clear();
            }

            if (bij.Length > 0)
            {
                resultaat.Add(new DiffDeel(DiffSoort.Bij, bij.ToString()));
                bij.Clear();
            }
        }

        foreach (var deel in stappen)
        {
            switch (deel.Soort)
            {
                case DiffSoort.Weg:
                    if (gelijk.Length > 0)
                    {
                        resultaat.Add(new DiffDeel(DiffSoort.Gelijk, gelijk.ToString()));
                        gelijk.Clear();
                    }

                    weg.Append(deel.Tekst);
                    break;
                case DiffSoort.Bij:
                    if (gelijk.Length > 0)
                    {
                        resultaat.Add(new DiffDeel(DiffSoort.Gelijk, gelijk.ToString()));
                        gelijk.Clear();
                    }

                    bij.Append(deel.Tekst);
                    break;
                default:
                    Wijzigingen();
                    gelijk.Append(deel.Tekst);
                    break;
            }
        }

        Wijzigingen();
        if (gelijk.Length > 0)
        {
            resultaat.Add(new DiffDeel(DiffSoort.Gelijk, gelijk.ToString()));
        }

        return resultaat;
    }

    [GeneratedRegex(@"\w+|\s+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPatroon();
}
