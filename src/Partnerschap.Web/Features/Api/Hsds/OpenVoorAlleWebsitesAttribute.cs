using Microsoft.AspNetCore.Mvc.Filters;

namespace Partnerschap.Web.Features.Api.Hsds;

/// <summary>
/// CORS for a read-only public API: any website may read the answers (<c>Access-Control-Allow-Origin: *</c>, no
/// cookies), and may see the ETag to ask again with If-None-Match. Only GET exists, so there is no preflight to answer.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OpenVoorAlleWebsitesAttribute : ResultFilterAttribute
{
    public static void Zet(HttpResponse response)
    {
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlExposeHeaders = "ETag, Last-Modified, Retry-After";
    }

    public override void OnResultExecuting(ResultExecutingContext context)
    {
        // A stream (NDJSON) has set them before its first line.
        if (!context.HttpContext.Response.HasStarted)
        {
            Zet(context.HttpContext.Response);
        }
    }
}
