using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Mail;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Account;

/// <summary>
/// One's own account: /mijn-account with its password, e-mail address and "overal afmelden", and the link that confirms a
/// new e-mail address. Signing in and out is <see cref="AccountController"/>; views are in this folder.
/// </summary>
public sealed class MijnAccountController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    IMailSender mail,
    AccountLinks links,
    TimeProvider clock,
    ILogger<MijnAccountController> logger) : Controller
{
    [HttpGet("mijn-account")]
    public async Task<IActionResult> MijnAccount()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // The roles as authorization sees them on this request (rebuilt from the database on every request).
        var rollen = User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).Order().ToList();
        return View(new MijnAccountViewModel(user.Email!, user.Weergavenaam, rollen));
    }

    [HttpGet("mijn-account/wachtwoord")]
    public IActionResult WachtwoordWijzigen() => View(new WachtwoordWijzigenFormulier());

    [HttpPost("mijn-account/wachtwoord")]
    public async Task<IActionResult> WachtwoordWijzigen(WachtwoordWijzigenFormulier model)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, model.Huidig!, model.Nieuw!);
            if (result.Succeeded)
            {
                // The security stamp changed, which signs out every other session; this one stays signed in.
                await signIn.SignInWithClaimsAsync(user, isPersistent: false, SignInTime.NieuweSessie(clock));
                logger.LogInformation("Wachtwoord gewijzigd door gebruiker {UserId}", user.Id);
                TempData[Statusbericht.Key] = "Je wachtwoord is gewijzigd. Op andere toestellen moet je opnieuw aanmelden.";
                return RedirectToAction(nameof(MijnAccount));
            }

            foreach (var error in result.Errors)
            {
                var key = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(model.Huidig) : nameof(model.Nieuw);
                ModelState.AddModelError(key, error.Description);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model);
    }

    [HttpGet("mijn-account/e-mailadres")]
    public async Task<IActionResult> EmailWijzigen()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : View(new EmailWijzigenFormulier { Huidig = user.Email });
    }

    [HttpPost("mijn-account/e-mailadres")]
    public async Task<IActionResult> EmailWijzigen(EmailWijzigenFormulier model)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        model.Huidig = user.Email;
        if (ModelState.IsValid && string.Equals(model.Nieuw, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(model.Nieuw), "Dit is al je e-mailadres.");
        }

        if (ModelState.IsValid && await users.FindByEmailAsync(model.Nieuw!) is not null)
        {
            ModelState.AddModelError(nameof(model.Nieuw), "Dit e-mailadres hoort al bij een ander account.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        var token = await users.GenerateChangeEmailTokenAsync(user, model.Nieuw!);
        var link = links.EmailConfirmation(user, model.Nieuw!, token);
        await mail.SendAsync(model.Nieuw!, "Bevestig je nieuwe e-mailadres voor Partnerschap", Mailtekst.Brief(Mailtekst.Aanspreking(user.Weergavenaam, user.Email), $"""
            Je vroeg om dit e-mailadres te gebruiken voor je account op Partnerschap.
            Bevestig het via deze link:

            {link}

            De link blijft 24 uur geldig. Tot je bevestigt, meld je je aan met je oude e-mailadres.
            """));
        logger.LogInformation("Bevestigingslink voor nieuw e-mailadres verstuurd voor gebruiker {UserId}", user.Id);
        return View("Bericht", new BerichtViewModel("Bevestig je nieuwe e-mailadres",
            $"We stuurden een mail naar {model.Nieuw}. Klik op de link in die mail om de wijziging af te ronden."));
    }

    [AllowAnonymous]
    [HttpGet("e-mailadres-bevestigen")]
    public IActionResult EmailBevestigen(string? id, string? email, string? code) =>
        View(new EmailBevestigenFormulier { Id = id, Email = email, Code = code });

    [AllowAnonymous]
    [HttpPost("e-mailadres-bevestigen")]
    [EnableRateLimiting(RateLimits.PubliekFormulier)]
    public async Task<IActionResult> EmailBevestigen(EmailBevestigenFormulier model)
    {
        var user = ModelState.IsValid ? await users.FindByIdAsync(model.Id!) : null;
        var token = AccountLinks.Decode(model.Code);
        if (user is null || token is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Bericht", new BerichtViewModel("Deze link werkt niet", "De link is onvolledig of niet meer geldig. Vraag op je accountpagina een nieuwe link aan."));
        }

        var result = await users.ChangeEmailAsync(user, model.Email!, token);
        if (result.Succeeded)
        {
            await users.SetUserNameAsync(user, model.Email);
        }

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Bericht", new BerichtViewModel("Deze link werkt niet", string.Join(" ", result.Errors.Select(e => e.Description))));
        }

        logger.LogInformation("E-mailadres gewijzigd voor gebruiker {UserId}", user.Id);
        await signIn.SignOutAsync();
        TempData[Statusbericht.Key] = "Je e-mailadres is gewijzigd. Meld je aan met je nieuwe e-mailadres.";
        return RedirectToAction(nameof(AccountController.Aanmelden), "Account");
    }

    [HttpPost("mijn-account/overal-afmelden")]
    public async Task<IActionResult> OveralAfmelden()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // A new security stamp invalidates every cookie of this account, on every device and every instance.
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        logger.LogInformation("Gebruiker {UserId} meldde zich overal af", user.Id);
        TempData[Statusbericht.Key] = "Je bent op alle toestellen afgemeld.";
        return RedirectToAction(nameof(AccountController.Aanmelden), "Account");
    }
}
