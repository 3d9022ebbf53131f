using System.Buffers;
using System.Numerics;

namespace Partnerschap.Web.Features.SocialeKaart.Zoeken;

/// <summary>
/// The documents a text search found, with their scores: a bitmap of the documents and one score per document in a
/// rented array. A word that matches 20,000 profiles used to fill a dictionary that grew through the large-object heap
/// on every search; this allocates nothing that outlives the search (docs/performance.md). Dispose it to give the
/// arrays back.
/// </summary>
public sealed class Scores : IDisposable
{
    private readonly double[] _waarde;
    private readonly Bitmap _leden;

    public Scores(int documenten)
    {
        _waarde = ArrayPool<double>.Shared.Rent(Math.Max(documenten, 1));
        _leden = Bitmap.Huur(documenten);
    }

    public int Count { get; private set; }

    /// <summary>The documents found (for the search: the candidates).</summary>
    public Bitmap Documenten => _leden;

    public double this[int doc] => _waarde[doc];

    /// <summary>Keeps the best score of a document.</summary>
    public void Beste(int doc, double score)
    {
        if (!_leden.Bevat(doc))
        {
            _leden.Zet(doc);
            _waarde[doc] = score;
            Count++;
        }
        else if (score > _waarde[doc])
        {
            _waarde[doc] = score;
        }
    }

    /// <summary>Keeps only the documents also in <paramref name="ander"/>, with the two scores added.</summary>
    public void EnTelOp(Scores ander)
    {
        var a = _leden.Woorden;
        var b = ander._leden.Woorden;
        var aantal = 0;
        for (var i = 0; i < _leden.Lengte; i++)
        {
            var woord = a[i] & b[i];
            a[i] = woord;
            aantal += BitOperations.PopCount(woord);
            while (woord != 0)
            {
                var doc = (i << 6) + BitOperations.TrailingZeroCount(woord);
                _waarde[doc] += ander._waarde[doc];
                woord &= woord - 1;
            }
        }

        Count = aantal;
    }

    public void Dispose()
    {
        ArrayPool<double>.Shared.Return(_waarde);
        _leden.Dispose();
    }
}
