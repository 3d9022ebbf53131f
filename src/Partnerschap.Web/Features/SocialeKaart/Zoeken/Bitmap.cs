using System.Buffers;
using System.Numerics;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// A set of documents of the <see cref="KaartIndex"/> as one bit per document: 12.5 KB for 100,000 profiles. A filter
/// value, a kind of profile or a search's candidates is one bitmap; narrowing is an AND over machine words and a
/// facet count is the number of bits set, so a search costs the number of words, not the number of profiles
/// (docs/performance.md, ADR 0004). The index's bitmaps are never changed after it is built; a search rents its
/// working bitmaps from the array pool and returns them.
/// </summary>
public sealed class Bitmap : IDisposable
{
    private readonly bool _gehuurd;

    private Bitmap(ulong[] woorden, int lengte, bool gehuurd)
    {
        Woorden = woorden;
        Lengte = lengte;
        _gehuurd = gehuurd;
    }

    /// <summary>The words; only the first <see cref="Lengte"/> count (a rented array can be longer).</summary>
    internal ulong[] Woorden { get; }

    internal int Lengte { get; }

    private Span<ulong> Span => Woorden.AsSpan(0, Lengte);

    public static int WoordenVoor(int documenten) => (documenten + 63) >> 6;

    /// <summary>A bitmap of the index, kept for its lifetime.</summary>
    public static Bitmap Nieuw(int documenten) => new(new ulong[WoordenVoor(documenten)], WoordenVoor(documenten), false);

    /// <summary>A working bitmap for one search, cleared; dispose it to give it back.</summary>
    public static Bitmap Huur(int documenten)
    {
        var lengte = WoordenVoor(documenten);
        var bitmap = new Bitmap(ArrayPool<ulong>.Shared.Rent(lengte), lengte, true);
        bitmap.Span.Clear();
        return bitmap;
    }

    public static Bitmap Van(int documenten, IEnumerable<int> docs)
    {
        var bitmap = Nieuw(documenten);
        foreach (var doc in docs)
        {
            bitmap.Zet(doc);
        }

        return bitmap;
    }

    public void Zet(int doc) => Woorden[doc >> 6] |= 1UL << doc;

    public bool Bevat(int doc) => (Woorden[doc >> 6] & (1UL << doc)) != 0;

    public void Kopieer(Bitmap bron) => bron.Span.CopyTo(Span);

    public void En(Bitmap ander)
    {
        var a = Span;
        var b = ander.Span;
        for (var i = 0; i < a.Length; i++)
        {
            a[i] &= b[i];
        }
    }

    public void Of(Bitmap ander)
    {
        var a = Span;
        var b = ander.Span;
        for (var i = 0; i < a.Length; i++)
        {
            a[i] |= b[i];
        }
    }

    public int Aantal()
    {
        var aantal = 0;
        foreach (var woord in Span)
        {
            aantal += BitOperations.PopCount(woord);
        }

        return aantal;
    }

    /// <summary>The size of the intersection, without making it.</summary>
    public int AantalMet(Bitmap ander)
    {
        var a = Span;
        var b = ander.Span;
        var aantal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            aantal += BitOperations.PopCount(a[i] & b[i]);
        }

        return aantal;
    }

    /// <summary>The documents in ascending order (for the index: name order).</summary>
    public IEnumerable<int> Documenten()
    {
        for (var i = 0; i < Lengte; i++)
        {
            var woord = Woorden[i];
            while (woord != 0)
            {
                yield return (i << 6) + BitOperations.TrailingZeroCount(woord);
                woord &= woord - 1;
            }
        }
    }

    public void Dispose()
    {
        if (_gehuurd)
        {
            ArrayPool<ulong>.Shared.Return(Woorden);
        }
    }
}
