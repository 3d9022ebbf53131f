using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partnerschap.Web.Domain;
using Partnerschap.Web.Infrastructure.Security;

namespace Partnerschap.Web.Features.Regio;

/// <summary>/regio: per gemeente of 2025, the schools, who serves it per aanleiding and the samenwerkingen, as a map and a table.</summary>
[AllowAnonymous]
public sealed class RegioController(RegioCijfersProvider cijfers, RegioGeometrieProvider geometrie) : Controller
{
    [HttpGet("regio")]
    [ZwareAanvraag]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var waarschuwingen = new List<string>();
        var gevraagd = Request.Query["aanleiding"];
        var aanleiding = 0;
        if (gevraagd.Count > 1)
        {
            waarschuwingen.Add("Kies één aanleiding voor de kaart. We tonen de eerste aanleiding.");
        }
        else if (!string.IsNullOrEmpty(gevraagd.ToString()))
        {
            aanleiding = Vocabulaire.Aanleidingen.Select(t => t.Code).ToList().IndexOf(gevraagd.ToString());
            if (aanleiding < 0)
            {
                waarschuwingen.Add("Die aanleiding kennen we niet. We tonen de eerste aanleiding.");
                aanleiding = 0;
            }
        }

        var regio = await cijfers.GetAsync(cancellationToken);
        var pagina = RegioPaginas.Overzicht(regio, await geometrie.GetAsync(cancellationToken), aanleiding, waarschuwingen);
        if (waarschuwingen.Count > 0)
        {
            // The page still answers with the default, but says what it ignored; a client that checks status codes sees 400.
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(pagina);
    }

    /// <summary>/regio/cijfers.csv: the table of every gemeente as a file for Excel.</summary>
    [HttpGet("regio/cijfers.csv")]
    [ZwareAanvraag]
    public async Task<IActionResult> Cijfers(CancellationToken cancellationToken) =>
        File(RegioCsv.Maak(await cijfers.GetAsync(cancellationToken)), "text/csv; charset=utf-8", "regionaal-beeld.csv");

    [HttpGet("regio/{gemeente}")]
    public async Task<IActionResult> Gemeente(string gemeente, CancellationToken cancellationToken)
    {
        var regio = await cijfers.GetAsync(cancellationToken);
        if (regio.Van(gemeente) is not { } gevonden)
        {
            return NotFound();
        }

        return View(RegioPaginas.Gemeente(gevonden, await geometrie.GetAsync(cancellationToken)));
    }
}
