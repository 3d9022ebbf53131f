using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>
/// /samenwerkingen/{id}/actieplan: what the partners agree to do after their scan (actie, wie, tegen, status), for the
/// members of both sides only. Every addition and change is kept as an <see cref="ActiepuntWijziging"/> with who and when;
/// a change made from an outdated form is refused with 409 and the input kept.
/// </summary>
public sealed class ActieplanController(PortalDbContext db, IAuthorizationService authorization, ScanInhoudProvider scans, TimeProvider clock)
    : PartnerControllerBase(db, authorization)
{
    private const string Prefix = "Formulier.";

    [HttpGet("samenwerkingen/{id:guid}/actieplan")]
    public async Task<IActionResult> Actieplan(Guid id, CancellationToken cancellationToken)
    {
        var (s, weigering) = await LaadAsync(id, cancellationToken);
        return s is null ? weigering! : View(await PlanAsync(s, new ActiepuntFormulier(), cancellationToken));
    }

    [HttpPost("samenwerkingen/{id:guid}/actieplan")]
    public async Task<IActionResult> Toevoegen(Guid id, [Bind(Prefix = "Formulier")] ActiepuntFormulier formulier, CancellationToken cancellationToken)
    {
        var (s, weigering) = await LaadAsync(id, cancellationToken);
        if (s is null)
        {
            return weigering!;
        }

        var inhoud = (await scans.HuidigeAsync(cancellationToken)).Inhoud;
        var (tegen, status, thema) = formulier.Valideer(ModelState, Prefix, inhoud, BelgischeTijd.Vandaag(clock), null);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Actieplan", await PlanAsync(s, formulier, cancellationToken));
        }

        var actiepunt = new Actiepunt
        {
            Id = Guid.NewGuid(),
            SamenwerkingId = id,
            Actie = formulier.Actie!.Trim(),
            Wie = formulier.Wie!.Trim(),
            Tegen = tegen,
            Status = status,
            ThemaCode = thema,
            AangemaaktOp = clock.GetUtcNow(),
        };
        Db.Actiepunten.Add(actiepunt);
        Registreer(s, actiepunt.Id, $"Toegevoegd: wie {actiepunt.Wie}, tegen {Datum(tegen)}, status {ActiepuntStatussen.Label(status)}, thema {ThemaNaam(inhoud, thema)}");
        await Db.SaveChangesAsync(cancellationToken);
        return MetStatusbericht($"De actie ‘{actiepunt.Actie}’ staat in het actieplan.", s.ActieplanUrl);
    }

    [HttpGet("samenwerkingen/{id:guid}/actieplan/{actieId:guid}")]
    public async Task<IActionResult> Actiepunt(Guid id, Guid actieId, CancellationToken cancellationToken)
    {
        var (s, weigering) = await LaadAsync(id, cancellationToken);
        if (s is null)
        {
            return weigering!;
        }

        var actiepunt = await Db.Actiepunten.AsNoTracking().FirstOrDefaultAsync(a => a.Id == actieId && a.SamenwerkingId == id, cancellationToken);
        return actiepunt is null ? NotFound() : View(await ActiepuntModelAsync(s, actieId, ActiepuntFormulier.Van(actiepunt), cancellationToken));
    }

    [HttpPost("samenwerkingen/{id:guid}/actieplan/{actieId:guid}")]
    public async Task<IActionResult> Wijzigen(Guid id, Guid actieId, [Bind(Prefix = "Formulier")] ActiepuntFormulier formulier, CancellationToken cancellationToken)
    {
        var (s, weigering) = await LaadAsync(id, cancellationToken);
        if (s is null)
        {
            return weigering!;
        }

        var actiepunt = await Db.Actiepunten.FirstOrDefaultAsync(a => a.Id == actieId && a.SamenwerkingId == id, cancellationToken);
        if (actiepunt is null)
        {
            return NotFound();
        }

        var inhoud = (await scans.HuidigeAsync(cancellationToken)).Inhoud;
        var (tegen, status, thema) = formulier.Valideer(ModelState, Prefix, inhoud, BelgischeTijd.Vandaag(clock), actiepunt.Tegen);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Actiepunt", await ActiepuntModelAsync(s, actieId, formulier, cancellationToken));
        }

        if (formulier.Versie != actiepunt.Versie)
        {
            return await ConflictAsync(s, actiepunt, formulier, inhoud, cancellationToken);
        }

        var (actie, wie) = (formulier.Actie!.Trim(), formulier.Wie!.Trim());
        var wijzigingen = new[]
        {
            actie == actiepunt.Actie ? null : $"Actie: ‘{actiepunt.Actie}’ → ‘{actie}’",
            wie == actiepunt.Wie ? null : $"Wie: {actiepunt.Wie} → {wie}",
            tegen == actiepunt.Tegen ? null : $"Tegen: {Datum(actiepunt.Tegen)} → {Datum(tegen)}",
            status == actiepunt.Status ? null : $"Status: {ActiepuntStatussen.Label(actiepunt.Status)} → {ActiepuntStatussen.Label(status)}",
            thema == actiepunt.ThemaCode ? null : $"Thema: {ThemaNaam(inhoud, actiepunt.ThemaCode)} → {ThemaNaam(inhoud, thema)}",
        }.OfType<string>().ToList();
        if (wijzigingen.Count == 0)
        {
            return MetStatusbericht("Je wijzigde niets aan deze actie.", s.ActieplanUrl);
        }

        Db.VerwachtVersie(actiepunt, formulier.Versie);
        (actiepunt.Actie, actiepunt.Wie, actiepunt.Tegen, actiepunt.Status, actiepunt.ThemaCode) = (actie, wie, tegen, status, thema);
        Registreer(s, actiepunt.Id, string.Join("; ", wijzigingen));
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var opgeslagen = await Db.Actiepunten.AsNoTracking().FirstAsync(a => a.Id == actieId, cancellationToken);
            return await ConflictAsync(s, opgeslagen, formulier, inhoud, cancellationToken);
        }

        return MetStatusbericht($"De actie ‘{actiepunt.Actie}’ is bewaard ({string.Join("; ", wijzigingen)}).", s.ActieplanUrl);
    }

    [HttpGet("samenwerkingen/{id:guid}/actieplan/geschiedenis")]
    public async Task<IActionResult> Geschiedenis(Guid id, CancellationToken cancellationToken)
    {
        var (s, weigering) = await LaadAsync(id, cancellationToken);
        if (s is null)
        {
            return weigering!;
        }

        var wijzigingen = (await Db.ActiepuntWijzigingen.AsNoTracking()
                .Where(w => w.Actiepunt!.SamenwerkingId == id)
                .Select(w => new { w.Id, w.Tijdstip, w.Door, w.Actiepunt!.Actie, w.Omschrijving })
                .ToListAsync(cancellationToken))
            .OrderByDescending(w => w.Tijdstip).ThenByDescending(w => w.Id)
            .Select(w => new PlanWijziging(w.Tijdstip, w.Door, w.Actie, w.Omschrijving))
            .ToList();
        return View("ActieplanGeschiedenis", new ActieplanGeschiedenisViewModel(s, wijzigingen));
    }

    private void Registreer(PartnerSamenwerking s, Guid actieId, string omschrijving) =>
        Db.ActiepuntWijzigingen.Add(new ActiepuntWijziging
        {
            ActiepuntId = actieId,
            Tijdstip = clock.GetUtcNow(),
            GebruikerId = s.GebruikerId,
            Door = s.Door(),
            Omschrijving = omschrijving,
        });

    private async Task<ActieplanViewModel> PlanAsync(PartnerSamenwerking s, ActiepuntFormulier formulier, CancellationToken cancellationToken)
    {
        var inhoud = (await scans.HuidigeAsync(cancellationToken)).Inhoud;
        var vandaag = BelgischeTijd.Vandaag(clock);
        var acties = (await Db.Actiepunten.AsNoTracking().Where(a => a.SamenwerkingId == s.Id).ToListAsync(cancellationToken))
            .OrderBy(a => !ActiepuntStatussen.IsOpen(a.Status))
            .ThenBy(a => a.Tegen is null)
            .ThenBy(a => a.Tegen)
            .ThenBy(a => a.AangemaaktOp)
            .Select(a => new ActiepuntRegel(a.Id, a.Actie, a.Wie, a.Tegen, a.Status, a.ThemaCode is null ? null : ThemaNaam(inhoud, a.ThemaCode),
                a.Tegen < vandaag && ActiepuntStatussen.IsOpen(a.Status)))
            .ToList();
        return new ActieplanViewModel(s, acties, formulier, inhoud.Themas);
    }

    private async Task<ActiepuntViewModel> ActiepuntModelAsync(PartnerSamenwerking s, Guid actieId, ActiepuntFormulier formulier, CancellationToken cancellationToken)
    {
        var inhoud = (await scans.HuidigeAsync(cancellationToken)).Inhoud;
        var wijzigingen = (await Db.ActiepuntWijzigingen.AsNoTracking().Where(w => w.ActiepuntId == actieId).ToListAsync(cancellationToken))
            .OrderByDescending(w => w.Tijdstip).ThenByDescending(w => w.Id).ToList();
        return new ActiepuntViewModel(s, actieId, formulier, inhoud.Themas, wijzigingen);
    }

    /// <summary>The form again (409) with the input, what is stored now and who changed it; the next save starts from there.</summary>
    private async Task<IActionResult> ConflictAsync(PartnerSamenwerking s, Actiepunt opgeslagen, ActiepuntFormulier formulier, ScanInhoud inhoud, CancellationToken cancellationToken)
    {
        var model = await ActiepuntModelAsync(s, opgeslagen.Id, formulier, cancellationToken);
        var laatste = model.Wijzigingen.Count > 0 ? model.Wijzigingen[0] : null;
        formulier.Versie = opgeslagen.Versie;
        ModelState.Remove(Prefix + nameof(ActiepuntFormulier.Versie));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Actiepunt", model with
        {
            Conflict = $"{laatste?.Door ?? "Iemand"} wijzigde deze actie intussen{(laatste is null ? "" : $" ({BelgischeTijd.Tijdstip(laatste.Tijdstip)})")}. " +
                $"Nu staat er: ‘{opgeslagen.Actie}’, wie {opgeslagen.Wie}, tegen {Datum(opgeslagen.Tegen)}, status {ActiepuntStatussen.Label(opgeslagen.Status)}, thema {ThemaNaam(inhoud, opgeslagen.ThemaCode)}. " +
                "Jouw invoer staat nog in het formulier en is niet bewaard. Kijk ze na en bewaar opnieuw.",
        });
    }

    private static string Datum(DateOnly? datum) => datum is { } d ? BelgischeTijd.Datum(d) : "geen datum";

    private static string ThemaNaam(ScanInhoud inhoud, string? code) =>
        code is null ? "geen" : inhoud.VindThema(code)?.Titel ?? code;
}
