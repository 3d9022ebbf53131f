using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Partnerschap.Web.Data;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Identity;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Doorverwijslijst;

/// <summary>
/// /doorverwijslijst: the referral sheet a zorgcoördinator prints for a parent. The list lives only in the
/// visitor's browser (a cookie with organisation and aanbod ids); the server never stores it and never sees
/// anything about the family.
/// </summary>
[AllowAnonymous]
public sealed class DoorverwijslijstController(PortalDbContext db, KaartIndexProvider indexProvider, AccountLinks links, TimeProvider clock) : Controller
{
    public const string CookieName = "__Host-doorverwijslijst";
    public const int MaxItems = 25;

    [HttpGet("doorverwijslijst")]
    public async Task<IActionResult> Index(string? ids, CancellationToken cancellationToken)
    {
        var gedeeld = ids is not null;
        var lijst = gedeeld ? LeesWaarde(ids) : Lees(Request);
        var index = await indexProvider.GetAsync(cancellationToken);
        var organisatieIds = lijst.Where(i => i.Soort == 'o').Select(i => i.Id).ToList();
        var aanbodIds = lijst.Where(i => i.Soort == 'a').Select(i => i.Id).ToList();
        var organisaties = await db.Organisaties.AsNoTracking().Where(o => organisatieIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var aanbod = await db.Aanbod.AsNoTracking().Include(a => a.Organisatie).Where(a => aanbodIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);

        var regels = new List<DoorverwijsRegel>();
        foreach (var (soort, id) in lijst)
        {
            if (soort == 'o' && organisaties.TryGetValue(id, out var o))
            {
                regels.Add(DoorverwijsRegel.Van(o, null, index.Gemeenten));
            }
            else if (soort == 'a' && aanbod.TryGetValue(id, out var a) && a.Organisatie is not null)
            {
                regels.Add(DoorverwijsRegel.Van(a.Organisatie, a, index.Gemeenten));
            }
        }

        var opgeslagen = Format(lijst);
        // Absolute, on the configured public address: the link is pasted into a mail or a chat, never opened here.
        return View(new DoorverwijslijstViewModel(regels, opgeslagen, links.Naar("doorverwijslijst?ids=" + opgeslagen), gedeeld, BelgischeTijd.Datum(BelgischeTijd.Vandaag(clock))));
    }

    /// <summary>The addresses the card button posts to (the view and the routes share them).</summary>
    public const string ToevoegenPad = "/doorverwijslijst/toevoegen", WeghalenPad = "/doorverwijslijst/verwijderen";

    /// <summary>
    /// Without JavaScript: back to <paramref name="terug"/> (the search with its place and filters), at the card that
    /// was added. With JavaScript (<c>Accept: application/json</c>): 200 and the new state, so the page stays put.
    /// </summary>

    [HttpPost(ToevoegenPad)]
    [EnableRateLimiting(RateLimits.Doorverwijslijst)]
    public IActionResult Toevoegen(string? id, string? terug)
    {
        var item = LeesItem(id);
        if (item is null)
        {
            return BadRequest();
        }

        var lijst = Lees(Request);
        if (!lijst.Contains(item.Value))
        {
            if (lijst.Count >= MaxItems)
            {
                var vol = $"Je doorverwijslijst is vol ({MaxItems} items). Haal eerst iets weg.";
                if (WilJson())
                {
                    return Conflict(new DoorverwijsAntwoord(false, lijst.Count, vol));
                }

                TempData[Statusbericht.Key] = vol;
                return Redirect("/doorverwijslijst");
            }

            lijst.Add(item.Value);
        }

        Bewaar(lijst);
        return Antwoord(item.Value, true, lijst.Count, "Toegevoegd aan je doorverwijslijst.", terug);
    }

    [HttpPost(WeghalenPad)]
    [EnableRateLimiting(RateLimits.Doorverwijslijst)]
    public IActionResult Verwijderen(string? id, string? terug)
    {
        var item = LeesItem(id);
        if (item is null)
        {
            return BadRequest();
        }

        var lijst = Lees(Request);
        lijst.Remove(item.Value);
        Bewaar(lijst);
        return Antwoord(item.Value, false, lijst.Count, "Weggehaald van je doorverwijslijst.", terug);
    }

    [HttpPost("doorverwijslijst/bewaren")]
    [EnableRateLimiting(RateLimits.Doorverwijslijst)]
    public IActionResult Bewaren(string? ids)
    {
        Bewaar(LeesWaarde(ids));
        TempData[Statusbericht.Key] = "Deze lijst staat nu in je eigen doorverwijslijst.";
        return Redirect("/doorverwijslijst");
    }

    [HttpPost("doorverwijslijst/leegmaken")]
    [EnableRateLimiting(RateLimits.Doorverwijslijst)]
    public IActionResult Leegmaken()
    {
        Response.Cookies.Delete(CookieName, new CookieOptions { Secure = true, Path = "/" });
        TempData[Statusbericht.Key] = "Je doorverwijslijst is leeg.";
        return Redirect("/doorverwijslijst");
    }

    /// <summary>The visitor's own list, from the cookie.</summary>
    public static List<(char Soort, Guid Id)> Lees(HttpRequest request) => LeesWaarde(request.Cookies[CookieName]);

    /// <summary>
    /// The visitor's list for the views of this request (menu count, every "op de lijst" button), read from the cookie
    /// once per request instead of once per card.
    /// </summary>
    public static IReadOnlyList<(char Soort, Guid Id)> OpDezePagina(HttpContext context)
    {
        if (context.Items[typeof(DoorverwijslijstController)] is not IReadOnlyList<(char, Guid)> lijst)
        {
            context.Items[typeof(DoorverwijslijstController)] = lijst = Lees(context.Request);
        }

        return lijst;
    }

    /// <summary>The id of the element that shows this entry ("o-{guid}"): the result card, the aanbod on a profile.</summary>
    public static string Anker((char Soort, Guid Id) item) => $"{item.Soort}-{item.Id:N}";

    /// <summary>"o:{guid}" for an organisation, "a:{guid}" for one aanbod; anything else is ignored.</summary>
    public static List<(char Soort, Guid Id)> LeesWaarde(string? value) =>
        [.. (value ?? string.Empty).Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(LeesItem).OfType<(char, Guid)>().Distinct().Take(MaxItems)];

    public static string Format(IEnumerable<(char Soort, Guid Id)> lijst) => string.Join(',', lijst.Select(i => $"{i.Soort}:{i.Id:N}"));

    public static (char Soort, Guid Id)? LeesItem(string? value) =>
        value is { Length: > 2 and < 60 } && value[1] == ':' && value[0] is 'o' or 'a' && Guid.TryParse(value.AsSpan(2), out var id)
            ? (value[0], id)
            : null;

    private bool WilJson() => Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));

    private IActionResult Antwoord((char Soort, Guid Id) item, bool opLijst, int aantal, string melding, string? terug)
    {
        if (WilJson())
        {
            return Ok(new DoorverwijsAntwoord(opLijst, aantal, melding));
        }

        TempData[Statusbericht.Key] = melding;
        // The page the button was on, at the same card; the fragment is ours, never the client's.
        var pagina = terug?.Split('#')[0];
        return Url.IsLocalUrl(pagina) ? LocalRedirect($"{pagina}#{Anker(item)}") : Redirect("/doorverwijslijst");
    }

    private void Bewaar(List<(char Soort, Guid Id)> lijst) =>
        Response.Cookies.Append(CookieName, Format(lijst), new CookieOptions
        {
            Secure = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(7),
        });
}
