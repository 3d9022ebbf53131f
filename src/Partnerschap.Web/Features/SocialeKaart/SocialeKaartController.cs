using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partnerschap.Web.Features.SocialeKaart.Export;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Features.SocialeKaart.ZonderResultaat;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.SocialeKaart;

/// <summary>/sociale-kaart: one search box and filters, all in the URL and all without JavaScript.</summary>
[AllowAnonymous]
public sealed class SocialeKaartController(
    KaartIndexProvider indexProvider,
    ZoekopdrachtenBuffer zonderResultaat,
    TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<PortalOptions> portal) : Controller
{
    [HttpGet("sociale-kaart")]
    [ZwareAanvraag]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var index = await indexProvider.GetAsync(cancellationToken);
        var vraag = ZoekVraag.Lees(Request.Query, index.Plaatsen, index.Talen);
        var resultaat = KaartZoeker.Zoek(index, vraag) with { Vandaag = BelgischeTijd.Vandaag(clock) };
        if (resultaat.Totaal == 0 && vraag.Q is not null)
        {
            // For the Beheerder's list of searches without result (only text and gemeente; no database write here).
            zonderResultaat.Tel(vraag.Q, vraag.Plaats?.Naam);
        }

        if (vraag.Waarschuwingen.Count > 0)
        {
            // The page still answers, but says what it ignored; a client that checks status codes sees 400.
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(resultaat);
    }

    /// <summary>
    /// /sociale-kaart/export.csv?…: the results of the same search (same query string) as a CSV file, at most
    /// <see cref="ResultatenCsv.MaxRijen"/> rows. A query the page would correct is refused here with its Dutch message:
    /// a download should hold what was asked for.
    /// </summary>
    [HttpGet("sociale-kaart/export.csv")]
    [ZwareAanvraag]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var index = await indexProvider.GetAsync(cancellationToken);
        var vraag = ZoekVraag.Lees(Request.Query, index.Plaatsen, index.Talen);
        if (vraag.Waarschuwingen.Count > 0)
        {
            return new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/plain; charset=utf-8",
                Content = "Deze zoekvraag kan niet gedownload worden: " + string.Join(" ", vraag.Waarschuwingen),
            };
        }

        var resultaat = KaartZoeker.Alle(index, vraag, ResultatenCsv.MaxRijen);
        // Links that leave the portal use its public address (as mails do), else the address this request came to.
        var adres = portal.Value.AdresVoor(Request);
        return File(ResultatenCsv.Maak(resultaat, adres), "text/csv; charset=utf-8", "sociale-kaart.csv");
    }
}
