using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
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
    TimeProvider clock) : ProfielControllerBase(db, authorization, indexProvider, historiek, audit, clock)
{
    [HttpGet("scholen/{slug}/bewerken")]
    public async Task<IActionResult> Bewerken(string slug, CancellationToken cancellationToken)
    {
        var (school, weigering) = await LaadAsync(ProfielDescriptors.School, slug, ProfielOperaties.Bewerken, cancellationToken);
        if (school is null)
        {
            return weigering!;
        }

        var gemeenten = await GemeentenAsync(cancellationToken);
        return View(await PaginaAsync(school, SchoolFormulier.Van(school, gemeenten), cancellationToken));
    }

    [HttpPost("scholen/{slug}/bewerken")]
    public async Task<IActionResult> Bewerken(string slug, [Bind(Prefix = "Formulier")] SchoolFormulier formulier, CancellationToken cancellationToken)
    {
        var (school, weigering) = await LaadAsync(ProfielDescriptors.School, slug, ProfielOperaties.Bewerken, cancellationToken);
        if (school is null)
        {
            return weigering!;
        }

        var gemeenten = await GemeentenAsync(cancellationToken);
        var invoer = formulier.Valideer(ModelState, Prefix, gemeenten, school);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await PaginaAsync(school, formulier, cancellationToken));
        }

        return await BewaarProfielAsync(ProfielDescriptors.School, school, formulier.Versie, invoer.PasToeOp,
            actueel => ConflictAsync(actueel, formulier, invoer, cancellationToken), cancellationToken);
    }

    [HttpGet("beheer/scholen/nieuw")]
    [Authorize(Roles = Rollen.Beheerder)]
    public IActionResult Nieuw() => View("Bewerken", NieuwePagina(new SchoolFormulier()));

    /// <summary>A Beheerder creates a school directly: the edit form's checks, version 1 in the history, a unique slug.</summary>
    [HttpPost("beheer/scholen/nieuw")]
    [Authorize(Roles = Rollen.Beheerder)]
    public async Task<IActionResult> Nieuw([Bind(Prefix = "Formulier")] SchoolFormulier formulier, CancellationToken cancellationToken)
    {
        var gemeenten = await GemeentenAsync(cancellationToken);
        var invoer = formulier.Valideer(ModelState, Prefix, gemeenten, LegeSchool());
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Bewerken", NieuwePagina(formulier));
        }

        var slugs = (await Db.Scholen.AsNoTracking().Select(s => s.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var school = LegeSchool();
        school.Id = Guid.NewGuid();
        invoer.PasToeOp(school);
        school.Slug = Slugs.Unique(school.Naam, slugs);
        school.LaatstGecontroleerd = Vandaag();
        var versie = await Historiek.BewaarNieuwAsync(ProfielSoort.School, school, s => ProfielDescriptors.School.Toestand(s, gemeenten), cancellationToken: cancellationToken);
        return MetStatusbericht($"De school {school.Naam} staat op de kaart (versie {versie.Nummer}). Zoekers vinden ze meteen.", ProfielUrls.School(school.Slug));
    }

    /// <summary>What a new school starts from: nothing, so that every field comes from the form (the gemeente's centre as its point).</summary>
    private static School LegeSchool() => new() { Naam = string.Empty, Slug = string.Empty, Net = string.Empty, GemeenteNis = string.Empty };

    private SchoolBewerkenViewModel NieuwePagina(SchoolFormulier formulier) => new(LegeSchool(), formulier, Vandaag()) { IsNieuw = true };

    [HttpPost("scholen/{slug}/bevestigen")]
    public Task<IActionResult> Bevestigen(string slug, CancellationToken cancellationToken) =>
        BevestigAsync(ProfielDescriptors.School, slug, cancellationToken);

    [HttpGet("scholen/{slug}/geschiedenis")]
    public Task<IActionResult> Geschiedenis(string slug, CancellationToken cancellationToken) =>
        GeschiedenisAsync(ProfielDescriptors.School, slug, cancellationToken);

    [HttpPost("scholen/{slug}/geschiedenis/{nummer:int}/herstellen")]
    public Task<IActionResult> Herstellen(string slug, int nummer, CancellationToken cancellationToken) =>
        HerstelAsync(ProfielDescriptors.School, slug, nummer, cancellationToken);

    private async Task<IActionResult> ConflictAsync(School actueel, SchoolFormulier formulier, SchoolMomentopname invoer, CancellationToken cancellationToken)
    {
        var gemeenten = await GemeentenAsync(cancellationToken);
        var pagina = new SchoolBewerkenViewModel(actueel, formulier, Vandaag())
        {
            Samenwerkingen = await SamenwerkingenAsync(actueel.Id, cancellationToken),
            Conflict = Momentopnamen.Verschillen(SchoolMomentopname.Van(actueel).Velden(gemeenten), invoer.Velden(gemeenten)),
            ConflictDoor = await Historiek.LaatstBewaardDoorAsync(ProfielSoort.School, actueel.Id, cancellationToken),
        };
        formulier.Versie = actueel.Versie;
        return ConflictView(View("Bewerken", pagina));
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
        var (school, weigering) = await LaadAsync(ProfielDescriptors.School, slug, ProfielOperaties.Bewerken, cancellationToken);
        if (school is null)
        {
            return weigering!;
        }

        var samenwerking = await Db.Samenwerkingen.Include(s => s.Organisatie)
            .FirstOrDefaultAsync(s => s.Id == id && s.SchoolId == school.Id && s.WachtOpBevestiging, cancellationToken);
        if (samenwerking is null)
        {
            return NotFound();
        }

        var organisatie = samenwerking.Organisatie!.Naam;
        if (bevestigd)
        {
            samenwerking.WachtOpBevestiging = false;
            Audit.Registreer(AuditSoorten.SamenwerkingBevestigd, school.Naam, $"Samenwerking met {organisatie} bevestigd door de school.");
        }
        else
        {
            Db.Samenwerkingen.Remove(samenwerking);
            Audit.Registreer(AuditSoorten.Verwijderd, school.Naam, $"Samenwerking met {organisatie} geweigerd door de school.");
        }

        var terug = $"{ProfielUrls.School(school.Slug)}/bewerken#samenwerkingen";
        try
        {
            await Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MetStatusbericht("Iemand anders wijzigde deze samenwerking op hetzelfde moment. Kijk ze na en probeer opnieuw.", terug);
        }

        return MetStatusbericht(bevestigd
            ? $"De samenwerking met {organisatie} is bevestigd. Ze staat nu op beide publieke profielen."
            : $"De samenwerking met {organisatie} is geweigerd en verwijderd.", terug);
    }

    private async Task<SchoolBewerkenViewModel> PaginaAsync(School school, SchoolFormulier formulier, CancellationToken cancellationToken) =>
        new(school, formulier, Vandaag()) { Samenwerkingen = await SamenwerkingenAsync(school.Id, cancellationToken) };

    private Task<List<SchoolSamenwerking>> SamenwerkingenAsync(Guid schoolId, CancellationToken cancellationToken) =>
        Db.Samenwerkingen.AsNoTracking()
            .Where(s => s.SchoolId == schoolId)
            .OrderByDescending(s => s.WachtOpBevestiging).ThenBy(s => s.Organisatie!.Naam)
            .Select(s => new SchoolSamenwerking(s.Id, s.Organisatie!.Naam, ProfielUrls.Organisaties + s.Organisatie.Slug, s.Samenwerkingsvormen, s.Beschrijving, s.WachtOpBevestiging))
            .ToListAsync(cancellationToken);
}
