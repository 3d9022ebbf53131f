using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Audit;

namespace Partnerschap.Web.Features.GidsBeheer;

/// <summary>
/// Putting a chapter online and taking it off: publish the newest version now or at a set time (after its links pass
/// the check), cancel a schedule, archive and take out of the archive. The state changes themselves are methods of
/// <see cref="Hoofdstuk"/>, shared with the scheduled publication in <see cref="GidsPublicatie"/>.
/// </summary>
[Authorize(Roles = Rollen.Onderzoeker + "," + Rollen.Beheerder)]
public sealed class HoofdstukPublicatieController(
    PortalDbContext db,
    HoofdstukQueries hoofdstukken,
    GidsPublicatie publicatie,
    AuditLogger audit,
    TimeProvider clock) : Controller
{
    [HttpPost("gids/beheer/{slug}/publiceren")]
    public async Task<IActionResult> Publiceren(string slug, int? nummer, CancellationToken cancellationToken)
    {
        var (hoofdstuk, nieuwste, antwoord) = await LaadNieuwsteAsync(slug, nummer, "publiceer", cancellationToken);
        if (antwoord is not null)
        {
            return antwoord;
        }

        return await NaLinkcontroleAsync(slug, hoofdstuk, nieuwste, planOp: null, () => hoofdstuk.Publiceer(nieuwste.Nummer),
            AuditSoorten.HoofdstukGepubliceerd, $"Versie {nieuwste.Nummer}",
            $"Versie {nieuwste.Nummer} is gepubliceerd. Lezers zien ze nu op /gids/{hoofdstuk.Slug}.", cancellationToken);
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

        return await NaLinkcontroleAsync(slug, hoofdstuk, nieuwste, planOp, () => hoofdstuk.Plan(nieuwste.Nummer, op),
            AuditSoorten.HoofdstukGepland, $"Versie {nieuwste.Nummer} op {BelgischeTijd.Tijdstip(op)}",
            $"Versie {nieuwste.Nummer} wordt gepubliceerd op {BelgischeTijd.Tijdstip(op)}.", cancellationToken);
    }

    [HttpPost("gids/beheer/{slug}/plannen-annuleren")]
    public Task<IActionResult> PlannenAnnuleren(string slug, CancellationToken cancellationToken) =>
        WijzigAsync(slug, h => h.AnnuleerPlanning(), "Er was geen publicatie gepland.", auditSoort: null,
            _ => "De geplande publicatie is geannuleerd.", cancellationToken);

    [HttpPost("gids/beheer/{slug}/archiveren")]
    public Task<IActionResult> Archiveren(string slug, CancellationToken cancellationToken) =>
        WijzigAsync(slug, h => { h.Archiveer(); return true; }, nietGewijzigd: null, AuditSoorten.HoofdstukGearchiveerd,
            h => $"‘{h.Titel}’ is gearchiveerd. Lezers zien het niet meer; je kan het terugzetten.", cancellationToken);

    [HttpPost("gids/beheer/{slug}/terugzetten-uit-archief")]
    public Task<IActionResult> TerugzettenUitArchief(string slug, CancellationToken cancellationToken) =>
        WijzigAsync(slug, h => h.HaalUitArchief(), "Dit hoofdstuk staat niet in het archief.", AuditSoorten.HoofdstukUitArchief,
            h => h.GepubliceerdeVersie is { } v
                ? $"‘{h.Titel}’ is terug uit het archief. Lezers zien opnieuw versie {v}."
                : $"‘{h.Titel}’ is terug uit het archief, als concept.",
            cancellationToken);

    /// <summary>
    /// Publishing or scheduling <paramref name="nieuwste"/>: refused (400, the edit page) when a link would not work for
    /// readers; otherwise <paramref name="wijzig"/>, the audit line, the save, and back to the chapter with <paramref name="melding"/>.
    /// </summary>
    private async Task<IActionResult> NaLinkcontroleAsync(
        string slug, Hoofdstuk hoofdstuk, HoofdstukVersie nieuwste, string? planOp, Action wijzig,
        string auditSoort, string auditDetail, string melding, CancellationToken cancellationToken)
    {
        var kapot = await publicatie.ControleerLinksAsync(hoofdstuk.Slug, nieuwste.Tekst, cancellationToken);
        if (kapot.Count > 0)
        {
            return await GeweigerdAsync(hoofdstuk, kapot, planOp, cancellationToken);
        }

        wijzig();
        audit.Registreer(auditSoort, $"gids/{hoofdstuk.Slug}", auditDetail);
        if (!await BewaarAsync(cancellationToken))
        {
            return Redirect($"/gids/beheer/{slug}");
        }

        TempData[Statusbericht.Key] = melding;
        return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
    }

    /// <summary>
    /// A state change that needs no version number: <paramref name="wijzig"/> returns false when there was nothing to
    /// change (then <paramref name="nietGewijzigd"/> is the message and nothing is saved). Writes the audit line of <paramref name="auditSoort"/>, if any,
    /// saves, and goes back to the chapter with <paramref name="gewijzigd"/>.
    /// </summary>
    private async Task<IActionResult> WijzigAsync(
        string slug, Func<Hoofdstuk, bool> wijzig, string? nietGewijzigd, string? auditSoort, Func<Hoofdstuk, string> gewijzigd, CancellationToken cancellationToken)
    {
        var hoofdstuk = await hoofdstukken.LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        if (!wijzig(hoofdstuk))
        {
            TempData[Statusbericht.Key] = nietGewijzigd;
            return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
        }

        if (auditSoort is not null)
        {
            audit.Registreer(auditSoort, $"gids/{hoofdstuk.Slug}");
        }

        if (await BewaarAsync(cancellationToken))
        {
            TempData[Statusbericht.Key] = gewijzigd(hoofdstuk);
        }

        return Redirect($"/gids/beheer/{hoofdstuk.Slug}");
    }

    /// <summary>
    /// The chapter and its newest version, when <paramref name="nummer"/> (the version the researcher was looking at)
    /// is still the newest; otherwise the answer to give: not found, or back to the chapter to see the newer version.
    /// </summary>
    private async Task<(Hoofdstuk Hoofdstuk, HoofdstukVersie Nieuwste, IActionResult? Antwoord)> LaadNieuwsteAsync(
        string slug, int? nummer, string werkwoord, CancellationToken cancellationToken)
    {
        var hoofdstuk = await hoofdstukken.LaadAsync(slug, cancellationToken);
        var nieuwste = hoofdstuk is null ? null : await hoofdstukken.NieuwsteAsync(hoofdstuk, cancellationToken);
        if (hoofdstuk is null || nieuwste is null)
        {
            return (null!, null!, NotFound());
        }

        if (nummer is { } n && n != nieuwste.Nummer)
        {
            TempData[Statusbericht.Key] = $"Intussen bewaarde iemand versie {nieuwste.Nummer}. Bekijk die eerst en {werkwoord} dan opnieuw.";
            return (hoofdstuk, nieuwste, Redirect($"/gids/beheer/{hoofdstuk.Slug}"));
        }

        return (hoofdstuk, nieuwste, null);
    }

    /// <summary>Publishing or scheduling was refused: the edit page with the newest version, the reasons and status 400.</summary>
    private async Task<IActionResult> GeweigerdAsync(Hoofdstuk hoofdstuk, IReadOnlyList<KapotteLink>? kapot, string? planOp, CancellationToken cancellationToken)
    {
        var pagina = await hoofdstukken.PaginaAsync(hoofdstuk, await hoofdstukken.FormulierAsync(hoofdstuk, cancellationToken), cancellationToken);
        pagina.KapotteLinks = kapot;
        pagina.PlanOp = planOp;
        Response.StatusCode = StatusCodes.Status400BadRequest;
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
            TempData[Statusbericht.Key] = "Iemand wijzigde het hoofdstuk net. Bekijk het opnieuw en probeer dan nog eens.";
            return false;
        }
    }

    /// <summary>
    /// Reads a datetime-local value as Brussels time (the researcher's wall clock); returns a Dutch message when it is
    /// not a future moment. <see cref="Hoofdstuk.Plan"/> stores it in UTC.
    /// </summary>
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
}
