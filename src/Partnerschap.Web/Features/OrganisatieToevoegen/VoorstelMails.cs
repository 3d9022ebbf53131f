using Microsoft.AspNetCore.Identity;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Features.OrganisatieToevoegen;

/// <summary>
/// The mails about an <see cref="Organisatievoorstel"/>: to the proposer at every step (confirm, changes asked,
/// refused, approved) and to the Beheerders when a proposal waits for them.
/// </summary>
public sealed class VoorstelMails(IMailSender mail, UserManager<PortalUser> users, AccountLinks links, VoorstelLinks voorstelLinks)
{
    public Task BevestigAsync(Organisatievoorstel voorstel, CancellationToken cancellationToken) =>
        AanIndienerAsync(voorstel, $"Bevestig je voorstel: {voorstel.OrganisatieNaam}", $"""
            Je stelde voor om {voorstel.OrganisatieNaam} op de sociale kaart van Partnerschap te zetten.
            Bevestig je e-mailadres via deze link. Pas dan gaat je voorstel naar de beheerders:

            {voorstelLinks.BevestigLink(voorstel)}

            De link blijft {VoorstelLinks.BevestigenGeldig.Days} dagen geldig. Stelde je niets voor? Dan hoef je niets te doen: zonder bevestiging gebeurt er niets.
            """, cancellationToken);

    /// <summary>To every active Beheerder: a proposal waits in the queue (new, or sent again after changes).</summary>
    public async Task NieuwVoorstelAsync(Organisatievoorstel voorstel, bool opnieuw, CancellationToken cancellationToken)
    {
        foreach (var beheerder in (await users.GetUsersInRoleAsync(Rollen.Beheerder)).Where(u => !u.Gedeactiveerd && u.EmailConfirmed))
        {
            await mail.SendAsync(beheerder.Email!, $"{(opnieuw ? "Aangepast voorstel" : "Nieuw voorstel")}: {voorstel.OrganisatieNaam}", Mailtekst.Brief(Mailtekst.Aanspreking(beheerder), $"""
                {voorstel.IndienerNaam} ({voorstel.IndienerEmail}) {(opnieuw ? "paste het voorstel aan" : "stelt voor")} om {voorstel.OrganisatieNaam} op de sociale kaart te zetten.

                Bekijk het voorstel en keur het goed, vraag wijzigingen of weiger het:
                {links.Naar($"beheer/voorstellen/{voorstel.Id}")}
                """), cancellationToken);
        }
    }

    public Task WijzigingenGevraagdAsync(Organisatievoorstel voorstel, CancellationToken cancellationToken) =>
        AanIndienerAsync(voorstel, $"Pas je voorstel aan: {voorstel.OrganisatieNaam}", $"""
            Bedankt voor je voorstel om {voorstel.OrganisatieNaam} op de sociale kaart van Partnerschap te zetten.
            Een beheerder vraagt je om iets aan te passen:

            "{voorstel.Bericht}"

            Pas je voorstel aan en stuur het opnieuw via deze link:

            {voorstelLinks.BewerkLink(voorstel)}

            De link blijft {VoorstelLinks.BewerkenGeldig.Days} dagen geldig.
            """, cancellationToken);

    public Task GeweigerdAsync(Organisatievoorstel voorstel, CancellationToken cancellationToken) =>
        AanIndienerAsync(voorstel, $"Je voorstel: {voorstel.OrganisatieNaam}", $"""
            Je stelde voor om {voorstel.OrganisatieNaam} op de sociale kaart van Partnerschap te zetten.
            Een beheerder keurde je voorstel niet goed. De reden:

            "{voorstel.Bericht}"

            Heb je vragen? Antwoord dan op deze mail of neem contact op via {links.Naar("contact")}.
            """, cancellationToken);

    /// <param name="lid">The proposer's account; with <see cref="Beheer.Uitgenodigd.LinkVerstuurd"/> the invitation to choose a
    /// password comes in a mail of its own; null when no account could be made (the Beheerder was told to invite them).</param>
    public Task GoedgekeurdAsync(Organisatievoorstel voorstel, Organisatie organisatie, Beheer.Uitgenodigd? lid, CancellationToken cancellationToken) =>
        AanIndienerAsync(voorstel, $"{organisatie.Naam} staat op de kaart", $"""
            Goed nieuws: een beheerder keurde je voorstel goed. {organisatie.Naam} staat nu op de sociale kaart van Partnerschap:

            {links.Naar(ProfielUrls.Organisatie(organisatie.Slug))}

            Je mag het profiel voortaan zelf bijwerken.
            {(lid is null ? "Een beheerder nodigt je nog uit om een account te maken."
                : lid.LinkVerstuurd ? "Je krijgt nog een aparte mail met een link om je wachtwoord te kiezen."
                : $"Meld je aan zoals altijd en kies ‘Mijn organisatie’, of ga meteen naar {links.Naar(ProfielUrls.Organisatie(organisatie.Slug) + "/bewerken")}")}
            """, cancellationToken);

    private Task AanIndienerAsync(Organisatievoorstel voorstel, string onderwerp, string inhoud, CancellationToken cancellationToken) =>
        mail.SendAsync(voorstel.IndienerEmail, onderwerp, Mailtekst.Brief(Mailtekst.Aanspreking(voorstel.IndienerNaam, voorstel.IndienerEmail), inhoud), cancellationToken);
}
