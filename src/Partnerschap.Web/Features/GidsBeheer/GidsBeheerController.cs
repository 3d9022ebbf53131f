using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Gids;
using Partnerschap.Web.Features.Gids.Markdown;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Audit;

namespace Partnerschap.Web.Features.GidsBeheer;

/// <summary>
/// The researcher's workflow for the samenwerkingsgids: write a new version of a chapter while the published one
/// stays online, preview it, check its links, publish it now or at a set time, archive it, compare and restore
/// versions. Every save is a new <see cref="HoofdstukVersie"/>; the chapter's version token catches concurrent edits.
/// </summary>
[Authorize(Roles = Rollen.Onderzoeker + "," + Rollen.Beheerder)]
public sealed partial class GidsBeheerController(
    PortalDbContext db,
    GidsRenderer renderer,
    GidsPublicatie publicatie,
    KaartIndexProvider indexProvider,
    AuditLogger audit,
    TimeProvider clock) : Controller
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
        View("Bewerken", new HoofdstukBewerkenPagina { Formulier = new HoofdstukFormulier { Tekst = string.Empty } });

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
        var pagina = new HoofdstukBewerkenPagina { Formulier = formulier };
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
        hoofdstuk.Versies.Add(NieuweVersie(hoofdstuk, 1, hoofdstuk.Titel, hoofdstuk.Samenvatting, formulier.Tekst!,
            string.IsNullOrWhiteSpace(formulier.Notitie) ? "Nieuw hoofdstuk" : formulier.Notitie.Trim()));
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

        TempData[Meldingen.Key] = $"Het hoofdstuk ‘{hoofdstuk.Titel}’ is aangemaakt als concept (versie 1). Lezers zien het pas als je het publiceert.";
        return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
    }

    [HttpGet("gids/beheer/{slug}")]
    public async Task<IActionResult> Bewerken(string slug, CancellationToken cancellationToken)
    {
        var hoofdstuk = await LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        return View(await PaginaAsync(hoofdstuk, await FormulierAsync(hoofdstuk, cancellationToken), cancellationToken));
    }

    [HttpPost("gids/beheer/{slug}")]
    public async Task<IActionResult> Bewerken(string slug, [Bind(Prefix = "Formulier")] HoofdstukFormulier formulier, string? actie, CancellationToken cancellationToken)
    {
        var hoofdstuk = await LaadAsync(slug, cancellationToken);
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
            return View(await PaginaAsync(hoofdstuk, formulier, cancellationToken));
        }

        if (actie == "voorbeeld")
        {
            var voorbeeld = await PaginaAsync(hoofdstuk, formulier, cancellationToken);
            voorbeeld.Voorbeeld = await RenderAsync(formulier.Tekst!, cancellationToken);
            return View(voorbeeld);
        }

        if (formulier.Versie != hoofdstuk.Versie)
        {
            return await ConflictAsync(hoofdstuk, formulier, cancellationToken);
        }

        var nieuwste = await NieuwsteAsync(hoofdstuk, cancellationToken);
        var titel = formulier.Titel!.Trim();
        var samenvatting = formulier.Samenvatting?.Trim() ?? string.Empty;
        var tekst = formulier.Tekst!.ReplaceLineEndings("\n");
        var inhoudGewijzigd = nieuwste is null || nieuwste.Titel != titel || nieuwste.Samenvatting != samenvatting || nieuwste.Tekst.ReplaceLineEndings("\n") != tekst;
        var gegevensGewijzigd = hoofdstuk.Groep != formulier.Groep || hoofdstuk.Volgorde != formulier.Volgorde || hoofdstuk.LaatstNagekeken != formulier.LaatstNagekeken;
        if (!inhoudGewijzigd && !gegevensGewijzigd)
        {
            TempData[Meldingen.Key] = "Je wijzigde niets, dus er is geen nieuwe versie bewaard.";
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
            db.HoofdstukVersies.Add(NieuweVersie(hoofdstuk, nummer, titel, samenvatting, tekst, formulier.Notitie!.Trim()));
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
            var actueel = await LaadAsync(slug, cancellationToken);
            return actueel is null ? NotFound() : await ConflictAsync(actueel, formulier, cancellationToken);
        }

        TempData[Meldingen.Key] = inhoudGewijzigd
            ? hoofdstuk.GepubliceerdeVersie is { } online
                ? $"Versie {nummer} is bewaard als concept. Lezers zien nog versie {online} tot je publiceert."
                : $"Versie {nummer} is bewaard als concept. Lezers zien het hoofdstuk pas als je het publiceert."
            : "De gegevens van het hoofdstuk zijn bewaard. De tekst bleef gelijk, dus er is geen nieuwe versie.";
        return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
    }

    [HttpPost("gids/beheer/{slug}/publiceren")]
    public async Task<IActionResult> Publiceren(string slug, int? nummer, CancellationToken cancellationToken)
    {
        var (hoofdstuk, nieuwste, antwoord) = await LaadNieuwsteAsync(slug, nummer, "publiceer", cancellationToken);
        if (antwoord is not null)
        {
            return antwoord;
        }

        var kapot = await publicatie.ControleerLinksAsync(hoofdstuk.Slug, nieuwste.Tekst, cancellationToken);
        if (kapot.Count > 0)
        {
            return await GeweigerdAsync(hoofdstuk, kapot, null, cancellationToken);
        }

        hoofdstuk.GepubliceerdeVersie = nieuwste.Nummer;
        hoofdstuk.Status = HoofdstukStatus.Gepubliceerd;
        hoofdstuk.GeplandeVersie = null;
        hoofdstuk.PublicatieOp = null;
        audit.Registreer(AuditSoorten.HoofdstukGepubliceerd, $"gids/{hoofdstuk.Slug}", $"Versie {nieuwste.Nummer}");
        if (!await BewaarAsync(cancellationToken))
        {
            return Redirect($"/gids/beheer/{slug}");
        }

        TempData[Meldingen.Key] = $"Versie {nieuwste.Nummer} is gepubliceerd. Lezers zien ze nu op /gids/{hoofdstuk.Slug}.";
        return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
    }

    [HttpPost("gids/beheer/{slug}/plannen")]
    public async Task<IActionResult> Plannen(string slug, string? planOp, int? nummer, CancellationToken cancellationToken)
    {
        var (hoofdstuk, nieuwste, antwoord) = await LaadNieuwsteAsync(slug, nummer, "plan", cancellationToken);
        if (antwoord is not null)
        {
            return antwoord;
        }

        var fout = LeesTijdstip(planOp, out var op);
        if (fout is not null)
        {
            ModelState.AddModelError("PlanOp", fout);
            return await GeweigerdAsync(hoofdstuk, null, planOp, cancellationToken);
        }

        var kapot = await publicatie.ControleerLinksAsync(hoofdstuk.Slug, nieuwste.Tekst, cancellationToken);
        if (kapot.Count > 0)
        {
            return await GeweigerdAsync(hoofdstuk, kapot, planOp, cancellationToken);
        }

        hoofdstuk.GeplandeVersie = nieuwste.Nummer;
        hoofdstuk.PublicatieOp = op;
        audit.Registreer(AuditSoorten.HoofdstukGepland, $"gids/{hoofdstuk.Slug}", $"Versie {nieuwste.Nummer} op {BelgischeTijd.Tijdstip(op)}");
        if (!await BewaarAsync(cancellationToken))
        {
            return Redirect($"/gids/beheer/{slug}");
        }

        TempData[Meldingen.Key] = $"Versie {nieuwste.Nummer} wordt gepubliceerd op {BelgischeTijd.Tijdstip(op)}.";
        return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
    }

    [HttpPost("gids/beheer/{slug}/plannen-annuleren")]
    public async Task<IActionResult> PlannenAnnuleren(string slug, CancellationToken cancellationToken)
    {
        var hoofdstuk = await LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        if (hoofdstuk.GeplandeVersie is null)
        {
            TempData[Meldingen.Key] = "Er was geen publicatie gepland.";
            return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
        }

        hoofdstuk.GeplandeVersie = null;
        hoofdstuk.PublicatieOp = null;
        if (await BewaarAsync(cancellationToken))
        {
            TempData[Meldingen.Key] = "De geplande publicatie is geannuleerd.";
        }

        return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
    }

    [HttpPost("gids/beheer/{slug}/archiveren")]
    public async Task<IActionResult> Archiveren(string slug, CancellationToken cancellationToken)
    {
        var hoofdstuk = await LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        hoofdstuk.Status = HoofdstukStatus.Gearchiveerd;
        hoofdstuk.GeplandeVersie = null;
        hoofdstuk.PublicatieOp = null;
        audit.Registreer(AuditSoorten.HoofdstukGearchiveerd, $"gids/{hoofdstuk.Slug}");
        if (await BewaarAsync(cancellationToken))
        {
            TempData[Meldingen.Key] = $"‘{hoofdstuk.Titel}’ is gearchiveerd. Lezers zien het niet meer; je kan het terugzetten.";
        }

        return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
    }

    [HttpPost("gids/beheer/{slug}/terugzetten-uit-archief")]
    public async Task<IActionResult> TerugzettenUitArchief(string slug, CancellationToken cancellationToken)
    {
        var hoofdstuk = await LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        if (hoofdstuk.Status != HoofdstukStatus.Gearchiveerd)
        {
            TempData[Meldingen.Key] = "Dit hoofdstuk staat niet in het archief.";
            return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
        }

        hoofdstuk.Status = hoofdstuk.GepubliceerdeVersie is null ? HoofdstukStatus.Concept : HoofdstukStatus.Gepubliceerd;
        audit.Registreer(AuditSoorten.HoofdstukUitArchief, $"gids/{hoofdstuk.Slug}");
        if (await BewaarAsync(cancellationToken))
        {
            TempData[Meldingen.Key] = hoofdstuk.GepubliceerdeVersie is { } v
                ? $"‘{hoofdstuk.Titel}’ is terug uit het archief. Lezers zien opnieuw versie {v}."
                : $"‘{hoofdstuk.Titel}’ is terug uit het archief, als concept.";
        }

        return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
    }

    [HttpGet("gids/beheer/{slug}/geschiedenis")]
    public async Task<IActionResult> Geschiedenis(string slug, CancellationToken cancellationToken)
    {
        var hoofdstuk = await LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        var versies = await db.HoofdstukVersies.AsNoTracking()
            .Where(v => v.HoofdstukId == hoofdstuk.Id)
            .OrderByDescending(v => v.Nummer)
            .Select(v => new VersieRegel(v.Nummer, v.Tijdstip, v.Auteur, v.Notitie, v.Titel))
            .ToListAsync(cancellationToken);
        return View(new HoofdstukGeschiedenis(Regel(hoofdstuk, versies.Count == 0 ? 0 : versies[0].Nummer), versies));
    }

    [HttpPost("gids/beheer/{slug}/geschiedenis/{nummer:int}/herstellen")]
    public async Task<IActionResult> Herstellen(string slug, int nummer, CancellationToken cancellationToken)
    {
        var hoofdstuk = await LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        var bron = await db.HoofdstukVersies.AsNoTracking().FirstOrDefaultAsync(v => v.HoofdstukId == hoofdstuk.Id && v.Nummer == nummer, cancellationToken);
        if (bron is null)
        {
            return NotFound();
        }

        var nieuwste = await NieuwsteAsync(hoofdstuk, cancellationToken);
        var nieuwNummer = (nieuwste?.Nummer ?? 0) + 1;
        hoofdstuk.Titel = bron.Titel;
        hoofdstuk.Samenvatting = bron.Samenvatting;
        hoofdstuk.GewijzigdInPortaal = true;
        db.HoofdstukVersies.Add(NieuweVersie(hoofdstuk, nieuwNummer, bron.Titel, bron.Samenvatting, bron.Tekst, $"Versie {nummer} teruggezet"));
        audit.Registreer(AuditSoorten.VersieHersteld, $"gids/{hoofdstuk.Slug}", $"Versie {nummer} teruggezet als concept {nieuwNummer}");
        db.VerwachtVersie(hoofdstuk, hoofdstuk.Versie);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            TempData[Meldingen.Key] = "Iemand wijzigde het hoofdstuk net. Bekijk de geschiedenis opnieuw en zet dan terug.";
            return Redirect($"/gids/beheer/{slug}/geschiedenis");
        }

        TempData[Meldingen.Key] = $"Versie {nummer} is teruggezet als versie {nieuwNummer}. Dat is een concept: publiceer het als lezers het moeten zien.";
        return Redirect($"/gids/beheer/{hoofdstuk.Slug}/geschiedenis");
    }

    [HttpGet("gids/beheer/{slug}/vergelijk")]
    public async Task<IActionResult> Vergelijk(string slug, string? van, string? naar, CancellationToken cancellationToken)
    {
        var hoofdstuk = await LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        if (!int.TryParse(van, NumberStyles.None, CultureInfo.InvariantCulture, out var vanNummer) ||
            !int.TryParse(naar, NumberStyles.None, CultureInfo.InvariantCulture, out var naarNummer))
        {
            return BadRequest();
        }

        var versies = await db.HoofdstukVersies.AsNoTracking()
            .Where(v => v.HoofdstukId == hoofdstuk.Id && (v.Nummer == vanNummer || v.Nummer == naarNummer))
            .ToListAsync(cancellationToken);
        var a = versies.FirstOrDefault(v => v.Nummer == vanNummer);
        var b = versies.FirstOrDefault(v => v.Nummer == naarNummer);
        if (a is null || b is null)
        {
            return NotFound();
        }

        var nieuwste = await db.HoofdstukVersies.Where(v => v.HoofdstukId == hoofdstuk.Id).MaxAsync(v => v.Nummer, cancellationToken);
        return View(new HoofdstukVergelijking(
            Regel(hoofdstuk, nieuwste),
            new VersieRegel(a.Nummer, a.Tijdstip, a.Auteur, a.Notitie, a.Titel),
            new VersieRegel(b.Nummer, b.Tijdstip, b.Auteur, b.Notitie, b.Titel),
            a.Titel == b.Titel ? null : WoordDiff.Vergelijk(a.Titel, b.Titel),
            a.Samenvatting == b.Samenvatting ? null : WoordDiff.Vergelijk(a.Samenvatting, b.Samenvatting),
            WoordDiff.Vergelijk(a.Tekst, b.Tekst)));
    }

    private async Task<Hoofdstuk?> LaadAsync(string slug, CancellationToken cancellationToken) =>
        slug.Length > 100 ? null : await db.Hoofdstukken.FirstOrDefaultAsync(h => h.Slug == slug, cancellationToken);

    /// <summary>
    /// The chapter and its newest version, when <paramref name="nummer"/> (the version the researcher was looking at)
    /// is still the newest; otherwise the answer to give: not found, or back to the chapter to see the newer version.
    /// </summary>
    private async Task<(Hoofdstuk Hoofdstuk, HoofdstukVersie Nieuwste, IActionResult? Antwoord)> LaadNieuwsteAsync(
        string slug, int? nummer, string werkwoord, CancellationToken cancellationToken)
    {
        var hoofdstuk = await LaadAsync(slug, cancellationToken);
        var nieuwste = hoofdstuk is null ? null : await NieuwsteAsync(hoofdstuk, cancellationToken);
        if (hoofdstuk is null || nieuwste is null)
        {
            return (null!, null!, NotFound());
        }

        if (nummer is { } n && n != nieuwste.Nummer)
        {
            TempData[Meldingen.Key] = $"Intussen bewaarde iemand versie {nieuwste.Nummer}. Bekijk die eerst en {werkwoord} dan opnieuw.";
            return (hoofdstuk, nieuwste, Redirect($"/gids/beheer/{hoofdstuk.Slug}"));
        }

        return (hoofdstuk, nieuwste, null);
    }

    private Task<HoofdstukVersie?> NieuwsteAsync(Hoofdstuk hoofdstuk, CancellationToken cancellationToken) =>
        db.HoofdstukVersies.AsNoTracking().Where(v => v.HoofdstukId == hoofdstuk.Id).OrderByDescending(v => v.Nummer).FirstOrDefaultAsync(cancellationToken);

    private HoofdstukVersie NieuweVersie(Hoofdstuk hoofdstuk, int nummer, string titel, string samenvatting, string tekst, string notitie) => new()
    {
        HoofdstukId = hoofdstuk.Id,
        Nummer = nummer,
        Titel = titel,
        Samenvatting = samenvatting,
        Tekst = tekst,
        Auteur = User.Identity?.Name ?? "onbekend",
        Notitie = notitie,
        Tijdstip = clock.GetUtcNow(),
    };

    private async Task<HoofdstukFormulier> FormulierAsync(Hoofdstuk hoofdstuk, CancellationToken cancellationToken)
    {
        var nieuwste = await NieuwsteAsync(hoofdstuk, cancellationToken);
        return new HoofdstukFormulier
        {
            Versie = hoofdstuk.Versie,
            Slug = hoofdstuk.Slug,
            Titel = nieuwste?.Titel ?? hoofdstuk.Titel,
            Samenvatting = nieuwste?.Samenvatting ?? hoofdstuk.Samenvatting,
            Groep = hoofdstuk.Groep,
            Volgorde = hoofdstuk.Volgorde,
            LaatstNagekeken = hoofdstuk.LaatstNagekeken,
            Tekst = nieuwste?.Tekst ?? string.Empty,
        };
    }

    private async Task<HoofdstukBewerkenPagina> PaginaAsync(Hoofdstuk hoofdstuk, HoofdstukFormulier formulier, CancellationToken cancellationToken)
    {
        var nieuwste = await db.HoofdstukVersies.Where(v => v.HoofdstukId == hoofdstuk.Id).MaxAsync(v => (int?)v.Nummer, cancellationToken) ?? 0;
        return new HoofdstukBewerkenPagina { Formulier = formulier, Hoofdstuk = Regel(hoofdstuk, nieuwste) };
    }

    private static HoofdstukRegel Regel(Hoofdstuk h, int nieuwste) =>
        new(h.Slug, h.Titel, h.Groep, h.Volgorde, h.Status, h.GepubliceerdeVersie, nieuwste, h.GeplandeVersie, h.PublicatieOp);

    private async Task<GidsHtml> RenderAsync(string tekst, CancellationToken cancellationToken)
    {
        var index = await indexProvider.GetAsync(cancellationToken);
        return renderer.Render(tekst, query => GidsController.KaartLijst(index, query));
    }

    /// <summary>Publishing or scheduling was refused: the edit page with the newest version, the reasons and status 400.</summary>
    private async Task<IActionResult> GeweigerdAsync(Hoofdstuk hoofdstuk, IReadOnlyList<KapotteLink>? kapot, string? planOp, CancellationToken cancellationToken)
    {
        var pagina = await PaginaAsync(hoofdstuk, await FormulierAsync(hoofdstuk, cancellationToken), cancellationToken);
        pagina.KapotteLinks = kapot;
        pagina.PlanOp = planOp;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Bewerken", pagina);
    }

    private async Task<IActionResult> ConflictAsync(Hoofdstuk actueel, HoofdstukFormulier formulier, CancellationToken cancellationToken)
    {
        var laatste = await NieuwsteAsync(actueel, cancellationToken);
        var pagina = await PaginaAsync(actueel, formulier, cancellationToken);
        pagina.Conflict = laatste is null ? "Iemand anders" : $"{laatste.Auteur} (versie {laatste.Nummer}, {BelgischeTijd.Tijdstip(laatste.Tijdstip)})";

        // The next save is based on what is stored now; the input stays as the person typed it.
        formulier.Versie = actueel.Versie;
        ModelState.Remove(Prefix + nameof(HoofdstukFormulier.Versie));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Bewerken", pagina);
    }

    /// <summary>Saves a status change; false (with a message) when someone changed the chapter at the same moment.</summary>
    private async Task<bool> BewaarAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData[Meldingen.Key] = "Iemand wijzigde het hoofdstuk net. Bekijk het opnieuw en probeer dan nog eens.";
            return false;
        }
    }

    private void ValideerGroep(HoofdstukFormulier formulier)
    {
        if (!Enum.IsDefined(formulier.Groep))
        {
            ModelState.AddModelError(Prefix + nameof(HoofdstukFormulier.Groep), "Kies het deel van de gids waar het hoofdstuk bij hoort.");
        }
    }

    /// <summary>Reads a datetime-local value as Brussels time; returns a Dutch message when it is not a future moment.</summary>
    private string? LeesTijdstip(string? waarde, out DateTimeOffset tijdstip)
    {
        tijdstip = default;
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return "Kies de datum en het uur waarop het hoofdstuk online moet komen.";
        }

        if (!DateTime.TryParseExact(waarde.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var lokaal))
        {
            return "Vul een datum en uur in zoals 24-03-2027 09:00.";
        }

        lokaal = DateTime.SpecifyKind(lokaal, DateTimeKind.Unspecified);
        if (BelgischeTijd.Zone.IsInvalidTime(lokaal))
        {
            return "Dat uur bestaat niet die dag (de klok gaat dan een uur vooruit). Kies een ander uur.";
        }

        tijdstip = new DateTimeOffset(lokaal, BelgischeTijd.Zone.GetUtcOffset(lokaal));
        return tijdstip <= clock.GetUtcNow() ? "Kies een moment in de toekomst. Wil je nu publiceren? Gebruik dan ‘Nu publiceren’." : null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPatroon();
}
