using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Foutmeldingen;

/// <summary>
/// "Meld een fout" on every public profile, and the queue where members and Beheerders handle the meldingen.
/// </summary>
public sealed class FoutmeldingenController(
    PortalDbContext db,
    IAuthorizationService authorization,
    UserManager<PortalUser> users,
    IMailSender mail,
    AccountLinks links,
    TimeProvider clock,
    ILogger<FoutmeldingenController> logger) : Controller
{
    /// <summary>One route for /organisaties/{slug}/meld-een-fout, /scholen/{slug}/meld-een-fout and /brugfiguren/{slug}/meld-een-fout.</summary>
    public const string MeldEenFoutRoute = "{soort:regex(^(organisaties|scholen|brugfiguren)$)}/{slug}/meld-een-fout";

    [AllowAnonymous]
    [HttpGet(MeldEenFoutRoute)]
    public async Task<IActionResult> MeldEenFout(string soort, string slug, CancellationToken cancellationToken)
    {
        var profiel = await ProfielAsync(soort, slug, cancellationToken);
        return profiel is null ? NotFound() : View(new MeldEenFoutViewModel(profiel, new MeldingFormulier()));
    }

    [AllowAnonymous]
    [HttpPost(MeldEenFoutRoute)]
    [EnableRateLimiting(RateLimits.PubliekFormulier)]
    public async Task<IActionResult> MeldEenFout(string soort, string slug, [Bind(Prefix = "Formulier")] MeldingFormulier formulier, CancellationToken cancellationToken)
    {
        var profiel = await ProfielAsync(soort, slug, cancellationToken);
        if (profiel is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new MeldEenFoutViewModel(profiel, formulier));
        }

        var bedankt = new MeldingBedanktViewModel(profiel, !string.IsNullOrWhiteSpace(formulier.Email));
        if (!string.IsNullOrEmpty(formulier.Website))
        {
            // The honeypot: people never see this field, simple robots fill it in. Answer as usual, keep nothing.
            logger.LogWarning("Melding voor {Profiel} genegeerd: het verborgen veld was ingevuld", profiel.Url);
            return View("Bedankt", bedankt);
        }

        var melding = new Melding
        {
            Soort = profiel.Soort,
            ProfielId = profiel.Id,
            OrganisatieId = profiel.OrganisatieId,
            SchoolId = profiel.SchoolId,
            ProfielNaam = profiel.Naam,
            ProfielUrl = profiel.Url,
            Tekst = formulier.Tekst!.Trim(),
            Email = string.IsNullOrWhiteSpace(formulier.Email) ? null : formulier.Email.Trim(),
            AangemaaktOp = clock.GetUtcNow(),
        };
        db.Meldingen.Add(melding);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Melding {MeldingId} over {Profiel} ontvangen", melding.Id, profiel.Url);

        foreach (var ontvanger in await OntvangersAsync(melding, cancellationToken))
        {
            await mail.SendAsync(ontvanger, $"Nieuwe melding over {profiel.Naam}", $"""
                Dag,

                Iemand meldt dat er iets niet klopt in het profiel van {profiel.Naam} op Partnerschap:

                "{melding.Tekst}"

                Bekijk en behandel de melding hier:
                {links.Naar("meldingen")}

                Klopt de melding? Pas dan het profiel aan via:
                {links.Naar(profiel.Url + "/bewerken")}

                Partnerschap
                """, cancellationToken);
        }

        if (melding.Email is not null)
        {
            await mail.SendAsync(melding.Email, "We ontvingen je melding", $"""
                Dag,

                Bedankt om te melden dat er iets niet klopt in het profiel van {profiel.Naam} op Partnerschap.
                De organisatie en de beheerders van het portaal kregen je melding. We laten je weten wanneer ze is behandeld.

                Je schreef:
                "{melding.Tekst}"

                Partnerschap
                """, cancellationToken);
        }

        return View("Bedankt", bedankt);
    }

    [HttpGet("meldingen")]
    public async Task<IActionResult> Index(string? status, string? organisatie, CancellationToken cancellationToken)
    {
        MeldingStatus? filter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!Enum.TryParse<MeldingStatus>(status, ignoreCase: true, out var gekozen) || !Enum.IsDefined(gekozen))
            {
                return BadRequest();
            }

            filter = gekozen;
        }

        var query = await ZichtbaarAsync(cancellationToken);
        if (!string.IsNullOrEmpty(organisatie))
        {
            query = query.Where(m => m.ProfielUrl == ProfielUrls.Organisaties + organisatie);
        }

        var aantallen = await query.GroupBy(m => m.Status).Select(g => new { g.Key, Aantal = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Aantal, cancellationToken);
        if (filter is { } f)
        {
            query = query.Where(m => m.Status == f);
        }
        else
        {
            query = query.Where(m => m.Status == MeldingStatus.Nieuw || m.Status == MeldingStatus.InBehandeling);
        }

        var meldingen = await query.OrderByDescending(m => m.AangemaaktOp).Take(200).ToListAsync(cancellationToken);
        return View(new MeldingenViewModel(meldingen, aantallen, filter, organisatie, User.IsInRole(Rollen.Beheerder)));
    }

    [HttpPost("meldingen/{id:guid}/status")]
    public async Task<IActionResult> Status(Guid id, MeldingStatusFormulier formulier, CancellationToken cancellationToken)
    {
        var melding = await db.Meldingen.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (melding is null)
        {
            return NotFound();
        }

        if (!await MagBehandelenAsync(melding))
        {
            return Forbid();
        }

        if (!ModelState.IsValid || !Enum.IsDefined(formulier.Status))
        {
            TempData[Statusbericht.Key] = "Kies een geldige status. Een notitie heeft hoogstens 1000 tekens.";
            return Redirect("/meldingen");
        }

        var wasOpen = melding.Status is MeldingStatus.Nieuw or MeldingStatus.InBehandeling;
        melding.Status = formulier.Status;
        melding.Notitie = string.IsNullOrWhiteSpace(formulier.Notitie) ? melding.Notitie : formulier.Notitie.Trim();
        melding.GewijzigdOp = clock.GetUtcNow();
        melding.BehandeldDoor = User.Identity?.Name;
        await db.SaveChangesAsync(cancellationToken);

        if (wasOpen && melding.Email is not null && melding.Status is MeldingStatus.Opgelost or MeldingStatus.Afgewezen)
        {
            await mail.SendAsync(melding.Email, $"Je melding over {melding.ProfielNaam} is behandeld", $"""
                Dag,

                Je meldde dat er iets niet klopte in het profiel van {melding.ProfielNaam} op Partnerschap.
                {(melding.Status == MeldingStatus.Opgelost
                    ? "Het profiel is nagekeken en waar nodig aangepast. Bedankt voor je hulp!"
                    : "Het profiel is nagekeken. De gegevens bleken te kloppen, dus er is niets aangepast. Bedankt om het te melden.")}

                {links.Naar(melding.ProfielUrl)}

                Partnerschap
                """, cancellationToken);
        }

        TempData[Statusbericht.Key] = $"De melding over {melding.ProfielNaam} staat nu op ‘{MeldingenViewModel.Label(melding.Status).ToLowerInvariant()}’.";
        return Redirect("/meldingen");
    }

    /// <summary>Beheerders see every melding; members those about their organisaties and schools; others none.</summary>
    private async Task<IQueryable<Melding>> ZichtbaarAsync(CancellationToken cancellationToken)
    {
        var query = db.Meldingen.AsNoTracking();
        if (User.IsInRole(Rollen.Beheerder))
        {
            return query;
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var organisaties = await db.Lidmaatschappen.Where(l => l.GebruikerId == userId && l.OrganisatieId != null)
            .Select(l => l.OrganisatieId!.Value).ToListAsync(cancellationToken);
        var scholen = await db.Lidmaatschappen.Where(l => l.GebruikerId == userId && l.SchoolId != null)
            .Select(l => l.SchoolId!.Value).ToListAsync(cancellationToken);
        return query.Where(m => (m.OrganisatieId != null && organisaties.Contains(m.OrganisatieId.Value)) ||
                                (m.SchoolId != null && scholen.Contains(m.SchoolId.Value)));
    }

    private async Task<bool> MagBehandelenAsync(Melding melding)
    {
        if (User.IsInRole(Rollen.Beheerder))
        {
            return true;
        }

        var resource = melding.OrganisatieId is { } o ? new ProfielResource(ProfielSoort.Organisatie, o)
            : melding.SchoolId is { } s ? new ProfielResource(ProfielSoort.School, s)
            : null;
        return resource is not null && (await authorization.AuthorizeAsync(User, resource, ProfielOperaties.Bewerken)).Succeeded;
    }

    private async Task<List<string>> OntvangersAsync(Melding melding, CancellationToken cancellationToken)
    {
        var leden = await db.Lidmaatschappen
            .Where(l => (melding.OrganisatieId != null && l.OrganisatieId == melding.OrganisatieId) || (melding.SchoolId != null && l.SchoolId == melding.SchoolId))
            .Where(l => !l.Gebruiker!.Gedeactiveerd && l.Gebruiker.EmailConfirmed)
            .Select(l => l.Gebruiker!.Email!)
            .ToListAsync(cancellationToken);
        var beheerders = (await users.GetUsersInRoleAsync(Rollen.Beheerder))
            .Where(u => !u.Gedeactiveerd && u.EmailConfirmed).Select(u => u.Email!);
        return leden.Concat(beheerders).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private async Task<GemeldProfiel?> ProfielAsync(string soort, string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > 200)
        {
            return null;
        }

        return soort switch
        {
            "organisaties" => await db.Organisaties.AsNoTracking().Where(o => o.Slug == slug)
                .Select(o => new GemeldProfiel(ProfielSoort.Organisatie, o.Id, o.Naam, ProfielUrls.Organisaties + o.Slug, o.Id, null))
                .FirstOrDefaultAsync(cancellationToken),
            "scholen" => await db.Scholen.AsNoTracking().Where(s => s.Slug == slug)
                .Select(s => new GemeldProfiel(ProfielSoort.School, s.Id, s.Naam, ProfielUrls.Scholen + s.Slug, null, s.Id))
                .FirstOrDefaultAsync(cancellationToken),
            _ => await db.Brugfiguren.AsNoTracking().Where(b => b.Slug == slug)
                .Select(b => new GemeldProfiel(ProfielSoort.Brugfiguur, b.Id, !b.AlleenFunctie && b.Naam != null && b.Naam != "" ? b.Naam : b.Functie, ProfielUrls.Brugfiguren + b.Slug, b.WerkgeverOrganisatieId, b.WerkgeverSchoolId))
                .FirstOrDefaultAsync(cancellationToken),
        };
    }
}
