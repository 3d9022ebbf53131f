using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Partnerschap.Web.Infrastructure;

namespace Partnerschap.Web.Features.Samenwerkingsscan;

/// <summary>
/// The anonymous samenwerkingsscan: the form, and the result of a posted form. Nothing is stored: the answers live only
/// in the form post and in the page that comes back (which carries them as hidden fields, so "Pas je antwoorden aan"
/// fills the form again). Both pages with answers are <c>no-store</c>: a shared cache must never keep them.
/// </summary>
[AllowAnonymous]
public sealed class SamenwerkingsscanController(ScanInhoudProvider scans, TimeProvider clock) : Controller
{
    [HttpGet("samenwerkingsscan")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ScanFormulierPagina(await scans.HuidigeAsync(cancellationToken), new Dictionary<string, int>()));

    /// <summary>The form again, filled with the answers the result page sent back.</summary>
    [HttpPost("samenwerkingsscan")]
    public async Task<IActionResult> Aanpassen(CancellationToken cancellationToken)
    {
        var versie = await scans.HuidigeAsync(cancellationToken);
        var (antwoorden, _) = ScanAntwoorden.LeesFormulier(Request.Form, versie.Inhoud);
        GeenOpslag();
        return View("Index", new ScanFormulierPagina(versie, antwoorden));
    }

    [HttpPost("samenwerkingsscan/resultaat")]
    public async Task<IActionResult> Resultaat(CancellationToken cancellationToken)
    {
        var versie = await scans.HuidigeAsync(cancellationToken);
        var (antwoorden, fouten) = ScanAntwoorden.LeesFormulier(Request.Form, versie.Inhoud);
        GeenOpslag();
        if (fouten.Count > 0)
        {
            // LeesFormulier reports the statements in order; pair each message with its field so the summary links to it.
            var fout = 0;
            foreach (var stelling in versie.Inhoud.Stellingen)
            {
                var veld = ScanAntwoorden.Veld(stelling);
                if (Request.Form.TryGetValue(veld, out var waarde) && !string.IsNullOrEmpty(waarde) && !antwoorden.ContainsKey(stelling.Code) && fout < fouten.Count)
                {
                    ModelState.AddModelError(veld, fouten[fout++]);
                }
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new ScanFormulierPagina(versie, antwoorden));
        }

        var uitslag = ScanUitslag.Bereken(versie.Inhoud, antwoorden);
        if (!GenoegBeantwoord(uitslag))
        {
            ModelState.AddModelError(string.Empty, TeWeinigAntwoorden);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new ScanFormulierPagina(versie, antwoorden));
        }

        return View(new ScanResultaatPagina(versie, antwoorden, uitslag, BelgischeTijd.Vandaag(clock)));
    }

    public const string TeWeinigAntwoorden =
        "Beantwoord minstens de helft van de stellingen van één thema met een keuze van ‘Klopt niet’ tot ‘Klopt helemaal’. Pas dan kan de scan voor dat thema een fase tonen.";

    /// <summary>
    /// A result needs at least one theme with a stage: the same rule as the stage itself (half of a theme's statements
    /// answered on the scale), so that the result page never shows only "geen fase".
    /// </summary>
    public static bool GenoegBeantwoord(ScanUitslag uitslag) => uitslag.Themas.Any(t => t.Fase is not null);

    private void GeenOpslag() => Response.Headers.CacheControl = "no-store";
}
