using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Features.Samenwerkingsscan.Partners;

/// <summary>
/// When one side of a samenwerking fills in a round of the scan for the first time, the members of the other side hear
/// it: "fill it in too" while they have not, "both sides are in" when they had. No answers in the mail, only the link.
/// </summary>
public sealed class PartnerscanMails(PortalDbContext db, IMailSender mail, AccountLinks links, ILogger<PartnerscanMails> logger)
{
    public async Task MeldAanAndereKantAsync(PartnerSamenwerking s, ScanKant ingevuld, bool andereKantIngevuld, CancellationToken cancellationToken = default)
    {
        var ander = ingevuld == ScanKant.School ? ScanKant.Organisatie : ScanKant.School;
        var leden = await db.Lidmaatschappen.AsNoTracking()
            .Where(l => (ander == ScanKant.School ? l.SchoolId == s.SchoolId : l.OrganisatieId == s.OrganisatieId) &&
                l.GebruikerId != s.GebruikerId && !l.Gebruiker!.Gedeactiveerd && l.Gebruiker.Email != null)
            .Select(l => new { l.Gebruiker!.Email, l.Gebruiker.Weergavenaam })
            .ToListAsync(cancellationToken);
        var wie = s.Naam(ingevuld);
        var onderwerp = andereKantIngevuld
            ? $"Samenwerkingsscan met {wie}: beide kanten zijn ingevuld"
            : $"{wie} vulde de samenwerkingsscan in";
        var tekst = andereKantIngevuld
            ? $"""
                {wie} vulde de samenwerkingsscan in voor jullie samenwerking. Jullie deden dat al, dus nu zie je de antwoorden
                van beide kanten naast elkaar, met eerst de thema's waar jullie het meest verschillen. Een goed begin voor een
                gesprek en een actieplan:

                {links.Naar(s.ScanUrl.TrimStart('/'))}
                """
            : $"""
                {wie} vulde de samenwerkingsscan in voor jullie samenwerking. Vul hem ook in voor {s.Naam(ander)}: daarna
                zien jullie de antwoorden van beide kanten naast elkaar. Je ziet de antwoorden van {wie} pas als jullie kant ook
                heeft ingevuld. Het duurt ongeveer tien minuten.

                {links.Naar($"samenwerkingen/{s.Id}/scan/invullen")}
                """;
        foreach (var lid in leden)
        {
            await mail.SendAsync(lid.Email!, onderwerp, Mailtekst.Brief(Mailtekst.Aanspreking(lid.Weergavenaam, lid.Email), tekst), cancellationToken);
        }

        logger.LogInformation("Samenwerkingsscan van samenwerking {SamenwerkingId} gemeld aan {Aantal} leden van de andere kant", s.Id, leden.Count);
    }
}
