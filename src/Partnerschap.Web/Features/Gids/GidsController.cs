using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Gids.Markdown;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Caching;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Gids;

/// <summary>/gids and /gids/{slug}: the published chapters of the samenwerkingsgids for every reader.</summary>
public sealed partial class GidsController(PortalDbContext db, GidsRenderer renderer, KaartIndexProvider indexProvider, TimeProvider clock) : Controller
{
    /// <summary>Paths under /gids that are pages, never chapter slugs.</summary>
    public static readonly IReadOnlySet<string> GereserveerdeSlugs = new HashSet<string>(StringComparer.Ordinal) { "beheer", "zoeken", "afdrukken", "feedback" };

    [AllowAnonymous]
    [HttpGet("gids/afdrukken")]
    [ZwareAanvraag]
    public async Task<IActionResult> Afdrukken(CancellationToken cancellationToken)
    {
        var index = await indexProvider.GetAsync(cancellationToken);
        var hoofdstukken = (await GepubliceerdAsync(cancellationToken))
            .Select(h => new AfdrukHoofdstuk(h, Afdrukbaar(h.Slug, renderer.Render(h.Tekst, query => KaartLijst(index, query)))))
            .ToList();
        return View(hoofdstukken);
    }

    [AllowAnonymous]
    [HttpGet("gids/zoeken")]
    [ZwareAanvraag]
    public async Task<IActionResult> Zoeken(string? q, CancellationToken cancellationToken)
    {
        var vraag = q?.Trim() ?? string.Empty;
        if (vraag.Length > 200)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new GidsZoekResultaat(vraag[..200], [], "Je zoekvraag is te lang. Gebruik hoogstens 200 tekens."));
        }

        var woorden = GidsZoeker.Vouw(vraag).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (woorden.Length == 0)
        {
            return View(new GidsZoekResultaat(vraag, [], null));
        }

        // The hulpvragen words as known compound parts: the live list, from the same index (and stamp) as the map.
        var hulpvraagWoorden = (await indexProvider.GetAsync(cancellationToken)).Hulpvragen.Woorden;
        var treffers = GidsZoeker.Zoek(renderer, await GepubliceerdAsync(cancellationToken), woorden, hulpvraagWoorden);
        return View(new GidsZoekResultaat(vraag, treffers, null));
    }

    [AllowAnonymous]
    [HttpPost("gids/{slug}/nuttig")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.Security.RateLimits.PubliekFormulier)]
    public async Task<IActionResult> Nuttig(string slug, string? nuttig, string? opmerking, CancellationToken cancellationToken)
    {
        var id = slug.Length > 100 ? (Guid?)null : await db.Hoofdstukken.Where(h => h.Slug == slug && h.GepubliceerdeVersie != null && h.Status != HoofdstukStatus.Gearchiveerd)
            .Select(h => (Guid?)h.Id).FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return NotFound();
        }

        if (nuttig is not ("ja" or "nee") || opmerking?.Length > 1000)
        {
            TempData[Statusbericht.Key] = "Kies ‘ja’ of ‘nee’. Een opmerking heeft hoogstens 1000 tekens.";
            return Redirect($"/gids/{slug}#nuttig-titel");
        }

        db.GidsFeedback.Add(new GidsFeedback
        {
            HoofdstukId = id.Value,
            Nuttig = nuttig == "ja",
            Opmerking = string.IsNullOrWhiteSpace(opmerking) ? null : opmerking.Trim(),
            Tijdstip = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        TempData[Statusbericht.Key] = "Bedankt voor je reactie! Zo kunnen we de gids beter maken.";
        return Redirect($"/gids/{slug}#nuttig-titel");
    }

    [HttpGet("gids/feedback")]
    [Authorize(Roles = Rollen.Onderzoeker + "," + Rollen.Beheerder)]
    public async Task<IActionResult> Feedback(CancellationToken cancellationToken)
    {
        var hoofdstukken = await db.Hoofdstukken.AsNoTracking().Select(h => new { h.Id, h.Slug, h.Titel }).ToListAsync(cancellationToken);
        var feedback = await db.GidsFeedback.AsNoTracking().OrderByDescending(f => f.Tijdstip).Take(2000).ToListAsync(cancellationToken);
        var regels = hoofdstukken
            .Select(h => new FeedbackRegel(h.Titel, h.Slug,
                feedback.Count(f => f.HoofdstukId == h.Id && f.Nuttig), feedback.Count(f => f.HoofdstukId == h.Id && !f.Nuttig),
                feedback.Where(f => f.HoofdstukId == h.Id && f.Opmerking != null).Select(f => (f.Nuttig, f.Opmerking!, f.Tijdstip)).ToList()))
            .Where(r => r.Ja + r.Nee > 0)
            .OrderBy(r => r.Titel, StringComparer.CurrentCulture)
            .ToList();
        return View(regels);
    }

    [AllowAnonymous]
    [HttpGet("gids")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new GidsOverzicht(await GepubliceerdAsync(cancellationToken)));

    [AllowAnonymous]
    [HttpGet("gids/{slug}")]
    [OutputCache(PolicyName = PubliekePaginaPolicy.Hoofdstuk)]
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
        return View(new HoofdstukViewModel(
            hoofdstuk,
            html,
            positie > 0 ? hoofdstukken[positie - 1] : null,
            positie < hoofdstukken.Count - 1 ? hoofdstukken[positie + 1] : null));
    }

    /// <summary>The live list of a ```kaart block: the first five organisations the search finds, and the total.</summary>
    public static KaartLijst? KaartLijst(KaartIndex index, string query)
    {
        var vraag = ZoekVraag.Lees(new QueryCollection(QueryHelpers.ParseQuery(query)), index.Plaatsen, index.Talen);
        if (vraag.Waarschuwingen.Count > 0)
        {
            return null;
        }

        var resultaat = KaartZoeker.Zoek(index, vraag);
        var regels = resultaat.Treffers.Take(5).Select(t => new KaartRegel(
            t.Item.Naam,
            t.Item.Url,
            t.Item.TypeLabel,
            t.Item.Plaats)).ToList();
        return new KaartLijst(regels, resultaat.Totaal);
    }

    /// <summary>
    /// The chapter's HTML inside the one-document print view: headings one level deeper (the chapter title is the h2)
    /// and ids and in-page links prefixed with the slug, so that anchors of different chapters cannot clash.
    /// </summary>
    private static GidsHtml Afdrukbaar(string slug, GidsHtml html)
    {
        var dieper = KopNiveau().Replace(html.Html, m => $"<{m.Groups[1].Value}h{Math.Min(6, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1)}");
        var metIds = dieper.Replace("id=\"", $"id=\"{slug}--", StringComparison.Ordinal).Replace("href=\"#", $"href=\"#{slug}--", StringComparison.Ordinal);
        return html with { Html = metIds, Inhoud = html.Inhoud.Select(k => k with { Id = $"{slug}--{k.Id}" }).ToList() };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<(/?)h([2-5])\b")]
    private static partial System.Text.RegularExpressions.Regex KopNiveau();

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
