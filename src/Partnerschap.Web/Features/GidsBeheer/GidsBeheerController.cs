using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Gids;
using Partnerschap.Web.Features.Gids.Markdown;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.GidsBeheer;

/// <summary>
/// The researcher's editor for the samenwerkingsgids: the overview, a new chapter, and writing a new version while the
/// published one stays online, with a preview. Every save is a new <see cref="HoofdstukVersie"/>; the chapter's version
/// token catches concurrent edits. Publishing is in <see cref="HoofdstukPublicatieController"/>, the versions in
/// <see cref="HoofdstukGeschiedenisController"/>.
/// </summary>
[Authorize(Roles = Rollen.Onderzoeker + "," + Rollen.Beheerder)]
public sealed partial class GidsBeheerController(
    PortalDbContext db,
    HoofdstukQueries hoofdstukken,
    GidsRenderer renderer,
    KaartIndexProvider indexProvider) : Controller
{
    private const string Prefix = "Formulier.";

    /// <summary>Slugs that would clash with routes of the guide.</summary>
    private static readonly HashSet<string> Gereserveerd = new(Gids.GidsController.GereserveerdeSlugs.Append("nieuw"), StringComparer.Ordinal);

    [HttpGet("gids/beheer")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var regels = await db.Hoofdstukken.AsNoTracking()
            .Select(h => new HoofdstukRegel(h.Slug, h.Titel, h.Groep, h.Volgorde, h.Status, h.GepubliceerdeVersie,
                h.Versies.Max(v => (int?)v.Nummer) ?? 0, h.GeplandeVersie, h.PublicatieOp))
            .ToListAsync(cancellationToken);
        return View(new BeheerOverzicht(regels.OrderBy(r => r.Groep).ThenBy(r => r.Volgorde).ThenBy(r => r.Slug, StringComparer.Ordinal).ToList()));
    }

    [HttpGet("gids/beheer/nieuw")]
    public IActionResult Nieuw() =>
        View("Bewerken", new HoofdstukBewerkenViewModel { Formulier = new HoofdstukFormulier { Tekst = string.Empty } });

    [HttpPost("gids/beheer/nieuw")]
    public async Task<IActionResult> Nieuw([Bind(Prefix = "Formulier")] HoofdstukFormulier formulier, string? actie, CancellationToken cancellationToken)
    {
        var slug = formulier.Slug?.Trim() ?? string.Empty;
        if (slug.Length == 0)
        {
            ModelState.AddModelError(Prefix + nameof(HoofdstukFormulier.Slug), "Vul het webadres van het hoofdstuk in, bijvoorbeeld ‘samen-op-uitstap’.");
        }
        else if (!SlugPatroon().IsMatch(slug))
        {
            ModelState.AddModelError(Prefix + nameof(HoofdstukFormulier.Slug), "Het webadres bestaat uit kleine letters, cijfers en streepjes, bijvoorbeeld ‘samen-op-uitstap’.");
        }
        else if (Gereserveerd.Contains(slug) || await db.Hoofdstukken.AnyAsync(h => h.Slug == slug, cancellationToken))
        {
            ModelState.AddModelError(Prefix + nameof(HoofdstukFormulier.Slug), $"Er is al een hoofdstuk met het webadres ‘{slug}’. Kies een ander.");
        }

        ValideerGroep(formulier);
        var pagina = new HoofdstukBewerkenViewModel { Formulier = formulier };
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Bewerken", pagina);
        }

        if (actie == "voorbeeld")
        {
            pagina.Voorbeeld = await RenderAsync(formulier.Tekst!, cancellationToken);
            return View("Bewerken", pagina);
        }

        var hoofdstuk = new Hoofdstuk
        {
            Id = Guid.NewGuid(),
            Slug = slug,
            Titel = formulier.Titel!.Trim(),
            Samenvatting = formulier.Samenvatting?.Trim() ?? string.Empty,
            Groep = formulier.Groep,
            Volgorde = formulier.Volgorde,
            LaatstNagekeken = formulier.LaatstNagekeken,
            Status = HoofdstukStatus.Concept,
            GewijzigdInPortaal = true,
        };
        hoofdstuk.Versies.Add(hoofdstukken.NieuweVersie(hoofdstuk, 1, hoofdstuk.Titel, hoofdstuk.Samenvatting, formulier.Tekst!,
            User.Identity?.Name, string.IsNullOrWhiteSpace(formulier.Notitie) ? "Nieuw hoofdstuk" : formulier.Notitie.Trim()));
        db.Hoofdstukken.Add(hoofdstuk);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone made a chapter with the same slug at the same moment.
            ModelState.AddModelError(Prefix + nameof(HoofdstukFormulier.Slug), $"Er is al een hoofdstuk met het webadres ‘{slug}’. Kies een ander.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Bewerken", pagina);
        }

        TempData[Statusbericht.Key] = $"Het hoofdstuk ‘{hoofdstuk.Titel}’ is aangemaakt als concept (versie 1). Lezers zien het pas als je het publiceert.";
        return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
    }

    [HttpGet("gids/beheer/{slug}")]
    public async Task<IActionResult> Bewerken(string slug, CancellationToken cancellationToken)
    {
        var hoofdstuk = await hoofdstukken.LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        return View(await hoofdstukken.PaginaAsync(hoofdstuk, await hoofdstukken.FormulierAsync(hoofdstuk, cancellationToken), cancellationToken));
    }

    [HttpPost("gids/beheer/{slug}")]
    public async Task<IActionResult> Bewerken(string slug, [Bind(Prefix = "Formulier")] HoofdstukFormulier formulier, string? actie, CancellationToken cancellationToken)
    {
        var hoofdstuk = await hoofdstukken.LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        formulier.Slug = hoofdstuk.Slug;
        ValideerGroep(formulier);
        if (actie != "voorbeeld" && string.IsNullOrWhiteSpace(formulier.Notitie))
        {
            ModelState.AddModelError(Prefix + nameof(HoofdstukFormulier.Notitie), "Schrijf kort wat je gewijzigd hebt. Zo kunnen anderen de geschiedenis volgen.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await hoofdstukken.PaginaAsync(hoofdstuk, formulier, cancellationToken));
        }

        if (actie == "voorbeeld")
        {
            var voorbeeld = await hoofdstukken.PaginaAsync(hoofdstuk, formulier, cancellationToken);
            voorbeeld.Voorbeeld = await RenderAsync(formulier.Tekst!, cancellationToken);
            return View(voorbeeld);
        }

        if (formulier.Versie != hoofdstuk.Versie)
        {
            return await ConflictAsync(hoofdstuk, formulier, cancellationToken);
        }

        var nieuwste = await hoofdstukken.NieuwsteAsync(hoofdstuk, cancellationToken);
        var titel = formulier.Titel!.Trim();
        var samenvatting = formulier.Samenvatting?.Trim() ?? string.Empty;
        var tekst = formulier.Tekst!.ReplaceLineEndings("\n");
        var inhoudGewijzigd = nieuwste is null || nieuwste.Titel != titel || nieuwste.Samenvatting != samenvatting || nieuwste.Tekst.ReplaceLineEndings("\n") != tekst;
        var gegevensGewijzigd = hoofdstuk.Groep != formulier.Groep || hoofdstuk.Volgorde != formulier.Volgorde || hoofdstuk.LaatstNagekeken != formulier.LaatstNagekeken;
        if (!inhoudGewijzigd && !gegevensGewijzigd)
        {
            TempData[Statusbericht.Key] = "Je wijzigde niets, dus er is geen nieuwe versie bewaard.";
            return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
        }

        hoofdstuk.Groep = formulier.Groep;
        hoofdstuk.Volgorde = formulier.Volgorde;
        hoofdstuk.LaatstNagekeken = formulier.LaatstNagekeken;
        hoofdstuk.GewijzigdInPortaal = true;
        var nummer = (nieuwste?.Nummer ?? 0) + 1;
        if (inhoudGewijzigd)
        {
            hoofdstuk.Titel = titel;
            hoofdstuk.Samenvatting = samenvatting;
            db.HoofdstukVersies.Add(hoofdstukken.NieuweVersie(hoofdstuk, nummer, titel, samenvatting, tekst, User.Identity?.Name, formulier.Notitie!.Trim()));
        }

        db.VerwachtVersie(hoofdstuk, formulier.Versie);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone saved between our read and our write (a concurrency failure, or the same version number).
            db.ChangeTracker.Clear();
            var actueel = await hoofdstukken.LaadAsync(slug, cancellationToken);
            return actueel is null ? NotFound() : await ConflictAsync(actueel, formulier, cancellationToken);
        }

        TempData[Statusbericht.Key] = inhoudGewijzigd
            ? hoofdstuk.GepubliceerdeVersie is { } online
                ? $"Versie {nummer} is bewaard als concept. Lezers zien nog versie {online} tot je publiceert."
                : $"Versie {nummer} is bewaard als concept. Lezers zien het hoofdstuk pas als je het publiceert."
            : "De gegevens van het hoofdstuk zijn bewaard. De tekst bleef gelijk, dus er is geen nieuwe versie.";
        return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
    }

    private async Task<GidsHtml> RenderAsync(string tekst, CancellationToken cancellationToken)
    {
        var index = await indexProvider.GetAsync(cancellationToken);
        return renderer.Render(tekst, query => GidsController.KaartLijst(index, query));
    }

    private async Task<IActionResult> ConflictAsync(Hoofdstuk actueel, HoofdstukFormulier formulier, CancellationToken cancellationToken)
    {
        var laatste = await hoofdstukken.NieuwsteAsync(actueel, cancellationToken);
        var opgeslagen = await hoofdstukken.FormulierAsync(actueel, cancellationToken);
        var pagina = await hoofdstukken.PaginaAsync(actueel, formulier, cancellationToken);
        pagina.Conflict = new ConflictWeergave("Iemand anders heeft dit hoofdstuk intussen bewaard",
            Momentopnamen.Verschillen(opgeslagen.Velden(), formulier.Velden()),
            laatste is null ? null : $"{laatste.Auteur} (versie {laatste.Nummer}, {BelgischeTijd.Tijdstip(laatste.Tijdstip)})");

        // The next save is based on what is stored now; the input stays as the person typed it.
        formulier.Versie = actueel.Versie;
        ModelState.Remove(Prefix + nameof(HoofdstukFormulier.Versie));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Bewerken", pagina);
    }

    private void ValideerGroep(HoofdstukFormulier formulier)
    {
        if (!Enum.IsDefined(formulier.Groep))
        {
            ModelState.AddModelError(Prefix + nameof(HoofdstukFormulier.Groep), "Kies het deel van de gids waar het hoofdstuk bij hoort.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPatroon();
}
