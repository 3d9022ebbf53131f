using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.OrganisatieToevoegen;
using Partnerschap.Web.Features.Organisaties;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Audit;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>
/// /beheer/voorstellen: the moderation queue of "Zet je organisatie op de kaart" (<c>Features/OrganisatieToevoegen</c>).
/// A Beheerder approves a proposal (the organisatie is made through <see cref="OrganisatieAanmaker"/>, the proposer
/// becomes a member through <see cref="Uitnodiger.MaakLidAsync"/>), asks for changes, or refuses it with a reason; the
/// proposer is mailed each time and every decision is in the audit log. Each form carries the proposal's Versie: of two
/// Beheerders deciding at once, one wins and the other gets a message. Beheerders only.
/// </summary>
[Authorize(Roles = Rollen.Beheerder)]
public sealed class VoorstellenController(
    PortalDbContext db,
    KaartIndexProvider indexProvider,
    OrganisatieAanmaker aanmaker,
    Uitnodiger uitnodiger,
    VoorstelMails mails,
    AuditLogger audit,
    TimeProvider clock) : Controller
{
    private const string Wachtrij = "/beheer/voorstellen";

    [HttpGet("beheer/voorstellen")]
    public async Task<IActionResult> Voorstellen(string? status, CancellationToken cancellationToken)
    {
        var filter = VoorstelStatus.Ingediend;
        if (!string.IsNullOrEmpty(status) && (!Enum.TryParse(status, ignoreCase: true, out filter) || !Enum.IsDefined(filter)))
        {
            return BadRequest();
        }

        var gemeenten = await GemeentenAsync(cancellationToken);
        var aantallen = await db.Organisatievoorstellen.GroupBy(v => v.Status).Select(g => new { g.Key, Aantal = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Aantal, cancellationToken);
        // Sorted here, not in SQL: SQLite cannot sort the timestamps of this table as they are stored (text), and the
        // list of one status stays small. Waiting: oldest first, so nobody waits longest; decided: newest first.
        var metStatus = await db.Organisatievoorstellen.AsNoTracking().Where(v => v.Status == filter).ToListAsync(cancellationToken);
        var gesorteerd = filter is VoorstelStatus.Ingediend or VoorstelStatus.EmailNietBevestigd
            ? metStatus.OrderBy(v => v.AangemaaktOp)
            : metStatus.OrderByDescending(v => v.BehandeldOp ?? v.AangemaaktOp);
        var voorstellen = gesorteerd.Take(200)
            .Select(v => new VoorstelRegel(v.Id, v.OrganisatieNaam, gemeenten.OpNis(v.GemeenteNis)?.Naam, v.IndienerNaam, v.IndienerEmail, v.AangemaaktOp, v.Status))
            .ToList();
        return View(new VoorstellenViewModel(voorstellen, filter, aantallen));
    }

    [HttpGet("beheer/voorstellen/{id:guid}")]
    public async Task<IActionResult> Voorstel(Guid id, CancellationToken cancellationToken)
    {
        var voorstel = await db.Organisatievoorstellen.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        return voorstel is null ? NotFound() : View(await PaginaAsync(voorstel, cancellationToken));
    }

    [HttpPost("beheer/voorstellen/{id:guid}/goedkeuren")]
    public async Task<IActionResult> Goedkeuren(Guid id, int versie, CancellationToken cancellationToken)
    {
        var (voorstel, antwoord) = await LaadAsync(id, versie, cancellationToken);
        if (voorstel is null)
        {
            return antwoord!;
        }

        var gemeenten = await GemeentenAsync(cancellationToken);
        var (invoer, fouten) = Controleer(voorstel, gemeenten);
        if (fouten.Count > 0)
        {
            ModelState.AddModelError(string.Empty, "Dit voorstel kan niet op de kaart zoals het is. Vraag de indiener om het aan te passen.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Voorstel", await PaginaAsync(voorstel, cancellationToken));
        }

        var organisatie = await aanmaker.VoegToeAsync(invoer, gemeenten, $"Organisatie toegevoegd via het voorstel van {voorstel.IndienerNaam}", cancellationToken);
        voorstel.Status = VoorstelStatus.Goedgekeurd;
        voorstel.OrganisatieId = organisatie.Id;
        Behandeld(voorstel, null);
        audit.Registreer(AuditSoorten.VoorstelBeslist, voorstel.OrganisatieNaam, $"Goedgekeurd; voorgesteld door {voorstel.IndienerEmail}");
        if (!await BewaarAsync(cancellationToken))
        {
            return AlBeslist();
        }

        var (lid, fout) = await uitnodiger.MaakLidAsync(voorstel.IndienerEmail, voorstel.IndienerNaam, organisatie.Id, organisatie.Naam, User, cancellationToken);
        if (lid is not null)
        {
            voorstel.GebruikerId = lid.Gebruiker.Id;
            await db.SaveChangesAsync(cancellationToken);
        }

        await mails.GoedgekeurdAsync(voorstel, organisatie, lid, cancellationToken);
        TempData[Statusbericht.Key] = lid is null
            ? $"{organisatie.Naam} staat op de kaart, maar we konden geen account maken voor {voorstel.IndienerEmail}: {fout} Nodig de persoon zelf uit."
            : $"{organisatie.Naam} staat op de kaart. {voorstel.IndienerEmail} mag het profiel bewerken{(lid.LinkVerstuurd ? " en kreeg een uitnodiging om een wachtwoord te kiezen" : string.Empty)}." +
              (lid.Gebruiker.Gedeactiveerd ? " Let op: dat account is gedeactiveerd. Activeer het op de pagina van de gebruiker." : string.Empty);
        return Redirect(ProfielUrls.Organisatie(organisatie.Slug));
    }

    [HttpPost("beheer/voorstellen/{id:guid}/wijzigingen")]
    public Task<IActionResult> Wijzigingen(Guid id, int versie, string? bericht, CancellationToken cancellationToken) =>
        BeslisMetBerichtAsync(id, versie, "bericht", bericht, VoorstelStatus.WijzigingenGevraagd, "Schrijf wat de indiener moet aanpassen.", cancellationToken);

    [HttpPost("beheer/voorstellen/{id:guid}/weigeren")]
    public Task<IActionResult> Weigeren(Guid id, int versie, string? reden, CancellationToken cancellationToken) =>
        BeslisMetBerichtAsync(id, versie, "reden", reden, VoorstelStatus.Geweigerd, "Schrijf waarom je het voorstel weigert. De indiener krijgt de reden in een mail.", cancellationToken);

    /// <summary>Asking for changes and refusing: a required message for the proposer, the mail, the audit line.</summary>
    private async Task<IActionResult> BeslisMetBerichtAsync(
        Guid id, int versie, string veld, string? tekst, VoorstelStatus status, string verplicht, CancellationToken cancellationToken)
    {
        var (voorstel, antwoord) = await LaadAsync(id, versie, cancellationToken);
        if (voorstel is null)
        {
            return antwoord!;
        }

        tekst = tekst?.Trim();
        if (string.IsNullOrEmpty(tekst) || tekst.Length > Veldlengtes.Toelichting)
        {
            ModelState.AddModelError(veld, string.IsNullOrEmpty(tekst) ? verplicht : $"Een bericht heeft hoogstens {Veldlengtes.Toelichting} tekens.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Voorstel", await PaginaAsync(voorstel, cancellationToken));
        }

        voorstel.Status = status;
        Behandeld(voorstel, tekst);
        audit.Registreer(AuditSoorten.VoorstelBeslist, voorstel.OrganisatieNaam,
            $"{(status == VoorstelStatus.Geweigerd ? "Geweigerd" : "Wijzigingen gevraagd")}: {tekst}");
        if (!await BewaarAsync(cancellationToken))
        {
            return AlBeslist();
        }

        if (status == VoorstelStatus.Geweigerd)
        {
            await mails.GeweigerdAsync(voorstel, cancellationToken);
            TempData[Statusbericht.Key] = $"Het voorstel voor {voorstel.OrganisatieNaam} is geweigerd. We mailden de reden naar {voorstel.IndienerEmail}.";
        }
        else
        {
            await mails.WijzigingenGevraagdAsync(voorstel, cancellationToken);
            TempData[Statusbericht.Key] = $"We vroegen {voorstel.IndienerEmail} om het voorstel voor {voorstel.OrganisatieNaam} aan te passen. Het komt terug in de wachtrij zodra het opnieuw is ingediend.";
        }

        return Redirect(Wachtrij);
    }

    /// <summary>The tracked proposal, waiting for a decision and still at the Versie the page showed; otherwise the answer to give.</summary>
    private async Task<(Organisatievoorstel?, IActionResult?)> LaadAsync(Guid id, int versie, CancellationToken cancellationToken)
    {
        var voorstel = await db.Organisatievoorstellen.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (voorstel is null)
        {
            return (null, NotFound());
        }

        if (voorstel.Status != VoorstelStatus.Ingediend || voorstel.Versie != versie)
        {
            return (null, AlBeslist());
        }

        db.VerwachtVersie(voorstel, versie);
        return (voorstel, null);
    }

    private void Behandeld(Organisatievoorstel voorstel, string? bericht)
    {
        voorstel.Bericht = bericht;
        voorstel.BehandeldDoor = User.Identity!.Name;
        voorstel.BehandeldOp = clock.GetUtcNow();
    }

    /// <summary>Saves the decision; false when another Beheerder (or the proposer) saved the proposal first.</summary>
    private async Task<bool> BewaarAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private RedirectResult AlBeslist()
    {
        TempData[Statusbericht.Key] = "Iemand anders besliste net over dit voorstel, of het veranderde intussen. Bekijk het opnieuw.";
        return Redirect(Wachtrij);
    }

    /// <summary>The proposal's profile as the form's checks make it, and their messages when it no longer holds.</summary>
    private static (OrganisatieMomentopname Invoer, List<string> Fouten) Controleer(Organisatievoorstel voorstel, GemeenteLookup gemeenten)
    {
        var fouten = new ModelStateDictionary();
        var formulier = VoorstelGegevens.Formulier(voorstel);
        var invoer = formulier.Valideer(fouten, string.Empty, gemeenten);
        var context = new System.ComponentModel.DataAnnotations.ValidationContext(formulier);
        var attribuutFouten = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(formulier, context, attribuutFouten, validateAllProperties: true);
        return (invoer, fouten.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).Concat(attribuutFouten.Select(r => r.ErrorMessage!)).Distinct().ToList());
    }

    private async Task<VoorstelViewModel> PaginaAsync(Organisatievoorstel voorstel, CancellationToken cancellationToken)
    {
        var gemeenten = await GemeentenAsync(cancellationToken);
        var (invoer, fouten) = Controleer(voorstel, gemeenten);
        OrganisatieProfiel? voorbeeld = null;
        if (fouten.Count == 0)
        {
            var organisatie = new Organisatie { Naam = invoer.Naam, Slug = "voorbeeld", Type = invoer.Type, LaatstGewijzigd = voorstel.GewijzigdOp ?? voorstel.AangemaaktOp };
            invoer.PasToeOp(organisatie);
            voorbeeld = new OrganisatieProfiel(organisatie, [], gemeenten, BelgischeTijd.Vandaag(clock));
        }

        var gemeente = gemeenten.OpNis(voorstel.GemeenteNis);
        var gelijkaardig = await GelijkaardigeOrganisaties.ZoekAsync(db, voorstel.OrganisatieNaam, gemeente, voorstel.KboNummer, cancellationToken);
        var organisatieUrl = voorstel.OrganisatieId is { } organisatieId
            ? await db.Organisaties.Where(o => o.Id == organisatieId).Select(o => ProfielUrls.Organisaties + o.Slug).FirstOrDefaultAsync(cancellationToken)
            : null;
        return new VoorstelViewModel(voorstel, voorbeeld, fouten, gelijkaardig.Where(g => g.Url != organisatieUrl).ToList(), gemeente?.Naam, organisatieUrl);
    }

    private async Task<GemeenteLookup> GemeentenAsync(CancellationToken cancellationToken) =>
        (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
}
