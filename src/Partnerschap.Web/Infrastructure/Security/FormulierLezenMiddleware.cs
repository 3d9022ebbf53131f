using Microsoft.Extensions.Options;

namespace Partnerschap.Web.Infrastructure.Security;

/// <summary>
/// Reads a posted form once, before anything else needs it. A
/// request the portal cannot read gets its status and the Dutch error page (status-code pages): a body over Kestrel's
/// <c>MaxRequestBodySize</c> 413, more than 1,024 fields or a malformed body 400, a body that stalls 408. MVC then
/// works on the form already read.
/// </summary>
public sealed class FormulierLezenMiddleware(RequestDelegate next, IOptions<LimietOptions> limieten, ILogger<FormulierLezenMiddleware> logger)
{
    /// <summary>The pages that take a file upload: their forms may be <see cref="LimietOptions.UploadBytes"/> large.</summary>
    public static readonly PathString[] Uploadpaden = ["/beheer/scholenlijst"];

    public async Task InvokeAsync(HttpContext context)
    {
        // An error page re-executed for a form that could not be read does not try to read it again.
        if (!context.Request.HasFormContentType || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        // No form of the portal comes near this size: a larger one is refused before anything is read.
        var upload = Uploadpaden.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
        if (context.Request.ContentLength > (upload ? limieten.Value.UploadBytes : limieten.Value.FormulierBytes))
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        // A body that stalls is Kestrel's to detect (MinRequestBodyDataRate, set from FormulierLeestijd): the read then
        // fails with a 408 that lands here. Cancelling the read ourselves would make Kestrel drop the connection unanswered.
        int? status = null;
        var urlEncoded = context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
        if (urlEncoded)
        {
            context.Request.EnableBuffering();
        }

        try
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            status = ex.StatusCode;
        }
        catch (InvalidDataException)
        {
            // ASP.NET Core refuses a whole form with %00 in it; read it ourselves so that OnzichtbareTekensFilter can
            // name the field and the form comes back with everything else the person typed.
            status = urlEncoded && await MetStuurtekensAsync(context) ? null : StatusCodes.Status400BadRequest;
        }

        if (status is { } code)
        {
            logger.LogInformation("Onleesbaar formulier op {Path}: {Status}", context.Request.Path, code);
            context.Response.StatusCode = code;
            return;
        }

        await next(context);
    }

    /// <summary>
    /// Reads a urlencoded form that the framework refused and, when the reason is a control character such as NUL,
    /// makes it the request's form. Returns false for any other problem (then the answer is 400).
    /// </summary>
    private static async Task<bool> MetStuurtekensAsync(HttpContext context)
    {
        context.Request.Body.Position = 0;
        using var lezer = new StreamReader(context.Request.Body, System.Text.Encoding.UTF8, leaveOpen: true);
        var tekst = await lezer.ReadToEndAsync(context.RequestAborted);
        var velden = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(tekst);
        if (velden.Count > 1024 || !velden.Values.SelectMany(v => v).Any(Domain.OnzichtbareTekens.Bevat))
        {
            return false;
        }

        context.Features.Set<Microsoft.AspNetCore.Http.Features.IFormFeature>(
            new Microsoft.AspNetCore.Http.Features.FormFeature(new FormCollection(velden)));
        return true;
    }
}
