using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>
/// /organisaties/{slug}/aanbod/...: the aanbod of an organisatie. It is part of the organisatie's profile, so every
/// change is a version of that profile (and the aanbod carries its own version token as well).
/// </summary>
public sealed class AanbodController(
    PortalDbContext db,
    IAuthorizationService authorization,
    KaartIndexProvider indexProvider,
    ProfielHistoriek historiek,
    AuditLogger audit,
    TimeProvider clock) : ProfielControllerBase(db, authorization, indexProvider, historiek, audit, clock)
{
    [HttpGet("organisaties/{slug}/aanbod/nieuw")]
    public async Task<IActionResult> Nieuw(string slug, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadOrganisatieAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        return organisatie is null ? weigering! : View("Aanbod", new AanbodViewModel(organisatie, null, new AanbodFormulier { Actief = true }));
    }

    [HttpGet("organisaties/{slug}/aanbod/{id:guid}")]
    public Task<IActionResult> Bewerken(string slug, Guid id, CancellationToken cancellationToken) =>
        ToonAsync(slug, id, "Aanbod", cancellationToken);

    [HttpPost("organisaties/{slug}/aanbod/nieuw")]
    [HttpPost("organisaties/{slug}/aanbod/{id:guid}")]
    public async Task<IActionResult> Opslaan(string slug, Guid? id, [Bind(Prefix = "Formulier")] AanbodFormulier formulier, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadOrganisatieAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
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
            return View("Aanbod", new AanbodViewModel(organisatie, aanbod, formulier));
        }

        if (aanbod is not null && formulier.Versie != aanbod.Versie)
        {
            var pagina = new AanbodViewModel(organisatie, aanbod, formulier)
            {
                Conflict = Momentopnamen.Verschillen(Velden(AanbodMomentopname.Van(aanbod)), Velden(formulier.AlsMomentopname(aanbod.Id))),
            };
            formulier.Versie = aanbod.Versie;
            return ConflictView(View("Aanbod", pagina));
        }

        var naam = formulier.Naam!.Trim();
        var resultaat = await BewaarAanbodAsync(organisatie, o => PasToe(o, aanbod, formulier),
            id is null ? $"Aanbod ‘{naam}’ toegevoegd" : $"Aanbod ‘{naam}’ gewijzigd", null, cancellationToken);
        return MetStatusbericht(resultaat switch
        {
            Bewaarresultaat.Bewaard { Versie: var versie } => $"{versie.Omschrijving} (versie {versie.Nummer}).",
            Bewaarresultaat.NietsGewijzigd => "Je wijzigde niets aan dit aanbod.",
            _ => "Iemand anders bewaarde dit profiel op hetzelfde moment. Je wijziging aan het aanbod is niet bewaard: kijk het aanbod na en probeer opnieuw.",
        }, $"{ProfielUrls.Organisatie(organisatie.Slug)}/bewerken#aanbod");
    }

    [HttpGet("organisaties/{slug}/aanbod/{id:guid}/verwijderen")]
    public Task<IActionResult> Verwijderen(string slug, Guid id, CancellationToken cancellationToken) =>
        ToonAsync(slug, id, "AanbodVerwijderen", cancellationToken);

    [HttpPost("organisaties/{slug}/aanbod/{id:guid}/verwijderen")]
    public async Task<IActionResult> VerwijderenBevestigd(string slug, Guid id, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadOrganisatieAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var aanbod = organisatie.Aanbod.FirstOrDefault(a => a.Id == id);
        if (aanbod is null)
        {
            return NotFound();
        }

        var resultaat = await BewaarAanbodAsync(organisatie,
            o =>
            {
                o.Aanbod.Remove(aanbod);
                Db.Aanbod.Remove(aanbod);
            },
            $"Aanbod ‘{aanbod.Naam}’ verwijderd",
            versie => Audit.Registreer(AuditSoorten.Verwijderd, organisatie.Naam, $"Aanbod ‘{aanbod.Naam}’ verwijderd (terug te zetten via versie {versie.Nummer - 1})."),
            cancellationToken);
        return MetStatusbericht(resultaat is Bewaarresultaat.Conflict
            ? "Iemand anders bewaarde dit profiel op hetzelfde moment. Het aanbod is niet verwijderd; probeer opnieuw."
            : $"Aanbod ‘{aanbod.Naam}’ is verwijderd. Een beheerder kan het terugzetten via de geschiedenis.",
            $"{ProfielUrls.Organisatie(organisatie.Slug)}/bewerken#aanbod");
    }

    private async Task<IActionResult> ToonAsync(string slug, Guid id, string view, CancellationToken cancellationToken)
    {
        var (organisatie, weigering) = await LaadOrganisatieAsync(slug, ProfielOperaties.Bewerken, cancellationToken);
        if (organisatie is null)
        {
            return weigering!;
        }

        var aanbod = organisatie.Aanbod.FirstOrDefault(a => a.Id == id);
        return aanbod is null ? NotFound() : View(view, new AanbodViewModel(organisatie, aanbod, AanbodFormulier.Van(aanbod)));
    }

    /// <summary>A change to the aanbod is a version of the organisatie's profile, which holds its aanbod.</summary>
    private async Task<Bewaarresultaat> BewaarAanbodAsync(
        Organisatie organisatie, Action<Organisatie> wijzig, string omschrijving, Action<ProfielVersie>? voorOpslaan, CancellationToken cancellationToken)
    {
        var gemeenten = await GemeentenAsync(cancellationToken);
        return await Historiek.BewaarAsync(ProfielSoort.Organisatie, organisatie, null, o => ProfielDescriptors.Organisatie.Toestand(o, gemeenten),
            wijzig, VersieAard.Wijziging, omschrijving, voorOpslaan, cancellationToken);
    }

    /// <summary>A new aanbod gets the organisatie's locations; a changed one keeps its own, and its form's version token.</summary>
    private void PasToe(Organisatie organisatie, Aanbod? aanbod, AanbodFormulier formulier)
    {
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
            Db.Aanbod.Add(aanbod);
            return;
        }

        var huidige = AanbodMomentopname.Van(aanbod);
        var nieuw = formulier.AlsMomentopname(aanbod.Id);
        nieuw.Locaties.AddRange(huidige.Locaties);
        nieuw.Werkingsgebied.AddRange(huidige.Werkingsgebied);
        nieuw.PasToeOp(aanbod);
        Db.VerwachtVersie(aanbod, formulier.Versie);
    }

    private static IReadOnlyList<ProfielVeld> Velden(AanbodMomentopname a) =>
    [
        new("naam", "Naam", a.Naam),
        new("tekst", "Beschrijving en kenmerken", a.Tekst()),
    ];
}
