using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Features.OrganisatieToevoegen;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Infrastructure.Herinneringen;

/// <summary>
/// Reminds the members of stale organisation profiles to check them, and keeps the audit log within its retention.
/// Run daily by <see cref="HerinneringJob"/> and on demand by the <c>send-reminders</c> command.
/// </summary>
public sealed class HerinneringService(
    PortalDbContext db,
    IMailSender mail,
    TimeProvider clock,
    AccountLinks links,
    IOptions<AuditOptions> auditOptions,
    ILogger<HerinneringService> logger)
{
    /// <summary>How long a decided organisatievoorstel (approved or refused) is kept after the decision.</summary>
    public static readonly TimeSpan BeslistVoorstelBewaard = TimeSpan.FromDays(365);

    /// <summary>The members of one profile get at most one reminder in this many days.</summary>
    public const int DagenTussenHerinneringen = 30;

    /// <summary>Searches without result are counted per day and kept this many days.</summary>
    public const int ZoekopdrachtenBewaarDagen = 90;


    /// <summary>
    /// Sends one mail to every active member (not deactivated, e-mail confirmed) of every organisation that is not
    /// stopped, was not confirmed in the last 6 months and was not reminded in the last 30 days. Several instances may
    /// run this at the same time: each profile is claimed with a conditional update first, and only the instance whose
    /// update changed the row sends its mails.
    /// </summary>
    public async Task<HerinneringResultaat> VerstuurAsync(CancellationToken cancellationToken = default)
    {
        var nu = clock.GetUtcNow();
        var gecontroleerdVoor = Versheid.VerouderdVoor(BelgischeTijd.Vandaag(clock));
        var herinnerdVoor = nu.AddDays(-DagenTussenHerinneringen);

        // One query: the active members of stale profiles. The 30-day rule is applied here as well, and again in the
        // claim below, which is what makes it safe against other instances.
        var leden = await db.Lidmaatschappen.AsNoTracking()
            .Where(l => l.OrganisatieId != null &&
                        l.Organisatie!.Status != OrganisatieStatus.Stopgezet &&
                        (l.Organisatie.LaatstGecontroleerd == null || l.Organisatie.LaatstGecontroleerd < gecontroleerdVoor) &&
                        (l.Organisatie.LaatsteHerinnering == null || l.Organisatie.LaatsteHerinnering < herinnerdVoor) &&
                        !l.Gebruiker!.Gedeactiveerd && l.Gebruiker.EmailConfirmed && l.Gebruiker.Email != null)
            .Select(l => new
            {
                OrganisatieId = l.OrganisatieId!.Value,
                l.Organisatie!.Naam,
                l.Organisatie.Slug,
                l.Organisatie.LaatstGecontroleerd,
                l.Organisatie.LaatsteHerinnering,
                Email = l.Gebruiker!.Email!,
                l.Gebruiker.Weergavenaam,
            })
            .ToListAsync(cancellationToken);

        var profielen = 0;
        var mails = 0;
        var mislukt = 0;
        foreach (var profiel in leden.GroupBy(l => l.OrganisatieId).OrderBy(g => g.First().Naam, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = profiel.Key;

            // The claim: only one instance's conditional update can change the row.
            var geclaimd = await db.Organisaties
                .Where(o => o.Id == id && (o.LaatsteHerinnering == null || o.LaatsteHerinnering < herinnerdVoor))
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.LaatsteHerinnering, nu), cancellationToken);
            if (geclaimd != 1)
            {
                continue;
            }

            var eerste = profiel.First();
            var link = links.Naar($"organisaties/{Uri.EscapeDataString(eerste.Slug)}/bewerken");
            var verstuurd = 0;
            try
            {
                foreach (var lid in profiel.DistinctBy(l => l.Email, StringComparer.OrdinalIgnoreCase))
                {
                    try
                    {
                        await mail.SendAsync(lid.Email, $"Kijk het profiel van {eerste.Naam} even na", Tekst(Mailtekst.Aanspreking(lid.Weergavenaam, lid.Email), eerste.Naam, eerste.LaatstGecontroleerd, link), cancellationToken);
                        verstuurd++;
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        // One bad address must not stop the others; an outbox mail that failed to save must not be retried.
                        db.ChangeTracker.Clear();
                        mislukt++;
                        logger.LogError(ex, "Herinnering voor organisatie {OrganisatieId} kon niet verstuurd worden", id);
                    }
                }
            }
            finally
            {
                if (verstuurd == 0)
                {
                    // Nothing went out (mail server down, shutting down): give the claim back, so that the next run tries again.
                    var vorige = eerste.LaatsteHerinnering;
                    await db.Organisaties
                        .Where(o => o.Id == id && o.LaatsteHerinnering == nu)
                        .ExecuteUpdateAsync(s => s.SetProperty(o => o.LaatsteHerinnering, vorige), CancellationToken.None);
                }
            }

            if (verstuurd == 0)
            {
                continue;
            }

            profielen++;
            mails += verstuurd;
        }

        logger.LogInformation(
            "Herinneringen verstuurd voor {Profielen} profielen ({Mails} mails, {Mislukt} mislukt)", profielen, mails, mislukt);
        return new HerinneringResultaat(profielen, mails, mislukt);
    }

    /// <summary>
    /// Retention: deletes audit events older than <c>Audit:BewaarDagen</c> days (returns how many), and removes the
    /// reporter's e-mail address from meldingen closed more than a year ago; also removes searches without result older
    /// than <see cref="ZoekopdrachtenBewaarDagen"/> days.
    /// </summary>
    public async Task<int> RuimAuditOpAsync(CancellationToken cancellationToken = default)
    {
        var dagen = auditOptions.Value.BewaarDagen;
        var grens = clock.GetUtcNow().AddDays(-dagen);

        var verwijderd = await db.AuditLog.Where(a => a.Tijdstip < grens).ExecuteDeleteAsync(cancellationToken);

        // Signed-out sessions whose cookie has expired anyway need no record any more.
        var nu = clock.GetUtcNow();
        await db.BeeindigdeSessies.Where(s => s.BewaarTot < nu).ExecuteDeleteAsync(cancellationToken);

        // Searches without result are kept for 90 days (privacy page, docs/operations.md).
        var zoekGrens = BelgischeTijd.Vandaag(clock).AddDays(-ZoekopdrachtenBewaarDagen);
        await db.ZoekopdrachtenZonderResultaat.Where(z => z.Dag < zoekGrens).ExecuteDeleteAsync(cancellationToken);
        var jaarGeleden = clock.GetUtcNow().AddDays(-365);
        var adressen = await db.Meldingen
            .Where(m => m.Email != null && (m.Status == MeldingStatus.Opgelost || m.Status == MeldingStatus.Afgewezen) && m.GewijzigdOp < jaarGeleden)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Email, (string?)null), cancellationToken);
        if (adressen > 0)
        {
            logger.LogInformation("E-mailadres gewist uit {Aantal} meldingen die langer dan een jaar afgesloten zijn", adressen);
        }

        // Proposals whose e-mail address was never confirmed: their link has expired, nobody can send them any more.
        // Filtered here, not in SQL: SQLite cannot compare this table's timestamps as stored, and there are few.
        // Decided proposals (approved or refused) go a year after the decision, with the proposer's name and address: the
        // organisatie's own history and the audit log keep who decided what.
        var weg = (await db.Organisatievoorstellen
                .Where(v => v.Status == VoorstelStatus.EmailNietBevestigd || v.Status == VoorstelStatus.Goedgekeurd || v.Status == VoorstelStatus.Geweigerd)
                .Select(v => new { v.Id, v.Status, v.AangemaaktOp, v.BehandeldOp }).ToListAsync(cancellationToken))
            .Where(v => v.Status == VoorstelStatus.EmailNietBevestigd
                ? v.AangemaaktOp < nu - VoorstelLinks.BevestigenGeldig
                : v.BehandeldOp < nu - BeslistVoorstelBewaard)
            .Select(v => v.Id).ToList();
        await db.Organisatievoorstellen.Where(v => weg.Contains(v.Id)).ExecuteDeleteAsync(cancellationToken);

        logger.LogInformation("Auditlog opgeruimd: {Aantal} gebeurtenissen ouder dan {Dagen} dagen verwijderd", verwijderd, dagen);
        return verwijderd;
    }

    private static string Tekst(string aanspreking, string naam, DateOnly? gecontroleerd, string link)
    {
        var wanneer = gecontroleerd is { } d
            ? $"De gegevens zijn voor het laatst nagekeken op {BelgischeTijd.Datum(d)}."
            : "De gegevens zijn nog nooit nagekeken.";
        return Mailtekst.Brief(aanspreking, $"""
            Je beheert het profiel van {naam} op de sociale kaart van Partnerschap.
            {wanneer}
            Scholen gebruiken de sociale kaart om gezinnen naar de juiste hulp te sturen. Daarom vragen we je om het profiel minstens om de zes maanden na te kijken.

            Kijk het profiel na via deze link:

            {link}

            Is er niets veranderd? Klik dan op de knop ‘De gegevens kloppen nog’. Meer hoef je niet te doen.
            Is er wel iets veranderd? Pas het profiel aan en klik op ‘Opslaan’.

            Je krijgt deze herinnering hoogstens één keer per {DagenTussenHerinneringen} dagen, zolang niemand het profiel nakijkt.
            """);
    }
}
