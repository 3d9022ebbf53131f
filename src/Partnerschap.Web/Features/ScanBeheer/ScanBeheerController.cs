using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.GidsBeheer;
using Partnerschap.Web.Features.Samenwerkingsscan;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Audit;

namespace Partnerschap.Web.Features.ScanBeheer;

/// <summary>
/// The researcher's editor for the samenwerkingsscan's content: the versions, a new version from the edit form, one
/// version with what changed, and restoring an old one. Every save is a new <see cref="ScanVersie"/> (Nummer + 1, never
/// an overwrite); the unique Nummer catches two saves at once. Saving invalidates <see cref="ScanInhoudProvider"/>
/// through <see cref="PortalDbContext"/>, so the next /samenwerkingsscan asks the new text.
/// </summary>
[Authorize(Roles = Rollen.Onderzoeker + "," + Rollen.Beheerder)]
public sealed class ScanBeheerController(PortalDbContext db, ScanInhoudProvider scans, GidsPublicatie gids, AuditLogger audit, TimeProvider clock) : Controller
{
    private const string Beheer = "/samenwerkingsscan/beheer";

    [HttpGet("samenwerkingsscan/beheer")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ScanBeheerOverzicht(await NieuwsteAsync(cancellationToken), await VersiesAsync(cancellationToken)));

    [HttpGet("samenwerkingsscan/beheer/bewerken")]
    public async Task<IActionResult> Bewerken(CancellationToken cancellationToken)
    {
        var nieuwste = await NieuwsteAsync(cancellationToken);
        return View(new ScanBewerkenPagina(ScanFormulier.Van(nieuwste), nieuwste.Inhoud));
    }

    [HttpPost("samenwerkingsscan/beheer/bewerken")]
    public async Task<IActionResult> Bewerken(ScanFormulier formulier, CancellationToken cancellationToken)
    {
        var basis = await scans.VersieAsync(formulier.Versie, cancellationToken);
        if (basis is null || !formulier.PastBij(basis.Inhoud))
        {
            // Only a hand-made or very old form gets here: the form always carries a real version and its shape.
            var nieuwste = await NieuwsteAsync(cancellationToken);
            ModelState.AddModelError(string.Empty, "Dit formulier hoort niet bij een bewaarde versie van de scan. Open het formulier opnieuw.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ScanBewerkenPagina(ScanFormulier.Van(nieuwste), nieuwste.Inhoud));
        }

        var pagina = new ScanBewerkenPagina(formulier, basis.Inhoud);
        var notitie = formulier.Notitie?.Trim() ?? string.Empty;
        if (notitie.Length == 0)
        {
            ModelState.AddModelError(nameof(ScanFormulier.Notitie), "Schrijf kort wat er veranderde. Zo kunnen anderen de geschiedenis volgen.");
        }
        else if (notitie.Length > 500)
        {
            ModelState.AddModelError(nameof(ScanFormulier.Notitie), "De notitie heeft hoogstens 500 tekens.");
        }

        var inhoud = Inhoud(formulier, basis.Inhoud);
        foreach (var fout in await ControleerAsync(inhoud, cancellationToken))
        {
            ModelState.AddModelError(string.Empty, fout);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(pagina);
        }

        var laatste = await db.ScanVersies.MaxAsync(v => (int?)v.Nummer, cancellationToken) ?? 0;
        if (laatste != basis.Nummer)
        {
            return await ConflictAsync(formulier, basis, cancellationToken);
        }

        if (inhoud.NaarJson() == basis.Inhoud.NaarJson())
        {
            TempData[Statusbericht.Key] = "Je wijzigde niets, dus er is geen nieuwe versie bewaard.";
            return Redirect(Beheer);
        }

        var nummer = await BewaarAsync(inhoud, basis.Nummer, notitie, AuditSoorten.ScanVersieBewaard, cancellationToken);
        if (nummer is null)
        {
            return await ConflictAsync(formulier, basis, cancellationToken);
        }

        TempData[Statusbericht.Key] = $"Versie {nummer} van de scan is bewaard. Wie de scan nu opent, krijgt deze versie.";
        return Redirect(Beheer);
    }

    [HttpGet("samenwerkingsscan/beheer/versies/{nummer:int}")]
    public async Task<IActionResult> Versie(int nummer, CancellationToken cancellationToken)
    {
        var pagina = await VersiePaginaAsync(nummer, cancellationToken);
        return pagina is null ? NotFound() : View(pagina);
    }

    [HttpPost("samenwerkingsscan/beheer/versies/{nummer:int}/terugzetten")]
    public async Task<IActionResult> Terugzetten(int nummer, CancellationToken cancellationToken)
    {
        var pagina = await VersiePaginaAsync(nummer, cancellationToken);
        if (pagina is null)
        {
            return NotFound();
        }

        var nieuwste = await NieuwsteAsync(cancellationToken);
        var inhoud = MetLatereStellingen(pagina.Inhoud, nieuwste.Inhoud);
        var fouten = await ControleerAsync(inhoud, cancellationToken);
        if (fouten.Count > 0)
        {
            foreach (var fout in fouten)
            {
                ModelState.AddModelError(string.Empty, fout);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Versie", pagina);
        }

        var nieuw = await BewaarAsync(inhoud, nieuwste.Nummer, $"Versie {nummer} teruggezet", AuditSoorten.VersieHersteld, cancellationToken);
        TempData[Statusbericht.Key] = nieuw is null
            ? "Iemand bewaarde net een nieuwe versie. Bekijk de versies opnieuw en zet dan terug."
            : $"Versie {nummer} is teruggezet als versie {nieuw}.";
        return Redirect(Beheer);
    }

    /// <summary>
    /// The content of the form on the structure of <paramref name="basis"/>: codes from the base, texts from the form,
    /// and a new statement where a theme got one (code typed, or made from the theme's code and the text).
    /// </summary>
    private static ScanInhoud Inhoud(ScanFormulier formulier, ScanInhoud basis)
    {
        var codes = basis.Themas.SelectMany(t => t.Stellingen.Select(s => s.Code).Prepend(t.Code)).ToHashSet(StringComparer.Ordinal);
        var themas = basis.Themas.Zip(formulier.Themas, (thema, f) =>
        {
            var stellingen = thema.Stellingen.Zip(f.Stellingen, (s, sf) => s with { Tekst = T(sf.Tekst), Uitleg = T(sf.Uitleg), Vervallen = sf.Vervallen }).ToList();
            if (!string.IsNullOrWhiteSpace(f.NieuweTekst) || !string.IsNullOrWhiteSpace(f.NieuweUitleg) || !string.IsNullOrWhiteSpace(f.NieuweCode))
            {
                var code = string.IsNullOrWhiteSpace(f.NieuweCode) ? NieuweCode(thema.Code, T(f.NieuweTekst), codes) : f.NieuweCode.Trim();
                stellingen.Add(new ScanStelling(code, thema.Code, T(f.NieuweTekst), T(f.NieuweUitleg), false));
            }

            return thema with
            {
                Titel = T(f.Titel),
                Uitleg = T(f.Uitleg),
                Gids = T(f.Gids),
                Fasen = new ScanFasen(T(f.Beginnend), T(f.Groeiend), T(f.Sterk)),
                Stellingen = stellingen,
            };
        });
        return new ScanInhoud(T(formulier.Titel), T(formulier.Inleiding), [.. themas]);
    }

    private static string T(string? tekst) => tekst?.Trim().ReplaceLineEndings("\n") ?? string.Empty;

    /// <summary>The theme's code and the first words of the text; a number after it when that code is taken.</summary>
    public static string NieuweCode(string themaCode, string tekst, ISet<string> bezet)
    {
        var woorden = Slugs.From(tekst).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(5);
        var basis = (themaCode + "-" + string.Join("-", woorden)).TrimEnd('-');
        basis = basis.Length > 76 ? basis[..76].TrimEnd('-') : basis;
        var code = basis;
        for (var i = 2; bezet.Contains(code); i++)
        {
            code = $"{basis}-{i}";
        }

        return code;
    }

    /// <summary>
    /// An old version to restore, with the statements added since kept as <c>vervallen</c>: a code never disappears,
    /// because answers of partner scans may refer to it.
    /// </summary>
    private static ScanInhoud MetLatereStellingen(ScanInhoud oud, ScanInhoud nieuwste) => oud with
    {
        Themas = [.. oud.Themas.Select(t => t with
        {
            Stellingen = [.. t.Stellingen, .. (nieuwste.VindThema(t.Code)?.Stellingen ?? [])
                .Where(s => t.Stellingen.All(o => o.Code != s.Code))
                .Select(s => s with { Vervallen = true })],
        })],
    };

    /// <summary>
    /// Every problem of the content in Dutch: the checks of <see cref="ScanInhoud.Lees"/> (on its JSON, exactly as it will
    /// be stored), then each theme's gids link against the published chapters, with the gids's own link check.
    /// </summary>
    private async Task<IReadOnlyList<string>> ControleerAsync(ScanInhoud inhoud, CancellationToken cancellationToken)
    {
        var (gelezen, fouten) = ScanInhoud.Lees(inhoud.NaarJson());
        if (gelezen is null)
        {
            return fouten;
        }

        var links = string.Join("\n\n", gelezen.Themas.Select(t => $"[{t.Code}]({t.GidsUrl})"));
        var kapot = await gids.ControleerLinksAsync(string.Empty, links, cancellationToken);
        return [.. gelezen.Themas
            .Select(t => (Thema: t, Kapot: kapot.FirstOrDefault(k => k.Geschreven == t.GidsUrl)))
            .Where(p => p.Kapot is not null)
            .Select(p => $"Thema ‘{p.Thema.Titel}’: de link naar de gids (‘{p.Thema.Gids}’) werkt niet: {p.Kapot!.Reden}.")];
    }

    /// <summary>Saves <paramref name="inhoud"/> as the version after <paramref name="basis"/>; null when someone else took that number first.</summary>
    private async Task<int?> BewaarAsync(ScanInhoud inhoud, int basis, string notitie, string auditSoort, CancellationToken cancellationToken)
    {
        var nummer = basis + 1;
        db.ScanVersies.Add(new ScanVersie
        {
            Nummer = nummer,
            Inhoud = inhoud.NaarJson(),
            Auteur = User.Identity?.Name ?? "onbekend",
            Notitie = notitie,
            Tijdstip = clock.GetUtcNow(),
        });
        audit.Registreer(auditSoort, "samenwerkingsscan", $"Versie {nummer}: {notitie}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return nummer;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    /// <summary>
    /// Someone saved a newer version after this form was opened: nothing is saved, the input stays. When the newer
    /// version has the same statements, the next save is based on it; else the form must be opened again.
    /// </summary>
    private async Task<IActionResult> ConflictAsync(ScanFormulier formulier, ScanVersieInhoud basis, CancellationToken cancellationToken)
    {
        var nieuwste = await NieuwsteAsync(cancellationToken);
        var regel = await db.ScanVersies.AsNoTracking().Where(v => v.Nummer == nieuwste.Nummer)
            .Select(v => new ScanVersieRegel(v.Nummer, v.Tijdstip, v.Auteur, v.Notitie)).FirstAsync(cancellationToken);
        var zelfdeVorm = formulier.PastBij(nieuwste.Inhoud);
        var melding = $"Iemand anders bewaarde intussen versie {regel.Nummer} ({regel.Auteur}, {BelgischeTijd.Tijdstip(regel.Tijdstip)}: {regel.Notitie}). "
            + (zelfdeVorm
                ? "Je wijzigingen zijn nog niet bewaard en staan hieronder. Bekijk eerst wat er in de andere versie veranderde, en klik dan opnieuw op ‘Nieuwe versie bewaren’."
                : "In die versie kwamen stellingen bij, dus dit formulier past er niet meer bij. Je wijzigingen zijn niet bewaard: neem ze over in een nieuw formulier.");
        if (zelfdeVorm)
        {
            formulier.Versie = nieuwste.Nummer;
            ModelState.Remove(nameof(ScanFormulier.Versie));
        }

        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Bewerken", new ScanBewerkenPagina(formulier, zelfdeVorm ? nieuwste.Inhoud : basis.Inhoud, melding));
    }

    private async Task<ScanVersieInhoud> NieuwsteAsync(CancellationToken cancellationToken)
    {
        // From the database, not the provider's cache: the editor must see a version another instance saved a second ago.
        var nummer = await db.ScanVersies.MaxAsync(v => (int?)v.Nummer, cancellationToken)
            ?? throw new InvalidOperationException("Er is geen versie van de samenwerkingsscan.");
        return await scans.VersieAsync(nummer, cancellationToken) ?? await scans.HuidigeAsync(cancellationToken);
    }

    private Task<List<ScanVersieRegel>> VersiesAsync(CancellationToken cancellationToken) =>
        db.ScanVersies.AsNoTracking().OrderByDescending(v => v.Nummer)
            .Select(v => new ScanVersieRegel(v.Nummer, v.Tijdstip, v.Auteur, v.Notitie)).ToListAsync(cancellationToken);

    private async Task<ScanVersiePagina?> VersiePaginaAsync(int nummer, CancellationToken cancellationToken)
    {
        var regel = await db.ScanVersies.AsNoTracking().Where(v => v.Nummer == nummer)
            .Select(v => new ScanVersieRegel(v.Nummer, v.Tijdstip, v.Auteur, v.Notitie)).FirstOrDefaultAsync(cancellationToken);
        var versie = regel is null ? null : await scans.VersieAsync(nummer, cancellationToken);
        if (regel is null || versie is null)
        {
            return null;
        }

        var vorigeNummer = await db.ScanVersies.Where(v => v.Nummer < nummer).MaxAsync(v => (int?)v.Nummer, cancellationToken);
        var vorige = vorigeNummer is { } n ? await scans.VersieAsync(n, cancellationToken) : null;
        var laatste = await db.ScanVersies.MaxAsync(v => (int?)v.Nummer, cancellationToken);
        return new ScanVersiePagina(regel, versie.Inhoud, vorige?.Inhoud, laatste == nummer);
    }
}
