namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// The documents of one term with their field weight, packed into one <c>uint</c> each (document &lt;&lt; 8 | weight)
/// and sorted by document: 4 bytes per posting instead of a dictionary entry of about 20 (docs/performance.md).
/// </summary>
public static class Postings
{
    public static uint Pak(int doc, byte gewicht) => ((uint)doc << 8) | gewicht;

    public static int Doc(uint posting) => (int)(posting >> 8);

    public static byte Gewicht(uint posting) => (byte)posting;

    /// <summary>Sorts by document and keeps each document once, with its best weight.</summary>
    public static uint[] Ordenen(List<uint> postings)
    {
        postings.Sort();
        var resultaat = new List<uint>(postings.Count);
        foreach (var posting in postings)
        {
            // Sorted by (doc, weight): a later entry of the same document has the higher weight.
            if (resultaat.Count > 0 && Doc(resultaat[^1]) == Doc(posting))
            {
                resultaat[^1] = posting;
            }
            else
            {
                resultaat.Add(posting);
            }
        }

        return [.. resultaat];
    }

    /// <summary>The documents in either, with the best weight of the two.</summary>
    public static uint[] Vereniging(uint[] a, uint[] b)
    {
        var resultaat = new List<uint>(a.Length + b.Length);
        int i = 0, j = 0;
        while (i < a.Length || j < b.Length)
        {
            if (j == b.Length || (i < a.Length && Doc(a[i]) < Doc(b[j])))
            {
                resultaat.Add(a[i++]);
            }
            else if (i == a.Length || Doc(b[j]) < Doc(a[i]))
            {
                resultaat.Add(b[j++]);
            }
            else
            {
                resultaat.Add(Math.Max(a[i++], b[j++]));
            }
        }

        return [.. resultaat];
    }

    /// <summary>The documents in both, with the lower weight of the two.</summary>
    public static uint[] Doorsnede(uint[] a, uint[] b)
    {
        var resultaat = new List<uint>(Math.Min(a.Length, b.Length));
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var (da, db) = (Doc(a[i]), Doc(b[j]));
            if (da < db)
            {
                i++;
            }
            else if (db < da)
            {
                j++;
            }
            else
            {
                resultaat.Add(Math.Min(a[i++], b[j++]));
            }
        }

        return [.. resultaat];
    }
}
