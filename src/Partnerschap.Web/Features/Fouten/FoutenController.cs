using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Partnerschap.Web.Features.Fouten;

/// <summary>Dutch error pages. Status-code pages and the exception handler re-execute into this controller.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class FoutenController(ILogger<FoutenController> logger) : Controller
{
    // Any method: a failed POST re-executes here as a POST. The code is read from the route values by hand: model binding
    // would first try to read the re-executed form, and a form that could not be read (too many fields, too large) would
    // leave the code at 0 and show "Deze pagina bestaat niet" instead of the real reason.
    [Route("fout/{code:int}")]
    public IActionResult Fout() =>
        Fout(int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : StatusCodes.Status404NotFound);

    private ViewResult Fout(int code)
    {
        if (code == StatusCodes.Status500InternalServerError && HttpContext.Features.Get<IExceptionHandlerPathFeature>() is { } error)
        {
            code = StatusVoor(error.Error);
            if (code == StatusCodes.Status500InternalServerError)
            {
                logger.LogError(error.Error, "Onverwachte fout op {Path}", error.Path);
            }
        }

        var model = FoutViewModel.For(code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound);
        Response.StatusCode = model.Code;
        return View("Fout", model);
    }

    /// <summary>
    /// The status an exception stands for: Kestrel's own 4xx (body too large: 413, body too slow: 408, malformed: 400),
    /// a form with too many fields or too long a value (400); anything else is a 500.
    /// </summary>
    public static int StatusVoor(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException => StatusCodes.Status400BadRequest,
        Microsoft.AspNetCore.Mvc.ModelBinding.ValueProviderException => StatusCodes.Status400BadRequest,
        _ when exception.InnerException is { } inner && StatusVoor(inner) != StatusCodes.Status500InternalServerError => StatusVoor(inner),
        _ => StatusCodes.Status500InternalServerError,
    };

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
        408 => new(code, "Je aanvraag kwam te traag binnen",
            "Het portaal wachtte te lang op de gegevens van je formulier. Misschien is je verbinding traag of viel ze even weg. Probeer het opnieuw."),
        413 => new(code, "Je aanvraag is te groot",
            "Wat je verstuurde is groter dan het portaal aanneemt. Verstuur minder tekst of kleinere bestanden en probeer het opnieuw."),
        503 => new(code, "Het is even erg druk",
            "Het portaal krijgt op dit moment meer vragen dan het aankan. Wacht enkele seconden en probeer het dan opnieuw."),
        429 => new(code, "Even geduld",
            "Je deed in korte tijd te veel aanvragen. Wacht een minuut en probeer het dan opnieuw."),
        _ when code >= 500 => new(500, "Er liep iets mis",
            "Er ging iets fout bij het portaal. Dat ligt niet aan jou. Probeer het later opnieuw. Blijft het probleem? Neem dan contact met ons op."),
        _ => new(code, "Dat lukte niet", "Het portaal kon je aanvraag niet verwerken."),
    };
}
