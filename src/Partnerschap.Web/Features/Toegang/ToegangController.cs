using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;

namespace Partnerschap.Web.Features.Toegang;

/// <summary>"Ik werk hier": a signed-in person without membership asks to manage an organisatie's profile.</summary>
public sealed class ToegangController(PortalDbContext db, UserManager<PortalUser> users, IMailSender mail, AccountLinks links, TimeProvider clock) : Controller
{
    [HttpGet("organisaties/{slug}/ik-werk-hier")]
    public async Task<IActionResult> IkWerkHier(string slug, CancellationToken cancellationToken)
    {
        var (organisatie, antwoord) = await LaadAsync(slug, cancellationToken);
        return organisatie is null ? antwoord! : View(new IkWerkHierViewModel(organisatie.Naam, organisatie.Slug, new ToegangsaanvraagFormulier()));
    }

    [HttpPost("organisaties/{slug}/ik-werk-hier")]
    public async Task<IActionResult> IkWerkHier(string slug, [Bind(Prefix = "Formulier")] ToegangsaanvraagFormulier formulier, CancellationToken cancellationToken)
    {
        var (organisatie, antwoord) = await LaadAsync(slug, cancellationToken);
        if (organisatie is null)
        {
            return antwoord!;
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new IkWerkHierViewModel(organisatie.Naam, organisatie.Slug, formulier));
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        db.Toegangsaanvragen.Add(new Toegangsaanvraag
        {
            GebruikerId = userId,
            OrganisatieId = organisatie.Id,
            Toelichting = formulier.Toelichting!.Trim(),
            AangevraagdOp = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);

        foreach (var beheerder in (await users.GetUsersInRoleAsync(Rollen.Beheerder)).Where(u => !u.Gedeactiveerd && u.EmailConfirmed))
        {
            await mail.SendAsync(beheerder.Email!, $"Toegangsaanvraag voor {organisatie.Naam}", $"""
                Dag,

                {User.Identity!.Name} vraagt om het profiel van {organisatie.Naam} op Partnerschap te beheren:

                "{formulier.Toelichting.Trim()}"

                Keur de aanvraag goed of weiger ze hier:
                {new Uri(links.Base, "beheer/aanvragen")}

                Partnerschap
                """, cancellationToken);
        }

        TempData[Statusbericht.Key] = $"Je vraag om {organisatie.Naam} te beheren is verstuurd. Je krijgt een mail zodra een beheerder beslist.";
        return Redirect("/mijn-organisatie");
    }

    private async Task<(Organisatie? Organisatie, IActionResult? Antwoord)> LaadAsync(string slug, CancellationToken cancellationToken)
    {
        var organisatie = slug.Length > 200 ? null : await db.Organisaties.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug, cancellationToken);
        if (organisatie is null)
        {
            return (null, NotFound());
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (await db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == userId && l.OrganisatieId == organisatie.Id, cancellationToken))
        {
            TempData[Statusbericht.Key] = $"Je mag {organisatie.Naam} al bewerken.";
            return (null, Redirect($"{ProfielUrls.Organisatie(organisatie.Slug)}/bewerken"));
        }

        if (await db.Toegangsaanvragen.AnyAsync(a => a.GebruikerId == userId && a.OrganisatieId == organisatie.Id && a.Status == AanvraagStatus.Open, cancellationToken))
        {
            TempData[Statusbericht.Key] = $"Je vroeg al om {organisatie.Naam} te beheren. Een beheerder bekijkt je vraag.";
            return (null, Redirect("/mijn-organisatie"));
        }

        return (organisatie, null);
    }
}
