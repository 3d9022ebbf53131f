using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Foutmeldingen;

/// <summary>
/// "Meld een fout" and "stel een wijziging voor" on every public profile, and the queue where members and Beheerders
/// handle the meldingen: a suggestion is accepted with one click (a version in the history) or declined.
/// </summary>
public sealed class FoutmeldingenController(
    PortalDbContext db,
    IAuthorizationService authorization,
    UserManager<PortalUser> users,
    IMailSender mail,
    AccountLinks links,
    ProfielHistoriek historiek,
    KaartIndexProvider indexProvider,
    TimeProvider clock,
    ILogger<FoutmeldingenController> logger) : Controller
{
    /// <summary>One route for /organisaties/{slug}/meld-een-fout, /scholen/{slug}/meld-een-fout and /brugfiguren/{slug}/meld-een-fout.</summary>
    public const string MeldEenFoutRoute = "{soort:regex(^(organisaties|scholen|brugfiguren)$)}/{slug}/meld-een-fout";

    /// <summary>The same three kinds: /{soort}/{slug}/suggestie, optionally with ?veld=.</summary>
    public const string SuggestieRoute = "{soort:regex(^(organisaties|scholen|brugfiguren)$)}/{slug}/suggestie";

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

        await BewaarEnMeldAsync(NieuweMelding(profiel, formulier.Tekst!.Trim(), formulier.Email), profiel, cancellationToken);
        return View("Bedankt", bedankt);
    }

    [AllowAnonymous]
    [HttpGet(SuggestieRoute)]
    public async Task<IActionResult> Suggestie(string soort, string slug, string? veld, CancellationToken cancellationToken)
    {
        var profiel = await ProfielAsync(soort, slug, cancellationToken);
        if (profiel is null)
        {
            return NotFound();
        }

        // An unknown field is no error: the page then asks which field.
        var gekozen = Suggesties.Vind(profiel.Soort, veld);
        var huidig = gekozen is null ? null : await HuidigeWaardeAsync(profiel, gekozen.Code, cancellationToken);
        return View(new SuggestieViewModel(profiel, gekozen, huidig, new SuggestieFormulier { Veld = gekozen?.Code }));
    }

    [AllowAnonymous]
    [HttpPost(SuggestieRoute)]
    [EnableRateLimiting(RateLimits.PubliekFormulier)]
    public async Task<IActionResult> Suggestie(string soort, string slug, [Bind(Prefix = "Formulier")] SuggestieFormulier formulier, CancellationToken cancellationToken)
    {
        var profiel = await ProfielAsync(soort, slug, cancellationToken);
        if (profiel is null)
        {
            return NotFound();
        }

        var veld = Suggesties.Vind(profiel.Soort, formulier.Veld);
        if (veld is null)
        {
            ModelState.AddModelError(string.Empty, "Kies welk gegeven je wilt wijzigen.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new SuggestieViewModel(profiel, null, null, formulier));
        }

        var huidig = await HuidigeWaardeAsync(profiel, veld.Code, cancellationToken);
        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var waarde = formulier.Valideer(ModelState, "Formulier.", veld, gemeenten, huidig);
        if (!ModelState.IsValid || waarde is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new SuggestieViewModel(profiel, veld, huidig, formulier));
        }

        var bedankt = new MeldingBedanktViewModel(profiel, !string.IsNullOrWhiteSpace(formulier.Email));
        if (!string.IsNullOrEmpty(formulier.Website))
        {
            logger.LogWarning("Suggestie voor {Profiel} genegeerd: het verborgen veld was ingevuld", profiel.Url);
            return View("Bedankt", bedankt);
        }

        var melding = NieuweMelding(profiel, formulier.Toelichting?.Trim() ?? string.Empty, formulier.Email);
        melding.Veld = veld.Code;
        melding.HuidigeWaarde = huidig;
        melding.VoorgesteldeWaarde = waarde;
        await BewaarEnMeldAsync(melding, profiel, cancellationToken);
        return View("Bedankt", bedankt);
    }

    private Melding NieuweMelding(GemeldProfiel profiel, string tekst, string? email) => new()
    {
        Soort = profiel.Soort,
        ProfielId = profiel.Id,
        OrganisatieId = profiel.OrganisatieId,
        SchoolId = profiel.SchoolId,
        ProfielNaam = profiel.Naam,
        ProfielUrl = profiel.Url,
        Tekst = tekst,
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
        AangemaaktOp = clock.GetUtcNow(),
    };

    /// <summary>Saves a melding or suggestion and mails the members and Beheerders, and the visitor when they left an address.</summary>
    private async Task BewaarEnMeldAsync(Melding melding, GemeldProfiel profiel, CancellationToken cancellationToken)
    {
        db.Meldingen.Add(melding);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Melding {MeldingId} over {Profiel} ontvangen", melding.Id, profiel.Url);

        foreach (var ontvanger in await OntvangersAsync(melding, cancellationToken))
        {
            await mail.SendAsync(ontvanger, $"Nieuwe melding over {profiel.Naam}", $"""
                Dag,

                {(melding.Veld is null ? "Iemand meldt dat er iets niet klopt" : "Iemand stelt een wijziging voor")} in het profiel van {profiel.Naam} op Partnerschap:

                {Beschrijving(melding)}

                Bekijk en behandel de melding hier{(melding.Veld is null ? string.Empty : " (met één klik aanvaarden of afwijzen)")}:
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
                {Beschrijving(melding)}

                Partnerschap
                """, cancellationToken);
        }
    }

    /// <summary>What the visitor wrote, for the mails: the text, or for a suggestion the field with old and new value.</summary>
    private static string Beschrijving(Melding melding)
    {
        if (melding.Veld is null)
        {
            return $"\"{melding.Tekst}\"";
        }

        var label = Suggesties.Vind(melding.Soort, melding.Veld)?.Label ?? melding.Veld;
        var toelichting = melding.Tekst.Length == 0 ? string.Empty : $"\nToelichting: \"{melding.Tekst}\"";
        return $"{label}: nu \"{melding.HuidigeWaarde ?? "(leeg)"}\", voorgesteld \"{melding.VoorgesteldeWaarde}\".{toelichting}";
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
        Behandeld(melding, formulier.Status);
        melding.Notitie = string.IsNullOrWhiteSpace(formulier.Notitie) ? melding.Notitie : formulier.Notitie.Trim();
        await db.SaveChangesAsync(cancellationToken);

        if (wasOpen && melding.Status is MeldingStatus.Opgelost or MeldingStatus.Afgewezen)
        {
            await MeldBehandeldAsync(melding, cancellationToken);
        }

        TempData[Statusbericht.Key] = $"De melding over {melding.ProfielNaam} staat nu op ‘{MeldingenViewModel.Label(melding.Status).ToLowerInvariant()}’.";
        return Redirect("/meldingen");
    }

    /// <summary>Tells the visitor who left an address that their melding or suggestion was handled.</summary>
    private async Task MeldBehandeldAsync(Melding melding, CancellationToken cancellationToken)
    {
        if (melding.Email is not null)
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
    }

    /// <summary>
    /// "Aanvaarden": the suggested value goes on the profile through the one save path, so it is a version in the
    /// history, and the melding is solved in the same save. When the field changed since the suggestion, nothing is
    /// applied: the member decides.
    /// </summary>
    [HttpPost("meldingen/{id:guid}/aanvaarden")]
    public async Task<IActionResult> Aanvaarden(Guid id, CancellationToken cancellationToken)
    {
        var melding = await db.Meldingen.FirstOrDefaultAsync(m => m.Id == id && m.Veld != null && m.VoorgesteldeWaarde != null, cancellationToken);
        if (melding is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, new ProfielResource(melding.Soort, melding.ProfielId), ProfielOperaties.Bewerken)).Succeeded)
        {
            return Forbid();
        }

        var bericht = melding.Status is not (MeldingStatus.Nieuw or MeldingStatus.InBehandeling)
            ? "Deze suggestie is al behandeld."
            : melding.Soort switch
            {
                ProfielSoort.Organisatie => await AanvaardAsync(ProfielDescriptors.Organisatie, melding, cancellationToken),
                ProfielSoort.School => await AanvaardAsync(ProfielDescriptors.School, melding, cancellationToken),
                _ => await AanvaardAsync(ProfielDescriptors.Brugfiguur, melding, cancellationToken),
            };
        if (melding.Status == MeldingStatus.Opgelost)
        {
            await MeldBehandeldAsync(melding, cancellationToken);
        }

        TempData[Statusbericht.Key] = bericht;
        return Redirect("/meldingen");
    }

    private async Task<string> AanvaardAsync<TProfiel>(ProfielDescriptor<TProfiel> soort, Melding melding, CancellationToken cancellationToken)
        where TProfiel : class, IBewerkbaarProfiel
    {
        var profiel = await soort.Profielen(db).FirstOrDefaultAsync(p => p.Id == melding.ProfielId, cancellationToken);
        if (profiel is null)
        {
            return $"Het profiel van {melding.ProfielNaam} bestaat niet meer. Wijs de suggestie af.";
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var veld = Suggesties.Vind(melding.Soort, melding.Veld)!;
        var nu = Suggesties.Huidig(profiel, veld.Code, gemeenten);
        if (!string.Equals(nu, melding.HuidigeWaarde, StringComparison.Ordinal))
        {
            return $"{veld.Label} van {melding.ProfielNaam} veranderde sinds de suggestie (nu: ‘{nu ?? "leeg"}’). We pasten niets aan: kijk het profiel na en wijs de suggestie af of pas het profiel zelf aan.";
        }

        if (veld.Code == Suggesties.Adres && Suggesties.LeesAdres(melding.VoorgesteldeWaarde!, gemeenten) is null)
        {
            return $"We herkennen de gemeente in ‘{melding.VoorgesteldeWaarde}’ niet meer. Pas het adres zelf aan in het profiel.";
        }

        var resultaat = await historiek.BewaarAsync(soort.Soort, profiel, null, p => soort.Toestand(p, gemeenten),
            p => Suggesties.PasToe(p, veld.Code, melding.VoorgesteldeWaarde!, gemeenten),
            VersieAard.Wijziging, $"Suggestie van een bezoeker aanvaard ({veld.Label.ToLowerInvariant()})",
            _ => Behandeld(melding, MeldingStatus.Opgelost), cancellationToken);
        return resultaat switch
        {
            Bewaarresultaat.Bewaard { Versie: var versie } =>
                $"{veld.Label} van {melding.ProfielNaam} is nu ‘{melding.VoorgesteldeWaarde}’ (versie {versie.Nummer}). De suggestie staat op ‘opgelost’.",
            _ => "Iemand anders wijzigde het profiel net. Kijk de suggestie opnieuw na.",
        };
    }

    private void Behandeld(Melding melding, MeldingStatus status)
    {
        melding.Status = status;
        melding.GewijzigdOp = clock.GetUtcNow();
        melding.BehandeldDoor = User.Identity?.Name;
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

    /// <summary>The field's value on the profile now (read without tracking), as a suggestion stores it.</summary>
    private async Task<string?> HuidigeWaardeAsync(GemeldProfiel profiel, string veld, CancellationToken cancellationToken)
    {
        object? entiteit = profiel.Soort switch
        {
            ProfielSoort.Organisatie => await db.Organisaties.AsNoTracking().FirstOrDefaultAsync(o => o.Id == profiel.Id, cancellationToken),
            ProfielSoort.School => await db.Scholen.AsNoTracking().FirstOrDefaultAsync(s => s.Id == profiel.Id, cancellationToken),
            _ => await db.Brugfiguren.AsNoTracking().FirstOrDefaultAsync(b => b.Id == profiel.Id, cancellationToken),
        };
        return entiteit is null ? null : Suggesties.Huidig(entiteit, veld, (await indexProvider.GetAsync(cancellationToken)).Gemeenten);
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
