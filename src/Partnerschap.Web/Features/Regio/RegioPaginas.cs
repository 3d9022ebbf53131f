using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Regio;

/// <summary>Builds the page models of /regio and /regio/{gemeente} from the shared figures and outlines.</summary>
public static class RegioPaginas
{
    public static RegioPagina Overzicht(RegioCijfers regio, RegioGeometrie geometrie, int aanleiding, IReadOnlyList<string> waarschuwingen)
    {
        var term = Vocabulaire.Aanleidingen[aanleiding];
        var (klassen, legenda) = RegioKlassen.Verdeel([.. regio.Gemeenten.Select(g => g.Per10Scholen(aanleiding))]);
        var gebieden = new List<KaartGebied>(regio.Gemeenten.Count);
        for (var i = 0; i < regio.Gemeenten.Count; i++)
        {
            var g = regio.Gemeenten[i];
            if (geometrie.Vorm(g.Gemeente.Slug) is { } vorm)
            {
                gebieden.Add(new KaartGebied(vorm.Slug, vorm.Pad, klassen[i], Label(g, aanleiding)));
            }
        }

        var kaart = new RegioKaart("regio-kaart", $"{term.Label}: organisaties per 10 scholen, per gemeente", geometrie.ViewBox, gebieden);
        return new RegioPagina(term, aanleiding, kaart, Brussel(regio, geometrie, gebieden), legenda, regio.Gemeenten, waarschuwingen);
    }

    /// <summary>The 19 Brussels gemeenten are small on the map of the whole region: the same shapes, seen through a viewBox around them.</summary>
    private static RegioKaart? Brussel(RegioCijfers regio, RegioGeometrie geometrie, List<KaartGebied> gebieden)
    {
        var slugs = regio.Gemeenten.Where(g => g.Gemeente.Delen.All(d => d.Gewest == "Brussel")).Select(g => g.Gemeente.Slug).ToHashSet(StringComparer.Ordinal);
        var vormen = slugs.Select(geometrie.Vorm).OfType<RegioVorm>().ToList();
        if (vormen.Count == 0)
        {
            return null;
        }

        const double marge = 2;
        var (minX, minY) = (vormen.Min(v => v.MinX) - marge, vormen.Min(v => v.MinY) - marge);
        var (maxX, maxY) = (vormen.Max(v => v.MaxX) + marge, vormen.Max(v => v.MaxY) + marge);
        return new RegioKaart("regio-kaart-brussel", "Het Brussels Hoofdstedelijk Gewest, vergroot", ViewBox(minX, minY, maxX, maxY), [.. gebieden.Where(g => slugs.Contains(g.Slug))], Vergroting: true);
    }

    public static GemeentePagina Gemeente(GemeenteCijfers cijfers, RegioGeometrie geometrie)
    {
        var zonderAanbod = Vocabulaire.Aanleidingen.Where((_, i) => cijfers.PerAanleiding[i] == 0).ToList();
        var zonderSamenwerking = Vocabulaire.Samenwerkingsvormen.Where((_, i) => cijfers.PerVorm[i] == 0).ToList();
        return new GemeentePagina(cijfers, zonderAanbod, zonderSamenwerking, Omgeving(cijfers.Gemeente, geometrie));
    }

    /// <summary>"Gent: 3,2 organisaties per 10 scholen"; "Herstappe: geen scholen".</summary>
    public static string Label(GemeenteCijfers g, int aanleiding) =>
        g.Per10Scholen(aanleiding) is { } cijfer
            ? $"{g.Gemeente.Naam}: {RegioKlassen.Getal(cijfer)} organisaties per 10 scholen"
            : $"{g.Gemeente.Naam}: geen scholen";

    /// <summary>The gemeente and the gemeenten around it: the same outlines, seen through a smaller viewBox.</summary>
    private static RegioKaart? Omgeving(Gemeente2025 gemeente, RegioGeometrie geometrie)
    {
        if (geometrie.Vorm(gemeente.Slug) is not { } vorm)
        {
            return null;
        }

        var marge = Math.Max(Math.Max(vorm.MaxX - vorm.MinX, vorm.MaxY - vorm.MinY) * 0.6, 15);
        var (minX, minY, maxX, maxY) = (vorm.MinX - marge, vorm.MinY - marge, vorm.MaxX + marge, vorm.MaxY + marge);
        var namen = geometrie.Namen;
        var gebieden = geometrie.Vormen
            .Where(v => v.Raakt(minX, minY, maxX, maxY))
            .OrderBy(v => v.Slug == vorm.Slug) // the chosen one last: drawn on top, its border whole
            .Select(v => new KaartGebied(v.Slug, v.Pad, -1, v.Slug == vorm.Slug ? $"{gemeente.Naam} (deze gemeente)" : namen[v.Slug], v.Slug == vorm.Slug))
            .ToList();
        return new RegioKaart("omgeving-kaart", $"{gemeente.Naam} en de gemeenten errond", ViewBox(minX, minY, maxX, maxY), gebieden);
    }

    /// <summary>The viewBox that shows the part of the map between these corners (SVG units of <see cref="RegioGeometrie"/>).</summary>
    private static string ViewBox(double minX, double minY, double maxX, double maxY) =>
        string.Join(' ', new[] { minX, minY, maxX - minX, maxY - minY }.Select(d => Math.Round(d, 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
