using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Account;
using Partnerschap.Web.Features.Organisaties;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>
/// "Mijn organisatie": members of an organisatie (and Beheerders) keep its profile right. Every edit checks the
/// resource-based policy (<see cref="ProfielAuthorizationHandler"/>), carries the profile's version token and is
/// recorded in the history.
/// </summary>
public sealed class ProfielbeheerController(
    PortalDbContext db,
    IAuthorizationService authorization,
    KaartIndexProvider indexProvider,
    ProfielHistoriek historiek,
    AuditLogger audit,
    SamenwerkingBevestiging bevestiging,
    TimeProvider clock) : Controller
{
    private const string Prefix = "Formulier.";

    [HttpGet("mijn-organisatie")]
    public async Task<IActionResult> MijnOrganisatie(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var lidmaatschappen = await db.Lidmaatschappen.AsNoTracking().Where(l => l.GebruikerId == userId)
            .Select(l => new
            {
                Organisatie = l.Organisatie == null ? null : new { l.Organisatie.Naam, l.Organisatie.Slug, l.Organisatie.LaatstGecontroleerd, l.Organisatie.Id },
                School = l.School == null ? null : new { l.School.Naam, l.School.Slug, l.School.LaatstGecontroleerd, l.School.Id },
            })
            .ToListAsync(cancellationToken);
        var organisatieIds = lidmaatschappen.Where(l => l.Organisatie != null).Select(l => l.Organisatie!.Id).ToList();
        var openMeldingen = await db.Meldingen.AsNoTracking()
            .Where(m => m.OrganisatieId != null && organisatieIds.Contains(m.OrganisatieId.Value) && (m.Status == MeldingStatus.Nieuw || m.Status == MeldingStatus.InBehandeling))
            .GroupBy(m => m.OrganisatieId!.Value).Select(g => new { g.Key, Aantal = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Aantal, cancellationToken);
        var aanvragen = await db.Toegangsaanvragen.AsNoTracking().Where(a => a.GebruikerId == userId && a.Status == AanvraagStatus.Open)
            .Select(a => a.Organisatie!.Naam).ToListAsync(cancellationToken);
        var profielen = lidmaatschappen
            .Select(l => l.Organisatie is { } o
                ? new MijnProfiel(o.Naam, "/organisaties/" + o.Slug, ProfielSoort.Organisatie, o.LaatstGecontroleerd, openMeldingen.GetValueOrDefault(o.Id))
                : new MijnProfiel(l.School!.Naam, "/scholen/" + l.School.Slug, ProfielSoort.School, l.School.LaatstGecontroleerd, 0))
            .OrderBy(p => p.Naam, StringComparer.CurrentCulture)
            .ToList();
        return View(new MijnOrganisatieViewModel(profielen, aanvragen, Vandaag(), User.IsInRole(Rollen.Beheerder)));
    }

    [HttpGet("organisaties/{slug}/bewerken")]
    public async Task<IActionResult> Bewerken(string slug, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        return View(await PaginaAsync(organisatie, OrganisatieFormulier.Van(organisatie, gemeenten), cancellationToken));
    }

    [HttpPost("organisaties/{slug}/bewerken")]
    public async Task<IActionResult> Bewerken(string slug, [Bind(Prefix = "Formulier")] OrganisatieFormulier formulier, string? actie, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        formulier.Vormen = Vocabulaire.Samenwerkingsvormen
            .Select(v => formulier.Vormen.FirstOrDefault(f => f.Code == v.Code) ?? new VormInvoer { Code = v.Code })
            .Concat(formulier.Vormen.Where(f => Vocabulaire.Find(Vocabulaire.Samenwerkingsvormen, f.Code) is null))
            .ToList();
        formulier.Valideer(ModelState, Prefix, gemeenten, out var invoer);

        if (actie == "locatie-toevoegen")
        {
            ModelState.Clear();
            formulier.Locaties.Add(new LocatieInvoer());
            return View(await PaginaAsync(organisatie, formulier, cancellationToken));
        }

        if (!ModelState.IsValid)
        {
            formulier.ZorgVoorLegeLocatie();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await PaginaAsync(organisatie, formulier, cancellationToken));
        }

        if (actie == "voorbeeld")
        {
            invoer.Slug = organisatie.Slug;
            invoer.Id = organisatie.Id;
            invoer.Aanbod = organisatie.Aanbod;
            invoer.LaatstGecontroleerd = organisatie.LaatstGecontroleerd;
            invoer.LaatstGewijzigd = clock.GetUtcNow();
            var pagina = await PaginaAsync(organisatie, formulier, cancellationToken);
            pagina.Voorbeeld = new OrganisatieProfiel(invoer, [], gemeenten, Vandaag());
            formulier.ZorgVoorLegeLocatie();
            return View(pagina);
        }

        if (formulier.Versie != organisatie.Versie)
        {
            return await ConflictAsync(organisatie, formulier, invoer, cancellationToken);
        }

        var oud = OrganisatieMomentopname.Van(organisatie);
        var nieuw = OrganisatieMomentopname.Van(invoer);
        nieuw.PasToeOp(organisatie);
        organisatie.LaatstGewijzigd = clock.GetUtcNow();
        var versie = await historiek.RegistreerAsync(ProfielSoort.Organisatie, organisatie.Id,
            oud.Toestand(gemeenten), OrganisatieMomentopname.Van(organisatie).Toestand(gemeenten),
            VersieAard.Wijziging, "Profiel gewijzigd", cancellationToken);
        if (versie is null)
        {
            TempData[Meldingen.Key] = "Je wijzigde niets. Kloppen de gegevens? Bevestig ze dan met de knop ‘De gegevens kloppen nog’.";
            return Redirect($"/organisaties/{organisatie.Slug}/bewerken");
        }

        db.VerwachtVersie(organisatie, formulier.Versie);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: show their values next to this input.
            db.ChangeTracker.Clear();
            var actueel = await db.Organisaties.Include(o => o.Aanbod).AsSplitQuery().FirstAsync(o => o.Id == organisatie.Id, cancellationToken);
            return await ConflictAsync(actueel, formulier, invoer, cancellationToken);
        }

        indexProvider.Invalidate();
        TempData[Meldingen.Key] = $"Het profiel is opgeslagen ({versie.Omschrijving.ToLowerInvariant()}, versie {versie.Nummer}). Zoekers zien de wijziging meteen.";
        return Redirect($"/organisaties/{organisatie.Slug}/bewerken");
    }

    [HttpPost("organisaties/{slug}/bevestigen")]
    public async Task<IActionResult> Bevestigen(string slug, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var momentopname = OrganisatieMomentopname.Van(organisatie);
        organisatie.LaatstGecontroleerd = Vandaag();
        var versie = await historiek.RegistreerBevestigingAsync(ProfielSoort.Organisatie, organisatie.Id, momentopname.Toestand(gemeenten), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two confirmations in the same instant: the other one counts.
            TempData[Meldingen.Key] = "Iemand anders bevestigde of wijzigde dit profiel net. Bekijk het en probeer opnieuw.";
            return Redirect($"/organisaties/{organisatie.Slug}/bewerken");
        }

        indexProvider.Invalidate();
        TempData[Meldingen.Key] = $"Bedankt! De gegevens zijn bevestigd op {BelgischeTijd.Datum(Vandaag())} (versie {versie!.Nummer}).";
        return Redirect(Url.IsLocalUrl(Request.Form["terug"]) ? Request.Form["terug"].ToString() : $"/organisaties/{organisatie.Slug}/bewerken");
    }

    [HttpGet("organisaties/{slug}/geschiedenis")]
    public async Task<IActionResult> Geschiedenis(string slug, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var versies = await historiek.VersiesAsync(ProfielSoort.Organisatie, organisatie.Id, cancellationToken);
        var magHerstellen = (await authorization.AuthorizeAsync(User, new ProfielResource(ProfielSoort.Organisatie, organisatie.Id), ProfielOperaties.Herstellen)).Succeeded;
        return View(new GeschiedenisViewModel(organisatie.Naam, "/organisaties/" + organisatie.Slug, versies, magHerstellen));
    }

    [HttpPost("organisaties/{slug}/geschiedenis/{nummer:int}/herstellen")]
    public async Task<IActionResult> Herstellen(string slug, int nummer, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Herstellen, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var bron = await historiek.VersieAsync(ProfielSoort.Organisatie, organisatie.Id, nummer, cancellationToken);
        if (bron is null)
        {
            return NotFound();
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var herstel = System.Text.Json.JsonSerializer.Deserialize<OrganisatieMomentopname>(bron.Momentopname, Momentopnamen.Opties)!;
        var oud = OrganisatieMomentopname.Van(organisatie);
        var versieVoorHerstel = organisatie.Versie;
        herstel.PasToeOp(organisatie);
        HerstelAanbod(organisatie, herstel.Aanbod);
        organisatie.LaatstGewijzigd = clock.GetUtcNow();
        var na = OrganisatieMomentopname.Van(organisatie);
        var versie = await historiek.RegistreerAsync(ProfielSoort.Organisatie, organisatie.Id,
            oud.Toestand(gemeenten), na.Toestand(gemeenten),
            VersieAard.Herstel, $"Versie {nummer} hersteld", cancellationToken);
        db.VerwachtVersie(organisatie, versieVoorHerstel);
        audit.Registreer(AuditSoorten.VersieHersteld, organisatie.Naam, $"Versie {nummer} teruggezet als versie {versie!.Nummer}.");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData[Meldingen.Key] = "Iemand wijzigde het profiel net. Bekijk de geschiedenis opnieuw en herstel dan.";
            return Redirect($"/organisaties/{organisatie.Slug}/geschiedenis");
        }

        indexProvider.Invalidate();
        TempData[Meldingen.Key] = $"Versie {nummer} is teruggezet. Dat staat in de geschiedenis als versie {versie.Nummer}.";
        return Redirect($"/organisaties/{organisatie.Slug}/geschiedenis");
    }

    [HttpGet("organisaties/{slug}/aanbod/nieuw")]
    public async Task<IActionResult> AanbodNieuw(string slug, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        return organisatie is null ? weigering! : View("Aanbod", new AanbodPagina(organisatie, null, new AanbodFormulier { Actief = true }));
    }

    [HttpGet("organisaties/{slug}/aanbod/{id:guid}")]
    public async Task<IActionResult> AanbodBewerken(string slug, Guid id, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var aanbod = organisatie.Aanbod.FirstOrDefault(a => a.Id == id);
        return aanbod is null ? NotFound() : View("Aanbod", new AanbodPagina(organisatie, aanbod, AanbodFormulier.Van(aanbod)));
    }

    [HttpPost("organisaties/{slug}/aanbod/nieuw")]
    [HttpPost("organisaties/{slug}/aanbod/{id:guid}")]
    public async Task<IActionResult> AanbodOpslaan(string slug, Guid? id, [Bind(Prefix = "Formulier")] AanbodFormulier formulier, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var aanbod = id is null ? null : organisatie.Aanbod.FirstOrDefault(a => a.Id == id);
        if (id is not null && aanbod is null)
        {
            return NotFound();
        }

        formulier.Valideer(ModelState, Prefix);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Aanbod", new AanbodPagina(organisatie, aanbod, formulier));
        }

        if (aanbod is not null && formulier.Versie != aanbod.Versie)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            var pagina = new AanbodPagina(organisatie, aanbod, formulier)
            {
                Conflict = Momentopnamen.Verschillen(
                    AanbodVelden(AanbodMomentopname.Van(aanbod)),
                    AanbodVelden(formulier.AlsMomentopname(aanbod.Id))),
            };
            formulier.Versie = aanbod.Versie;
            return View("Aanbod", pagina);
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var oud = OrganisatieMomentopname.Van(organisatie);
        var versieVoor = organisatie.Versie;
        if (aanbod is null)
        {
            aanbod = new Aanbod { Id = Guid.NewGuid(), OrganisatieId = organisatie.Id, Naam = formulier.Naam!.Trim() };
            formulier.AlsMomentopname(aanbod.Id).PasToeOp(aanbod);
            aanbod.Locaties = organisatie.Locaties.Select(l => new Locatie
            {
                Naam = l.Naam, Straat = l.Straat, Postcode = l.Postcode, GemeenteNis = l.GemeenteNis, Plaats = l.Plaats,
                Latitude = l.Latitude, Longitude = l.Longitude, Openingsuren = l.Openingsuren,
            }).ToList();
            organisatie.Aanbod.Add(aanbod);
            db.Aanbod.Add(aanbod);
        }
        else
        {
            var huidige = AanbodMomentopname.Van(aanbod);
            var nieuw = formulier.AlsMomentopname(aanbod.Id);
            nieuw.Locaties.AddRange(huidige.Locaties);
            nieuw.Werkingsgebied.AddRange(huidige.Werkingsgebied);
            nieuw.PasToeOp(aanbod);
            db.Entry(aanbod).Property(a => a.Versie).OriginalValue = formulier.Versie;
            db.Entry(aanbod).Property(a => a.Versie).IsModified = true;
        }

        organisatie.LaatstGewijzigd = clock.GetUtcNow();
        var na = OrganisatieMomentopname.Van(organisatie);
        var versie = await historiek.RegistreerAsync(ProfielSoort.Organisatie, organisatie.Id,
            oud.Toestand(gemeenten), na.Toestand(gemeenten),
            VersieAard.Wijziging, id is null ? $"Aanbod ‘{aanbod.Naam}’ toegevoegd" : $"Aanbod ‘{aanbod.Naam}’ gewijzigd", cancellationToken);
        if (versie is null)
        {
            TempData[Meldingen.Key] = "Je wijzigde niets aan dit aanbod.";
            return Redirect($"/organisaties/{organisatie.Slug}/bewerken#aanbod");
        }

        db.VerwachtVersie(organisatie, versieVoor);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData[Meldingen.Key] = "Iemand anders bewaarde dit profiel op hetzelfde moment. Je wijziging aan het aanbod is niet bewaard: kijk het aanbod na en probeer opnieuw.";
            return Redirect($"/organisaties/{organisatie.Slug}/bewerken#aanbod");
        }

        indexProvider.Invalidate();
        TempData[Meldingen.Key] = $"{versie.Omschrijving} (versie {versie.Nummer}).";
        return Redirect($"/organisaties/{organisatie.Slug}/bewerken#aanbod");
    }

    [HttpGet("organisaties/{slug}/aanbod/{id:guid}/verwijderen")]
    public async Task<IActionResult> AanbodVerwijderen(string slug, Guid id, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var aanbod = organisatie.Aanbod.FirstOrDefault(a => a.Id == id);
        return aanbod is null ? NotFound() : View(new AanbodPagina(organisatie, aanbod, AanbodFormulier.Van(aanbod)));
    }

    [HttpPost("organisaties/{slug}/aanbod/{id:guid}/verwijderen")]
    public async Task<IActionResult> AanbodVerwijderenBevestigd(string slug, Guid id, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var aanbod = organisatie.Aanbod.FirstOrDefault(a => a.Id == id);
        if (aanbod is null)
        {
            return NotFound();
        }

        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var oud = OrganisatieMomentopname.Van(organisatie);
        var versieVoor = organisatie.Versie;
        organisatie.Aanbod.Remove(aanbod);
        db.Aanbod.Remove(aanbod);
        organisatie.LaatstGewijzigd = clock.GetUtcNow();
        var na = OrganisatieMomentopname.Van(organisatie);
        var versie = await historiek.RegistreerAsync(ProfielSoort.Organisatie, organisatie.Id,
            oud.Toestand(gemeenten), na.Toestand(gemeenten),
            VersieAard.Wijziging, $"Aanbod ‘{aanbod.Naam}’ verwijderd", cancellationToken);
        db.VerwachtVersie(organisatie, versieVoor);
        audit.Registreer(AuditSoorten.Verwijderd, organisatie.Naam, $"Aanbod ‘{aanbod.Naam}’ verwijderd (terug te zetten via versie {versie!.Nummer - 1}).");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData[Meldingen.Key] = "Iemand anders bewaarde dit profiel op hetzelfde moment. Het aanbod is niet verwijderd; probeer opnieuw.";
            return Redirect($"/organisaties/{organisatie.Slug}/bewerken#aanbod");
        }

        indexProvider.Invalidate();
        TempData[Meldingen.Key] = $"Aanbod ‘{aanbod.Naam}’ is verwijderd. Een beheerder kan het terugzetten via de geschiedenis.";
        return Redirect($"/organisaties/{organisatie.Slug}/bewerken#aanbod");
    }

    [HttpGet("organisaties/{slug}/samenwerkingen/nieuw")]
    public async Task<IActionResult> SamenwerkingNieuw(string slug, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        return organisatie is null ? weigering! : View("Samenwerking", new SamenwerkingPagina(organisatie, null, new SamenwerkingFormulier()));
    }

    [HttpGet("organisaties/{slug}/samenwerkingen/{id:guid}")]
    public async Task<IActionResult> SamenwerkingBewerken(string slug, Guid id, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var samenwerking = await db.Samenwerkingen.AsNoTracking().Include(s => s.School)
            .FirstOrDefaultAsync(s => s.Id == id && s.OrganisatieId == organisatie.Id, cancellationToken);
        return samenwerking is null ? NotFound()
            : View("Samenwerking", new SamenwerkingPagina(organisatie, id, SamenwerkingFormulier.Van(samenwerking, samenwerking.School!.Naam)));
    }

    [HttpPost("organisaties/{slug}/samenwerkingen/nieuw")]
    [HttpPost("organisaties/{slug}/samenwerkingen/{id:guid}")]
    public async Task<IActionResult> SamenwerkingOpslaan(string slug, Guid? id, [Bind(Prefix = "Formulier")] SamenwerkingFormulier formulier, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var samenwerking = id is null ? null : await db.Samenwerkingen.Include(s => s.School)
            .FirstOrDefaultAsync(s => s.Id == id && s.OrganisatieId == organisatie.Id, cancellationToken);
        if (id is not null && samenwerking is null)
        {
            return NotFound();
        }

        formulier.Valideer(ModelState, Prefix);
        School? school = null;
        if (ModelState.IsValid)
        {
            var (schoolId, _, fout) = await Beheer.ProfielZoeker.SchoolAsync(db, formulier.School!, cancellationToken);
            if (fout is not null)
            {
                ModelState.AddModelError(Prefix + nameof(SamenwerkingFormulier.School), fout);
            }
            else
            {
                school = await db.Scholen.FirstAsync(s => s.Id == schoolId, cancellationToken);
                if (await db.Samenwerkingen.AnyAsync(s => s.OrganisatieId == organisatie.Id && s.SchoolId == school.Id && s.Id != id, cancellationToken))
                {
                    ModelState.AddModelError(Prefix + nameof(SamenwerkingFormulier.School), $"Er staat al een samenwerking met {school.Naam}. Bewerk die.");
                }
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Samenwerking", new SamenwerkingPagina(organisatie, id, formulier));
        }

        if (samenwerking is not null && formulier.Versie != samenwerking.Versie)
        {
            return await SamenwerkingConflictAsync(organisatie.Id, id, formulier, cancellationToken);
        }

        var oud = samenwerking is null ? null : SamenwerkingFormulier.Tekst(samenwerking);
        var oudeSchool = samenwerking?.School?.Naam;
        var andereSchool = samenwerking is null || samenwerking.SchoolId != school!.Id;
        if (samenwerking is null)
        {
            samenwerking = new Samenwerking { Id = Guid.NewGuid(), OrganisatieId = organisatie.Id, SchoolId = school!.Id };
            db.Samenwerkingen.Add(samenwerking);
        }
        else
        {
            db.VerwachtVersie(samenwerking, formulier.Versie);
        }

        samenwerking.SchoolId = school!.Id;
        formulier.PasToeOp(samenwerking);

        // A school confirms a partnership with it before the public sees it. Whoever may edit the school (a member of
        // it, or a Beheerder) confirms it by adding it.
        if (andereSchool)
        {
            var namensSchool = await authorization.AuthorizeAsync(User, new ProfielResource(ProfielSoort.School, school.Id), ProfielOperaties.Bewerken);
            samenwerking.WachtOpBevestiging = !namensSchool.Succeeded;
        }

        var omschrijving = oud is null ? $"Samenwerking met {school.Naam} toegevoegd" : $"Samenwerking met {school.Naam} gewijzigd";
        int? versie;
        try
        {
            versie = await RegistreerSamenwerkingAsync(organisatie, oudeSchool, oud, school.Naam, SamenwerkingFormulier.Tekst(samenwerking), omschrijving, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await SamenwerkingConflictAsync(organisatie.Id, id, formulier, cancellationToken);
        }

        if (versie is null)
        {
            TempData[Meldingen.Key] = "Je wijzigde niets aan deze samenwerking.";
            return Redirect($"/organisaties/{organisatie.Slug}/bewerken#samenwerkingen");
        }

        if (samenwerking.WachtOpBevestiging && andereSchool)
        {
            await bevestiging.VraagAanSchoolAsync(organisatie, school, cancellationToken);
            TempData[Meldingen.Key] = $"{omschrijving} (versie {versie}). {school.Naam} bevestigt de samenwerking eerst; daarna staat ze op beide publieke profielen.";
        }
        else if (samenwerking.WachtOpBevestiging)
        {
            TempData[Meldingen.Key] = $"{omschrijving} (versie {versie}). De samenwerking wacht nog op de bevestiging van {school.Naam}.";
        }
        else
        {
            TempData[Meldingen.Key] = $"{omschrijving} (versie {versie}). De school toont de samenwerking ook op haar profiel.";
        }

        return Redirect($"/organisaties/{organisatie.Slug}/bewerken#samenwerkingen");
    }

    /// <summary>
    /// Someone saved this samenwerking, or the profile it belongs to, since the form was opened: the same conflict
    /// screen (409) as for a profile, with what is stored now beside the input, which stays in the form.
    /// </summary>
    private async Task<IActionResult> SamenwerkingConflictAsync(Guid organisatieId, Guid? id, SamenwerkingFormulier formulier, CancellationToken cancellationToken)
    {
        var organisatie = await db.Organisaties.AsNoTracking().FirstAsync(o => o.Id == organisatieId, cancellationToken);
        var opgeslagen = id is null ? null : await db.Samenwerkingen.AsNoTracking().Include(s => s.School)
            .FirstOrDefaultAsync(s => s.Id == id && s.OrganisatieId == organisatieId, cancellationToken);
        var invoer = new Samenwerking();
        formulier.PasToeOp(invoer);
        IReadOnlyList<ProfielVeld> Velden(string? school, Samenwerking? s) =>
        [
            new("school", "School", school ?? string.Empty),
            new("samenwerking", "Samenwerking", s is null ? string.Empty : SamenwerkingFormulier.Tekst(s)),
        ];
        var pagina = new SamenwerkingPagina(organisatie, opgeslagen?.Id, formulier)
        {
            Conflict = Momentopnamen.Verschillen(Velden(opgeslagen?.School?.Naam, opgeslagen), Velden(formulier.School, invoer)),
            ConflictDoor = await historiek.LaatstBewaardDoorAsync(ProfielSoort.Organisatie, organisatieId, cancellationToken),
        };
        formulier.Versie = opgeslagen?.Versie ?? 0;
        ModelState.Remove(Prefix + nameof(SamenwerkingFormulier.Versie));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Samenwerking", pagina);
    }

    [HttpGet("organisaties/{slug}/samenwerkingen/{id:guid}/verwijderen")]
    public async Task<IActionResult> SamenwerkingVerwijderen(string slug, Guid id, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var samenwerking = await db.Samenwerkingen.AsNoTracking().Include(s => s.School)
            .FirstOrDefaultAsync(s => s.Id == id && s.OrganisatieId == organisatie.Id, cancellationToken);
        return samenwerking is null ? NotFound()
            : View(new SamenwerkingPagina(organisatie, id, SamenwerkingFormulier.Van(samenwerking, samenwerking.School!.Naam)));
    }

    [HttpPost("organisaties/{slug}/samenwerkingen/{id:guid}/verwijderen")]
    public async Task<IActionResult> SamenwerkingVerwijderenBevestigd(string slug, Guid id, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var samenwerking = await db.Samenwerkingen.Include(s => s.School)
            .FirstOrDefaultAsync(s => s.Id == id && s.OrganisatieId == organisatie.Id, cancellationToken);
        if (samenwerking is null)
        {
            return NotFound();
        }

        var schoolNaam = samenwerking.School!.Naam;
        db.Samenwerkingen.Remove(samenwerking);
        audit.Registreer(AuditSoorten.Verwijderd, organisatie.Naam, $"Samenwerking met {schoolNaam} verwijderd.");
        try
        {
            await RegistreerSamenwerkingAsync(organisatie, schoolNaam, SamenwerkingFormulier.Tekst(samenwerking), null, null, $"Samenwerking met {schoolNaam} verwijderd", cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Bericht", new BerichtViewModel("Niet verwijderd",
                $"Iemand anders bewaarde dit profiel op hetzelfde moment. De samenwerking met {schoolNaam} is nog niet verwijderd. Kijk het profiel na en probeer opnieuw."));
        }

        TempData[Meldingen.Key] = $"De samenwerking met {schoolNaam} is verwijderd.";
        return Redirect($"/organisaties/{organisatie.Slug}/bewerken#samenwerkingen");
    }

    /// <summary>
    /// Records a partnership change in the organisatie's history (as a line; a restore leaves partnerships alone) and
    /// saves. Returns the version number, or null when nothing changed.
    /// </summary>
    private async Task<int?> RegistreerSamenwerkingAsync(Organisatie organisatie, string? oudeSchool, string? oud, string? nieuweSchool, string? nieuw, string omschrijving, CancellationToken cancellationToken)
    {
        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var momentopname = OrganisatieMomentopname.Van(organisatie);
        var velden = momentopname.Velden(gemeenten);
        List<ProfielVeld> Met(string? school, string? tekst) =>
            school is null || tekst is null ? [.. velden] : [.. velden, new ProfielVeld("samenwerking-" + school, $"Samenwerking met {school}", tekst)];
        var versie = await historiek.RegistreerAsync(ProfielSoort.Organisatie, organisatie.Id,
            (Met(oudeSchool, oud), momentopname.Json()), (Met(nieuweSchool, nieuw), momentopname.Json()),
            VersieAard.Wijziging, omschrijving, cancellationToken);
        if (versie is null)
        {
            return null;
        }

        organisatie.LaatstGewijzigd = clock.GetUtcNow();
        db.VerwachtVersie(organisatie, organisatie.Versie);
        await db.SaveChangesAsync(cancellationToken);
        indexProvider.Invalidate();
        return versie.Nummer;
    }

    private static IReadOnlyList<ProfielVeld> AanbodVelden(AanbodMomentopname a) =>
    [
        new("naam", "Naam", a.Naam),
        new("tekst", "Beschrijving en kenmerken", a.Tekst()),
    ];

    private void HerstelAanbod(Organisatie organisatie, IReadOnlyList<AanbodMomentopname> aanbod)
    {
        foreach (var weg in organisatie.Aanbod.Where(a => aanbod.All(h => h.Id != a.Id)).ToList())
        {
            organisatie.Aanbod.Remove(weg);
            db.Aanbod.Remove(weg);
        }

        foreach (var herstel in aanbod)
        {
            var bestaand = organisatie.Aanbod.FirstOrDefault(a => a.Id == herstel.Id);
            if (bestaand is null)
            {
                bestaand = new Aanbod { Id = herstel.Id, OrganisatieId = organisatie.Id, Naam = herstel.Naam };
                herstel.PasToeOp(bestaand);
                organisatie.Aanbod.Add(bestaand);
                db.Aanbod.Add(bestaand);
            }
            else
            {
                herstel.PasToeOp(bestaand);
                db.Entry(bestaand).Property(a => a.Versie).IsModified = true;
            }
        }
    }

    private async Task<IActionResult> ConflictAsync(Organisatie actueel, OrganisatieFormulier formulier, Organisatie invoer, CancellationToken cancellationToken)
    {
        var gemeenten = (await indexProvider.GetAsync(cancellationToken)).Gemeenten;
        var opgeslagen = OrganisatieMomentopname.Van(actueel).Velden(gemeenten).Where(v => !v.Sleutel.StartsWith("aanbod-", StringComparison.Ordinal)).ToList();
        var jouw = OrganisatieMomentopname.Van(invoer).Velden(gemeenten).Where(v => !v.Sleutel.StartsWith("aanbod-", StringComparison.Ordinal)).ToList();
        var pagina = await PaginaAsync(actueel, formulier, cancellationToken);
        pagina.Conflict = Momentopnamen.Verschillen(opgeslagen, jouw);
        pagina.ConflictDoor = await historiek.LaatstBewaardDoorAsync(ProfielSoort.Organisatie, actueel.Id, cancellationToken);

        // The next save is based on what is stored now; the input stays as the person typed it.
        formulier.Versie = actueel.Versie;
        ModelState.Remove(Prefix + nameof(OrganisatieFormulier.Versie));
        formulier.ZorgVoorLegeLocatie();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Bewerken", pagina);
    }

    private async Task<BewerkenPagina> PaginaAsync(Organisatie organisatie, OrganisatieFormulier formulier, CancellationToken cancellationToken)
    {
        var index = await indexProvider.GetAsync(cancellationToken);
        var samenwerkingen = await db.Samenwerkingen.AsNoTracking()
            .Where(s => s.OrganisatieId == organisatie.Id)
            .OrderBy(s => s.School!.Naam)
            .Select(s => new SamenwerkingOverzicht(s.Id, s.School!.Naam, s.School.Slug, s.Samenwerkingsvormen, s.Status, s.WachtOpBevestiging))
            .ToListAsync(cancellationToken);
        return new BewerkenPagina(organisatie, formulier, index.Gemeenten.Provincies, samenwerkingen, Vandaag());
    }

    /// <summary>The tracked organisatie when the user may do <paramref name="operatie"/>; otherwise the answer to give.</summary>
    private async Task<(Organisatie? Organisatie, IActionResult? Weigering)> LaadAsync(
        string slug, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operatie, CancellationToken cancellationToken)
    {
        if (slug.Length > 200)
        {
            return (null, NotFound());
        }

        var organisatie = await db.Organisaties.Include(o => o.Aanbod).AsSplitQuery().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (organisatie is null)
        {
            return (null, NotFound());
        }

        var toegelaten = await authorization.AuthorizeAsync(User, new ProfielResource(ProfielSoort.Organisatie, organisatie.Id), operatie);
        return toegelaten.Succeeded ? (organisatie, null) : (null, Forbid());
    }

    private DateOnly Vandaag() => BelgischeTijd.Vandaag(clock);
}
