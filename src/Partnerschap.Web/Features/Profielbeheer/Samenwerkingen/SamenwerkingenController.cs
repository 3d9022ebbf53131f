using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Account;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>
/// /organisaties/{slug}/samenwerkingen/...: the partnerships of an organisatie with schools. A samenwerking has its own
/// version token; its changes are recorded in the organisatie's history as a line (a restore leaves them alone).
/// </summary>
public sealed class SamenwerkingenController(
    PortalDbContext db,
    IAuthorizationService authorization,
    KaartIndexProvider indexProvider,
    ProfielHistoriek historiek,
    AuditLogger audit,
    SamenwerkingBevestiging bevestiging,
    TimeProvider clock) : ProfielControllerBase(db, authorization, indexProvider, historiek, audit, clock)
{
    [HttpGet("organisaties/{slug}/samenwerkingen/nieuw")]
    public async Task<IActionResult> Nieuw(string slug, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadOrganisatieAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        return organisatie is null ? weigering! : View("Samenwerking", new SamenwerkingViewModel(organisatie, null, new SamenwerkingFormulier()));
    }

    [HttpGet("organisaties/{slug}/samenwerkingen/{id:guid}")]
    public Task<IActionResult> Bewerken(string slug, Guid id, CancellationToken cancellationToken) =>
        ToonAsync(slug, id, "Samenwerking", cancellationToken);

    [HttpPost("organisaties/{slug}/samenwerkingen/nieuw")]
    [HttpPost("organisaties/{slug}/samenwerkingen/{id:guid}")]
    public async Task<IActionResult> Opslaan(string slug, Guid? id, [Bind(Prefix = "Formulier")] SamenwerkingFormulier formulier, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadOrganisatieAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var samenwerking = id is null ? null : await Db.Samenwerkingen.Include(s => s.School)
            .FirstOrDefaultAsync(s => s.Id == id && s.OrganisatieId == organisatie.Id, cancellationToken);
        if (id is not null && samenwerking is null)
        {
            return NotFound();
        }

        formulier.Valideer(ModelState, Prefix);
        var school = ModelState.IsValid ? await SchoolAsync(organisatie, id, formulier, cancellationToken) : null;
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Samenwerking", new SamenwerkingViewModel(organisatie, id, formulier));
        }

        if (samenwerking is not null && formulier.Versie != samenwerking.Versie)
        {
            return await ConflictAsync(organisatie.Id, id, formulier, cancellationToken);
        }

        // A school confirms a partnership with it before the public sees it. Whoever may edit the school (a member of
        // it, or a Beheerder) confirms it by adding it.
        var andereSchool = samenwerking is null || samenwerking.SchoolId != school!.Id;
        var wachtOpSchool = andereSchool && !await MagAsync(ProfielSoort.School, school!.Id, ProfielOperaties.Bewerken);
        var omschrijving = samenwerking is null ? $"Samenwerking met {school!.Naam} toegevoegd" : $"Samenwerking met {school!.Naam} gewijzigd";
        var resultaat = await BewaarSamenwerkingAsync(organisatie, Regel(samenwerking), () =>
        {
            if (samenwerking is null)
            {
                samenwerking = new Samenwerking { Id = Guid.NewGuid(), OrganisatieId = organisatie.Id, SchoolId = school.Id };
                Db.Samenwerkingen.Add(samenwerking);
            }
            else
            {
                Db.VerwachtVersie(samenwerking, formulier.Versie);
            }

            samenwerking.SchoolId = school.Id;
            formulier.PasToeOp(samenwerking);
            if (andereSchool)
            {
                samenwerking.WachtOpBevestiging = wachtOpSchool;
            }

            return (school.Naam, SamenwerkingFormulier.Tekst(samenwerking));
        }, omschrijving, null, cancellationToken);

        var terug = $"{ProfielUrls.Organisatie(organisatie.Slug)}/bewerken#samenwerkingen";
        switch (resultaat)
        {
            case Bewaarresultaat.Conflict:
                return await ConflictAsync(organisatie.Id, id, formulier, cancellationToken);
            case Bewaarresultaat.NietsGewijzigd:
                return MetStatusbericht("Je wijzigde niets aan deze samenwerking.", terug);
        }

        var versie = ((Bewaarresultaat.Bewaard)resultaat).Versie.Nummer;
        if (samenwerking!.WachtOpBevestiging && andereSchool)
        {
            await bevestiging.VraagAanSchoolAsync(organisatie, school, cancellationToken);
            return MetStatusbericht($"{omschrijving} (versie {versie}). {school.Naam} bevestigt de samenwerking eerst; daarna staat ze op beide publieke profielen.", terug);
        }

        return MetStatusbericht(samenwerking.WachtOpBevestiging
            ? $"{omschrijving} (versie {versie}). De samenwerking wacht nog op de bevestiging van {school.Naam}."
            : $"{omschrijving} (versie {versie}). De school toont de samenwerking ook op haar profiel.", terug);
    }

    [HttpGet("organisaties/{slug}/samenwerkingen/{id:guid}/verwijderen")]
    public Task<IActionResult> Verwijderen(string slug, Guid id, CancellationToken cancellationToken) =>
        ToonAsync(slug, id, "SamenwerkingVerwijderen", cancellationToken);

    [HttpPost("organisaties/{slug}/samenwerkingen/{id:guid}/verwijderen")]
    public async Task<IActionResult> VerwijderenBevestigd(string slug, Guid id, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadOrganisatieAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var samenwerking = await Db.Samenwerkingen.Include(s => s.School)
            .FirstOrDefaultAsync(s => s.Id == id && s.OrganisatieId == organisatie.Id, cancellationToken);
        if (samenwerking is null)
        {
            return NotFound();
        }

        var schoolNaam = samenwerking.School!.Naam;
        var resultaat = await BewaarSamenwerkingAsync(organisatie, Regel(samenwerking), () =>
            {
                Db.Samenwerkingen.Remove(samenwerking);
                return null;
            },
            $"Samenwerking met {schoolNaam} verwijderd",
            _ => Audit.Registreer(AuditSoorten.Verwijderd, organisatie.Naam, $"Samenwerking met {schoolNaam} verwijderd."),
            cancellationToken);
        if (resultaat is Bewaarresultaat.Conflict)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Bericht", new BerichtViewModel("Niet verwijderd",
                $"Iemand anders bewaarde dit profiel op hetzelfde moment. De samenwerking met {schoolNaam} is nog niet verwijderd. Kijk het profiel na en probeer opnieuw."));
        }

        return MetStatusbericht($"De samenwerking met {schoolNaam} is verwijderd.", $"{ProfielUrls.Organisatie(organisatie.Slug)}/bewerken#samenwerkingen");
    }

    private async Task<IActionResult> ToonAsync(string slug, Guid id, string view, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadOrganisatieAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var samenwerking = await Db.Samenwerkingen.AsNoTracking().Include(s => s.School)
            .FirstOrDefaultAsync(s => s.Id == id && s.OrganisatieId == organisatie.Id, cancellationToken);
        return samenwerking is null ? NotFound()
            : View(view, new SamenwerkingViewModel(organisatie, id, SamenwerkingFormulier.Van(samenwerking, samenwerking.School!.Naam)));
    }

    /// <summary>The school the form names, or null with an error in the model state.</summary>
    private async Task<School?> SchoolAsync(Organisatie organisatie, Guid? id, SamenwerkingFormulier formulier, CancellationToken cancellationToken)
    {
        var (schoolId, _, fout) = await Beheer.ProfielZoeker.SchoolAsync(Db, formulier.School!, cancellationToken);
        if (fout is not null)
        {
            ModelState.AddModelError(Prefix + nameof(SamenwerkingFormulier.School), fout);
            return null;
        }

        var school = await Db.Scholen.FirstAsync(s => s.Id == schoolId, cancellationToken);

        // A school whose location closed (the official list's einddatum is past) takes no new samenwerking; one that
        // already has it keeps it, so its other fields can still be edited.
        var alMetDezeSchool = id is not null && await Db.Samenwerkingen.AnyAsync(s => s.Id == id && s.SchoolId == school.Id, cancellationToken);
        if (school.Einddatum is { } einde && einde < Vandaag() && !alMetDezeSchool)
        {
            ModelState.AddModelError(Prefix + nameof(SamenwerkingFormulier.School),
                $"{school.Naam} is gesloten sinds {BelgischeTijd.Datum(einde)} (volgens de officiële lijst van scholen). Kies de school waar jullie nu samenwerken.");
            return null;
        }

        if (await Db.Samenwerkingen.AnyAsync(s => s.OrganisatieId == organisatie.Id && s.SchoolId == school.Id && s.Id != id, cancellationToken))
        {
            ModelState.AddModelError(Prefix + nameof(SamenwerkingFormulier.School), $"Er staat al een samenwerking met {school.Naam}. Bewerk die.");
        }

        return school;
    }

    private static (string School, string Tekst)? Regel(Samenwerking? samenwerking) =>
        samenwerking is null ? null : (samenwerking.School!.Naam, SamenwerkingFormulier.Tekst(samenwerking));

    /// <summary>
    /// A samenwerking is no part of the organisatie's snapshot (it belongs to a school as well), so the history records
    /// it as one line beside the profile's fields: <paramref name="regel"/> before, what <paramref name="wijzig"/>
    /// returns after (null when it is gone). Saved through the same path as every profile change.
    /// </summary>
    private async Task<Bewaarresultaat> BewaarSamenwerkingAsync(
        Organisatie organisatie,
        (string School, string Tekst)? regel,
        Func<(string School, string Tekst)?> wijzig,
        string omschrijving,
        Action<ProfielVersie>? voorOpslaan,
        CancellationToken cancellationToken)
    {
        var gemeenten = await GemeentenAsync(cancellationToken);
        (IReadOnlyList<ProfielVeld>, string) Toestand(Organisatie o)
        {
            var momentopname = OrganisatieMomentopname.Van(o);
            var velden = momentopname.Velden(gemeenten);
            return (regel is { } r ? [.. velden, new ProfielVeld("samenwerking-" + r.School, $"Samenwerking met {r.School}", r.Tekst)] : velden, momentopname.Json());
        }

        return await Historiek.BewaarAsync(ProfielSoort.Organisatie, organisatie, null, Toestand, _ => regel = wijzig(),
            VersieAard.Wijziging, omschrijving, voorOpslaan, cancellationToken);
    }

    /// <summary>
    /// Someone saved this samenwerking, or the profile it belongs to, since the form was opened: the same conflict
    /// screen (409) as for a profile, with what is stored now beside the input, which stays in the form.
    /// </summary>
    private async Task<IActionResult> ConflictAsync(Guid organisatieId, Guid? id, SamenwerkingFormulier formulier, CancellationToken cancellationToken)
    {
        var organisatie = await Db.Organisaties.AsNoTracking().FirstAsync(o => o.Id == organisatieId, cancellationToken);
        var opgeslagen = id is null ? null : await Db.Samenwerkingen.AsNoTracking().Include(s => s.School)
            .FirstOrDefaultAsync(s => s.Id == id && s.OrganisatieId == organisatieId, cancellationToken);
        var invoer = new Samenwerking();
        formulier.PasToeOp(invoer);
        IReadOnlyList<ProfielVeld> Velden(string? school, Samenwerking? s) =>
        [
            new("school", "School", school ?? string.Empty),
            new("samenwerking", "Samenwerking", s is null ? string.Empty : SamenwerkingFormulier.Tekst(s)),
        ];
        var pagina = new SamenwerkingViewModel(organisatie, opgeslagen?.Id, formulier)
        {
            Conflict = Momentopnamen.Verschillen(Velden(opgeslagen?.School?.Naam, opgeslagen), Velden(formulier.School, invoer)),
            ConflictDoor = await Historiek.LaatstBewaardDoorAsync(ProfielSoort.Organisatie, organisatieId, cancellationToken),
        };
        formulier.Versie = opgeslagen?.Versie ?? 0;
        return ConflictView(View("Samenwerking", pagina));
    }
}
