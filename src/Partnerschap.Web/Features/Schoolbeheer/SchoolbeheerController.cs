using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Schoolbeheer;

/// <summary>
/// Members of a school (and Beheerders) keep its profile right, the same way as an organisatie: every edit checks the
/// resource-based policy (<see cref="ProfielAuthorizationHandler"/>), carries the school's version token and is
/// recorded in the history.
/// </summary>
public sealed class SchoolbeheerController(
    PortalDbContext db,
    IAuthorizationService authorization,
    KaartIndexProvider indexProvider,
    ProfielHistoriek historiek,
    AuditLogger audit,
    TimeProvider clock) : Controller
{
    private const string Prefix = "Formulier.";

    [HttpGet("scholen/{slug}/bewerken")]
    public async Task<IActionResult> Bewerken(string slug, CancellationToken cancellationToken)
    {
        var (school, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (school is null)
        {
            return weigering!;
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        return View(await PaginaAsync(school, SchoolFormulier.Van(school, gemeenten), cancellationToken));
    }

    [HttpPost("scholen/{slug}/bewerken")]
    public async Task<IActionResult> Bewerken(string slug, [Bind(Prefix = "Formulier")] SchoolFormulier formulier, CancellationToken cancellationToken)
    {
        var (school, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (school is null)
        {
            return weigering!;
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var invoer = formulier.Valideer(ModelState, Prefix, gemeenten, school);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await PaginaAsync(school, formulier, cancellationToken));
        }

        if (formulier.Versie != school.Versie)
        {
            return await ConflictAsync(school, formulier, invoer, cancellationToken);
        }

        var oud = SchoolMomentopname.Van(school);
        invoer.PasToeOp(school);
        school.LaatstGewijzigd = clock.GetUtcNow();
        var nieuw = SchoolMomentopname.Van(school);
        var versie = await historiek.RegistreerAsync(ProfielSoort.School, school.Id,
            oud.Toestand(gemeenten), nieuw.Toestand(gemeenten),
            VersieAard.Wijziging, "Profiel gewijzigd", cancellationToken);
        if (versie is null)
        {
            TempData[Meldingen.Key] = "Je wijzigde niets. Kloppen de gegevens? Bevestig ze dan met de knop ‘De gegevens kloppen nog’.";
            return Redirect($"/scholen/{school.Slug}/bewerken");
        }

        db.VerwachtVersie(school, formulier.Versie);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: show their values next to this input.
            db.ChangeTracker.Clear();
            var actueel = await db.Scholen.FirstAsync(s => s.Id == school.Id, cancellationToken);
            return await ConflictAsync(actueel, formulier, invoer, cancellationToken);
        }

        indexProvider.Invalidate();
        TempData[Meldingen.Key] = $"Het profiel van de school is opgeslagen ({versie.Omschrijving.ToLowerInvariant()}, versie {versie.Nummer}). Zoekers zien de wijziging meteen.";
        return Redirect($"/scholen/{school.Slug}/bewerken");
    }

    [HttpPost("scholen/{slug}/bevestigen")]
    public async Task<IActionResult> Bevestigen(string slug, CancellationToken cancellationToken)
    {
        var (school, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (school is null)
        {
            return weigering!;
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var momentopname = SchoolMomentopname.Van(school);
        school.LaatstGecontroleerd = Vandaag();
        var versie = await historiek.RegistreerBevestigingAsync(ProfielSoort.School, school.Id, momentopname.Toestand(gemeenten), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two confirmations in the same instant: the other one counts.
            TempData[Meldingen.Key] = "Iemand anders bevestigde of wijzigde dit profiel net. Bekijk het en probeer opnieuw.";
            return Redirect($"/scholen/{school.Slug}/bewerken");
        }

        indexProvider.Invalidate();
        TempData[Meldingen.Key] = $"Bedankt! De gegevens zijn bevestigd op {BelgischeTijd.Datum(Vandaag())} (versie {versie!.Nummer}).";
        return Redirect(Url.IsLocalUrl(Request.Form["terug"]) ? Request.Form["terug"].ToString() : $"/scholen/{school.Slug}/bewerken");
    }

    [HttpGet("scholen/{slug}/geschiedenis")]
    public async Task<IActionResult> Geschiedenis(string slug, CancellationToken cancellationToken)
    {
        var (school, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (school is null)
        {
            return weigering!;
        }

        var versies = await historiek.VersiesAsync(ProfielSoort.School, school.Id, cancellationToken);
        var magHerstellen = (await authorization.AuthorizeAsync(User, new ProfielResource(ProfielSoort.School, school.Id), ProfielOperaties.Herstellen)).Succeeded;
        return View(new GeschiedenisViewModel(school.Naam, "/scholen/" + school.Slug, versies, magHerstellen));
    }

    [HttpPost("scholen/{slug}/geschiedenis/{nummer:int}/herstellen")]
    public async Task<IActionResult> Herstellen(string slug, int nummer, CancellationToken cancellationToken)
    {
        var (school, weigering) = await LaadAsync(slug, ProfielOperaties.Herstellen, cancellationToken);
        if (school is null)
        {
            return weigering!;
        }

        var bron = await historiek.VersieAsync(ProfielSoort.School, school.Id, nummer, cancellationToken);
        if (bron is null)
        {
            return NotFound();
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var herstel = System.Text.Json.JsonSerializer.Deserialize<SchoolMomentopname>(bron.Momentopname, Momentopnamen.Opties)!;
        var oud = SchoolMomentopname.Van(school);
        var versieVoorHerstel = school.Versie;
        herstel.PasToeOp(school);
        school.LaatstGewijzigd = clock.GetUtcNow();
        var na = SchoolMomentopname.Van(school);
        var versie = await historiek.RegistreerAsync(ProfielSoort.School, school.Id,
            oud.Toestand(gemeenten), na.Toestand(gemeenten),
            VersieAard.Herstel, $"Versie {nummer} hersteld", cancellationToken);
        db.VerwachtVersie(school, versieVoorHerstel);
        audit.Registreer(AuditSoorten.VersieHersteld, school.Naam, $"Versie {nummer} teruggezet als versie {versie!.Nummer}.");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData[Meldingen.Key] = "Iemand wijzigde het profiel net. Bekijk de geschiedenis opnieuw en herstel dan.";
            return Redirect($"/scholen/{school.Slug}/geschiedenis");
        }

        indexProvider.Invalidate();
        TempData[Meldingen.Key] = $"Versie {nummer} is teruggezet. Dat staat in de geschiedenis als versie {versie.Nummer}.";
        return Redirect($"/scholen/{school.Slug}/geschiedenis");
    }

    private async Task<IActionResult> ConflictAsync(School actueel, SchoolFormulier formulier, SchoolMomentopname invoer, CancellationToken cancellationToken)
    {
        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var pagina = new SchoolBewerkenPagina(actueel, formulier, Vandaag())
        {
            Samenwerkingen = await SamenwerkingenAsync(actueel.Id, cancellationToken),
            Conflict = Momentopnamen.Verschillen(SchoolMomentopname.Van(actueel).Velden(gemeenten), invoer.Velden(gemeenten)),
            ConflictDoor = await historiek.LaatstBewaardDoorAsync(ProfielSoort.School, actueel.Id, cancellationToken),
        };

        // The next save is based on what is stored now; the input stays as the person typed it.
        formulier.Versie = actueel.Versie;
        ModelState.Remove(Prefix + nameof(SchoolFormulier.Versie));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Bewerken", pagina);
    }

    [HttpPost("scholen/{slug}/samenwerkingen/{id:guid}/bevestigen")]
    public Task<IActionResult> SamenwerkingBevestigen(string slug, Guid id, CancellationToken cancellationToken) =>
        SamenwerkingBeslissenAsync(slug, id, bevestigd: true, cancellationToken);

    [HttpPost("scholen/{slug}/samenwerkingen/{id:guid}/weigeren")]
    public Task<IActionResult> SamenwerkingWeigeren(string slug, Guid id, CancellationToken cancellationToken) =>
        SamenwerkingBeslissenAsync(slug, id, bevestigd: false, cancellationToken);

    /// <summary>
    /// A member of the school (or a Beheerder) confirms a samenwerking that an organisatie added, so the public sees it,
    /// or refuses it, which removes it. Both are in the audit log.
    /// </summary>
    private async Task<IActionResult> SamenwerkingBeslissenAsync(string slug, Guid id, bool bevestigd, CancellationToken cancellationToken)
    {
        var (school, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (school is null)
        {
            return weigering!;
        }

        var samenwerking = await db.Samenwerkingen.Include(s => s.Organisatie)
            .FirstOrDefaultAsync(s => s.Id == id && s.SchoolId == school.Id && s.WachtOpBevestiging, cancellationToken);
        if (samenwerking is null)
        {
            return NotFound();
        }

        var organisatie = samenwerking.Organisatie!.Naam;
        if (bevestigd)
        {
            samenwerking.WachtOpBevestiging = false;
            audit.Registreer(AuditSoorten.SamenwerkingBevestigd, school.Naam, $"Samenwerking met {organisatie} bevestigd door de school.");
        }
        else
        {
            db.Samenwerkingen.Remove(samenwerking);
            audit.Registreer(AuditSoorten.Verwijderd, school.Naam, $"Samenwerking met {organisatie} geweigerd door de school.");
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData[Meldingen.Key] = "Iemand anders wijzigde deze samenwerking op hetzelfde moment. Kijk ze na en probeer opnieuw.";
            return Redirect($"/scholen/{school.Slug}/bewerken#samenwerkingen");
        }

        indexProvider.Invalidate();
        TempData[Meldingen.Key] = bevestigd
            ? $"De samenwerking met {organisatie} is bevestigd. Ze staat nu op beide publieke profielen."
            : $"De samenwerking met {organisatie} is geweigerd en verwijderd.";
        return Redirect($"/scholen/{school.Slug}/bewerken#samenwerkingen");
    }

    private async Task<SchoolBewerkenPagina> PaginaAsync(School school, SchoolFormulier formulier, CancellationToken cancellationToken) =>
        new(school, formulier, Vandaag()) { Samenwerkingen = await SamenwerkingenAsync(school.Id, cancellationToken) };

    private Task<List<SchoolSamenwerking>> SamenwerkingenAsync(Guid schoolId, CancellationToken cancellationToken) =>
        db.Samenwerkingen.AsNoTracking()
            .Where(s => s.SchoolId == schoolId)
            .OrderByDescending(s => s.WachtOpBevestiging).ThenBy(s => s.Organisatie!.Naam)
            .Select(s => new SchoolSamenwerking(s.Id, s.Organisatie!.Naam, "/organisaties/" + s.Organisatie.Slug, s.Samenwerkingsvormen, s.Beschrijving, s.WachtOpBevestiging))
            .ToListAsync(cancellationToken);

    /// <summary>The tracked school when the user may do <paramref name="operatie"/>; otherwise the answer to give.</summary>
    private async Task<(School? School, IActionResult? Weigering)> LaadAsync(string slug, OperationAuthorizationRequirement operatie, CancellationToken cancellationToken)
    {
        if (slug.Length > 200)
        {
            return (null, NotFound());
        }

        var school = await db.Scholen.FirstOrDefaultAsync(s => s.Slug == slug, cancellationToken);
        if (school is null)
        {
            return (null, NotFound());
        }

        var toegelaten = await authorization.AuthorizeAsync(User, new ProfielResource(ProfielSoort.School, school.Id), operatie);
        return toegelaten.Succeeded ? (school, null) : (null, Forbid());
    }

    private DateOnly Vandaag() => BelgischeTijd.Vandaag(clock);
}
