using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;
using NetTopologySuite.Simplify;

namespace Partnerschap.Web.Features.Regio;

/// <summary>
/// The outlines of the municipalities of 2025, ready to draw: read from the boundaries of 2019
/// (seeds/grenzen/gemeenten-2019.topojson), dissolved into the municipalities of 2025, projected to a plane,
/// simplified and written as SVG path data. Built once per process (<see cref="RegioGeometrieProvider"/>): it is
/// immutable file data, so several instances each holding a copy is fine. Only the fill of a shape changes per request.
/// </summary>
public sealed class RegioGeometrie
{
    /// <summary>Width of the map in SVG units; the height follows from the shape of Flanders.</summary>
    public const double Breedte = 1000;

    /// <summary>
    /// Simplification tolerance in SVG units (about 0.35 units ≈ 85 m): far below a pixel of the map at full width,
    /// and it makes the SVG about a tenth of the full detail.
    /// </summary>
    public const double Tolerantie = 0.35;

    /// <summary>
    /// Equirectangular with the longitude scaled by cos(51°), the middle of Flanders: over Flanders' 1° of latitude this
    /// is within 1 % of Lambert 72 in shape, and it needs no coordinate system for a picture (ADR 0016).
    /// </summary>
    private static readonly double CosLat = Math.Cos(51.0 * Math.PI / 180);

    private readonly Dictionary<string, RegioVorm> _vormen;

    private RegioGeometrie(Dictionary<string, RegioVorm> vormen, double hoogte, IReadOnlyDictionary<string, string> namen)
    {
        _vormen = vormen;
        Hoogte = hoogte;
        Namen = namen;
    }

    /// <summary>Slug → the name of the municipality of 2025.</summary>
    public IReadOnlyDictionary<string, string> Namen { get; }

    public double Hoogte { get; }

    public string ViewBox => Fmt($"0 0 {Breedte} {Math.Ceiling(Hoogte)}");

    public IReadOnlyCollection<RegioVorm> Vormen => _vormen.Values;

    public RegioVorm? Vorm(string slug) => _vormen.GetValueOrDefault(slug);

    public static string BestandsPad => Path.Combine(AppContext.BaseDirectory, "seeds", "grenzen", "gemeenten-2019.topojson");

    /// <summary>Reads the boundaries of the 2019 gemeenten of <paramref name="gemeenten"/> and dissolves them per 2025 municipality.</summary>
    public static RegioGeometrie Bouw(Stream topojson, IReadOnlyList<Gemeente2025> gemeenten)
    {
        var fabriek = new GeometryFactory();
        var nisCodes = gemeenten.SelectMany(g => g.Delen).Select(d => d.NisCode).ToHashSet(StringComparer.Ordinal);

        // Plane coordinates in km, y pointing down (as in SVG); scaled to the map's width below.
        var perNis = TopoJson.Lees(topojson, "layer", "AdMuKey", nisCodes, (lon, lat) => new Coordinate(lon * 111.32 * CosLat, -lat * 110.57), fabriek);
        var samengevoegd = new List<(string Slug, Geometry Vorm)>(gemeenten.Count);
        foreach (var gemeente in gemeenten)
        {
            var delen = gemeente.Delen.Select(d => perNis.GetValueOrDefault(d.NisCode)).OfType<Geometry>().ToList();
            if (delen.Count > 0)
            {
                // The parts share their borders exactly (one arc in the file): the union leaves no seams.
                samengevoegd.Add((gemeente.Slug, delen.Count == 1 ? delen[0] : UnaryUnionOp.Union(delen)));
            }
        }

        var grens = new Envelope();
        foreach (var (_, vorm) in samengevoegd)
        {
            grens.ExpandToInclude(vorm.EnvelopeInternal);
        }

        var schaal = Breedte / grens.Width;
        var vormen = new Dictionary<string, RegioVorm>(StringComparer.Ordinal);
        foreach (var (slug, vorm) in samengevoegd)
        {
            var kaart = vorm.Copy();
            kaart.Apply(new Schalen(grens.MinX, grens.MinY, schaal));
            kaart = TopologyPreservingSimplifier.Simplify(kaart, Tolerantie);
            var e = kaart.EnvelopeInternal;
            vormen[slug] = new RegioVorm(slug, Pad(kaart), e.MinX, e.MinY, e.MaxX, e.MaxY);
        }

        return new RegioGeometrie(vormen, grens.Height * schaal, gemeenten.ToDictionary(g => g.Slug, g => g.Naam, StringComparer.Ordinal));
    }

    /// <summary>
    /// SVG path data with one decimal: an absolute move to each ring's first point, then relative steps (shorter).
    /// Steps are taken between rounded points, so rounding errors do not add up along a ring.
    /// </summary>
    private static string Pad(Geometry vorm)
    {
        var pad = new StringBuilder();
        for (var p = 0; p < vorm.NumGeometries; p++)
        {
            var veelhoek = (Polygon)vorm.GetGeometryN(p);
            foreach (var ring in new[] { veelhoek.ExteriorRing }.Concat(veelhoek.InteriorRings))
            {
                var punten = ring.Coordinates;
                var (vorigeX, vorigeY) = (Tiende(punten[0].X), Tiende(punten[0].Y));
                pad.Append('M').Append(Getal(vorigeX)).Append(' ').Append(Getal(vorigeY)).Append('l');
                var eerste = true;
                for (var i = 1; i < punten.Length - 1; i++)
                {
                    var (x, y) = (Tiende(punten[i].X), Tiende(punten[i].Y));
                    if (x == vorigeX && y == vorigeY)
                    {
                        continue;
                    }

                    var dx = Getal(x - vorigeX);
                    var dy = Getal(y - vorigeY);
                    if (!eerste && !dx.StartsWith('-'))
                    {
                        pad.Append(' ');
                    }

                    pad.Append(dx);
                    if (!dy.StartsWith('-'))
                    {
                        pad.Append(' ');
                    }

                    pad.Append(dy);
                    (vorigeX, vorigeY, eerste) = (x, y, false);
                }

                pad.Append('z');
            }
        }

        return pad.ToString();
    }

    private static long Tiende(double waarde) => (long)Math.Round(waarde * 10, MidpointRounding.AwayFromZero);

    /// <summary>Tenths as SVG number text: 123 → "12.3", -5 → "-.5", 40 → "4".</summary>
    private static string Getal(long tienden)
    {
        var tekst = (tienden / 10.0).ToString("0.#", CultureInfo.InvariantCulture);
        return tekst.StartsWith("0.", StringComparison.Ordinal) ? tekst[1..] : tekst.StartsWith("-0.", StringComparison.Ordinal) ? "-" + tekst[2..] : tekst;
    }

    private static string Fmt(FormattableString tekst) => tekst.ToString(CultureInfo.InvariantCulture);

    /// <summary>Moves the plane so the map starts at (0, 0) and scales km to SVG units.</summary>
    private sealed class Schalen(double minX, double minY, double schaal) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, (seq.GetX(i) - minX) * schaal);
                seq.SetY(i, (seq.GetY(i) - minY) * schaal);
            }
        }
    }
}
