using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Gids.Markdown;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
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

        var woorden = Vouw(vraag).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (woorden.Length == 0)
        {
            return View(new GidsZoekResultaat(vraag, [], null));
        }

        // The hulpvragen words as known compound parts: the live list, from the same index (and stamp) as the map.
        var hulpvraagWoorden = (await indexProvider.GetAsync(cancellationToken)).Hulpvragen.Woorden;
        var vormenPerDeel = VormenPerDeel.GetValue(hulpvraagWoorden, _ => new(StringComparer.Ordinal));
        var treffers = new List<GidsTreffer>();
        foreach (var hoofdstuk in await GepubliceerdAsync(cancellationToken))
        {
            foreach (var deel in Delen(hoofdstuk))
            {
                var gevouwen = Vouw(deel.Titel + " " + deel.Tekst);
                // A word matches as written (also inside a longer word) or in another form: the same Dutch word forms as
                // the sociale kaart (plurals, inflections, compounds: Woordvormen).
                // The word forms of a section are computed once per text and vocabulary, not on every search.
                if (woorden.All(w => gevouwen.Contains(w, StringComparison.Ordinal) ||
                        InEenAndereVorm(w, Vormen(vormenPerDeel, gevouwen, hulpvraagWoorden), hulpvraagWoorden)))
                {
                    treffers.Add(new GidsTreffer(hoofdstuk.Titel, deel.Titel, $"/gids/{hoofdstuk.Slug}" + (deel.Anker is null ? string.Empty : "#" + deel.Anker), Fragment(deel.Tekst, woorden),
                        woorden.Sum(w => Tel(gevouwen, w)) + (woorden.All(w => Vouw(deel.Titel).Contains(w, StringComparison.Ordinal)) ? 10 : 0)));
                }
            }
        }

        return View(new GidsZoekResultaat(vraag, treffers.OrderByDescending(t => t.Score).Take(50).ToList(), null));
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
            TempData[Meldingen.Key] = "Kies ‘ja’ of ‘nee’. Een opmerking heeft hoogstens 1000 tekens.";
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
        TempData[Meldingen.Key] = "Bedankt voor je reactie! Zo kunnen we de gids beter maken.";
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
        var vraag = ZoekVraag.Lees(new QueryCollection(QueryHelpers.ParseQuery(query)), index.Plaatsen, index.Talen);
        if (vraag.Meldingen.Count > 0)
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

    /// <summary>Sections of a chapter by its h2/h3 headings (the same ids as the renderer gives them).</summary>
    private IEnumerable<(string Titel, string? Anker, string Tekst)> Delen(GepubliceerdHoofdstuk hoofdstuk)
    {
        var koppen = renderer.Render(hoofdstuk.Tekst).Inhoud;
        var titel = hoofdstuk.Titel;
        string? anker = null;
        var tekst = new System.Text.StringBuilder(hoofdstuk.Samenvatting).Append('\n');
        var k = 0;
        var inCode = false;
        foreach (var regel in hoofdstuk.Tekst.Split('\n'))
        {
            if (regel.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }

            var kop = !inCode ? KopRegel().Match(regel) : System.Text.RegularExpressions.Match.Empty;
            if (kop.Success && kop.Groups[1].Length <= 3 && k < koppen.Count)
            {
                yield return (titel, anker, tekst.ToString());
                titel = koppen[k].Tekst;
                anker = koppen[k].Id;
                k++;
                tekst.Clear();
                continue;
            }

            if (!regel.StartsWith(":::", StringComparison.Ordinal))
            {
                tekst.Append(regel).Append('\n');
            }
        }

        yield return (titel, anker, tekst.ToString());
    }

    /// <summary>Lower case, accents folded, punctuation to spaces: "Één CLB-medewerker" → "een clb medewerker".</summary>
    public static string Vouw(string tekst)
    {
        // Accents and case folded as everywhere (Slugs.Fold); anything but a letter or digit becomes a space.
        var gevouwen = Slugs.Fold(tekst).ToCharArray();
        for (var i = 0; i < gevouwen.Length; i++)
        {
            if (!char.IsLetterOrDigit(gevouwen[i]))
            {
                gevouwen[i] = ' ';
            }
        }

        return new string(gevouwen);
    }

    /// <summary>
    /// Word forms per folded section text, for one hulpvragen vocabulary (a new vocabulary, after a Beheerder's change,
    /// gets a new table and the old one is collected). The texts are those of published chapters: at most a few
    /// thousand sections; beyond <see cref="MaxDelen"/> forms are computed without being kept.
    /// </summary>
    private static readonly ConditionalWeakTable<IReadOnlySet<string>, ConcurrentDictionary<string, HashSet<string>>> VormenPerDeel = new();
    private const int MaxDelen = 5_000;

    private static HashSet<string> Vormen(ConcurrentDictionary<string, HashSet<string>> perDeel, string gevouwen, IReadOnlySet<string> hulpvraagWoorden) =>
        perDeel.TryGetValue(gevouwen, out var vormen) ? vormen
        : perDeel.Count < MaxDelen ? perDeel.GetOrAdd(gevouwen, tekst => GidsWoordvormen(tekst, hulpvraagWoorden))
        : GidsWoordvormen(gevouwen, hulpvraagWoorden);

    /// <summary>The stems of every word of a section, and of both parts of its compounds.</summary>
    private static HashSet<string> GidsWoordvormen(string gevouwen, IReadOnlySet<string> hulpvraagWoorden)
    {
        var woorden = gevouwen.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var stammen = woorden.Select(Woordvormen.Stam).ToHashSet(StringComparer.Ordinal);
        foreach (var woord in woorden)
        {
            if (Woordvormen.Delen(woord, w => Woordvormen.Bekend(w, woorden.Contains, stammen, hulpvraagWoorden)) is var (links, rechts))
            {
                stammen.Add(Woordvormen.Stam(links));
                stammen.Add(Woordvormen.Stam(rechts));
            }
        }

        return stammen;
    }

    /// <summary>The word's stem is in the section, or it is a compound whose two parts are.</summary>
    private static bool InEenAndereVorm(string woord, HashSet<string> vormen, IReadOnlySet<string> hulpvraagWoorden) =>
        vormen.Contains(Woordvormen.Stam(woord)) || DelenIn(woord, vormen, hulpvraagWoorden);

    /// <summary>A typed compound ("schoolrekening") whose two parts are both in the section.</summary>
    private static bool DelenIn(string woord, HashSet<string> stammen, IReadOnlySet<string> hulpvraagWoorden) =>
        Woordvormen.Delen(woord, w => Woordvormen.Bekend(w, _ => false, stammen, hulpvraagWoorden))
            is var (links, rechts) && stammen.Contains(Woordvormen.Stam(links)) && stammen.Contains(Woordvormen.Stam(rechts));

    private static int Tel(string tekst, string woord)
    {
        var aantal = 0;
        for (var i = tekst.IndexOf(woord, StringComparison.Ordinal); i >= 0; i = tekst.IndexOf(woord, i + woord.Length, StringComparison.Ordinal))
        {
            aantal++;
        }

        return aantal;
    }

    /// <summary>About 30 words around the first match, as plain text (Markdig renders the Markdown away).</summary>
    private static string Fragment(string tekst, string[] woorden)
    {
        var schoon = MarkdownTekens().Replace(Markdig.Markdown.ToPlainText(KaartLinks().Replace(tekst, "$1")), " ");
        var delen = schoon.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var eerste = Array.FindIndex(delen, d => woorden.Any(w => Vouw(d).Contains(w, StringComparison.Ordinal)));
        var start = Math.Max(0, eerste - 12);
        var fragment = string.Join(' ', delen.Skip(start).Take(30));
        return (start > 0 ? "… " : string.Empty) + fragment + (start + 30 < delen.Length ? " …" : string.Empty);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<(/?)h([2-5])\b")]
    private static partial System.Text.RegularExpressions.Regex KopNiveau();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(#{1,6})\s+\S")]
    private static partial System.Text.RegularExpressions.Regex KopRegel();

    [System.Text.RegularExpressions.GeneratedRegex(@"[*_`>#\[\]]|\]\([^)]*\)|\((?:kaart|organisatie):[^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex MarkdownTekens();

    /// <summary>"[tekst](kaart:...)" and "[tekst](organisatie:...)": keep the text, drop the portal link.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\[([^\]]*)\]\((?:kaart|organisatie):[^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex KaartLinks();

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
