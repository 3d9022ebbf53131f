namespace Partnerschap.Web.Features.SocialeKaart;

/// <summary>
/// Settings under <c>Kaartweergave</c>: where the background of the map view on /sociale-kaart comes from
/// (docs/operations.md, "De achtergrondkaart"). The CSP allows images from the host of <see cref="TegelUrl"/> and no
/// other; a wrong value stops the portal at start with <see cref="Fout"/>.
/// </summary>
public sealed class KaartweergaveOptions
{
    public const string Section = "Kaartweergave";

    /// <summary>
    /// The default: the GRB basiskaart of Digitaal Vlaanderen (WMTS, Web Mercator matrix set GoogleMapsVL, asked for
    /// as XYZ tiles). It covers Flanders only; Brussels stays blank on it.
    /// </summary>
    public const string GrbBasiskaart =
        "https://geo.api.vlaanderen.be/GRB/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=grb_bsk&STYLE=&FORMAT=image/png&TILEMATRIXSET=GoogleMapsVL&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}";

    /// <summary>An XYZ tile address with <c>{z}</c>, <c>{x}</c> and <c>{y}</c>: https, or a path on the portal itself.</summary>
    public string TegelUrl { get; set; } = GrbBasiskaart;

    /// <summary>Who made the tiles, shown as plain text in the corner of the map (the tile licence asks for it).</summary>
    public string Attributie { get; set; } = "© Digitaal Vlaanderen";

    /// <summary>Optional https page the attribution links to.</summary>
    public string? AttributieUrl { get; set; } = "https://www.vlaanderen.be/digitaal-vlaanderen";

    /// <summary>The closest zoom level the tile server has.</summary>
    public int MaxZoom { get; set; } = 19;

    /// <summary>
    /// The CSP source of the tile server (<c>https://geo.api.vlaanderen.be</c>), or null when the tiles come from the
    /// portal itself and <c>'self'</c> covers them.
    /// </summary>
    public string? TegelBron =>
        Uri.TryCreate(TegelUrl, UriKind.Absolute, out var adres) && adres.Scheme == Uri.UriSchemeHttps
            ? adres.GetLeftPart(UriPartial.Authority)
            : null;

    /// <summary>What is wrong with these settings, in Dutch for the operator; null when they are usable.</summary>
    public string? Fout
    {
        get
        {
            var url = TegelUrl?.Trim() ?? "";
            var opPortaal = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);
            if (!opPortaal && TegelBron is null)
            {
                return $"Kaartweergave:TegelUrl '{url}' is geen https-adres en geen pad op het portaal (begint met /).";
            }

            if (!url.Contains("{z}", StringComparison.Ordinal) || !url.Contains("{x}", StringComparison.Ordinal) || !url.Contains("{y}", StringComparison.Ordinal))
            {
                return "Kaartweergave:TegelUrl mist {z}, {x} of {y}: de kaart kan er geen tegels mee vragen.";
            }

            if (string.IsNullOrWhiteSpace(Attributie))
            {
                return "Kaartweergave:Attributie is leeg: zet erbij wie de achtergrondkaart maakt (dat vraagt de licentie van de tegels).";
            }

            if (!string.IsNullOrEmpty(AttributieUrl) && !(Uri.TryCreate(AttributieUrl, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps))
            {
                return $"Kaartweergave:AttributieUrl '{AttributieUrl}' is geen https-adres.";
            }

            return MaxZoom is < 1 or > 22 ? $"Kaartweergave:MaxZoom {MaxZoom} ligt niet tussen 1 en 22." : null;
        }
    }
}
