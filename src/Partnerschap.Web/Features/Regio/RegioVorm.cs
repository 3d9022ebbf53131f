namespace Partnerschap.Web.Features.Regio;

/// <summary>
/// The outline of one municipality of 2025 on the map: an SVG path in the coordinates of
/// <see cref="RegioGeometrie.ViewBox"/>, and the box around it (to zoom in on it and find its neighbours).
/// </summary>
public sealed record RegioVorm(string Slug, string Pad, double MinX, double MinY, double MaxX, double MaxY)
{
    public bool Raakt(double minX, double minY, double maxX, double maxY) =>
        MinX <= maxX && MaxX >= minX && MinY <= maxY && MaxY >= minY;
}
