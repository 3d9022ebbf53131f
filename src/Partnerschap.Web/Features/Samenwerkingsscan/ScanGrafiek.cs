using System.Globalization;
using System.Net;
using System.Text;

namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>
/// The result per theme as a bar chart in SVG, drawn on the server (no JavaScript): per theme one bar per series
/// (one person; or the school and the organisation; or this scan and the previous one) on the scale 1–4, with the
/// borders of the stages. Colours come from classes in site.css (<c>scan-reeks-1</c>, …), never inline styles; each bar
/// also carries its number as text, so the chart does not depend on colour. The same figures are in a table next to it
/// (<c>_ScanTabel.cshtml</c>) for screen readers and print: the SVG is one image with a title and a summary.
/// </summary>
public static class ScanGrafiek
{
    private const int Breedte = 640;
    private const int Label = 250;
    private const int Rechts = 40;
    private const int BalkHoogte = 14;
    private const int Tussen = 4;
    private const int ThemaMarge = 14;
    private const int Boven = 34;

    public static string Svg(string id, string titel, IReadOnlyList<ScanReeks> reeksen)
    {
        ArgumentOutOfRangeException.ThrowIfZero(reeksen.Count);
        var themas = reeksen[0].Uitslag.Themas;
        var themaHoogte = (reeksen.Count * (BalkHoogte + Tussen)) + ThemaMarge;
        var hoogte = Boven + (themas.Count * themaHoogte) + 10;
        var schaal = (double)(Breedte - Label - Rechts) / 3;
        double X(double waarde) => Label + ((waarde - 1) * schaal);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"scan-grafiek\" viewBox=\"0 0 {Breedte} {hoogte}\" role=\"img\" aria-labelledby=\"{id}-titel {id}-samenvatting\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-titel\">{E(titel)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-samenvatting\">{E(Samenvatting(reeksen))}</desc>");

        // The stage bands and their names along the top.
        (double Van, double Tot, ScanFase Fase)[] banden =
            [(1, ScanUitslag.GrensGroeiend, ScanFase.Beginnend), (ScanUitslag.GrensGroeiend, ScanUitslag.GrensSterk, ScanFase.Groeiend), (ScanUitslag.GrensSterk, 4, ScanFase.Sterk)];
        foreach (var (van, tot, fase) in banden)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"scan-band scan-band-{(int)fase}\" x=\"{X(van):0.#}\" y=\"{Boven - 6}\" width=\"{X(tot) - X(van):0.#}\" height=\"{hoogte - Boven}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"scan-band-naam\" x=\"{(X(van) + X(tot)) / 2:0.#}\" y=\"{Boven - 14}\" text-anchor=\"middle\">{E(ScanSchaal.Label(fase))}</text>");
        }

        for (var i = 0; i < themas.Count; i++)
        {
            var y = Boven + (i * themaHoogte);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"scan-thema-naam\" x=\"{Label - 8}\" y=\"{y + (reeksen.Count * (BalkHoogte + Tussen) / 2.0) + 4:0.#}\" text-anchor=\"end\">{E(Kort(themas[i].Thema.Titel))}</text>");
            for (var r = 0; r < reeksen.Count; r++)
            {
                var uitslag = reeksen[r].Uitslag.Themas[i];
                var by = y + (r * (BalkHoogte + Tussen));
                if (uitslag.Gemiddelde is { } g)
                {
                    var breedte = Math.Max(2, X(g) - Label);
                    svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"scan-reeks-{r + 1}\" x=\"{Label}\" y=\"{by}\" width=\"{breedte:0.#}\" height=\"{BalkHoogte}\"/>");
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"scan-waarde\" x=\"{Label + breedte + 4:0.#}\" y=\"{by + BalkHoogte - 3}\">{g.ToString("0.0", Infrastructure.Nl.Cultuur)}</text>");
                }
                else
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"scan-waarde\" x=\"{Label + 4}\" y=\"{by + BalkHoogte - 3}\">geen antwoord</text>");
                }
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Samenvatting(IReadOnlyList<ScanReeks> reeksen)
    {
        var delen = reeksen[0].Uitslag.Themas.Select((t, i) =>
            t.Thema.Titel + ": " + string.Join(", ", reeksen.Select(r =>
                (reeksen.Count > 1 ? r.Naam + " " : string.Empty) +
                (r.Uitslag.Themas[i].Fase is { } f ? ScanSchaal.Label(f).ToLowerInvariant() : "geen fase"))));
        return "Fase per thema. " + string.Join("; ", delen) + ".";
    }

    private static string Kort(string tekst) => tekst.Length <= 38 ? tekst : tekst[..37] + "…";

    private static string E(string tekst) => WebUtility.HtmlEncode(tekst);
}
