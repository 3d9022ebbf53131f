using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Regio;

/// <summary>
/// The classes of the choropleth: "geen scholen" (0), "geen aanbod" (1: nobody serves it for this aanleiding) and
/// four classes of the other gemeenten by quartile (2–5), so that the colours spread whatever the size of the map.
/// </summary>
public static class RegioKlassen
{
    public const int GeenScholen = 0;
    public const int GeenAanbod = 1;
    public const int Aantal = 6;

    /// <summary>The class of each figure (null: no schools) and the legend of the classes that occur.</summary>
    public static (int[] Klassen, IReadOnlyList<LegendaKlasse> Legenda) Verdeel(IReadOnlyList<double?> cijfers)
    {
        var positief = cijfers.OfType<double>().Where(c => c > 0).Order().ToArray();
        double[] grenzen = positief.Length == 0 ? [] : [.. Enumerable.Range(1, 3).Select(k => positief[k * positief.Length / 4])];
        var klassen = cijfers.Select(c => c switch
        {
            null => GeenScholen,
            0 => GeenAanbod,
            var waarde => 2 + grenzen.Count(g => g < waarde),
        }).ToArray();

        var legenda = new List<LegendaKlasse>();
        for (var klasse = 0; klasse < Aantal; klasse++)
        {
            var inKlasse = Enumerable.Range(0, cijfers.Count).Where(i => klassen[i] == klasse).Select(i => cijfers[i]).ToList();
            if (inKlasse.Count == 0)
            {
                continue;
            }

            var label = klasse switch
            {
                GeenScholen => "Geen scholen",
                GeenAanbod => "0: geen aanbod",
                _ when inKlasse.Min() == inKlasse.Max() => Getal(inKlasse.Min()),
                _ => $"{Getal(inKlasse.Min())} tot {Getal(inKlasse.Max())}",
            };
            legenda.Add(new LegendaKlasse(klasse, label, inKlasse.Count));
        }

        return (klassen, legenda);
    }

    /// <summary>A figure as a reader sees it: "3,2".</summary>
    public static string Getal(double? waarde) => waarde?.ToString("0.0", Nl.Cultuur) ?? "–";
}
