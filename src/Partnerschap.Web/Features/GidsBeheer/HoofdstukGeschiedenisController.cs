using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Audit;

namespace Partnerschap.Web.Features.GidsBeheer;

/// <summary>
/// The versions of a chapter: the list, a word diff between two of them, and restoring an old one as a new concept
/// (restoring never publishes).
/// </summary>
[Authorize(Roles = Rollen.Onderzoeker + "," + Rollen.Beheerder)]
public sealed class HoofdstukGeschiedenisController(PortalDbContext db, HoofdstukQueries hoofdstukken, AuditLogger audit) : Controller
{
    [HttpGet("gids/beheer/{slug}/geschiedenis")]
    public async Task<IActionResult> Geschiedenis(string slug, CancellationToken cancellationToken)
    {
        var hoofdstuk = await hoofdstukken.LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        var versies = await db.HoofdstukVersies.AsNoTracking()
            .Where(v => v.HoofdstukId == hoofdstuk.Id)
            .OrderByDescending(v => v.Nummer)
            .Select(v => new VersieRegel(v.Nummer, v.Tijdstip, v.Auteur, v.Notitie, v.Titel))
            .ToListAsync(cancellationToken);
        return View(new HoofdstukGeschiedenis(HoofdstukQueries.Regel(hoofdstuk, versies.Count == 0 ? 0 : versies[0].Nummer), versies));
    }

    [HttpPost("gids/beheer/{slug}/geschiedenis/{nummer:int}/herstellen")]
    public async Task<IActionResult> Herstellen(string slug, int nummer, CancellationToken cancellationToken)
    {
        var hoofdstuk = await hoofdstukken.LaadAsync(slug, cancellationToken);
        if (hoofdstuk is null)
        {
            return NotFound();
        }

        var bron = await db.HoofdstukVersies.AsNoTracking().FirstOrDefaultAsync(v => v.HoofdstukId == hoofdstuk.Id && v.Nummer == nummer, cancellationToken);
        if (bron is null)
        {
            return NotFound();
        }

        var nieuwste = await hoofdstukken.NieuwsteAsync(hoofdstuk, cancellationToken);
        var nieuwNummer = (nieuwste?.Nummer ?? 0) + 1;
        hoofdstuk.Titel = bron.Titel;
        hoofdstuk.Samenvatting = bron.Samenvatting;
        hoofdstuk.GewijzigdInPortaal = true;
        db.HoofdstukVersies.Add(hoofdstukken.NieuweVersie(hoofdstuk, nieuwNummer, bron.Titel, bron.Samenvatting, bron.Tekst, User.Identity?.Name, $"Versie {nummer} teruggezet"));
        audit.Registreer(AuditSoorten.VersieHersteld, $"gids/{hoofdstuk.Slug}", $"Versie {nummer} teruggezet als concept {nieuwNummer}");
        db.VerwachtVersie(hoofdstuk, hoofdstuk.Versie);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            TempData[Statusbericht.Key] = "Iemand wijzigde het hoofdstuk net. Bekijk de geschiedenis opnieuw en zet dan terug.";
            return Redirect($"/gids/beheer/{slug}/geschiedenis");
        }

        TempData[Statusbericht.Key] = $"Versie {nummer} is teruggezet als versie {nieuwNummer}. Dat is een concept: publiceer het als lezers het moeten zien.";
        return Redirect($"/gids/beheer/{hoofdstuk.Slug}/geschiedenis");
    }

    [HttpGet("gids/beheer/{slug}/vergelijk")]
    public async Task<IActionResult> Vergelijk(string slug, string? van, string? naar, CancellationToken cancellationToken)
    {
        var hoofdstuk = await hoofdstukken.LaadAsync(slug, cancellationToken);
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

        var nieuwste = await hoofdstukken.NieuwsteNummerAsync(hoofdstuk, cancellationToken);
        return View(new HoofdstukVergelijking(
            HoofdstukQueries.Regel(hoofdstuk, nieuwste),
            new VersieRegel(a.Nummer, a.Tijdstip, a.Auteur, a.Notitie, a.Titel),
            new VersieRegel(b.Nummer, b.Tijdstip, b.Auteur, b.Notitie, b.Titel),
            a.Titel == b.Titel ? null : WoordDiff.Vergelijk(a.Titel, b.Titel),
            a.Samenvatting == b.Samenvatting ? null : WoordDiff.Vergelijk(a.Samenvatting, b.Samenvatting),
            WoordDiff.Vergelijk(a.Tekst, b.Tekst)));
    }
}
