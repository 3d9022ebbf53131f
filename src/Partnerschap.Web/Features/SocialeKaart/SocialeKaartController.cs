using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partnerschap.Web.Features.SocialeKaart.Zoeken;
using Partnerschap.Web.Features.SocialeKaart.ZonderResultaat;
using Partnerschap.Web.Infrastructure;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.SocialeKaart;

/// <summary>/sociale-kaart: one search box and filters, all in the URL and all without JavaScript.</summary>
[AllowAnonymous]
public sealed class SocialeKaartController(KaartIndexProvider indexProvider, ZoekopdrachtenBuffer zonderResultaat, TimeProvider clock) : Controller
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
}
