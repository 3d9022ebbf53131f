using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Features.Beheer;

/// <summary>
/// The texts of the mails that /beheer sends: an invitation, new rights for an existing account, and the decision on an
/// access request. Links come from <see cref="AccountLinks"/>, as in every other mail of the portal.
/// </summary>
public sealed class BeheerMails(IMailSender mail, AccountLinks links)
{
    /// <summary>The invitation with its link (<see cref="AccountLinks.Invitation"/>) to accept it and choose a password.</summary>
    public Task UitnodigingAsync(PortalUser user, string link, string rol, IReadOnlyList<string> profielen, string door, CancellationToken cancellationToken) =>
        mail.SendAsync(user.Email!, "Je bent uitgenodigd voor Partnerschap", Mailtekst.Brief(Mailtekst.Aanspreking(user), $"""
            {door} nodigt je uit op Partnerschap, het portaal waar scholen en welzijnsorganisaties elkaar vinden.
            Je krijgt de rol {rol}.{(profielen.Count > 0 ? $" Je mag dit profiel bewerken: {string.Join(", ", profielen)}." : string.Empty)}

            Kies je wachtwoord via deze link:

            {link}

            De link werkt één keer en blijft 7 dagen geldig. Verwachtte je deze mail niet? Dan hoef je niets te doen.
            """), cancellationToken);

    /// <summary>For someone who was invited for an account that already works: no link, only the news.</summary>
    public Task NieuweRechtenAsync(PortalUser user, string rol, IReadOnlyList<string> profielen, string door, CancellationToken cancellationToken) =>
        mail.SendAsync(user.Email!, "Je hebt nieuwe rechten op Partnerschap", Mailtekst.Brief(Mailtekst.Aanspreking(user), $"""
            {door} gaf je op Partnerschap de rol {rol}{(profielen.Count > 0 ? $" en het beheer van: {string.Join(", ", profielen)}" : string.Empty)}.
            Meld je aan zoals altijd om verder te gaan.
            """), cancellationToken);

    /// <summary>The answer to a <see cref="Toegangsaanvraag"/>: approved with a link to the profile, or refused with the reason.</summary>
    public Task AanvraagBeslistAsync(PortalUser user, Organisatie organisatie, bool goedgekeurd, string? reden, CancellationToken cancellationToken) =>
        mail.SendAsync(user.Email!, goedgekeurd ? $"Je mag {organisatie.Naam} nu beheren" : $"Je vraag om {organisatie.Naam} te beheren", goedgekeurd
            ? Mailtekst.Brief(Mailtekst.Aanspreking(user), $"""
                Je vroeg om het profiel van {organisatie.Naam} op Partnerschap te beheren. Een beheerder keurde je vraag goed.
                Je kan het profiel nu bewerken:

                {links.Naar($"organisaties/{organisatie.Slug}/bewerken")}
                """)
            : Mailtekst.Brief(Mailtekst.Aanspreking(user), $"""
                Je vroeg om het profiel van {organisatie.Naam} op Partnerschap te beheren. Een beheerder keurde je vraag niet goed.
                {(reden is null ? "Heb je vragen? Antwoord dan op deze mail of neem contact op via de contactpagina." : $"De reden: {reden}")}
                """), cancellationToken);

}
