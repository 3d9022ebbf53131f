using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Organisaties;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>
/// "Mijn organisatie" and /organisaties/{slug}/{bewerken,bevestigen,geschiedenis}: members of an organisatie (and
/// Beheerders) keep its profile right. Every edit checks the resource-based policy, carries the profile's version token
/// and is recorded in the history (<see cref="ProfielControllerBase"/>). Its aanbod and samenwerkingen have their own
/// controllers, in the sub-folders of the same names.
/// </summary>
public sealed class ProfielbeheerController(
    PortalDbContext db,
    IAuthorizationService authorization,
    KaartIndexProvider indexProvider,
    ProfielHistoriek historiek,
    AuditLogger audit,
    TimeProvider clock) : ProfielControllerBase(db, authorization, indexProvider, historiek, audit, clock)
{
    [HttpGet("mijn-organisatie")]
    public async Task<IActionResult> MijnOrganisatie(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var lidmaatschappen = await Db.Lidmaatschappen.AsNoTracking().Where(l => l.GebruikerId == userId)
            .Select(l => new
            {
                Organisatie = l.Organisatie == null ? null : new { l.Organisatie.Naam, l.Organisatie.Slug, l.Organisatie.LaatstGecontroleerd, l.Organisatie.Id },
                School = l.School == null ? null : new { l.School.Naam, l.School.Slug, l.School.LaatstGecontroleerd, l.School.Id },
            })
            .ToListAsync(cancellationToken);
        var organisatieIds = lidmaatschappen.Where(l => l.Organisatie != null).Select(l => l.Organisatie!.Id).ToList();
        var openMeldingen = await Db.Meldingen.AsNoTracking()
            .Where(m => m.OrganisatieId != null && organisatieIds.Contains(m.OrganisatieId.Value) && (m.Status == MeldingStatus.Nieuw || m.Status == MeldingStatus.InBehandeling))
            .GroupBy(m => m.OrganisatieId!.Value).Select(g => new { g.Key, Aantal = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Aantal, cancellationToken);
        var aanvragen = await Db.Toegangsaanvragen.AsNoTracking().Where(a => a.GebruikerId == userId && a.Status == AanvraagStatus.Open)
            .Select(a => a.Organisatie!.Naam).ToListAsync(cancellationToken);
        var profielen = lidmaatschappen
            .Select(l => l.Organisatie is { } o
                ? new MijnProfiel(o.Naam, ProfielUrls.Organisaties + o.Slug, ProfielSoort.Organisatie, o.LaatstGecontroleerd, openMeldingen.GetValueOrDefault(o.Id))
                : new MijnProfiel(l.School!.Naam, ProfielUrls.Scholen + l.School.Slug, ProfielSoort.School, l.School.LaatstGecontroleerd, 0))
            .OrderBy(p => p.Naam, StringComparer.CurrentCulture)
            .ToList();
        var schoolIds = lidmaatschappen.Where(l => l.School != null).Select(l => l.School!.Id).ToList();
        var brugfiguren = await Db.Brugfiguren.AsNoTracking()
            .Where(b => (b.WerkgeverSoort == WerkgeverSoort.Organisatie && b.WerkgeverOrganisatieId != null && organisatieIds.Contains(b.WerkgeverOrganisatieId.Value)) ||
                        (b.WerkgeverSoort == WerkgeverSoort.School && b.WerkgeverSchoolId != null && schoolIds.Contains(b.WerkgeverSchoolId.Value)))
            .OrderBy(b => b.Naam ?? b.Functie)
            .Select(b => new MijnProfiel(b.Naam ?? b.Functie, ProfielUrls.Brugfiguren + b.Slug, ProfielSoort.Brugfiguur, null, 0))
            .ToListAsync(cancellationToken);
        var samenwerkingen = (await Db.Samenwerkingen.AsNoTracking()
                .Where(s => organisatieIds.Contains(s.OrganisatieId) || schoolIds.Contains(s.SchoolId))
                .Select(s => new { s.Id, School = s.School!.Naam, Organisatie = s.Organisatie!.Naam })
                .ToListAsync(cancellationToken))
            .Select(s => new MijnSamenwerking(s.Id, $"{s.School} en {s.Organisatie}"))
            .OrderBy(s => s.Naam, StringComparer.CurrentCulture)
            .ToList();
        return View(new MijnOrganisatieViewModel(profielen, aanvragen, Vandaag(), User.IsInRole(Rollen.Beheerder)) { Brugfiguren = brugfiguren, Samenwerkingen = samenwerkingen });
    }

    [HttpGet("organisaties/{slug}/bewerken")]
    public async Task<IActionResult> Bewerken(string slug, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadOrganisatieAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        return View(await PaginaAsync(organisatie, OrganisatieFormulier.Van(organisatie, await GemeentenAsync(cancellationToken)), cancellationToken));
    }

    [HttpPost("organisaties/{slug}/bewerken")]
    public async Task<IActionResult> Bewerken(string slug, [Bind(Prefix = "Formulier")] OrganisatieFormulier formulier, string? actie, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadOrganisatieAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var gemeenten = await GemeentenAsync(cancellationToken);
        var (invoer, stap) = formulier.Lees(ModelState, Prefix, gemeenten, actie);
        if (stap != OrganisatieFormulier.Stap.Klaar)
        {
            Response.StatusCode = stap == OrganisatieFormulier.Stap.Fouten ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            return View(await PaginaAsync(organisatie, formulier, cancellationToken));
        }

        if (actie == "voorbeeld")
        {
            // The public profile as it will look: the stored organisatie's identity and aanbod with the input applied.
            var voorbeeld = new Organisatie
            {
                Id = organisatie.Id,
                Slug = organisatie.Slug,
                Naam = invoer.Naam,
                Type = invoer.Type,
                Aanbod = organisatie.Aanbod,
                LaatstGecontroleerd = organisatie.LaatstGecontroleerd,
                LaatstGewijzigd = Clock.GetUtcNow(),
            };
            invoer.PasToeOp(voorbeeld);
            var pagina = await PaginaAsync(organisatie, formulier, cancellationToken);
            pagina.Voorbeeld = new OrganisatieProfiel(voorbeeld, [], gemeenten, Vandaag());
            formulier.ZorgVoorLegeLocatie();
            return View(pagina);
        }

        return await BewaarProfielAsync(ProfielDescriptors.Organisatie, organisatie, formulier.Versie, invoer.PasToeOp,
            actueel => ConflictAsync(actueel, formulier, invoer, cancellationToken), cancellationToken);
    }

    [HttpPost("organisaties/{slug}/bevestigen")]
    public Task<IActionResult> Bevestigen(string slug, CancellationToken cancellationToken) =>
        BevestigAsync(ProfielDescriptors.Organisatie, slug, cancellationToken);

    [HttpGet("organisaties/{slug}/geschiedenis")]
    public Task<IActionResult> Geschiedenis(string slug, CancellationToken cancellationToken) =>
        GeschiedenisAsync(ProfielDescriptors.Organisatie, slug, cancellationToken);

    [HttpPost("organisaties/{slug}/geschiedenis/{nummer:int}/herstellen")]
    public Task<IActionResult> Herstellen(string slug, int nummer, CancellationToken cancellationToken) =>
        HerstelAsync(ProfielDescriptors.Organisatie, slug, nummer, cancellationToken);

    private async Task<IActionResult> ConflictAsync(Organisatie actueel, OrganisatieFormulier formulier, OrganisatieMomentopname invoer, CancellationToken cancellationToken)
    {
        var gemeenten = await GemeentenAsync(cancellationToken);
        var opgeslagen = OrganisatieMomentopname.Van(actueel).Velden(gemeenten).Where(v => !v.Sleutel.StartsWith("aanbod-", StringComparison.Ordinal)).ToList();
        var jouw = invoer.Velden(gemeenten).Where(v => !v.Sleutel.StartsWith("aanbod-", StringComparison.Ordinal)).ToList();
        var pagina = await PaginaAsync(actueel, formulier, cancellationToken);
        pagina.Conflict = Momentopnamen.Verschillen(opgeslagen, jouw);
        pagina.ConflictDoor = await Historiek.LaatstBewaardDoorAsync(ProfielSoort.Organisatie, actueel.Id, cancellationToken);
        formulier.Versie = actueel.Versie;
        formulier.ZorgVoorLegeLocatie();
        return ConflictView(View("Bewerken", pagina));
    }

    private async Task<OrganisatieBewerkenViewModel> PaginaAsync(Organisatie organisatie, OrganisatieFormulier formulier, CancellationToken cancellationToken)
    {
        var gemeenten = await GemeentenAsync(cancellationToken);
        var samenwerkingen = await Db.Samenwerkingen.AsNoTracking()
            .Where(s => s.OrganisatieId == organisatie.Id)
            .OrderBy(s => s.School!.Naam)
            .Select(s => new SamenwerkingOverzicht(s.Id, s.School!.Naam, s.School.Slug, s.Samenwerkingsvormen, s.Status, s.WachtOpBevestiging))
            .ToListAsync(cancellationToken);
        return new OrganisatieBewerkenViewModel(organisatie, formulier, gemeenten.Provincies, samenwerkingen, Vandaag());
    }
}
