using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Partnerschap.Web.Features.Fouten;

/// <summary>Dutch error pages. Status-code pages and the exception handler re-execute into this controller.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class FoutenController(ILogger<FoutenController> logger) : Controller
{
    // Any method: a failed POST re-executes here as a POST. The code comes from the route only,
    // never from the re-executed form (a form field "code" would otherwise win).
    [Route("fout/{code:int}")]
    public IActionResult Fout([FromRoute] int code)
    {
        if (code == StatusCodes.Status500InternalServerError)
        {
            var error = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
            if (error is not null)
            {
                logger.LogError(error.Error, "Onverwachte fout op {Path}", error.Path);
            }
        }

        var model = FoutViewModel.For(code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound);
        Response.StatusCode = model.Code;
        return View("Fout", model);
    }

    [HttpGet("geen-toegang")]
    public IActionResult GeenToegang() => Fout(StatusCodes.Status403Forbidden);

    /// <summary>Every URL that matches nothing else.</summary>
    public IActionResult NietGevonden() => Fout(StatusCodes.Status404NotFound);
}

public sealed record FoutViewModel(int Code, string Titel, string Uitleg)
{
    public static FoutViewModel For(int code) => code switch
    {
        400 => new(code, "Er klopt iets niet in je aanvraag",
            "Het portaal kon je aanvraag niet verwerken. Misschien bleef de pagina te lang open staan. Ga terug, laad de pagina opnieuw en probeer het nog eens."),
        401 or 403 => new(403, "Je hebt geen toegang tot deze pagina",
            "Deze pagina is alleen voor mensen met een bepaalde rol. Denk je dat je toegang zou moeten hebben? Vraag het aan de beheerder van het portaal."),
        404 => new(code, "Deze pagina bestaat niet",
            "Misschien is de pagina verhuisd of typte je het adres verkeerd. Gebruik de zoekfunctie van de sociale kaart of ga naar de startpagina."),
        429 => new(code, "Even geduld",
            "Je deed in korte tijd te veel aanvragen. Wacht een minuut en probeer het dan opnieuw."),
        _ when code >= 500 => new(500, "Er liep iets mis",
            "Er ging iets fout bij het portaal. Dat ligt niet aan jou. Probeer het later opnieuw. Blijft het probleem? Neem dan contact met ons op."),
        _ => new(code, "Dat lukte niet", "Het portaal kon je aanvraag niet verwerken."),
    };
}
