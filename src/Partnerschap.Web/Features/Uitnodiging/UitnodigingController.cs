using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Uitnodiging;

/// <summary>/uitnodiging: the link in an invitation mail. Accepting it sets the first password and confirms the address.</summary>
[AllowAnonymous]
public sealed class UitnodigingController(UserManager<PortalUser> users, PortalDbContext db, AuditLogger audit, ILogger<UitnodigingController> logger) : Controller
{
    private const string OngeldigeLink = "Deze uitnodiging is niet meer geldig: ze werd al gebruikt, is ouder dan 7 dagen of werd vervangen door een nieuwe. Vraag de beheerder om een nieuwe uitnodiging.";

    [HttpGet("uitnodiging")]
    public async Task<IActionResult> Index(string? email, string? code, CancellationToken cancellationToken)
    {
        var model = new UitnodigingAanvaardenFormulier { Email = email, Code = code };
        var user = await GeldigeGebruikerAsync(model);
        if (user is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Features/Shared/Bericht.cshtml", new Account.BerichtViewModel("Deze link werkt niet", OngeldigeLink));
        }

        return View(await PaginaAsync(user, model, cancellationToken));
    }

    [HttpPost("uitnodiging")]
    [EnableRateLimiting(RateLimits.PubliekFormulier)]
    public async Task<IActionResult> Index(UitnodigingAanvaardenFormulier model, CancellationToken cancellationToken)
    {
        var user = await GeldigeGebruikerAsync(model);
        if (user is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Features/Shared/Bericht.cshtml", new Account.BerichtViewModel("Deze link werkt niet", OngeldigeLink));
        }

        if (ModelState.IsValid)
        {
            if (!string.IsNullOrWhiteSpace(model.Weergavenaam))
            {
                user.Weergavenaam = model.Weergavenaam.Trim();
            }

            user.EmailConfirmed = true;
            // AddPassword changes the security stamp: this link (and any older one) stops working.
            var result = await users.AddPasswordAsync(user, model.Wachtwoord!);
            if (result.Succeeded)
            {
                await audit.RegistreerAsync(AuditSoorten.UitnodigingAanvaard, user.Email, actor: user, cancellationToken: cancellationToken);
                logger.LogInformation("Uitnodiging aanvaard door gebruiker {UserId}", user.Id);
                TempData[Statusbericht.Key] = "Welkom! Je wachtwoord is ingesteld. Meld je nu aan.";
                return Redirect("/aanmelden");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(model.Wachtwoord), error.Description);
            }
        }

        model.Wachtwoord = null;
        model.Herhaling = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await PaginaAsync(user, model, cancellationToken));
    }

    private async Task<PortalUser?> GeldigeGebruikerAsync(UitnodigingAanvaardenFormulier model)
    {
        var token = AccountLinks.Decode(model.Code);
        if (string.IsNullOrEmpty(model.Email) || model.Email.Length > 256 || token is null)
        {
            return null;
        }

        var user = await users.FindByEmailAsync(model.Email);
        if (user is null || user.Gedeactiveerd || await users.HasPasswordAsync(user))
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(user, UitnodigingTokenProvider.Naam, UitnodigingTokenProvider.Doel, token) ? user : null;
    }

    private async Task<UitnodigingViewModel> PaginaAsync(PortalUser user, UitnodigingAanvaardenFormulier model, CancellationToken cancellationToken)
    {
        var profielen = await db.Lidmaatschappen.AsNoTracking().Where(l => l.GebruikerId == user.Id)
            .Select(l => l.Organisatie != null ? l.Organisatie.Naam : l.School!.Naam).ToListAsync(cancellationToken);
        model.Weergavenaam ??= user.Weergavenaam;
        return new UitnodigingViewModel(model, (await users.GetRolesAsync(user)).ToList(), profielen);
    }
}
