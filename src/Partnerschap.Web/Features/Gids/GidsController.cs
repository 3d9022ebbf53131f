using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Gids.Markdown;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;

namespace Partnerschap.Web.Features.Gids;

/// <summary>/gids and /gids/{slug}: the published chapters of the samenwerkingsgids for every reader.</summary>
[AllowAnonymous]
public sealed class GidsController(PortalDbContext db, GidsRenderer renderer, KaartIndexProvider indexProvider) : Controller
{
    [HttpGet("gids")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new GidsOverzicht(await GepubliceerdAsync(cancellationToken)));

    [HttpGet("gids/{slug}")]
    public async Task<IActionResult> Hoofdstuk(string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > 100)
        {
            return NotFound();
        }

        var hoofdstukken = await GepubliceerdAsync(cancellationToken);
        var positie = hoofdstukken.FindIndex(h => h.Slug == slug);
        if (positie < 0)
        {
            return NotFound();
        }

        var hoofdstuk = hoofdstukken[positie];
        var index = await indexProvider.GetAsync(cancellationToken);
        var html = renderer.Render(hoofdstuk.Tekst, query => KaartLijst(index, query));
        return View(new HoofdstukPagina(
            hoofdstuk,
            html,
            positie > 0 ? hoofdstukken[positie - 1] : null,
            positie < hoofdstukken.Count - 1 ? hoofdstukken[positie + 1] : null));
    }

    /// <summary>The live list of a ```kaart block: the first five organisations the search finds, and the total.</summary>
    public static KaartLijst? KaartLijst(KaartIndex index, string query)
    {
        var vraag = ZoekVraag.Lees(new QueryCollection(QueryHelpers.ParseQuery(query)), index.Gemeenten, index.Talen);
        if (vraag.Meldingen.Count > 0)
        {
            return null;
        }

        var resultaat = KaartZoeker.Zoek(index, vraag);
        var regels = resultaat.Treffers.Take(5).Select(t => new KaartRegel(
            t.Item.Naam,
            t.Item.Soort switch { Soort.Scholen => "/scholen/", Soort.Brugfiguren => "/brugfiguren/", _ => "/organisaties/" } + t.Item.Slug,
            t.Item.TypeLabel,
            t.Item.Plaats)).ToList();
        return new KaartLijst(regels, resultaat.Totaal);
    }

    /// <summary>Published chapters in reading order, each with the text of its published version.</summary>
    private async Task<List<GepubliceerdHoofdstuk>> GepubliceerdAsync(CancellationToken cancellationToken)
    {
        var lijst = await db.Hoofdstukken.AsNoTracking()
            .Where(h => h.Status != HoofdstukStatus.Gearchiveerd && h.GepubliceerdeVersie != null)
            .Select(h => new
            {
                h.Slug, h.Groep, h.Volgorde, h.LaatstNagekeken,
                Versie = h.Versies.Where(v => v.Nummer == h.GepubliceerdeVersie).Select(v => new { v.Titel, v.Samenvatting, v.Tekst }).First(),
            })
            .ToListAsync(cancellationToken);
        return lijst
            .OrderBy(h => h.Groep).ThenBy(h => h.Volgorde).ThenBy(h => h.Slug, StringComparer.Ordinal)
            .Select(h => new GepubliceerdHoofdstuk(h.Slug, h.Versie.Titel, h.Versie.Samenvatting, h.Groep, h.LaatstNagekeken, h.Versie.Tekst))
            .ToList();
    }
}

public sealed record GepubliceerdHoofdstuk(string Slug, string Titel, string Samenvatting, GidsGroep Groep, DateOnly? LaatstNagekeken, string Tekst);

public sealed record GidsOverzicht(IReadOnlyList<GepubliceerdHoofdstuk> Hoofdstukken)
{
    public static string GroepTitel(GidsGroep groep) => groep switch
    {
        GidsGroep.Inleiding => "Inleiding",
        GidsGroep.Waarom => "Waarom samenwerken?",
        GidsGroep.Voorwaarden => "Onder welke voorwaarden lukt het?",
        GidsGroep.Rollen => "Wie doet wat?",
        GidsGroep.Samenwerkingsvormen => "Vier vormen van samenwerking",
        GidsGroep.Ondersteuning => "Wie ondersteunt jullie?",
        _ => "Uit de praktijk",
    };
}

public sealed record HoofdstukPagina(GepubliceerdHoofdstuk Hoofdstuk, GidsHtml Html, GepubliceerdHoofdstuk? Vorige, GepubliceerdHoofdstuk? Volgende);
