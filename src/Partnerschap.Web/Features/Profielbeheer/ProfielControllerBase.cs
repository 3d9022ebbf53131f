using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>
/// What every controller that edits a profile shares (organisatie, aanbod, samenwerkingen, school): load the profile
/// behind the slug and check the resource-based policy for it (<see cref="ProfielAuthorizationHandler"/>), and the
/// pages an organisatie and a school have alike: "de gegevens kloppen nog", the history, a restore and the conflict
/// screen. One piece, so that a check or a message cannot drift apart between them. Every change is saved through
/// <see cref="ProfielHistoriek.BewaarAsync"/>.
/// </summary>
public abstract class ProfielControllerBase(
    PortalDbContext db,
    IAuthorizationService authorization,
    KaartIndexProvider indexProvider,
    ProfielHistoriek historiek,
    AuditLogger audit,
    TimeProvider clock) : Controller
{
    /// <summary>Every edit form binds as <c>Formulier</c>.</summary>
    protected const string Prefix = "Formulier.";

    // For the subclasses: C# does not let a subclass capture the parameters it hands to this constructor.
    protected PortalDbContext Db => db;

    protected ProfielHistoriek Historiek => historiek;

    protected AuditLogger Audit => audit;

    protected TimeProvider Clock => clock;

    protected DateOnly Vandaag() => BelgischeTijd.Vandaag(clock);

    protected async Task<GemeenteLookup> GemeentenAsync(CancellationToken cancellationToken) =>
        (await indexProvider.GetAsync(cancellationToken)).Gemeenten;

    /// <summary>The tracked profile behind <paramref name="slug"/> when the user may do <paramref name="operatie"/>; otherwise the answer to give.</summary>
    protected async Task<(TProfiel?, IActionResult?)> LaadAsync<TProfiel>(
        ProfielDescriptor<TProfiel> soort, string slug, OperationAuthorizationRequirement operatie, CancellationToken cancellationToken)
        where TProfiel : class, IBewerkbaarProfiel
    {
        if (slug.Length > 200)
        {
            return (null, NotFound());
        }

        var profiel = await soort.Profielen(db).FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (profiel is null)
        {
            return (null, NotFound());
        }

        return await MagAsync(soort.Soort, profiel.Id, operatie) ? (profiel, null) : (null, Forbid());
    }

    /// <summary>The tracked organisatie, with its aanbod, when the user may do <paramref name="operatie"/>; otherwise the answer to give.</summary>
    protected Task<(Organisatie?, IActionResult?)> LaadOrganisatieAsync(string slug, OperationAuthorizationRequirement operatie, CancellationToken cancellationToken) =>
        LaadAsync(ProfielDescriptors.Organisatie, slug, operatie, cancellationToken);

    protected async Task<bool> MagAsync(ProfielSoort soort, Guid profielId, OperationAuthorizationRequirement operatie) =>
        (await authorization.AuthorizeAsync(User, new ProfielResource(soort, profielId), operatie)).Succeeded;

    /// <summary>
    /// Saves the edit form of a whole profile through the one save path; <paramref name="conflict"/> shows the
    /// conflict screen with what is stored now.
    /// </summary>
    protected async Task<IActionResult> BewaarProfielAsync<TProfiel>(
        ProfielDescriptor<TProfiel> soort,
        TProfiel profiel,
        int versieVanFormulier,
        Action<TProfiel> wijzig,
        Func<TProfiel, Task<IActionResult>> conflict,
        CancellationToken cancellationToken)
        where TProfiel : class, IBewerkbaarProfiel
    {
        var gemeenten = await GemeentenAsync(cancellationToken);
        var resultaat = await historiek.BewaarAsync(soort.Soort, profiel, versieVanFormulier, p => soort.Toestand(p, gemeenten), wijzig,
            VersieAard.Wijziging, "Profiel gewijzigd", cancellationToken: cancellationToken);

        // Read after the save: a brugfiguur that chose to hide its name gets a new slug without it.
        var bewerken = soort.Url(profiel.Slug) + "/bewerken";
        return resultaat switch
        {
            Bewaarresultaat.Bewaard { Versie: var versie } => MetStatusbericht(
                $"{soort.HetProfiel} is opgeslagen ({versie.Omschrijving.ToLowerInvariant()}, versie {versie.Nummer}). Zoekers zien de wijziging meteen.", bewerken),
            Bewaarresultaat.NietsGewijzigd => MetStatusbericht(
                "Je wijzigde niets. Kloppen de gegevens? Bevestig ze dan met de knop ‘De gegevens kloppen nog’.", bewerken),

            // What is stored now, read again: the same instance when the form was old, fresh when a save came between.
            _ => await conflict(await soort.Profielen(db).FirstAsync(p => p.Id == profiel.Id, cancellationToken)),
        };
    }

    /// <summary>"De gegevens kloppen nog": today's date and a version that changes nothing.</summary>
    protected async Task<IActionResult> BevestigAsync<TProfiel>(ProfielDescriptor<TProfiel> soort, string slug, CancellationToken cancellationToken)
        where TProfiel : class, IBewerkbaarProfiel
    {
        var (profiel, weigering) = await LaadAsync(soort, slug, ProfielOperaties.Bewerken, cancellationToken);
        if (profiel is null || soort.Bevestig is null)
        {
            return weigering ?? NotFound();
        }

        var bewerken = soort.Url(profiel.Slug) + "/bewerken";
        var toestand = soort.Toestand(profiel, await GemeentenAsync(cancellationToken));
        soort.Bevestig(profiel, Vandaag());
        var versie = await historiek.BevestigAsync(soort.Soort, profiel.Id, toestand, cancellationToken);
        return versie is null
            ? MetStatusbericht("Iemand anders bevestigde of wijzigde dit profiel net. Bekijk het en probeer opnieuw.", bewerken)
            : MetStatusbericht($"Bedankt! De gegevens zijn bevestigd op {BelgischeTijd.Datum(Vandaag())} (versie {versie.Nummer}).",
                Url.IsLocalUrl(Request.Form["terug"]) ? Request.Form["terug"].ToString() : bewerken);
    }

    /// <summary>The history page, the same for every kind of profile.</summary>
    protected async Task<IActionResult> GeschiedenisAsync<TProfiel>(ProfielDescriptor<TProfiel> soort, string slug, CancellationToken cancellationToken)
        where TProfiel : class, IBewerkbaarProfiel
    {
        var (profiel, weigering) = await LaadAsync(soort, slug, ProfielOperaties.Bewerken, cancellationToken);
        if (profiel is null)
        {
            return weigering!;
        }

        var versies = await historiek.VersiesAsync(soort.Soort, profiel.Id, cancellationToken);
        var magHerstellen = await MagAsync(soort.Soort, profiel.Id, ProfielOperaties.Herstellen);
        return View("/Features/Profielbeheer/Geschiedenis.cshtml",
            new GeschiedenisViewModel(soort.Soort, soort.Naam(profiel), soort.Url(profiel.Slug), versies, magHerstellen));
    }

    /// <summary>Puts version <paramref name="nummer"/> back (Beheerder only). The restore is a new version itself, and a line in the audit log.</summary>
    protected async Task<IActionResult> HerstelAsync<TProfiel>(ProfielDescriptor<TProfiel> soort, string slug, int nummer, CancellationToken cancellationToken)
        where TProfiel : class, IBewerkbaarProfiel
    {
        var (profiel, weigering) = await LaadAsync(soort, slug, ProfielOperaties.Herstellen, cancellationToken);
        if (profiel is null)
        {
            return weigering!;
        }

        var bron = await historiek.VersieAsync(soort.Soort, profiel.Id, nummer, cancellationToken);
        if (bron is null)
        {
            return NotFound();
        }

        var gemeenten = await GemeentenAsync(cancellationToken);
        var geschiedenis = soort.Url(profiel.Slug) + "/geschiedenis";
        var resultaat = await historiek.BewaarAsync(soort.Soort, profiel, null, p => soort.Toestand(p, gemeenten), p => soort.Herstel(db, p, bron.Momentopname),
            VersieAard.Herstel, $"Versie {nummer} hersteld",
            versie => audit.Registreer(AuditSoorten.VersieHersteld, soort.Naam(profiel), $"Versie {nummer} teruggezet als versie {versie.Nummer}."),
            cancellationToken);
        return resultaat is Bewaarresultaat.Bewaard { Versie: var versie }
            ? MetStatusbericht($"Versie {nummer} is teruggezet. Dat staat in de geschiedenis als versie {versie.Nummer}.", geschiedenis)
            : MetStatusbericht("Iemand wijzigde het profiel net. Bekijk de geschiedenis opnieuw en herstel dan.", geschiedenis);
    }

    /// <summary>
    /// The conflict screen (409): <paramref name="view"/> of a form whose model the caller has filled in with what is
    /// stored now. The form's next save starts from the version stored now (the model's, not the posted one); the rest
    /// of the input stays as typed.
    /// </summary>
    protected ViewResult ConflictView(ViewResult view)
    {
        ModelState.Remove(Prefix + "Versie");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return view;
    }

    /// <summary>Shows <paramref name="melding"/> once on the page at <paramref name="url"/>.</summary>
    protected RedirectResult MetStatusbericht(string melding, string url)
    {
        TempData[Statusbericht.Key] = melding;
        return Redirect(url);
    }
}
