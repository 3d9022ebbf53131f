using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.Profielbeheer;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Brugfiguurbeheer;

/// <summary>
/// Members of a brugfiguur's werkgever (an organisatie or a school) and Beheerders keep the brugfiguur right, the same
/// way as a school: the resource-based policy (<see cref="ProfielAuthorizationHandler"/>), the version token, the
/// history and a restore by a Beheerder. A Beheerder also creates a brugfiguur here.
/// </summary>
public sealed class BrugfiguurbeheerController(
    PortalDbContext db,
    IAuthorizationService authorization,
    KaartIndexProvider indexProvider,
    ProfielHistoriek historiek,
    AuditLogger audit,
    TimeProvider clock) : ProfielControllerBase(db, authorization, indexProvider, historiek, audit, clock)
{
    private static ProfielDescriptor<Brugfiguur> Soort => ProfielDescriptors.Brugfiguur;

    [HttpGet("brugfiguren/{slug}/bewerken")]
    public async Task<IActionResult> Bewerken(string slug, CancellationToken cancellationToken)
    {
        var (brugfiguur, weigering) = await LaadAsync(Soort, slug, ProfielOperaties.Bewerken, cancellationToken);
        if (brugfiguur is null)
        {
            return weigering!;
        }

        var formulier = BrugfiguurFormulier.Van(brugfiguur, await GemeentenAsync(cancellationToken));
        return View(await PaginaAsync(brugfiguur, formulier, cancellationToken));
    }

    [HttpPost("brugfiguren/{slug}/bewerken")]
    public async Task<IActionResult> Bewerken(string slug, [Bind(Prefix = "Formulier")] BrugfiguurFormulier formulier, CancellationToken cancellationToken)
    {
        var (brugfiguur, weigering) = await LaadAsync(Soort, slug, ProfielOperaties.Bewerken, cancellationToken);
        if (brugfiguur is null)
        {
            return weigering!;
        }

        var gemeenten = await GemeentenAsync(cancellationToken);
        var invoer = await formulier.ValideerAsync(ModelState, Prefix, Db, gemeenten, BrugfiguurMomentopname.Van(brugfiguur, gemeenten),
            User.IsInRole(Rollen.Beheerder), cancellationToken);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await PaginaAsync(brugfiguur, formulier, cancellationToken));
        }

        var slugs = await SlugsAsync(cancellationToken);
        return await BewaarProfielAsync(Soort, brugfiguur, formulier.Versie,
            b =>
            {
                invoer.PasToeOp(Db, b);
                VerbergNaamInSlug(b, slugs);
            },
            actueel => ConflictAsync(actueel, formulier, invoer, cancellationToken), cancellationToken);
    }

    [HttpGet("brugfiguren/{slug}/geschiedenis")]
    public Task<IActionResult> Geschiedenis(string slug, CancellationToken cancellationToken) =>
        GeschiedenisAsync(Soort, slug, cancellationToken);

    [HttpPost("brugfiguren/{slug}/geschiedenis/{nummer:int}/herstellen")]
    public Task<IActionResult> Herstellen(string slug, int nummer, CancellationToken cancellationToken) =>
        HerstelAsync(Soort, slug, nummer, cancellationToken);

    [HttpGet("beheer/brugfiguren/nieuw")]
    [Authorize(Roles = Rollen.Beheerder)]
    public IActionResult Nieuw() =>
        View("Bewerken", new BrugfiguurBewerkenViewModel(null, new BrugfiguurFormulier { Functie = "Brugfiguur", WerkgeverSoort = "organisatie" }, [], magWerkgeverWijzigen: true));

    [HttpPost("beheer/brugfiguren/nieuw")]
    [Authorize(Roles = Rollen.Beheerder)]
    public async Task<IActionResult> Nieuw([Bind(Prefix = "Formulier")] BrugfiguurFormulier formulier, CancellationToken cancellationToken)
    {
        var gemeenten = await GemeentenAsync(cancellationToken);
        var leeg = new BrugfiguurMomentopname { Functie = string.Empty };
        var invoer = await formulier.ValideerAsync(ModelState, Prefix, Db, gemeenten, leeg, metWerkgever: true, cancellationToken);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Bewerken", new BrugfiguurBewerkenViewModel(null, formulier, await SchoolKeuzesAsync(null, formulier, cancellationToken), magWerkgeverWijzigen: true));
        }

        var slugs = await SlugsAsync(cancellationToken);
        var brugfiguur = new Brugfiguur { Id = Guid.NewGuid(), Slug = string.Empty, Functie = invoer.Functie };
        invoer.PasToeOp(Db, brugfiguur);
        brugfiguur.Slug = Slugs.Unique(brugfiguur.AlleenFunctie || brugfiguur.Naam is null ? ZonderNaam(brugfiguur) : brugfiguur.Naam, slugs);
        var versie = await Historiek.BewaarNieuwAsync(ProfielSoort.Brugfiguur, brugfiguur, b => Soort.Toestand(b, gemeenten), cancellationToken: cancellationToken);
        return MetStatusbericht($"De brugfiguur {brugfiguur.Weergavenaam} staat op de kaart (versie {versie.Nummer}). Zoekers vinden ze meteen.",
            ProfielUrls.Brugfiguur(brugfiguur.Slug));
    }

    /// <summary>
    /// A slug made from the name would still show it in every link: a brugfiguur that shows only the function gets a
    /// slug from the function (the old address then no longer works, which is the point).
    /// </summary>
    private static void VerbergNaamInSlug(Brugfiguur b, HashSet<string> slugs)
    {
        var naam = b.Naam is null ? string.Empty : Slugs.From(b.Naam);
        if (b.AlleenFunctie && naam.Length > 0 && b.Slug.Contains(naam, StringComparison.Ordinal))
        {
            slugs.Remove(b.Slug);
            b.Slug = Slugs.Unique(ZonderNaam(b), slugs);
        }
    }

    /// <summary>As the import names a brugfiguur without a name: the function and the start of the id.</summary>
    private static string ZonderNaam(Brugfiguur b) => $"{b.Functie} {b.Id.ToString()[..4]}";

    private async Task<HashSet<string>> SlugsAsync(CancellationToken cancellationToken) =>
        (await Db.Brugfiguren.AsNoTracking().Select(b => b.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    private async Task<IActionResult> ConflictAsync(Brugfiguur actueel, BrugfiguurFormulier formulier, BrugfiguurMomentopname invoer, CancellationToken cancellationToken)
    {
        var pagina = await PaginaAsync(actueel, formulier, cancellationToken);
        pagina.Conflict = Momentopnamen.Verschillen(BrugfiguurMomentopname.Van(actueel, await GemeentenAsync(cancellationToken)).Velden(), invoer.Velden());
        pagina.ConflictDoor = await Historiek.LaatstBewaardDoorAsync(ProfielSoort.Brugfiguur, actueel.Id, cancellationToken);
        formulier.Versie = actueel.Versie;
        return ConflictView(View("Bewerken", pagina));
    }

    private async Task<BrugfiguurBewerkenViewModel> PaginaAsync(Brugfiguur brugfiguur, BrugfiguurFormulier formulier, CancellationToken cancellationToken) =>
        new(brugfiguur, formulier, await SchoolKeuzesAsync(brugfiguur, formulier, cancellationToken), User.IsInRole(Rollen.Beheerder))
        {
            Werkgever = BrugfiguurMomentopname.WerkgeverNaam(brugfiguur, await GemeentenAsync(cancellationToken)),
        };

    /// <summary>
    /// The schools to tick, without JavaScript: the current ones, the ticked ones, and every school in the gemeenten
    /// where the brugfiguur works or its werkgever is. Others are added by name in the field below the list.
    /// </summary>
    private async Task<List<Term>> SchoolKeuzesAsync(Brugfiguur? brugfiguur, BrugfiguurFormulier formulier, CancellationToken cancellationToken)
    {
        var gekozen = formulier.Scholen.Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).ToList();
        var huidige = brugfiguur?.Scholen.Select(s => s.Id).ToList() ?? [];
        var nis = new HashSet<string>(brugfiguur?.Scholen.Select(s => s.GemeenteNis) ?? [], StringComparer.Ordinal);
        if (brugfiguur?.WerkgeverSchool is { } school)
        {
            nis.Add(school.GemeenteNis);
        }

        if (brugfiguur?.WerkgeverGemeenteNis is { } gemeente)
        {
            nis.Add(gemeente);
        }

        foreach (var locatie in brugfiguur?.WerkgeverOrganisatie?.Locaties ?? [])
        {
            if (locatie.GemeenteNis is { } n)
            {
                nis.Add(n);
            }
        }

        var gemeenten = await GemeentenAsync(cancellationToken);
        var scholen = await Db.Scholen.AsNoTracking()
            .Where(s => gekozen.Contains(s.Id) || huidige.Contains(s.Id) || nis.Contains(s.GemeenteNis))
            .OrderBy(s => s.Naam).Take(500)
            .Select(s => new { s.Id, s.Naam, s.GemeenteNis })
            .ToListAsync(cancellationToken);
        return [.. scholen.Select(s => new Term(s.Id.ToString(), $"{s.Naam}, {gemeenten.OpNis(s.GemeenteNis)?.Weergavenaam ?? s.GemeenteNis}", string.Empty))];
    }
}
