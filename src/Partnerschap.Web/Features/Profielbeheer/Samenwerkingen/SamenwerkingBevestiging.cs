using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Features.Profielbeheer;

/// <summary>
/// A samenwerking that an organisatie adds with a school waits until a member of that school (or a Beheerder)
/// confirms it; until then only both sides see it, as "wacht op bevestiging". This mails the school's members.
/// </summary>
public sealed class SamenwerkingBevestiging(PortalDbContext db, IMailSender mail, AccountLinks links, ILogger<SamenwerkingBevestiging> logger)
{
    public async Task VraagAanSchoolAsync(Organisatie organisatie, School school, CancellationToken cancellationToken = default)
    {
        var leden = await db.Lidmaatschappen.AsNoTracking()
            .Where(l => l.SchoolId == school.Id && !l.Gebruiker!.Gedeactiveerd && l.Gebruiker.Email != null)
            .Select(l => new { l.Gebruiker!.Email, l.Gebruiker.Weergavenaam })
            .ToListAsync(cancellationToken);
        var link = links.Naar($"scholen/{Uri.EscapeDataString(school.Slug)}/bewerken#samenwerkingen");
        foreach (var lid in leden)
        {
            await mail.SendAsync(lid.Email!, $"Bevestig de samenwerking met {organisatie.Naam}", Mailtekst.Brief(Mailtekst.Aanspreking(lid.Weergavenaam, lid.Email), $"""
                {organisatie.Naam} zette een samenwerking met {school.Naam} op de sociale kaart van Partnerschap.
                Klopt dat? Bevestig het dan via deze link. Pas daarna zien bezoekers de samenwerking op beide profielen.

                {link}

                Klopt het niet? Dan kan je de samenwerking op dezelfde pagina weigeren.
                """), cancellationToken);
        }

        logger.LogInformation("Bevestiging van een samenwerking gevraagd aan {Aantal} leden van school {SchoolId}", leden.Count, school.Id);
    }
}
