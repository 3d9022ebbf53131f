using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Partnerschap.Web.Features.SocialeKaart.Import.Scholenlijst;

/// <summary>
/// Belgian Lambert 72 (EPSG:31370) metres to WGS84 degrees, with ProjNET (ADR 0015). The BD72 datum is shifted to WGS84
/// with the Belgian 7-parameter transformation; without it a point lands about 90 m off (tested).
/// </summary>
public static class Lambert72
{
    /// <summary>BD72 → WGS84, position vector convention (EPSG:15929), as ProjNET reads TOWGS84.</summary>
    public const string Bd72NaarWgs84 = "TOWGS84[-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747]";

    private static readonly Lazy<MathTransform> MetDatumverschuiving = new(() => Maak(Bd72NaarWgs84));

    // ProjNET does not promise that a transform may be used by several threads at once (it keeps work arrays); the
    // conversions are cheap next to the import around them, so one lock is enough.
    private static readonly Lock Slot = new();

    /// <summary>(latitude, longitude) in WGS84 of a point in Lambert 72.</summary>
    public static (double Latitude, double Longitude) NaarWgs84(double x, double y) => Transformeer(MetDatumverschuiving.Value, x, y);

    /// <summary>For the test that proves the datum shift is applied: the same projection without it.</summary>
    internal static (double Latitude, double Longitude) ZonderDatumverschuiving(double x, double y) => Transformeer(Maak(string.Empty), x, y);

    private static (double Latitude, double Longitude) Transformeer(MathTransform transform, double x, double y)
    {
        double[] punt;
        lock (Slot)
        {
            punt = transform.Transform([x, y]);
        }

        return (punt[1], punt[0]);
    }

    private static MathTransform Maak(string towgs84)
    {
        var wkt =
            "PROJCS[\"Belge 1972 / Belgian Lambert 72\"," +
            "GEOGCS[\"Belge 1972\",DATUM[\"Reseau_National_Belge_1972\",SPHEROID[\"International 1924\",6378388,297,AUTHORITY[\"EPSG\",\"7022\"]]" +
            (towgs84.Length == 0 ? string.Empty : "," + towgs84) + ",AUTHORITY[\"EPSG\",\"6313\"]]," +
            "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4313\"]]," +
            "PROJECTION[\"Lambert_Conformal_Conic_2SP\"]," +
            "PARAMETER[\"latitude_of_origin\",90],PARAMETER[\"central_meridian\",4.36748666666667]," +
            "PARAMETER[\"standard_parallel_1\",51.1666672333333],PARAMETER[\"standard_parallel_2\",49.8333339]," +
            "PARAMETER[\"false_easting\",150000.013],PARAMETER[\"false_northing\",5400088.438]," +
            "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"31370\"]]";
        var lambert = (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(wkt);
        return new CoordinateTransformationFactory().CreateFromCoordinateSystems(lambert, GeographicCoordinateSystem.WGS84).MathTransform;
    }
}
