using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Account;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.OrganisatieToevoegen;

/// <summary>
/// /organisatie-toevoegen, "Zet je organisatie op de kaart": a welzijnswerker without account proposes a new
/// organisatie. Step 1 shows the organisaties that may already be the one (with "Ik werk hier"); step 2 is the profile
/// form of <c>Profielbeheer</c> plus who proposes it; a mail confirms the e-mail address; then the proposal waits for a
/// Beheerder (<c>Features/Beheer/VoorstellenController</c>). Public, with the honeypot and rate limit of "meld een fout".
/// </summary>
[AllowAnonymous]
public sealed class OrganisatieToevoegenController(
    PortalDbContext db,
    KaartIndexProvider indexProvider,
    VoorstelLinks voorstelLinks,
    VoorstelMails mails,
    TimeProvider clock,
    ILogger<OrganisatieToevoegenController> logger) : Controller
{
    private const string Prefix = "Formulier.";

    [HttpGet("organisatie-toevoegen")]
    public async Task<IActionResult> Index(string? naam, string? gemeente, string? kbo, CancellationToken cancellationToken)
    {
        if (naam is null && gemeente is null && kbo is null)
        {
            return View(new ZoekStap(null, null, null, null, null));
        }

        var gemeenten = await GemeentenAsync(cancellationToken);
        naam = naam?.Trim();
        if (string.IsNullOrEmpty(naam))
        {
            ModelState.AddModelError("naam", "Vul de naam van de organisatie in.");
        }
        else if (naam.Length > Veldlengtes.Naam)
        {
            ModelState.AddModelError("naam", $"De naam heeft hoogstens {Veldlengtes.Naam} tekens.");
        }

        var plaats = gemeente is null || gemeente.Length > Veldlengtes.Gemeentenaam ? null : gemeenten.Vind(gemeente) ?? gemeenten.OpPostcode(gemeente.Trim());
        if (plaats is null)
        {
            ModelState.AddModelError("gemeente", string.IsNullOrWhiteSpace(gemeente)
                ? "Vul de gemeente in waar de organisatie een adres heeft."
                : $"We kennen de gemeente ‘{gemeente.Trim()}’ niet. Schrijf de naam zoals op de kaart van Vlaanderen of Brussel, of vul de postcode in.");
        }

        var kboNummer = string.IsNullOrWhiteSpace(kbo) ? null : Kbo.Normaliseer(kbo);
        if (!string.IsNullOrWhiteSpace(kbo) && kboNummer is null)
        {
            ModelState.AddModelError("kbo", "Dit ondernemingsnummer klopt niet. Het heeft 10 cijfers, bijvoorbeeld 0123.456.749.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ZoekStap(naam, gemeente, kbo, null, null));
        }

        var gelijkaardig = await GelijkaardigeOrganisaties.ZoekAsync(db, naam!, plaats, kboNummer, cancellationToken);
        return View(new ZoekStap(naam, plaats!.Naam, kboNummer, plaats.Naam, gelijkaardig));
    }

    [HttpGet("organisatie-toevoegen/gegevens")]
    public async Task<IActionResult> Gegevens(string? naam, string? gemeente, string? kbo, CancellationToken cancellationToken)
    {
        var formulier = OrganisatieFormulier.Nieuw();
        formulier.Naam = Kort(naam, Veldlengtes.Naam);
        formulier.KboNummer = Kort(kbo, 20);
        formulier.Locaties[0].Gemeente = Kort(gemeente, Veldlengtes.Gemeentenaam);
        return View(await PaginaAsync(formulier, new IndienerFormulier(), null, cancellationToken));
    }

    [HttpPost("organisatie-toevoegen/gegevens")]
    [EnableRateLimiting(RateLimits.PubliekFormulier)]
    public async Task<IActionResult> Gegevens(
        [Bind(Prefix = "Formulier")] OrganisatieFormulier formulier, [Bind(Prefix = "Indiener")] IndienerFormulier indiener, string? actie, CancellationToken cancellationToken)
    {
        var (invoer, antwoord) = await ValideerAsync(formulier, indiener, actie, null, cancellationToken);
        if (invoer is null)
        {
            return antwoord!;
        }

        var bevestig = new BerichtViewModel("Bevestig je e-mailadres",
            $"We stuurden een mail naar {indiener.Email!.Trim()}. Klik op de link in die mail om je voorstel te bevestigen. " +
            $"Pas daarna gaat het naar de beheerders. De link blijft {VoorstelLinks.BevestigenGeldig.Days} dagen geldig. Geen mail gekregen? Kijk ook bij je ongewenste mail.");
        if (!string.IsNullOrEmpty(indiener.Website))
        {
            // The honeypot: people never see this field, simple robots fill it in. Answer as usual, keep nothing.
            logger.LogWarning("Organisatievoorstel genegeerd: het verborgen veld was ingevuld");
            return View("Bericht", bevestig);
        }

        var voorstel = new Organisatievoorstel
        {
            Id = Guid.NewGuid(),
            OrganisatieNaam = invoer.Naam,
            Gegevens = string.Empty,
            IndienerNaam = indiener.Naam!.Trim(),
            IndienerEmail = indiener.Email.Trim(),
            IndienerFunctie = OrganisatieFormulier.Leeg(indiener.Functie),
            AangemaaktOp = clock.GetUtcNow(),
        };
        VoorstelGegevens.Neem(voorstel, formulier, invoer);
        db.Organisatievoorstellen.Add(voorstel);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Organisatievoorstel {VoorstelId} ontvangen, wacht op bevestiging van het e-mailadres", voorstel.Id);
        await mails.BevestigAsync(voorstel, cancellationToken);
        return View("Bericht", bevestig);
    }

    [HttpGet("organisatie-toevoegen/bevestigen")]
    public async Task<IActionResult> Bevestigen(string? code, CancellationToken cancellationToken)
    {
        var (voorstel, antwoord) = await LaadAsync(code, VoorstelLinks.Doel.Bevestigen, VoorstelStatus.EmailNietBevestigd, cancellationToken);
        return voorstel is null ? antwoord! : View(new BevestigPagina(voorstel.OrganisatieNaam, code!));
    }

    [HttpPost("organisatie-toevoegen/bevestigen")]
    [EnableRateLimiting(RateLimits.PubliekFormulier)]
    public async Task<IActionResult> Bevestig([FromForm] string? code, CancellationToken cancellationToken)
    {
        var (voorstel, antwoord) = await LaadAsync(code, VoorstelLinks.Doel.Bevestigen, VoorstelStatus.EmailNietBevestigd, cancellationToken);
        if (voorstel is null)
        {
            return antwoord!;
        }

        voorstel.Status = VoorstelStatus.Ingediend;
        voorstel.EmailBevestigdOp = clock.GetUtcNow();
        return await IndienenAsync(voorstel, opnieuw: false, cancellationToken);
    }

    [HttpGet("organisatie-toevoegen/{code}")]
    public async Task<IActionResult> Bewerken(string code, CancellationToken cancellationToken)
    {
        var (voorstel, antwoord) = await LaadAsync(code, VoorstelLinks.Doel.Bewerken, VoorstelStatus.WijzigingenGevraagd, cancellationToken);
        return voorstel is null
            ? antwoord!
            : View("Gegevens", await PaginaAsync(VoorstelGegevens.Formulier(voorstel), null, voorstel.Bericht, cancellationToken));
    }

    [HttpPost("organisatie-toevoegen/{code}")]
    [EnableRateLimiting(RateLimits.PubliekFormulier)]
    public async Task<IActionResult> Bewerken(string code, [Bind(Prefix = "Formulier")] OrganisatieFormulier formulier, string? actie, CancellationToken cancellationToken)
    {
        var (voorstel, antwoord) = await LaadAsync(code, VoorstelLinks.Doel.Bewerken, VoorstelStatus.WijzigingenGevraagd, cancellationToken);
        if (voorstel is null)
        {
            return antwoord!;
        }

        var (invoer, fout) = await ValideerAsync(formulier, null, actie, voorstel.Bericht, cancellationToken);
        if (invoer is null)
        {
            return fout!;
        }

        VoorstelGegevens.Neem(voorstel, formulier, invoer);
        voorstel.Status = VoorstelStatus.Ingediend;
        voorstel.GewijzigdOp = clock.GetUtcNow();
        return await IndienenAsync(voorstel, opnieuw: true, cancellationToken);
    }

    /// <summary>Into the queue: saved only while nobody else changed the proposal since the link was read; then the Beheerders hear of it.</summary>
    private async Task<IActionResult> IndienenAsync(Organisatievoorstel voorstel, bool opnieuw, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LinkWerktNiet("Er veranderde net iets aan dit voorstel. Open de link in je laatste mail opnieuw.");
        }

        logger.LogInformation("Organisatievoorstel {VoorstelId} wacht op een beheerder", voorstel.Id);
        await mails.NieuwVoorstelAsync(voorstel, opnieuw, cancellationToken);
        return View("Bericht", new BerichtViewModel("Bedankt, we bekijken je voorstel",
            $"Je voorstel voor {voorstel.OrganisatieNaam} is bij de beheerders van Partnerschap. Ze kijken het na, meestal binnen enkele werkdagen. " +
            $"Je krijgt een mail zodra ze beslist hebben of als ze nog iets willen weten."));
    }

    /// <summary>Checks both forms; null with the page to show (the form again, or the form with one more location) when it is not ready to save.</summary>
    private async Task<(OrganisatieMomentopname?, IActionResult?)> ValideerAsync(
        OrganisatieFormulier formulier, IndienerFormulier? indiener, string? actie, string? bericht, CancellationToken cancellationToken)
    {
        var (invoer, stap) = formulier.Lees(ModelState, Prefix, await GemeentenAsync(cancellationToken), actie);
        if (stap == OrganisatieFormulier.Stap.Klaar)
        {
            return (invoer, null);
        }

        Response.StatusCode = stap == OrganisatieFormulier.Stap.Fouten ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        return (null, View("Gegevens", await PaginaAsync(formulier, indiener, bericht, cancellationToken)));
    }

    /// <summary>
    /// The tracked proposal behind a link, while it still has the status and Versie the link was made for; otherwise
    /// the page that says the link no longer works (410), or that the address was already confirmed.
    /// </summary>
    private async Task<(Organisatievoorstel?, IActionResult?)> LaadAsync(string? code, VoorstelLinks.Doel doel, VoorstelStatus status, CancellationToken cancellationToken)
    {
        if (voorstelLinks.Lees(code, doel) is not { } link)
        {
            return (null, LinkWerktNiet(doel == VoorstelLinks.Doel.Bevestigen
                ? $"De link is onvolledig of ouder dan {VoorstelLinks.BevestigenGeldig.Days} dagen. Stel je organisatie opnieuw voor."
                : "De link is onvolledig of verlopen. Antwoord op de mail van de beheerder of stel je organisatie opnieuw voor."));
        }

        var voorstel = await db.Organisatievoorstellen.FirstOrDefaultAsync(v => v.Id == link.Id, cancellationToken);
        if (voorstel is null)
        {
            return (null, LinkWerktNiet("Dit voorstel bestaat niet meer. Stel je organisatie opnieuw voor."));
        }

        if (voorstel.Status == VoorstelStatus.Ingediend && doel == VoorstelLinks.Doel.Bevestigen)
        {
            return (null, View("Bericht", new BerichtViewModel("Je e-mailadres is al bevestigd",
                $"Je voorstel voor {voorstel.OrganisatieNaam} is bij de beheerders. Je krijgt een mail zodra ze beslist hebben.")));
        }

        if (voorstel.Status != status || voorstel.Versie != link.Versie)
        {
            return (null, LinkWerktNiet(voorstel.Status switch
            {
                VoorstelStatus.Goedgekeurd => $"Je voorstel is al goedgekeurd: {voorstel.OrganisatieNaam} staat op de kaart. Kijk in je mailbox voor de volgende stap.",
                VoorstelStatus.Geweigerd => "Over dit voorstel is al beslist. Je kreeg daarover een mail.",
                VoorstelStatus.Ingediend => "Je stuurde dit voorstel al opnieuw in. De beheerders bekijken het.",
                _ => "Deze link is vervangen door een nieuwere. Gebruik de link in je laatste mail over dit voorstel.",
            }));
        }

        db.VerwachtVersie(voorstel, link.Versie);
        return (voorstel, null);
    }

    private ViewResult LinkWerktNiet(string tekst)
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        return View("Bericht", new BerichtViewModel("Deze link werkt niet meer", tekst));
    }

    private async Task<VoorstelPagina> PaginaAsync(OrganisatieFormulier formulier, IndienerFormulier? indiener, string? bericht, CancellationToken cancellationToken)
    {
        var actie = indiener is null ? Request.Path.Value! : "/organisatie-toevoegen/gegevens";
        return new VoorstelPagina(formulier, indiener, (await GemeentenAsync(cancellationToken)).Provincies, actie, bericht);
    }

    private async Task<GemeenteLookup> GemeentenAsync(CancellationToken cancellationToken) =>
        (await indexProvider.GetAsync(cancellationToken)).Gemeenten;

    private static string? Kort(string? tekst, int max) => tekst is null ? null : tekst.Length <= max ? tekst.Trim() : tekst[..max].Trim();
}
