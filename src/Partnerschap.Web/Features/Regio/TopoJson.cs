using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Partnerschap.Web.Features.Regio;

/// <summary>
/// Reads the polygons of a TopoJSON file (the format of seeds/grenzen/gemeenten-2019.topojson): shared arcs, quantised
/// (apply <c>transform</c>) and delta-encoded, that each polygon names by index (a negative index <c>~i</c> is arc
/// <c>i</c> reversed). No package on our NuGet mirror reads TopoJSON, and the format is this small.
/// </summary>
public static class TopoJson
{
    /// <summary>
    /// The geometries of object <paramref name="laag"/> whose property <paramref name="sleutel"/> is in
    /// <paramref name="codes"/>, each point projected by <paramref name="projectie"/> (longitude, latitude → plane).
    /// The other geometries (Wallonia, in the boundaries file) are skipped without building their polygons.
    /// </summary>
    public static Dictionary<string, Geometry> Lees(
        Stream bestand, string laag, string sleutel, IReadOnlySet<string> codes, Func<double, double, Coordinate> projectie, GeometryFactory fabriek)
    {
        using var json = JsonDocument.Parse(bestand);
        var root = json.RootElement;
        var (schaalX, schaalY, verschuivingX, verschuivingY) = (1.0, 1.0, 0.0, 0.0);
        if (root.TryGetProperty("transform", out var transform))
        {
            schaalX = transform.GetProperty("scale")[0].GetDouble();
            schaalY = transform.GetProperty("scale")[1].GetDouble();
            verschuivingX = transform.GetProperty("translate")[0].GetDouble();
            verschuivingY = transform.GetProperty("translate")[1].GetDouble();
        }

        // Arcs are decoded only when a wanted geometry uses them, once each.
        var arcs = root.GetProperty("arcs");
        var gedecodeerd = new Dictionary<int, Coordinate[]>();
        Coordinate[] Arc(int i)
        {
            if (!gedecodeerd.TryGetValue(i, out var punten))
            {
                var arc = arcs[i];
                punten = new Coordinate[arc.GetArrayLength()];
                double x = 0, y = 0;
                var n = 0;
                foreach (var positie in arc.EnumerateArray())
                {
                    x += positie[0].GetDouble();
                    y += positie[1].GetDouble();
                    punten[n++] = projectie((x * schaalX) + verschuivingX, (y * schaalY) + verschuivingY);
                }

                gedecodeerd[i] = punten;
            }

            return punten;
        }

        LinearRing Ring(JsonElement ringArcs)
        {
            var punten = new List<Coordinate>();
            foreach (var index in ringArcs.EnumerateArray().Select(a => a.GetInt32()))
            {
                var arc = index >= 0 ? Arc(index) : [.. Arc(~index).Reverse()];

                // Consecutive arcs share their end and start point.
                punten.AddRange(punten.Count == 0 ? arc : arc.Skip(1));
            }

            return fabriek.CreateLinearRing([.. punten]);
        }

        Polygon Veelhoek(JsonElement ringen)
        {
            var lijst = ringen.EnumerateArray().Select(Ring).ToList();
            return fabriek.CreatePolygon(lijst[0], [.. lijst.Skip(1)]);
        }

        var resultaat = new Dictionary<string, Geometry>(StringComparer.Ordinal);
        foreach (var geometrie in root.GetProperty("objects").GetProperty(laag).GetProperty("geometries").EnumerateArray())
        {
            var code = geometrie.GetProperty("properties").GetProperty(sleutel).GetString();
            if (code is null || !codes.Contains(code))
            {
                continue;
            }

            var arcsVan = geometrie.GetProperty("arcs");
            resultaat[code] = geometrie.GetProperty("type").GetString() switch
            {
                "Polygon" => Veelhoek(arcsVan),
                "MultiPolygon" => fabriek.CreateMultiPolygon([.. arcsVan.EnumerateArray().Select(Veelhoek)]),
                var type => throw new InvalidDataException($"Geometrie van het type {type} wordt niet ondersteund ({code})."),
            };
        }

        return resultaat;
    }
}
