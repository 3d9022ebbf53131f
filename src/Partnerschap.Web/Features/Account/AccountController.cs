using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Partnerschap.Web.Data;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Audit;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Account;

/// <summary>Signing in and out, and a forgotten password (the pages at /aanmelden and /wachtwoord-…).</summary>
public sealed class AccountController(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    TimeProvider clock,
    AuditLogger audit,
    PortalDbContext db,
    IOptions<AuthOptions> authOptions,
    WachtwoordTiming wachtwoordTiming,
    WachtwoordMails wachtwoordMails,
    ILogger<AccountController> logger) : Controller
{
    private const string OngeldigeLink = "Deze link is niet meer geldig of werd al gebruikt. Vraag hieronder een nieuwe link aan.";

    [AllowAnonymous]
    [HttpGet("aanmelden")]
    public IActionResult Aanmelden(string? terug) =>
        View(new AanmeldenFormulier { Terug = Url.IsLocalUrl(terug) ? terug : null });

    [AllowAnonymous]
    [HttpPost("aanmelden")]
    [EnableRateLimiting(RateLimits.Aanmelden)]
    [ZwareAanvraag]
    public async Task<IActionResult> Aanmelden(AanmeldenFormulier model)
    {
        if (!ModelState.IsValid)
        {
            return AanmeldenMislukt(model);
        }

        // A client that gave up (a flood of sign-ins) gets no password hash computed for it.
        HttpContext.RequestAborted.ThrowIfCancellationRequested();

        // Every failed attempt costs exactly one password hash and gets the same message, whatever the account's state:
        // neither the answer nor its timing tells whether an address has an account (ADR 0007).
        var user = await users.FindByEmailAsync(model.Email!);
        string? reden = user switch
        {
            null => "Geen account met dit e-mailadres.",
            { Gedeactiveerd: true } => "Account is gedeactiveerd.",
            _ when await users.IsLockedOutAsync(user) => "Account is geblokkeerd na te veel mislukte pogingen.",
            _ when !await signIn.CanSignInAsync(user) => "E-mailadres nog niet bevestigd (uitnodiging niet aanvaard).",
            _ => null,
        };
        if (reden is not null)
        {
            wachtwoordTiming.VerifieerNiets(model.Wachtwoord!);
            logger.LogWarning("Aanmelden mislukt voor {EmailHash}: {Reden}", Hash(model.Email!), reden);
            await audit.RegistreerAsync(AuditSoorten.AanmeldenMislukt, user?.Email ?? model.Email, reden);
            ModelState.AddModelError(string.Empty, AanmeldenMisluktTekst);
            return AanmeldenMislukt(model);
        }

        var result = await signIn.CheckPasswordSignInAsync(user!, model.Wachtwoord!, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await signIn.SignInWithClaimsAsync(user!, isPersistent: false, SignInTime.NieuweSessie(clock));
            logger.LogInformation("Aanmelden gelukt voor gebruiker {UserId}", user!.Id);
            await audit.RegistreerAsync(AuditSoorten.AanmeldenGelukt, user.Email, actor: user);
            return LocalRedirect(Url.IsLocalUrl(model.Terug) ? model.Terug : "/");
        }

        logger.LogWarning("Aanmelden mislukt: verkeerd wachtwoord voor {UserId}", user!.Id);
        await (result.IsLockedOut
            ? audit.RegistreerAsync(AuditSoorten.AccountGeblokkeerd, user.Email, "Te veel mislukte pogingen; 15 minuten geblokkeerd.")
            : audit.RegistreerAsync(AuditSoorten.AanmeldenMislukt, user.Email, "Verkeerd wachtwoord."));

        ModelState.AddModelError(string.Empty, AanmeldenMisluktTekst);
        return AanmeldenMislukt(model);
    }

    [HttpPost("afmelden")]
    public async Task<IActionResult> Afmelden()
    {
        // Ends this session on the server too: a copy of the cookie no longer opens anything.
        await SignInTime.BeeindigAsync(User, db, clock, authOptions.Value, HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        TempData[Statusbericht.Key] = "Je bent afgemeld.";
        return Redirect("/");
    }

    [AllowAnonymous]
    [HttpGet("wachtwoord-vergeten")]
    public IActionResult WachtwoordVergeten() => View(new WachtwoordVergetenFormulier());

    [AllowAnonymous]
    [HttpPost("wachtwoord-vergeten")]
    [EnableRateLimiting(RateLimits.PubliekFormulier)]
    public async Task<IActionResult> WachtwoordVergeten(WachtwoordVergetenFormulier model)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        // The same answer, in the same time, whether or not the account exists: the look-up, the token and the mail
        // happen off the request path (WachtwoordMails), so nobody learns who has an account.
        wachtwoordMails.Vraag(model.Email!);

        return View("Bericht", new BerichtViewModel("Kijk in je mailbox",
            $"Als er een account bestaat voor {model.Email}, dan sturen we nu een mail met een link om een nieuw wachtwoord te kiezen. Zie je niets? Kijk ook bij ongewenste mail."));
    }

    [AllowAnonymous]
    [HttpGet("wachtwoord-herstellen")]
    public IActionResult WachtwoordHerstellen(string? email, string? code) =>
        View("WachtwoordHerstellen", new WachtwoordHerstellenFormulier { Email = email, Code = code });

    [AllowAnonymous]
    [HttpGet("wachtwoord-instellen")]
    public IActionResult WachtwoordInstellen(string? email, string? code) =>
        View("WachtwoordHerstellen", new WachtwoordHerstellenFormulier { Email = email, Code = code, EersteWachtwoord = true });

    [AllowAnonymous]
    [HttpPost("wachtwoord-herstellen")]
    [HttpPost("wachtwoord-instellen")]
    [EnableRateLimiting(RateLimits.PubliekFormulier)]
    [ZwareAanvraag]
    public async Task<IActionResult> WachtwoordHerstellen(WachtwoordHerstellenFormulier model)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("WachtwoordHerstellen", model);
        }

        var user = await users.FindByEmailAsync(model.Email!);
        var token = AccountLinks.Decode(model.Code);
        if (user is null || token is null)
        {
            ModelState.AddModelError(string.Empty, OngeldigeLink);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("WachtwoordHerstellen", model);
        }

        var result = await users.ResetPasswordAsync(user, token, model.Wachtwoord!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var key = error.Code == "InvalidToken" ? string.Empty : nameof(model.Wachtwoord);
                ModelState.AddModelError(key, error.Code == "InvalidToken" ? OngeldigeLink : error.Description);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("WachtwoordHerstellen", model);
        }

        // The link reached the person's mailbox, so the address is confirmed; a new password also ends a lockout.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("Wachtwoord ingesteld voor gebruiker {UserId}", user.Id);
        TempData[Statusbericht.Key] = "Je wachtwoord is ingesteld. Meld je nu aan met je nieuwe wachtwoord.";
        return RedirectToAction(nameof(Aanmelden));
    }

    /// <summary>One message for every failed sign-in: it says what may be wrong without saying what is.</summary>
    public const string AanmeldenMisluktTekst =
        "Aanmelden lukt niet met dit e-mailadres en wachtwoord. Kijk beide na. Na vijf mislukte pogingen wacht je 15 minuten. " +
        "Kreeg je een uitnodiging? Kies dan eerst je wachtwoord via de link in die mail. Wachtwoord kwijt? Kies 'Wachtwoord vergeten'.";

    private ViewResult AanmeldenMislukt(AanmeldenFormulier model)
    {
        model.Wachtwoord = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model);
    }

    private static string Hash(string email) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())))[..12];
}
