using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Partnerschap.Web.Features.Foutpaginas;

/// <summary>Dutch error pages. Status-code pages and the exception handler re-execute into this controller.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class FoutpaginasController(ILogger<FoutpaginasController> logger) : Controller
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
