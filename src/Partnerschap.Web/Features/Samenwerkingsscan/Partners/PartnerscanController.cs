using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;

namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>
/// /samenwerkingen/{id}/scan: the samenwerkingsscan of the two partners. Each side fills in its own answers per round;
/// the other side's answers stay hidden until your side has answered too, so nobody answers to match (ADR 0018). When
/// both answered, the page shows them side by side, where they differ most first, and from round 2 on the comparison
/// with the previous round. Only members of the two sides get here (<see cref="PartnerControllerBase"/>).
/// </summary>
public sealed class PartnerscanController(PortalDbContext db, IAuthorizationService authorization, ScanInhoudProvider scans, PartnerscanMails mails, TimeProvider clock)
    : PartnerControllerBase(db, authorization)
{
    private static readonly ScanKant[] Kanten = [ScanKant.School, ScanKant.Organisatie];

    [HttpGet("samenwerkingen/{id:guid}/scan")]
    public Task<IActionResult> Scan(Guid id, CancellationToken cancellationToken) => ToonAsync(id, null, cancellationToken);

    [HttpGet("samenwerkingen/{id:guid}/scan/rondes/{ronde:int}")]
    public Task<IActionResult> Ronde(Guid id, int ronde, CancellationToken cancellationToken) => ToonAsync(id, ronde, cancellationToken);

    [HttpGet("samenwerkingen/{id:guid}/scan/invullen")]
    public async Task<IActionResult> Invullen(Guid id, string? kant, string? ronde, CancellationToken cancellationToken)
    {
        var (s, weigering) = await LaadAsync(id, cancellationToken);
        if (s is null)
        {
            return weigering!;
        }

        var invullingen = await InvullingenAsync(id, cancellationToken);
        var (gekozen, r, fout) = Kies(s, kant, ronde, invullingen);
        if (fout is not null || gekozen is not { } k)
        {
            return fout ?? View("KantKiezen", new KantKeuzeViewModel(s, r));
        }

        var bestaand = invullingen.FirstOrDefault(i => i.Ronde == r && i.Kant == k);
        var versie = await scans.HuidigeAsync(cancellationToken);
        return View(new InvullenViewModel(s, k, r, bestaand?.Versie ?? 0, versie.Nummer,
            new ScanVragenWeergave(versie.Inhoud, bestaand is null ? new Dictionary<string, int>() : ScanAntwoorden.LeesJson(bestaand.Antwoorden)),
            bestaand?.ToestemmingOnderzoek));
    }

    [HttpPost("samenwerkingen/{id:guid}/scan/invullen")]
    public async Task<IActionResult> Opslaan(Guid id, string? kant, string? ronde, int versie, int scanversie, string? toestemming, CancellationToken cancellationToken)
    {
        var (s, weigering) = await LaadAsync(id, cancellationToken);
        if (s is null)
        {
            return weigering!;
        }

        var invullingen = await InvullingenAsync(id, cancellationToken);
        var (gekozen, r, fout) = Kies(s, kant, ronde, invullingen);
        if (fout is not null || gekozen is not { } k)
        {
            return fout ?? Bericht(StatusCodes.Status400BadRequest, "Kies je kant", "Kies of je de scan invult voor de school of voor de organisatie.");
        }

        // The answers belong to the version the form showed; a revision published meanwhile does not change their meaning.
        var scanVersie = await scans.VersieAsync(scanversie, cancellationToken) ?? await scans.HuidigeAsync(cancellationToken);
        var (antwoorden, fouten) = ScanAntwoorden.LeesFormulier(Request.Form, scanVersie.Inhoud);
        foreach (var f in fouten)
        {
            ModelState.AddModelError(string.Empty, f);
        }

        if (antwoorden.Count == 0 && fouten.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Beantwoord minstens één stelling.");
        }

        bool? toestaan = toestemming switch { "ja" => true, "nee" => false, _ => null };
        if (toestaan is null)
        {
            ModelState.AddModelError("toestemming", "Kies of onderzoekers jullie antwoorden mogen gebruiken: ja of nee.");
        }

        var model = new InvullenViewModel(s, k, r, versie, scanVersie.Nummer, new ScanVragenWeergave(scanVersie.Inhoud, antwoorden), toestaan);
        if (ModelState.ErrorCount > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Invullen", model);
        }

        var invulling = await Db.ScanInvullingen.FirstOrDefaultAsync(i => i.SamenwerkingId == id && i.Ronde == r && i.Kant == k, cancellationToken);
        var eerste = invulling is null;
        if (invulling is null && versie == 0)
        {
            // Version 1, not 0: a form opened before anyone answered posts 0, and must not overwrite a first save it never saw.
            invulling = new ScanInvulling { Id = Guid.NewGuid(), SamenwerkingId = id, Ronde = r, Kant = k, Antwoorden = string.Empty, IngevuldDoor = string.Empty, Versie = 1 };
            Db.ScanInvullingen.Add(invulling);
        }
        else if (invulling is null || invulling.Versie != versie)
        {
            return await ConflictAsync(model, cancellationToken);
        }
        else
        {
            Db.VerwachtVersie(invulling, versie);
        }

        invulling.Antwoorden = ScanAntwoorden.NaarJson(antwoorden);
        invulling.ScanVersieNummer = scanVersie.Nummer;
        invulling.ToestemmingOnderzoek = toestaan!.Value;
        invulling.GebruikerId = s.GebruikerId;
        invulling.IngevuldDoor = s.GebruikerNaam;
        invulling.IngevuldOp = clock.GetUtcNow();
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone of the same side saved this round's answers first (the version moved, or the row now exists).
            return await ConflictAsync(model, cancellationToken);
        }

        var ander = Kanten.First(a => a != k);
        var anderIngevuld = invullingen.Any(i => i.Ronde == r && i.Kant == ander);
        if (eerste)
        {
            await mails.MeldAanAndereKantAsync(s, k, anderIngevuld, cancellationToken);
        }

        return MetStatusbericht(anderIngevuld
            ? "Jullie antwoorden zijn bewaard. Hieronder zie je de antwoorden van beide kanten naast elkaar."
            : $"Jullie antwoorden zijn bewaard. Zodra {s.Naam(ander)} de scan invult, zie je beide kanten naast elkaar.", s.ScanUrl);
    }

    [HttpPost("samenwerkingen/{id:guid}/scan/nieuwe-ronde")]
    public async Task<IActionResult> NieuweRonde(Guid id, CancellationToken cancellationToken)
    {
        var (s, weigering) = await LaadAsync(id, cancellationToken);
        if (s is null)
        {
            return weigering!;
        }

        if (NietOpen(s) is { } dicht)
        {
            return dicht;
        }

        var invullingen = await InvullingenAsync(id, cancellationToken);
        var huidige = HuidigeRonde(invullingen);
        if (!Volledig(invullingen, huidige))
        {
            return Bericht(StatusCodes.Status409Conflict, "Nog geen nieuwe ronde",
                "Een nieuwe ronde begint pas als de school en de organisatie allebei de huidige ronde hebben ingevuld.");
        }

        // The round exists once the first side saves its answers; until then nothing changes for the other side.
        return Redirect($"{s.ScanUrl}/invullen?ronde={huidige + 1}");
    }

    private async Task<IActionResult> ToonAsync(Guid id, int? ronde, CancellationToken cancellationToken)
    {
        var (s, weigering) = await LaadAsync(id, cancellationToken);
        if (s is null)
        {
            return weigering!;
        }

        var invullingen = await InvullingenAsync(id, cancellationToken);
        var huidige = HuidigeRonde(invullingen);
        var n = ronde ?? huidige;
        if (n < 1 || n > huidige)
        {
            return NotFound();
        }

        var deze = invullingen.Where(i => i.Ronde == n).ToList();
        var stand = Kanten.Select(k =>
        {
            var i = deze.FirstOrDefault(x => x.Kant == k);
            return new KantStand(k, s.Naam(k), i?.IngevuldDoor, i?.IngevuldOp, s.Kanten.Contains(k));
        }).ToList();
        var school = deze.FirstOrDefault(i => i.Kant == ScanKant.School);
        var organisatie = deze.FirstOrDefault(i => i.Kant == ScanKant.Organisatie);
        var eigen = deze.FirstOrDefault(i => s.Kanten.Contains(i.Kant));
        var vorige = invullingen.Where(i => i.Ronde == n - 1).ToList();
        var inhoud = await InhoudAsync([.. deze, .. vorige], cancellationToken);

        ScanUitslagWeergave? uitslag = null;
        IReadOnlyList<ThemaVerschil>? verschillen = null;
        var vergelijkingen = new List<ScanUitslagWeergave>();
        if (school is not null && organisatie is not null)
        {
            var (sa, oa) = (ScanAntwoorden.LeesJson(school.Antwoorden), ScanAntwoorden.LeesJson(organisatie.Antwoorden));
            var (su, ou) = (ScanUitslag.Bereken(inhoud, sa), ScanUitslag.Bereken(inhoud, oa));
            uitslag = new ScanUitslagWeergave("uitslag", $"Ronde {n}: de school en de organisatie naast elkaar", [new("School", su), new("Organisatie", ou)]);
            verschillen = ScanVerschillen.Bereken(su, ou, sa, oa);
            foreach (var kant in vorige.Count == 2 ? Kanten : [])
            {
                var naam = kant == ScanKant.School ? "School" : "Organisatie";
                var nu = deze.First(i => i.Kant == kant);
                var toen = vorige.First(i => i.Kant == kant);
                vergelijkingen.Add(new ScanUitslagWeergave($"vergelijking-{naam.ToLowerInvariant()}",
                    $"{naam}: ronde {n} ({Infrastructure.BelgischeTijd.Datum(nu.IngevuldOp)}) en ronde {n - 1} ({Infrastructure.BelgischeTijd.Datum(toen.IngevuldOp)})",
                    [new($"{naam} nu", ScanUitslag.Bereken(inhoud, ScanAntwoorden.LeesJson(nu.Antwoorden))),
                     new($"{naam} vorige keer", ScanUitslag.Bereken(inhoud, ScanAntwoorden.LeesJson(toen.Antwoorden)))],
                    MetVolgendeStappen: false));
            }
        }
        else if (eigen is not null)
        {
            uitslag = new ScanUitslagWeergave("uitslag", $"Ronde {n}: de antwoorden van {s.Naam(eigen.Kant)}",
                [new(eigen.Kant == ScanKant.School ? "School" : "Organisatie", ScanUitslag.Bereken(inhoud, ScanAntwoorden.LeesJson(eigen.Antwoorden)))]);
        }

        var openActies = await Db.Actiepunten.CountAsync(a => a.SamenwerkingId == id && (a.Status == ActiepuntStatus.TeDoen || a.Status == ActiepuntStatus.Bezig), cancellationToken);
        return View("Scan", new ScanPaginaViewModel(s, n, huidige, stand, uitslag, verschillen, vergelijkingen, openActies));
    }

    /// <summary>
    /// The side and round a form is for. A member of one side fills in for that side; a member of both chooses (null side,
    /// no error: show the choice). The round is the newest, or the next one once both sides answered the newest.
    /// </summary>
    private (ScanKant? Kant, int Ronde, IActionResult? Fout) Kies(PartnerSamenwerking s, string? kant, string? ronde, IReadOnlyList<ScanInvulling> invullingen)
    {
        var huidige = HuidigeRonde(invullingen);
        if (NietOpen(s) is { } dicht)
        {
            return (null, huidige, dicht);
        }

        int r;
        if (string.IsNullOrEmpty(ronde))
        {
            r = huidige;
        }
        else if (!int.TryParse(ronde, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out r) || r < 1 ||
                 r > huidige + 1 || (r == huidige + 1 && !Volledig(invullingen, huidige)))
        {
            return (null, huidige, Bericht(StatusCodes.Status400BadRequest, "Deze ronde bestaat niet",
                "Je kan alleen de huidige ronde van de scan invullen, of een nieuwe ronde als beide kanten de huidige hebben ingevuld."));
        }
        else if (r < huidige)
        {
            return (null, huidige, Bericht(StatusCodes.Status409Conflict, "Er is intussen een nieuwe ronde",
                $"Ronde {r} is afgesloten: iemand begon intussen ronde {huidige}. Jouw antwoorden zijn niet bewaard. Open de scan opnieuw en vul de nieuwe ronde in."));
        }

        if (string.IsNullOrEmpty(kant))
        {
            return s.Kanten.Count == 1 ? (s.Kanten[0], r, null) : (null, r, null);
        }

        return Enum.TryParse<ScanKant>(kant, ignoreCase: true, out var k) && Enum.IsDefined(k) && s.Kanten.Contains(k)
            ? (k, r, null)
            : (null, r, Bericht(StatusCodes.Status400BadRequest, "Kies je kant",
                "Je kan de scan alleen invullen voor de school of de organisatie waarvan je lid bent."));
    }

    private ViewResult? NietOpen(PartnerSamenwerking s) => s.KanInvullen ? null
        : s.WachtOpBevestiging
            ? Bericht(StatusCodes.Status409Conflict, "De school bevestigde de samenwerking nog niet",
                $"De scan gaat open zodra {s.SchoolNaam} de samenwerking bevestigt.")
            : Bericht(StatusCodes.Status409Conflict, "De samenwerking is beëindigd",
                "Voor een beëindigde samenwerking vul je geen nieuwe antwoorden in. De vorige uitslagen en het actieplan blijven zichtbaar.");

    /// <summary>The form again with the input, a 409 and who saved in between; the next save starts from what is stored now.</summary>
    private async Task<IActionResult> ConflictAsync(InvullenViewModel model, CancellationToken cancellationToken)
    {
        var opgeslagen = await Db.ScanInvullingen.AsNoTracking()
            .FirstAsync(i => i.SamenwerkingId == model.Samenwerking.Id && i.Ronde == model.Ronde && i.Kant == model.Kant, cancellationToken);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Invullen", model with
        {
            Versie = opgeslagen.Versie,
            Conflict = $"{opgeslagen.IngevuldDoor} bewaarde de antwoorden van {model.Samenwerking.Naam(model.Kant)} intussen " +
                $"({Infrastructure.BelgischeTijd.Tijdstip(opgeslagen.IngevuldOp)}). Jouw keuzes staan nog hieronder en zijn niet bewaard. " +
                "Kijk ze na en bewaar opnieuw: dan vervangen ze die antwoorden.",
        });
    }

    private async Task<ScanInhoud> InhoudAsync(IReadOnlyList<ScanInvulling> invullingen, CancellationToken cancellationToken)
    {
        // Codes never change meaning, so answers of an older version read fine with the newest version among them.
        var nummer = invullingen.Count == 0 ? 0 : invullingen.Max(i => i.ScanVersieNummer);
        return (await scans.VersieAsync(nummer, cancellationToken) ?? await scans.HuidigeAsync(cancellationToken)).Inhoud;
    }

    private Task<List<ScanInvulling>> InvullingenAsync(Guid id, CancellationToken cancellationToken) =>
        Db.ScanInvullingen.AsNoTracking().Where(i => i.SamenwerkingId == id).OrderBy(i => i.Ronde).ToListAsync(cancellationToken);

    private static int HuidigeRonde(IReadOnlyList<ScanInvulling> invullingen) => invullingen.Count == 0 ? 1 : invullingen.Max(i => i.Ronde);

    private static bool Volledig(IReadOnlyList<ScanInvulling> invullingen, int ronde) => invullingen.Count(i => i.Ronde == ronde) == 2;
}
