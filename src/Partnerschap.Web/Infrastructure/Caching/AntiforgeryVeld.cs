using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Partnerschap.Web.Infrastructure.Caching;

/// <summary>
/// The hidden antiforgery field of a POST form on a page that may go into the output cache (ADR 0011). An anonymous
/// token belongs to the visitor's own antiforgery cookie, so a page that every visitor gets must not hold one: while
/// the page is being made for the cache the field holds <see cref="Plaatshouder"/>, and
/// <see cref="AntiforgeryInvullenMiddleware"/> puts this visitor's token in its place on every response, a hit or not.
/// On any other page (a signed-in visitor, the cache off) the field holds a real token straight away.
/// </summary>
public static class AntiforgeryVeld
{
    /// <summary>
    /// Stands in for the token in the cached HTML. It holds '&lt;' and '&gt;', which Razor, the JSON-LD and the gids
    /// renderer always encode, so text from a profile or a chapter can never contain it.
    /// </summary>
    public const string Plaatshouder = "<antiforgery-token>";

    private static readonly byte[] PlaatshouderUtf8 = Encoding.UTF8.GetBytes(Plaatshouder);

    public static ReadOnlySpan<byte> PlaatshouderBytes => PlaatshouderUtf8;

    /// <summary>The field for a form on this request's page; made once per request (a result page has twenty forms).</summary>
    public static IHtmlContent Schrijf(HttpContext context)
    {
        if (context.Items[typeof(AntiforgeryVeld)] is IHtmlContent gemaakt)
        {
            return gemaakt;
        }

        var naam = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName;
        var waarde = VoorDeCache(context)
            ? Plaatshouder
            : HtmlEncoder.Default.Encode(context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken ?? string.Empty);

        var veld = new HtmlString($"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(naam)}\" value=\"{waarde}\">");
        context.Items[typeof(AntiforgeryVeld)] = veld;
        return veld;
    }

    /// <summary>
    /// This response may be stored in the shared cache, and a middleware is there to fill in the token: only then may the
    /// page hold the placeholder.
    /// </summary>
    private static bool VoorDeCache(HttpContext context) =>
        AntiforgeryInvullenMiddleware.VultIn(context) &&
        context.Features.Get<IOutputCacheFeature>()?.Context is { EnableOutputCaching: true, AllowCacheStorage: true };
}
